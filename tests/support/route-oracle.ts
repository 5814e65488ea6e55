/**
 * A brute-force route finder, written straight from the rules in README.md ("Route finder") and sharing no
 * code with the engine: it works out what each starting role implies, lists every simple route, costs each one
 * in the minimum and the typical case, sorts them and keeps the best of each distinct option. Slow and
 * obviously right, for property tests on small graphs.
 */
import type { Funding, Prerequisite } from "../../src/core/dataset/schema";
import type { CareerGraph, RouteEdge } from "../../src/core/graph/career-graph";
import type { RouteQuery } from "../../src/core/route";

export interface OracleRoute {
  edges: RouteEdge[];
  keys: string[];
  /** Months in the three cases: minimum, typical short end, typical long end. */
  months: [number, number, number];
  steps: number;
  unknown: number;
  unpaidStudyCost: number;
  fees: { min: number; max: number; unknown: number };
  rank: number[];
}

// Written out again on purpose, from README's ranking rules, rather than imported: the oracle checks the finder
// against the documented rules, so it must not share the finder's own table.
const WEIGHT: Record<Funding, number> = {
  "salaried-trainee-post": 0,
  "apprenticeship-levy": 0,
  "not-applicable": 0,
  "employer-funded": 1,
  "funded-fees": 1,
  mixed: 2,
  "self-funded": 3,
};

const paysFees = (f: Funding) => f === "self-funded" || f === "mixed";
const ruleId = (anyOf: readonly string[]) => [...new Set(anyOf)].sort().join("|");

/**
 * What holding each role implies, by the README's definition: its `implies` list (and what those imply), and
 * whatever every way into it guarantees: the origin, what the origin implies, each holds rule of the step
 * (as "rule:<options>"), and what all of a rule's options imply in common. The greatest such sets, found by
 * starting from "everything" and narrowing until nothing changes. Starting points imply nothing, and only
 * starting points, nodes a holds rule names and nodes a role says it implies can be implied.
 */
export function impliedSets(graph: CareerGraph): Map<string, Set<string>> {
  const rules = new Set<string>();
  for (const e of graph.edges)
    for (const p of e.route.prerequisites) if (p.type === "holds") rules.add(ruleId(p.anyOf));
  // Only these can be implied: starting points, anything a holds rule names, anything a role says it implies.
  const tracked = new Set<string>(graph.startingPoints.map((s) => s.id));
  for (const r of rules) r.split("|").forEach((id) => tracked.add(id));
  for (const role of graph.roles) role.implies.forEach((id) => tracked.add(id));
  const everything = new Set<string>([
    ...[...tracked].filter((id) => graph.nodes.has(id)),
    ...[...rules].map((r) => `rule:${r}`),
  ]);
  const must = new Map<string, Set<string>>();
  for (const [id, node] of graph.nodes)
    must.set(id, node.nodeType === "role" ? new Set(everything) : new Set());
  const withRules = (set: Set<string>) => {
    for (const r of rules) if (r.split("|").some((id) => set.has(id))) set.add(`rule:${r}`);
    return set;
  };
  const self = (id: string) => withRules(new Set([...(tracked.has(id) ? [id] : []), ...must.get(id)!]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const role of graph.roles) {
      const next = new Set<string>();
      for (const id of role.implies)
        if (id !== role.id && graph.nodes.has(id)) self(id).forEach((x) => next.add(x));
      const waysIn = graph.edges.filter((e) => e.to === role.id);
      if (waysIn.length > 0) {
        let common = new Set(everything);
        for (const e of waysIn) {
          const via = self(e.from);
          for (const p of e.route.prerequisites) {
            if (p.type !== "holds") continue;
            via.add(`rule:${ruleId(p.anyOf)}`);
            const options = p.anyOf.filter((id) => graph.nodes.has(id));
            if (options.length === 0) continue;
            const shared = options.map(self).reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
            shared.forEach((x) => via.add(x));
          }
          withRules(via);
          common = new Set([...common].filter((x) => via.has(x)));
        }
        common.forEach((x) => next.add(x));
      }
      withRules(next);
      next.delete(role.id);
      const before = must.get(role.id)!;
      if (before.size !== next.size || [...next].some((x) => !before.has(x))) {
        must.set(role.id, next);
        changed = true;
      }
    }
  }
  return must;
}

/**
 * Whether the query's fixed filters allow a step at all. Holds rules, and the filters on funding (which can
 * depend on age), are checked along the route.
 */
