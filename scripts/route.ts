/**
 * npm run --silent route -- --from <id or title> --to <id or title> [options]
 *
 * Finds the best routes from one or more starting points to a role. Prints readable text, or one JSON object
 * with --json. Exit codes: 0 it ran (routes found, or none with the reason); 2 bad input (an unknown role, a
 * bad flag, a data file that cannot be read or fails validation), with the message on stderr.
 */
import { parseArgs } from "node:util";
import { MAX_QUALIFICATION_LEVEL, type Dataset, type RouteKind } from "../src/core/dataset/schema";
import { FORMAT_1_ROUTE_KINDS } from "../src/core/dataset/format-1";
import { validateDataset } from "../src/core/validate/validate-dataset";
import { buildCareerGraph, type CareerGraph } from "../src/core/graph/career-graph";
import {
  findRoutes,
  MAX_AGE,
  MAX_ALTERNATIVES,
  MIN_AGE,
  ONLY_CONSTRAINTS,
  PREFERENCES,
  resolveNode,
  RouteFinderError,
  type OnlyConstraint,
  type Preference,
} from "../src/core/route";
import { formatRouteResultText } from "../src/core/route-text/format-route-result";
import { countProblems, indentedProblems, readJsonFile } from "./data-files";

const USAGE = `Usage: npm run --silent route -- --from <id or title> --to <id or title> [options]

  --from <id or title>     where the person starts; repeat for several (a degree, lived experience, a job)
  --to <id or title>       the role to reach
  --prefer <how>           ${PREFERENCES.join(" | ")} (default fastest)
  --alternatives <n>       routes beyond the best one, 0 to ${MAX_ALTERNATIVES} (default 3)
  --only <what>            ${ONLY_CONSTRAINTS.join(" | ")}
  --avoid <id or title>    never pass through this role or starting point; repeatable
  --avoid-kind <kind>      never take this kind of route (one of the dataset's route kinds: for the bundled
                           data ${FORMAT_1_ROUTE_KINDS.map((kind) => kind.id).join(", ")}); repeatable
  --max-level <n>          the highest qualification level to study for (1 to ${MAX_QUALIFICATION_LEVEL})
  --experience <id>=<n>    months already in a starting role, e.g. PWP=24; repeatable. For a role
                           entered only through NHS-funded training (PWP, CWP, EMHP, MHWP, CAP, ...), also
                           the months since that training ended: the two-year gap before clinical
                           psychology training counts from then (without it, from now: just qualified)
  --age <years>            the person's age now (${MIN_AGE} to ${MAX_AGE}): level 7 apprenticeships are funded only
                           for people under 22 when they start (without it, counted as 22 or over)
  --care-leaver-or-ehcp    a care leaver or someone with an EHC plan: the higher age limit (25) applies
  --not-held <id or title> something your starting role normally implies that you do not have (e.g. GBC
                           for an assistant psychologist without it); repeatable
  --json                   print one JSON object instead of text
  --data <file>            a careers dataset other than data/careers.json
  --help                   show this help

Ids and names match ignoring case and punctuation; the start of a name, or some of its words, is enough
when only one role or starting point fits ("A-levels", "approved clinician"); otherwise the choices are listed.`;

class InputError extends Error {}

function readData(path: string): { dataset: Dataset; graph: CareerGraph } {
  const parsed = readJsonFile(path);
  if (!parsed.ok) throw new InputError(parsed.message);
  const validation = validateDataset(parsed.value);
  if (!validation.ok) {
    const { problems } = validation;
    throw new InputError(
      `${path}: ${countProblems(problems)}; fix ${problems.length === 1 ? "it" : "them"} or run npm run validate:data -- ${path}\n` +
        indentedProblems(problems),
    );
  }
  return { dataset: validation.dataset, graph: buildCareerGraph(validation.dataset) };
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T))
    throw new InputError(`--${flag} must be one of: ${allowed.join(", ")} (got "${value}").`);
  return value as T;
}

function wholeNumber(
  flag: string,
  value: string | undefined,
  range?: { min: number; max: number },
): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (range !== undefined && !(n >= range.min && n <= range.max)) {
    throw new InputError(
      `--${flag} must be a whole number from ${range.min} to ${range.max} (got "${value}").`,
    );
  }
  if (Number.isNaN(n)) throw new InputError(`--${flag} must be a whole number (got "${value}").`);
  return n;
}

function run(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      from: { type: "string", multiple: true },
      to: { type: "string" },
      prefer: { type: "string" },
      alternatives: { type: "string" },
      only: { type: "string" },
      avoid: { type: "string", multiple: true },
      "avoid-kind": { type: "string", multiple: true },
      "max-level": { type: "string" },
      experience: { type: "string", multiple: true },
      age: { type: "string" },
      "care-leaver-or-ehcp": { type: "boolean" },
      "not-held": { type: "string", multiple: true },
      json: { type: "boolean" },
      data: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help === true) {
    console.log(USAGE);
    return 0;
  }
  if (values.from === undefined || values.from.length === 0)
    throw new InputError("Give at least one --from.");
  if (values.to === undefined) throw new InputError("Give --to, the role to reach.");
  const prefer = oneOf<Preference>("prefer", values.prefer, PREFERENCES);
  const only = oneOf<OnlyConstraint>("only", values.only, ONLY_CONSTRAINTS);
  const alternatives = wholeNumber("alternatives", values.alternatives);
  if (alternatives !== undefined && alternatives > MAX_ALTERNATIVES) {
    throw new InputError(`--alternatives can be at most ${MAX_ALTERNATIVES}.`);
  }
  const maxLevel = wholeNumber("max-level", values["max-level"], { min: 1, max: MAX_QUALIFICATION_LEVEL });
  const age = wholeNumber("age", values.age, { min: MIN_AGE, max: MAX_AGE });

  const { dataset, graph } = readData(values.data ?? "data/careers.json");
  // Route kinds are the dataset's own.
  const kindIds = dataset.routeKinds.map((kind) => kind.id);
  const avoidKinds = (values["avoid-kind"] ?? []).map((kind) =>
    oneOf<RouteKind>("avoid-kind", kind, kindIds)!,
  );
  const from = values.from.map((text) => resolveNode(graph, text));
  const experienceMonths: Record<string, number> = {};
  for (const item of values.experience ?? []) {
    const match = /^(.+)=(\d+)$/.exec(item);
    if (match === null)
      throw new InputError(`--experience must look like <id or title>=<months> (got "${item}").`);
    experienceMonths[resolveNode(graph, match[1]!.trim())] = Number(match[2]);
  }
  const result = findRoutes(graph, {
    from,
    to: resolveNode(graph, values.to),
    prefer,
    alternatives,
    only,
    avoidNodes: (values.avoid ?? []).map((text) => resolveNode(graph, text)),
    avoidKinds,
    maxQualificationLevel: maxLevel,
    experienceMonths,
    age,
    extendedAgeLimit: values["care-leaver-or-ehcp"] === true,
    notHeld: (values["not-held"] ?? []).map((text) => resolveNode(graph, text)),
  });
  console.log(
    values.json === true
      ? JSON.stringify(result, null, 2)
      : formatRouteResultText(graph, result, dataset.routeKinds),
  );
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === "--")));
} catch (error) {
  if (error instanceof InputError || error instanceof RouteFinderError) {
    console.error(error.message);
  } else if (
    error instanceof TypeError &&
    "code" in error &&
    String(error.code).startsWith("ERR_PARSE_ARGS")
  ) {
    console.error(`${error.message}\n\n${USAGE}`);
  } else {
    throw error;
  }
  process.exitCode = 2;
}
