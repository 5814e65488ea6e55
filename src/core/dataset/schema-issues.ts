/** Turns zod's issues into the dataset's problems: a specific code and a message that says what to do. */
import type * as z from "zod/mini";
import { formatJsonPath, type Problem, type ProblemCode } from "./problems";
import { HTTPS_URL_PATTERN, ID_PATTERN } from "./constants";

export type Segment = PropertyKey;

/** Keys that editors of other graph tools leave behind; they mean layout or UI state crept into the data. */
const LAYOUT_KEYS = new Set([
  "x",
  "y",
  "position",
  "positionAbsolute",
  "selected",
  "dragging",
  "width",
  "height",
]);

export function idOf(value: unknown): string | undefined {
  if (typeof value === "object" && value !== null && "id" in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === "string") return id;
  }
  return undefined;
}

export function withId(problem: Omit<Problem, "id">, id: string | undefined): Problem {
  return id === undefined ? problem : { ...problem, id };
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  return typeof value === "object" ? "an object" : String(value);
}

/** A number outside its range says the limit; zod/mini's own message for it is only "Invalid input". */
function outOfRange(
  field: string,
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  inclusive: string,
  exclusive: string,
  limit: number | bigint,
): string {
  if (!["number", "int", "bigint"].includes(issue.origin)) return `"${field}" ${issue.message}.`;
  return `"${field}" must be ${issue.inclusive === false ? exclusive : inclusive} ${limit}, not ${describeValue(issue.input)}.`;
}

/** Turns one zod issue into problems with a specific code and a message that says what to do. */
export function problemsFromIssue(
  issue: z.core.$ZodIssue,
  prefix: ReadonlyArray<Segment>,
  id?: string,
): Problem[] {
  const segments = [...prefix, ...issue.path];
  const path = formatJsonPath(segments);
  const field = String(segments[segments.length - 1] ?? "the file");
  const make = (code: ProblemCode, message: string, at = path): Problem =>
    withId({ code, path: at, message }, id);

  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) =>
        make(
          "unknown-field",
          LAYOUT_KEYS.has(key)
            ? `Remove "${key}": layout and on-screen state do not belong in the dataset; the app works them out.`
            : `Remove "${key}" or check its spelling: the dataset format has no field of that name here.`,
          formatJsonPath([...segments, key]),
        ),
      );
    case "invalid_type":
      if (issue.input === undefined) return [make("missing-field", `Add "${field}": it is required here.`)];
      return [
        make(
          "wrong-type",
          `"${field}" should be ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}, not ${describeValue(issue.input)}.`,
        ),
      ];
    case "invalid_format": {
      const pattern = "pattern" in issue ? issue.pattern : undefined;
      if (pattern === String(HTTPS_URL_PATTERN)) {
        return [make("link-not-https", `"${field}" ${describeValue(issue.input)} must be an https:// link.`)];
      }
      if (pattern === String(ID_PATTERN)) {
        return [
          make("invalid-id", `${describeValue(issue.input)} ${issue.message}, e.g. clinical-psychologist.`),
        ];
      }
      return [make("invalid-format", `"${field}" ${describeValue(issue.input)} ${issue.message}.`)];
    }
    case "too_small":
      if (field === "sources") {
        return [
          make("missing-source", "Cite at least one source: add the id of an entry in the sources list."),
        ];
      }
      return [make("out-of-range", outOfRange(field, issue, "at least", "more than", issue.minimum))];
    case "too_big":
      return [make("out-of-range", outOfRange(field, issue, "at most", "less than", issue.maximum))];
    case "invalid_value":
      return [
        make(
          "invalid-value",
          `"${field}" cannot be ${describeValue(issue.input)}: use one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`,
        ),
      ];
    case "invalid_union": {
      // Report the problems of the form the value came closest to: one that does not reject the value's own
      // kind outright (a pay's "scale", say), then the one with the fewest problems.
      const rejectsKind = (branch: z.core.$ZodIssue[]) =>
        branch.some((i) => i.path.length === 1 && (i.code === "invalid_value" || i.code === "custom"));
      const closest = [...issue.errors].sort(
        (a, b) => Number(rejectsKind(a)) - Number(rejectsKind(b)) || a.length - b.length,
      )[0];
      if (closest !== undefined && closest.length > 0) {
        return closest.flatMap((inner) => problemsFromIssue(inner, segments, id));
      }
      return [make("invalid-value", `"${field}" is not any of the forms allowed here: ${issue.message}.`)];
    }
    case "custom":
      return [make("invalid-format", `"${field}" ${describeValue(issue.input)} ${issue.message}.`)];
    default:
      return [make("invalid-value", `"${field}" ${describeValue(issue.input)}: ${issue.message}.`)];
  }
}
