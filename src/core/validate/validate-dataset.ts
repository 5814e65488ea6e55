import * as z from "zod/mini";
import { appendTo } from "../collections/append-to";
import { reachable } from "../collections/reachable";
import { formatBandRange } from "../describe/pay";
import { closestMatches } from "../text/closest-matches";
import { migrateDataset } from "../dataset/migrate";
import { boundProblem, formatJsonPath, type Problem, type ProblemCode } from "../dataset/problems";
import { fieldNamesAt, isKnownFieldPath } from "./field-paths";
import { describeValue, idOf, problemsFromIssue, withId, type Segment } from "../dataset/schema-issues";
import {
  atLeastOne,
  datasetSchema,
  familySchema,
  payScaleSchema,
  roleSchema,
  routeKindSchema,
  routeSchema,
  sourceSchema,
  stageSchema,
  startingPointSchema,
  type BandRange,
  type Caveat,
  type Dataset,
  type Family,
  type PayScale,
  type Role,
  type Route,
  type RouteKindDeclaration,
  type Source,
  type Stage,
  type StartingPoint,
} from "../dataset/schema";
import { isBandedPay, RESERVED_PAY_SCALE_IDS } from "../dataset/constants";

export type DatasetValidation =
  | {
      ok: true;
      dataset: Dataset;
      problems: [];
      /** The format the file was written in: older files are migrated to the current one as they are read. */
      fromVersion: number;
    }
  | { ok: false; dataset?: undefined; problems: Problem[] };

const COLLECTIONS = {
  stages: stageSchema,
  families: familySchema,
  routeKinds: routeKindSchema,
  payScales: payScaleSchema,
  sources: sourceSchema,
  startingPoints: startingPointSchema,
  roles: roleSchema,
  routes: routeSchema,
} as const;
type CollectionName = keyof typeof COLLECTIONS;

/**
 * The top level with each collection left unparsed, so that one bad item never hides the others. Rules on a
 * list as a whole must match datasetSchema's (data/schema.json says the same), hence the minimums of one.
 */
const envelopeSchema = z.extend(datasetSchema, {
  stages: atLeastOne(z.unknown(), "name at least one stage"),
  families: atLeastOne(z.unknown(), "name at least one family"),
  routeKinds: atLeastOne(z.unknown(), "name at least one route kind"),
  payScales: z._default(z.array(z.unknown()), []),
  sources: z.array(z.unknown()),
  startingPoints: z.array(z.unknown()),
  roles: z.array(z.unknown()),
  routes: z.array(z.unknown()),
});

interface Located<T> {
  item: T;
  index: number;
}

/** Valid items of every collection, with their place in the file, plus the ids of items that failed to parse. */
interface ParsedCollections {
  stages: Located<Stage>[];
  families: Located<Family>[];
  routeKinds: Located<RouteKindDeclaration>[];
  payScales: Located<PayScale>[];
  sources: Located<Source>[];
  startingPoints: Located<StartingPoint>[];
  roles: Located<Role>[];
  routes: Located<Route>[];
  /** Ids seen on any item, valid or not, so that a broken role does not also produce "unknown node" noise. */
  idsSeen: Record<CollectionName, Set<string>>;
  /** The ends of every route that names them, valid or not. */
  routeEnds: { from: string[]; to: string }[];
}

function routeEndsOf(raw: unknown): { from: string[]; to: string } | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const { from, to } = raw as { from?: unknown; to?: unknown };
  if (typeof to !== "string" || !Array.isArray(from)) return undefined;
  return { from: from.filter((f): f is string => typeof f === "string"), to };
}

function parseCollection<T>(
  name: CollectionName,
  items: ReadonlyArray<unknown>,
  schema: z.ZodMiniType<T>,
  problems: Problem[],
  idsSeen: Set<string>,
): Located<T>[] {
  const parsed: Located<T>[] = [];
  items.forEach((raw, index) => {
    const id = idOf(raw);
    if (id !== undefined) idsSeen.add(id);
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      problems.push(
        withId(
          {
            code: "not-an-object",
            path: formatJsonPath([name, index]),
            message: `Each entry in "${name}" must be an object, not ${describeValue(raw)}.`,
          },
          id,
        ),
      );
      return;
    }
    const result = schema.safeParse(raw, { reportInput: true });
    if (result.success) parsed.push({ item: result.data, index });
    else
      for (const issue of result.error.issues) problems.push(...problemsFromIssue(issue, [name, index], id));
  });
  return parsed;
}

