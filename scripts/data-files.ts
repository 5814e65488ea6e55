/**
 * What the data CLIs (validate:data, route) share: reading a JSON file with a message a person can act on,
 * and listing problems under a heading.
 */
import { readFileSync } from "node:fs";
import { parseJsonText, type JsonParse } from "../src/core/dataset/parse-json";
import { formatProblems, type Problem } from "../src/core/dataset/problems";

/**
 * Reads and parses a JSON file. A failure's message starts with the path: "data/x.json: cannot be read (...)"
 * or "data/x.json: Not valid JSON at line 3, column 7: ...".
 */
export function readJsonFile(path: string): JsonParse {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return {
      ok: false,
      message: `${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const parsed = parseJsonText(text);
  return parsed.ok ? parsed : { ok: false, message: `${path}: ${parsed.message}` };
}

/** "1 problem", "3 problems". */
export function countProblems(problems: ReadonlyArray<Problem>): string {
  return `${problems.length} problem${problems.length === 1 ? "" : "s"}`;
}

/** The problems as formatProblems writes them, indented two spaces to sit under a heading line. */
export function indentedProblems(problems: ReadonlyArray<Problem>): string {
  return formatProblems(problems)
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
