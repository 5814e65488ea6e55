/**
 * One vocabulary for what can be wrong with a dataset. Every problem names its code, where it is (a JSON path
 * such as `$.routes[4].from[0]`), the id of the role, route or source involved when there is one, and a message
 * a data author can act on.
 */
export const PROBLEM_CODES = [
  // Reading the file
  "file-unreadable",
  "not-json",
  "dataset-not-allowed",
  "unsupported-format-version",
  // Shape (from the schema)
  "not-an-object",
  "missing-field",
  "unknown-field",
  "wrong-type",
  "invalid-value",
  "invalid-format",
  "invalid-id",
  "out-of-range",
  "link-not-https",
  "missing-source",
  // The graph's own rules
  "duplicate-id",
  "unknown-node",
  "unknown-family",
  "unknown-stage",
  "unknown-route-kind",
  "unknown-pay-scale",
  "unknown-band",
  "unknown-source",
  "self-loop",
  "implies-cycle",
  "duration-min-above-max",
  "range-reversed",
  "band-range-reversed",
  "training-band-above-qualified",
  "unreachable-role",
  "registration-rule-unmet",
  "apprenticeship-details-missing",
  "missing-fact-without-caveat",
  "caveat-unknown-field",
  // The pay table
  "pay-band-missing",
  "duplicate-pay-band",
  "pay-range-reversed",
  "pay-bands-out-of-order",
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  code: ProblemCode;
  /** Where the problem is, as a JSON path from the root of the file, e.g. `$.roles[2].pay.qualified`. */
  path: string;
  /** The id of the role, starting point, route, source or family involved, when there is one. */
  id?: string;
  message: string;
}

/**
 * Formats a path of keys and indexes as a JSON path.
 * @example formatJsonPath(["roles", 2, "pay"]) // "$.roles[2].pay"
 */
export function formatJsonPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = "$";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof segment === "string" && /^[A-Za-z_$][\w$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/**
 * Renders problems as readable lines for a terminal or a log.
 * @example formatProblems([{ code: "self-loop", path: "$.routes[0]", id: "a", message: "..." }])
 */
export function formatProblems(problems: ReadonlyArray<Problem>): string {
  return problems
    .map((p) => `${p.code}  ${p.path}${p.id === undefined ? "" : `  (${p.id})`}\n    ${p.message}`)
    .map(forTerminal)
    .join("\n");
}

/** The most of a dataset's own text (an id, a key, a quoted value) a problem repeats. */
const MAX_ECHO = { id: 80, path: 200, message: 600 };

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A problem with the dataset's own text in it cut to a readable length: a million-character id is reported,
 * never repeated whole.
 * @example boundProblem({ code: "invalid-id", path: "$", id: "a".repeat(1e6), message: "…" }).id?.length // 80
 */
export function boundProblem(problem: Problem): Problem {
  const bounded: Problem = {
    ...problem,
    path: cut(problem.path, MAX_ECHO.path),
    message: cut(problem.message, MAX_ECHO.message),
  };
  if (problem.id !== undefined) bounded.id = cut(problem.id, MAX_ECHO.id);
  return bounded;
}

/** Control and text-direction characters, which a terminal would act on or reorder instead of showing. */
/* eslint-disable no-control-regex -- it matches control characters on purpose */
const TERMINAL_CONTROL =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/**
 * Text as a terminal should show it: every control or text-direction character written out as \u{…}, so text
 * from a dataset can neither colour the screen nor fake a line such as "✓ valid". Line breaks are kept.
 * @example forTerminal("a\u001b[32mb") // "a\\u{1b}[32mb"
 */
export function forTerminal(text: string): string {
  return text.replace(TERMINAL_CONTROL, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