function suggestion(query: string, ids: Iterable<string>): string {
  const matches = closestMatches(
    query,
    [...ids].map((id) => ({ id, labels: [id] })),
    { limit: 1 },
  );
  return matches[0] === undefined ? "" : ` Did you mean "${matches[0].id}"?`;
}

function checkDuplicates(
  name: CollectionName,
  items: ReadonlyArray<Located<{ id: string }>>,
  firstSeen: Map<string, string>,
  problems: Problem[],
): void {
  for (const { item, index } of items) {
    const here = `${name}[${index}]`;
    const earlier = firstSeen.get(item.id);
    if (earlier === undefined) {
      firstSeen.set(item.id, here);
      continue;
    }
    problems.push({
      code: "duplicate-id",
      path: formatJsonPath([name, index, "id"]),
      id: item.id,
      message: `The id "${item.id}" is already used by ${earlier}; give each one its own id.`,
    });
  }
}

/** The schema whose fields a caveat may name. */
const CAVEAT_SCHEMAS = {
  roles: roleSchema,
  startingPoints: startingPointSchema,
  routes: routeSchema,
};

/** A fact left out must say it was searched for and not found, on the field itself or on the part missing. */
function hasNotFoundCaveat(caveats: ReadonlyArray<Caveat>, field: string): boolean {
  return caveats.some(
    (c) =>
      c.confidence === "not-found" &&
      (c.field === field || c.field.startsWith(`${field}.`) || field.startsWith(`${c.field}.`)),
  );
}

