/**
 * npm run validate:data [file ...]
 *
 * Checks the bundled data (data/careers.json and data/pay-bands.json) or the files named. A file with a
 * "bands" list and a "payYear" is checked as a pay table; anything else as a careers dataset.
 * Exit codes: 0 all valid, 1 a file has problems, 2 a file cannot be read or is not JSON.
 */
import { readFileSync } from "node:fs";
import { parseJsonText } from "../src/core/dataset/parse-json";
import { formatProblems, type Problem } from "../src/core/dataset/problems";
import { validateDataset } from "../src/core/dataset/validate";
import { validatePayTable } from "../src/core/pay/pay-table";

const DEFAULT_FILES = ["data/careers.json", "data/pay-bands.json"];

function isPayTable(value: unknown): boolean {
  return typeof value === "object" && value !== null && "bands" in value && "payYear" in value;
}

function check(path: string): 0 | 1 | 2 {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    console.error(`✗ ${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    return 2;
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    console.error(`✗ ${path}: ${parsed.message}`);
    return 2;
  }
  let problems: Problem[];
  let summary: string;
  if (isPayTable(parsed.value)) {
    const result = validatePayTable(parsed.value);
    problems = result.problems;
    summary = result.ok
      ? `pay table for ${result.payTable.payYear}, ${result.payTable.bands.length} bands`
      : "";
  } else {
    const result = validateDataset(parsed.value);
    problems = result.problems;
    summary = result.ok
      ? `${result.dataset.roles.length} roles, ${result.dataset.startingPoints.length} starting points, ` +
        `${result.dataset.routes.length} routes, ${result.dataset.sources.length} sources`
      : "";
  }
  if (problems.length === 0) {
    console.log(`✓ ${path}: valid (${summary})`);
    return 0;
  }
  console.log(`✗ ${path}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  console.log(
    formatProblems(problems)
      .split("\n")
      .map((line) => `  ${line}`)
      .join("\n"),
  );
  return 1;
}

const files = process.argv.slice(2).filter((arg) => arg !== "--");
const codes = (files.length > 0 ? files : DEFAULT_FILES).map(check);
process.exitCode = Math.max(0, ...codes);