export function stepAllowed(graph: CareerGraph, query: RouteQuery, edge: RouteEdge): boolean {
  const r = edge.route;
  if ((query.avoidKinds ?? []).includes(r.kind)) return false;
  if (
    query.maxQualificationLevel !== undefined &&
    (r.qualification?.level ?? 0) > query.maxQualificationLevel
  ) {
    return false;
  }
  for (const p of r.prerequisites) {
    if (p.type === "statutory-registration") {
      const node = graph.nodes.get(edge.from);
      if (node?.nodeType !== "role" || node.registration.type !== "statutory") return false;
    }
  }
  return true;
}

/** A role with at least one way in, every one of them (in the whole graph) NHS-funded psychological training. */
export function fundedTrainingRole(graph: CareerGraph, id: string): boolean {
  if (graph.nodes.get(id)?.nodeType !== "role") return false;
  const waysIn = graph.edges.filter((e) => e.to === id);
  return waysIn.length > 0 && waysIn.every((e) => e.route.nhsFundedPsychologicalTraining);
}

/**
 * The person's own NHS-funded training, or null: among the starting points that are funded-training roles,
 * the one with the fewest months of experience (0 when not given), the first given on a tie.
 */
export function personalClock(
  graph: CareerGraph,
  query: RouteQuery,
): { role: string; months: number } | null {
  let best: { role: string; months: number } | null = null;
  for (const role of query.from) {
    if (!fundedTrainingRole(graph, role)) continue;
    const months = query.experienceMonths?.[role] ?? 0;
    if (best === null || months < best.months) best = { role, months };
  }
  return best;
}

/** What the person holds before any step: their starting points and what those imply, less what they said they lack. */
export function heldAtStart(graph: CareerGraph, query: RouteQuery): Set<string> {
  const implied = impliedSets(graph);
  const notHeld = new Set(query.notHeld ?? []);
  const held = new Set<string>(query.from);
  for (const id of query.from) {
    for (const x of implied.get(id) ?? []) {
      if (x.startsWith("rule:")) {
        if (
          !x
            .slice(5)
            .split("|")
            .every((o) => notHeld.has(o))
        )
          held.add(x);
      } else if (!notHeld.has(x)) held.add(x);
    }
  }
  return held;
}

function experienceMonths(p: Extract<Prerequisite, { months: number }>): [number, number, number] {
  const typical = "typicalMonths" in p ? p.typicalMonths : undefined;
  return [p.months, typical?.min ?? p.months, typical?.max ?? p.months];
}

/** Costs of a route, step by step from the rules, or null when a rule refuses a step (fees under "funded"). */
export function costOf(graph: CareerGraph, edges: readonly RouteEdge[], query: RouteQuery) {
  const personal = personalClock(graph, query);
  const months: [number, number, number] = [0, 0, 0];
  let clock: [number, number, number] | null =
    personal === null ? null : [personal.months, personal.months, personal.months];
  // Per node on the route: time spent in it, per case (training in it as an employee, then waiting in it).
  const spent = new Map<string, [number, number, number]>();
  let unpaidStudyCost = 0;
  let unknown = 0;
  const fees = { min: 0, max: 0, unknown: 0 };
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    const r = edge.route;
    const given = i === 0 ? (query.experienceMonths?.[edge.from] ?? 0) : 0;
    const wait: [number, number, number] = [0, 0, 0];
    for (const p of r.prerequisites) {
      let need: number[] = [0, 0, 0];
      if (p.type === "experience-in-role") need = experienceMonths(p).map((m) => m - given);
      if (p.type === "relevant-experience") {
        need = experienceMonths(p).map((m, c) => {
          let have = 0;
          for (const id of p.anyOf) have += (query.experienceMonths?.[id] ?? 0) + (spent.get(id)?.[c] ?? 0);
          return m - have;
        });
      }
      if (p.type === "gap-after-funded-training" && clock !== null)
        need = clock.map((since) => p.months - since);
      for (let c = 0; c < 3; c++) wait[c] = Math.max(wait[c]!, need[c]!);
    }
    const d = r.durationMonths;
    const duration: [number, number, number] = d === undefined ? [0, 0, 0] : [d.min, d.min, d.max];
    if (d === undefined) unknown++;
    let funding = r.funding;
    if (r.fundingByAge !== undefined && query.age !== undefined) {
      const limit =
        query.extendedAgeLimit && r.fundingByAge.extendedUnder !== undefined
          ? r.fundingByAge.extendedUnder
          : r.fundingByAge.under;
      if (query.age + (months[2] + wait[2]) / 12 < limit) funding = r.fundingByAge.funding;
    }
    if (query.only === "funded" && paysFees(funding)) return null;
    if (query.only === "apprenticeships" && funding !== "not-applicable" && r.apprenticeship === undefined)
      return null;
    const fromSpent = spent.get(edge.from) ?? [0, 0, 0];
    spent.set(edge.from, fromSpent.map((t, c) => t + wait[c]!) as [number, number, number]);
    const employed =
      r.apprenticeship !== undefined || funding === "salaried-trainee-post" || funding === "employer-funded";
    spent.set(edge.to, employed ? [...duration] : [0, 0, 0]);
    for (let c = 0; c < 3; c++) months[c]! += wait[c]! + duration[c]!;
    if (r.nhsFundedPsychologicalTraining) clock = [0, 0, 0];
    else if (clock !== null)
      clock = clock.map((since, c) => since + wait[c]! + duration[c]!) as [number, number, number];
    unpaidStudyCost += duration[0] * WEIGHT[funding];
    if (paysFees(funding)) {
      if (r.fees === undefined) fees.unknown++;
      else {
        fees.max += r.fees.pounds.max;
        if (funding === "self-funded") fees.min += r.fees.pounds.min;
      }
    }
  }
  return { months, steps: edges.length, unknown, unpaidStudyCost, fees };
}