function checkGraphRules(parsed: ParsedCollections, problems: Problem[]): void {
  const sourceIds = new Set([...parsed.idsSeen.sources]);
  const familyIds = new Set([...parsed.idsSeen.families]);
  const nodeIds = new Set([...parsed.idsSeen.startingPoints, ...parsed.idsSeen.roles]);

  checkDuplicates("stages", parsed.stages, new Map(), problems);
  checkDuplicates("families", parsed.families, new Map(), problems);
  checkDuplicates("routeKinds", parsed.routeKinds, new Map(), problems);
  checkDuplicates("payScales", parsed.payScales, new Map(), problems);
  checkDuplicates("sources", parsed.sources, new Map(), problems);
  const nodeFirstSeen = new Map<string, string>();
  checkDuplicates("startingPoints", parsed.startingPoints, nodeFirstSeen, problems);
  checkDuplicates("roles", parsed.roles, nodeFirstSeen, problems);
  checkDuplicates("routes", parsed.routes, new Map(), problems);

  /** A reference to a declared id (a role's family or stage, a route's kind, a pay scale) must find it. */
  const checkReference = (
    code: ProblemCode,
    path: string,
    id: string,
    reference: { noun: string; value: string; list: CollectionName; known: ReadonlySet<string> },
    orElse = "",
  ) => {
    const { noun, value, list, known } = reference;
    if (known.has(value)) return;
    problems.push({
      code,
      path,
      id,
      message: `The ${noun} "${value}" is not in the ${list} list: declare it there${orElse}, or fix the id.${suggestion(value, known)}`,
    });
  };
  const checkSources = (
    collection: CollectionName,
    index: number,
    id: string,
    refs: ReadonlyArray<string>,
    at: Segment[],
  ) => {
    refs.forEach((ref, i) => {
      if (!sourceIds.has(ref)) {
        problems.push({
          code: "unknown-source",
          path: formatJsonPath([collection, index, ...at, i]),
          id,
          message: `The source "${ref}" is not in the sources list: add it there or fix the id.${suggestion(ref, sourceIds)}`,
        });
      }
    });
  };
  const checkCaveats = (
    collection: "roles" | "startingPoints" | "routes",
    index: number,
    id: string,
    caveats: ReadonlyArray<Caveat>,
  ) => {
    caveats.forEach((caveat, i) => {
      const schema = CAVEAT_SCHEMAS[collection];
      if (!isKnownFieldPath(schema, caveat.field)) {
        const parent = caveat.field.includes(".") ? caveat.field.slice(0, caveat.field.lastIndexOf(".")) : "";
        const last = caveat.field.slice(parent === "" ? 0 : parent.length + 1);
        const names = fieldNamesAt(schema, parent).map((name) =>
          parent === "" ? name : `${parent}.${name}`,
        );
        problems.push({
          code: "caveat-unknown-field",
          path: formatJsonPath([collection, index, "caveats", i, "field"]),
          id,
          message: `The caveat names "${caveat.field}", but there is no such field here.${suggestion(parent === "" ? last : caveat.field, names)}`,
        });
      }
      if (caveat.sources !== undefined)
        checkSources(collection, index, id, caveat.sources, ["caveats", i, "sources"]);
    });
  };

  for (const { item, index } of parsed.startingPoints) {
    checkSources("startingPoints", index, item.id, item.sources, ["sources"]);
    checkCaveats("startingPoints", index, item.id, item.caveats);
  }

  const stageIds = new Set([...parsed.idsSeen.stages]);
  const kindsById = new Map(parsed.routeKinds.map(({ item }) => [item.id, item]));
  const kindIds = new Set([...parsed.idsSeen.routeKinds]);
  const scalesById = new Map(parsed.payScales.map(({ item }) => [item.id, item]));
  const scaleIds = new Set([...parsed.idsSeen.payScales]);

  for (const { item: scale, index } of parsed.payScales) {
    if ((RESERVED_PAY_SCALE_IDS as ReadonlyArray<string>).includes(scale.id)) {
      problems.push({
        code: "invalid-id",
        path: formatJsonPath(["payScales", index, "id"]),
        id: scale.id,
        message: `"${scale.id}" names a kind of pay, not a scale: give the scale another id.`,
      });
    }
    scale.bands.forEach((band, i) => {
      if (scale.bands.indexOf(band) !== i) {
        problems.push({
          code: "invalid-value",
          path: formatJsonPath(["payScales", index, "bands", i]),
          id: scale.id,
          message: `Band "${band}" is listed twice: list each band once, lowest first.`,
        });
      }
    });
  }

  for (const { item: role, index } of parsed.roles) {
    const at = (...segments: Segment[]) => formatJsonPath(["roles", index, ...segments]);
    checkReference("unknown-family", at("family"), role.id, {
      noun: "family",
      value: role.family,
      list: "families",
      known: familyIds,
    });
    checkReference("unknown-stage", at("stage"), role.id, {
      noun: "stage",
      value: role.stage,
      list: "stages",
      known: stageIds,
    });
    checkSources("roles", index, role.id, role.sources, ["sources"]);
    checkCaveats("roles", index, role.id, role.caveats);
    role.implies.forEach((implied, i) => {
      if (implied === role.id) {
        problems.push({
          code: "self-loop",
          path: at("implies", i),
          id: role.id,
          message: `The role says it implies itself: list only other roles or starting points in "implies".`,
        });
      } else if (!nodeIds.has(implied)) {
        problems.push({
          code: "unknown-node",
          path: at("implies", i),
          id: role.id,
          message: `The role implies "${implied}", which is not a role or starting point.${suggestion(implied, nodeIds)}`,
        });
      }
    });
    const pay = role.pay;
    if (!isBandedPay(pay)) continue;
    checkReference(
      "unknown-pay-scale",
      at("pay", "scale"),
      role.id,
      { noun: "pay scale", value: pay.scale, list: "payScales", known: scaleIds },
      `, use "other" with the scale's name`,
    );
    const scale = scalesById.get(pay.scale);
    if (scale === undefined) continue;
    const bandRank = (band: string) => scale.bands.indexOf(band);
    const { whileTraining, qualified } = pay;
    let bandsKnown = true;
    for (const [name, range] of [
      ["whileTraining", whileTraining],
      ["qualified", qualified],
    ] as const) {
      if (range === undefined) continue;
      for (const end of ["min", "max"] as const) {
        if (bandRank(range[end]) === -1) {
          bandsKnown = false;
          problems.push({
            code: "unknown-band",
            path: at("pay", name, end),
            id: role.id,
            message: `"${range[end]}" is not a band of ${scale.name}: use one of ${scale.bands.join(", ")}.`,
          });
        }
      }
    }
    if (!bandsKnown) continue;
    const reversed = (range: BandRange | undefined) =>
      range !== undefined && bandRank(range.min) > bandRank(range.max);
    for (const [name, range] of [
      ["whileTraining", whileTraining],
      ["qualified", qualified],
    ] as const) {
      if (range !== undefined && reversed(range)) {
        problems.push({
          code: "band-range-reversed",
          path: at("pay", name),
          id: role.id,
          message: `Band ${range.min} is above band ${range.max}: write the lower band as "min" and the higher as "max".`,
        });
      }
    }
    if (
      whileTraining !== undefined &&
      qualified !== undefined &&
      (bandRank(whileTraining.min) > bandRank(qualified.min) ||
        bandRank(whileTraining.max) > bandRank(qualified.max))
    ) {
      problems.push({
        code: "training-band-above-qualified",
        path: at("pay", "whileTraining"),
        id: role.id,
        message: `Pay while training (${formatBandRange(whileTraining)}) is above pay when qualified (${formatBandRange(qualified)}): check the two are not swapped.`,
      });
    }
    if (qualified === undefined && !hasNotFoundCaveat(role.caveats, "pay.qualified")) {
      problems.push({
        code: "missing-fact-without-caveat",
        path: at("pay"),
        id: role.id,
        message: `No band when qualified is given: add it, or add a caveat on "pay.qualified" with confidence "not-found" saying it was searched for and not found.`,
      });
    }
  }

  const rolesById = new Map(parsed.roles.map(({ item }) => [item.id, item]));
  for (const { item: route, index } of parsed.routes) {
    const at = (...segments: Segment[]) => formatJsonPath(["routes", index, ...segments]);
    const unknownNode = (nodeId: string, segments: Segment[], what: string) => {
      problems.push({
        code: "unknown-node",
        path: at(...segments),
        id: route.id,
        message: `${what} "${nodeId}", which is not a role or starting point.${suggestion(nodeId, nodeIds)}`,
      });
    };
    const seenFrom = new Set<string>();
    route.from.forEach((from, i) => {
      if (!nodeIds.has(from)) unknownNode(from, ["from", i], "The route starts from");
      if (seenFrom.has(from)) {
        problems.push({
          code: "invalid-value",
          path: at("from", i),
          id: route.id,
          message: `"${from}" is listed twice in "from": list each origin once.`,
        });
      }
      seenFrom.add(from);
    });
    if (!nodeIds.has(route.to)) unknownNode(route.to, ["to"], "The route leads to");
    if (route.from.includes(route.to)) {
      problems.push({
        code: "self-loop",
        path: at("to"),
        id: route.id,
        message: `The route leads from "${route.to}" back to itself: a route must lead somewhere else.`,
      });
    }
    if (route.durationMonths !== undefined && route.durationMonths.min > route.durationMonths.max) {
      problems.push({
        code: "duration-min-above-max",
        path: at("durationMonths"),
        id: route.id,
        message: `The shortest length (${route.durationMonths.min} months) is longer than the longest (${route.durationMonths.max} months): swap them.`,
      });
    }
    if (route.durationMonths === undefined && !hasNotFoundCaveat(route.caveats, "durationMonths")) {
      problems.push({
        code: "missing-fact-without-caveat",
        path: at("durationMonths"),
        id: route.id,
        message: `No length is given: add "durationMonths", or a caveat on "durationMonths" with confidence "not-found".`,
      });
    }
    checkReference("unknown-route-kind", at("kind"), route.id, {
      noun: "route kind",
      value: route.kind,
      list: "routeKinds",
      known: kindIds,
    });
    const kind = kindsById.get(route.kind);
    if (kind?.category === "apprenticeship" && route.apprenticeship === undefined) {
      problems.push({
        code: "apprenticeship-details-missing",
        path: at("apprenticeship"),
        id: route.id,
        message: `An apprenticeship route must name its apprenticeship: add "apprenticeship" with its title, standard and level.`,
      });
    }
    if (
      route.apprenticeship?.standard === null &&
      !hasNotFoundCaveat(route.caveats, "apprenticeship.standard")
    ) {
      problems.push({
        code: "missing-fact-without-caveat",
        path: at("apprenticeship", "standard"),
        id: route.id,
        message: `The standard reference is empty: add it (e.g. ST0568), or a caveat on "apprenticeship.standard" with confidence "not-found".`,
      });
    }
    const reversed = (segments: Segment[], what: string, range: { min: number; max: number }) => {
      if (range.min <= range.max) return;
      problems.push({
        code: "range-reversed",
        path: at(...segments),
        id: route.id,
        message: `${what}: the least (${range.min}) is more than the most (${range.max}): swap them.`,
      });
    };
    if (route.fees !== undefined) {
      reversed(["fees", "pounds"], "The fees", route.fees.pounds);
      checkSources("routes", index, route.id, route.fees.sources, ["fees", "sources"]);
    }
    if (route.competition !== undefined) {
      const { applicants, places } = route.competition;
      if (places > applicants) {
        problems.push({
          code: "range-reversed",
          path: at("competition", "places"),
          id: route.id,
          message: `There are more places (${places}) than applicants (${applicants}): check the two are not swapped.`,
        });
      }
      checkSources("routes", index, route.id, route.competition.sources, ["competition", "sources"]);
    }
    if (route.intake !== undefined) {
      checkSources("routes", index, route.id, route.intake.sources, ["intake", "sources"]);
    }
    if (route.fundingByAge !== undefined) {
      const { under, extendedUnder, sources } = route.fundingByAge;
      if (extendedUnder !== undefined) {
        reversed(["fundingByAge", "extendedUnder"], "The age limits", { min: under, max: extendedUnder });
      }
      if (sources !== undefined)
        checkSources("routes", index, route.id, sources, ["fundingByAge", "sources"]);
    }
    route.prerequisites.forEach((prerequisite, i) => {
      if (prerequisite.type === "holds" || prerequisite.type === "relevant-experience") {
        prerequisite.anyOf.forEach((nodeId, j) => {
          if (!nodeIds.has(nodeId))
            unknownNode(nodeId, ["prerequisites", i, "anyOf", j], "The prerequisite names");
        });
      }
      if (prerequisite.type === "experience-in-role" || prerequisite.type === "relevant-experience") {
        const typical = prerequisite.typicalMonths;
        if (typical !== undefined) {
          reversed(["prerequisites", i, "typicalMonths"], "The typical experience", typical);
          if (typical.min < prerequisite.months) {
            problems.push({
              code: "range-reversed",
              path: at("prerequisites", i, "typicalMonths", "min"),
              id: route.id,
              message: `The typical experience (${typical.min} months) is less than the minimum (${prerequisite.months} months): the typical figure can never be below the rule's minimum.`,
            });
          }
        }
        if (prerequisite.sources !== undefined) {
          checkSources("routes", index, route.id, prerequisite.sources, ["prerequisites", i, "sources"]);
        }
      }
      if (prerequisite.type === "statutory-registration") {
        route.from.forEach((from, j) => {
          const role = rolesById.get(from);
          if (nodeIds.has(from) && role?.registration.type !== "statutory") {
            problems.push({
              code: "registration-rule-unmet",
              path: at("from", j),
              id: route.id,
              message: `The route needs statutory registration, but "${from}" is not on a statutory register: remove it from "from" or drop the prerequisite.`,
            });
          }
        });
      }
    });
    checkSources("routes", index, route.id, route.sources, ["sources"]);
    checkCaveats("routes", index, route.id, route.caveats);
  }

  // Implies lists must not loop back (a role implying something that implies it): what each role implies is
  // worked out from them, and a loop would mean "everything".
  const impliesOf = new Map(parsed.roles.map(({ item }) => [item.id, item.implies]));
  for (const { item: role, index } of parsed.roles) {
    const seen = new Set<string>();
    const stack = [...role.implies];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === role.id) {
        problems.push({
          code: "implies-cycle",
          path: formatJsonPath(["roles", index, "implies"]),
          id: role.id,
          message: `"${role.id}" implies something that implies "${role.id}" back: a role can only imply things that do not lead back to it.`,
        });
        break;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(impliesOf.get(id) ?? []));
    }
  }

  // Reachability follows every route that names its ends, even one with other problems, so that a single
  // broken field does not also mark everything downstream of it unreachable.
  const next = new Map<string, string[]>();
  for (const { from, to } of parsed.routeEnds) {
    for (const origin of from) appendTo(next, origin, to);
  }
  const reached = reachable(parsed.idsSeen.startingPoints, (id) => next.get(id) ?? []);
  for (const { item: role, index } of parsed.roles) {
    if (!reached.has(role.id)) {
      problems.push({
        code: "unreachable-role",
        path: formatJsonPath(["roles", index]),
        id: role.id,
        message: `No chain of routes leads to "${role.id}" from any starting point: add a route into it from a starting point or from a role that can be reached.`,
      });
    }
  }
}