function compareRoutes(a: OracleRoute, b: OracleRoute): number {
  for (let i = 0; i < a.rank.length; i++) if (a.rank[i] !== b.rank[i]) return a.rank[i]! - b.rank[i]!;
  for (let i = 0; i < Math.min(a.keys.length, b.keys.length); i++) {
    if (a.keys[i] !== b.keys[i]) return a.keys[i]! < b.keys[i]! ? -1 : 1;
  }
  return a.keys.length - b.keys.length;
}

/** The documented ranking vector for a preference. */
export function rankFor(
  prefer: RouteQuery["prefer"],
  c: { months: [number, number, number]; steps: number; unknown: number; unpaidStudyCost: number },
): number[] {
  const [minimum, short, long] = c.months;
  if (prefer === "fewest-steps") return [c.unknown, c.steps, short, minimum, long];
  if (prefer === "earn-while-learning") return [c.unknown, c.unpaidStudyCost, short, minimum, long, c.steps];
  return [c.unknown, short, minimum, long, c.steps];
}

/**
 * Every distinct simple route from the query's starts to its target, best first: the answer findRoutes must
 * give, before it keeps the first 1 + alternatives.
 */
export function allRoutesBruteForce(graph: CareerGraph, query: RouteQuery): OracleRoute[] {
  const avoid = new Set(query.avoidNodes ?? []);
  const held = heldAtStart(graph, query);
  const implied = impliedSets(graph);
  const starts = [...held].filter((id) => graph.nodes.has(id) && !avoid.has(id) && id !== query.to);
  const found: OracleRoute[] = [];
  if (held.has(query.to) || avoid.has(query.to)) return [];

  const walk = (node: string, path: RouteEdge[], visited: string[]) => {
    for (const edge of graph.outEdges.get(node) ?? []) {
      const v = edge.to;
      if (visited.includes(v) || held.has(v) || avoid.has(v)) continue;
      if (!stepAllowed(graph, query, edge)) continue;
      // What the first node implies is in `held` already (less what the person said they lack).
      const have = new Set([
        ...held,
        ...visited,
        ...visited.slice(1).flatMap((id) => [...(implied.get(id) ?? [])]),
      ]);
      const holdsMet = edge.route.prerequisites.every(
        (p) =>
          p.type !== "holds" || have.has(`rule:${ruleId(p.anyOf)}`) || p.anyOf.some((id) => have.has(id)),
      );
      if (!holdsMet) continue;
      const next = [...path, edge];
      const cost = costOf(graph, next, query);
      if (cost === null) continue;
      if (v === query.to) {
        found.push({ edges: next, keys: next.map((e) => e.key), ...cost, rank: rankFor(query.prefer, cost) });
      } else {
        walk(v, next, [...visited, v]);
      }
    }
  };
  for (const s of starts) walk(s, [], [s]);
  found.sort(compareRoutes);
  // Genuinely different: a different sequence of (route id, to). Keep the best-ranked of each.
  const seen = new Set<string>();
  return found.filter((route) => {
    const signature = route.edges.map((e) => `${e.route.id}>${e.to}`).join("|");
    if (seen.has(signature)) return false;
    seen.add(signature);
    return true;
  });
}