/**
 * Checks a dataset against the schema and the graph's own rules, and returns every problem found, not just
 * the first. A file in an older format is migrated first (migrate.ts), so problems are reported against the
 * current format. On success it returns the parsed dataset with defaults filled in.
 * @example
 * const result = validateDataset(JSON.parse(text));
 * if (!result.ok) console.error(formatProblems(result.problems));
 */
export function validateDataset(file: unknown): DatasetValidation {
  const problems: Problem[] = [];
  const migration = migrateDataset(file);
  if (!migration.ok) return { ok: false, problems: [migration.problem] };
  const raw = migration.value;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [
        {
          code: "not-an-object",
          path: "$",
          message: `A dataset must be a JSON object with formatVersion, meta, stages, families, routeKinds, sources, startingPoints, roles and routes, not ${describeValue(raw)}.`,
        },
      ],
    };
  }
  const envelope = envelopeSchema.safeParse(raw, { reportInput: true });
  if (!envelope.success) {
    for (const issue of envelope.error.issues) problems.push(...problemsFromIssue(issue, []));
  }
  const record = raw as Record<string, unknown>;
  const idsSeen: Record<CollectionName, Set<string>> = {
    stages: new Set(),
    families: new Set(),
    routeKinds: new Set(),
    payScales: new Set(),
    sources: new Set(),
    startingPoints: new Set(),
    roles: new Set(),
    routes: new Set(),
  };
  const listOf = (name: CollectionName): unknown[] => {
    const value = record[name];
    return Array.isArray(value) ? value : [];
  };
  const collect = <T>(name: CollectionName, schema: z.ZodMiniType<T>) =>
    parseCollection(name, listOf(name), schema, problems, idsSeen[name]);
  const parsed: ParsedCollections = {
    stages: collect("stages", COLLECTIONS.stages),
    families: collect("families", COLLECTIONS.families),
    routeKinds: collect("routeKinds", COLLECTIONS.routeKinds),
    payScales: collect("payScales", COLLECTIONS.payScales),
    sources: collect("sources", COLLECTIONS.sources),
    startingPoints: collect("startingPoints", COLLECTIONS.startingPoints),
    roles: collect("roles", COLLECTIONS.roles),
    routes: collect("routes", COLLECTIONS.routes),
    idsSeen,
    routeEnds: listOf("routes").flatMap((raw) => routeEndsOf(raw) ?? []),
  };
  checkGraphRules(parsed, problems);

  if (problems.length > 0 || !envelope.success) return { ok: false, problems: problems.map(boundProblem) };
  const dataset: Dataset = {
    ...envelope.data,
    stages: parsed.stages.map((l) => l.item),
    families: parsed.families.map((l) => l.item),
    routeKinds: parsed.routeKinds.map((l) => l.item),
    payScales: parsed.payScales.map((l) => l.item),
    sources: parsed.sources.map((l) => l.item),
    startingPoints: parsed.startingPoints.map((l) => l.item),
    roles: parsed.roles.map((l) => l.item),
    routes: parsed.routes.map((l) => l.item),
  };
  const unreachable = rolesNoRuleAllows(dataset);
  if (unreachable.length > 0) return { ok: false, problems: unreachable.map(boundProblem) };
  return { ok: true, dataset, problems: [], fromVersion: migration.fromVersion };
}

/**
 * Roles that routes lead to, but only through steps whose `holds` rules nobody can meet (a rule asking for a
 * role that can itself only be reached after that step, say): the plain reachability check above follows every
 * route, so it cannot see these. It grows the set of what anyone could hold, from every starting point at once,
 * taking a step once something held (or implied by something held) meets each of its rules. That is generous
 * (no one person need hold all of it), so a role it leaves out is one no rule could ever let anyone reach; it
 * never flags a role someone can reach. (The route finder's exact sweep is not used here: it would put the
 * whole route finder in the first page's download, as the app validates at start-up.)
 */
function rolesNoRuleAllows(dataset: Dataset): Problem[] {
  const implies = new Map(dataset.roles.map((role) => [role.id, role.implies]));
  const statutory = new Set(
    dataset.roles.filter((role) => role.registration.type === "statutory").map((role) => role.id),
  );
  const held = new Set(dataset.startingPoints.map((point) => point.id));
  const hold = (id: string) => {
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (held.has(next)) continue;
      held.add(next);
      stack.push(...(implies.get(next) ?? []));
    }
  };
  for (let grown = true; grown;) {
    grown = false;
    for (const route of dataset.routes) {
      if (held.has(route.to)) continue;
      const ok = route.from.some(
        (from) =>
          held.has(from) &&
          route.prerequisites.every((p) =>
            p.type === "holds"
              ? p.anyOf.some((id) => held.has(id))
              : p.type !== "statutory-registration" || statutory.has(from),
          ),
      );
      if (ok) {
        hold(route.to);
        grown = true;
      }
    }
  }
  return dataset.roles.flatMap((role, index) =>
    held.has(role.id)
      ? []
      : [
          {
            code: "unreachable-role" as const,
            path: formatJsonPath(["roles", index]),
            id: role.id,
            message: `Routes lead to "${role.id}", but each of them asks (in a "holds" rule) for something that can only be had after taking it, so nobody can reach it: check the rules on the routes into it.`,
          },
        ],
  );
}
