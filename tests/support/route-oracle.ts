/**
 * A brute-force route finder, written straight from the rules in README.md ("Route finder") and sharing no
 * code with the engine: it lists every simple route, costs each one, sorts them and keeps the best of each
 * distinct option. Slow and obviously right, for property tests on small graphs.
 */
import type { Funding } from "../../src/core/dataset/schema";
import type { CareerGraph, RouteEdge } from "../../src/core/graph/career-graph";
import type { RouteQuery } from "../../src/core/route";

export interface OracleRoute {
  edges: RouteEdge[];
  keys: string[];
  months: { min: number; max: number };
  steps: number;
  unpaidStudyCost: number;
  rank: number[];
}

// Written out again on purpose, from README's ranking rules, rather than imported: the oracle checks the finder
// against the documented rules, so it must not share the finder's own table.
const WEIGHT: Record<Funding, number> = {
  "salaried-trainee-post": 0,
  "apprenticeship-levy": 0,
  "not-applicable": 0,
  "funded-fees": 1,
  mixed: 2,
  "self-funded": 3,
};

/** Whether the query's filters allow a step at all (holds rules are checked along the route). */
export function stepAllowed(graph: CareerGraph, query: RouteQuery, edge: RouteEdge): boolean {
  const r = edge.route;
  if (query.only === "apprenticeships" && r.funding !== "not-applicable" && r.apprenticeship === undefined) {
    return false;
  }
  if (query.only === "funded" && r.funding === "self-funded") return false;
  if ((query.avoidKinds ?? []).includes(r.kind)) return false;
  if (
    query.maxQualificationLevel !== undefined &&
    (r.qualification?.level ?? 0) > query.maxQualificationLevel
  ) {
    return false;
  }
  if (r.prerequisites.some((p) => p.type === "statutory-registration")) {
    const node = graph.nodes.get(edge.from);
    if (node?.nodeType !== "role" || node.registration.type !== "statutory") return false;
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

/** Months, steps and unpaid-study cost of a route, computed step by step from the rules. */
export function costOf(graph: CareerGraph, edges: readonly RouteEdge[], query: RouteQuery) {
  const months = { min: 0, max: 0 };
  // The clock starts with the person's own funded training, whichever start the route leaves from.
  const personal = personalClock(graph, query);
  let sinceFunded: { min: number; max: number } | null =
    personal === null ? null : { min: personal.months, max: personal.months };
  let unpaidStudyCost = 0;
  edges.forEach((edge, i) => {
    const r = edge.route;
    const already = i === 0 ? (query.experienceMonths?.[edge.from] ?? 0) : 0;
    let waitMin = 0;
    let waitMax = 0;
    for (const p of r.prerequisites) {
      if (p.type === "experience-in-role") {
        waitMin = Math.max(waitMin, p.months - already);
        waitMax = Math.max(waitMax, p.months - already);
      }
      if (p.type === "gap-after-funded-training" && sinceFunded !== null) {
        waitMin = Math.max(waitMin, p.months - sinceFunded.min);
        waitMax = Math.max(waitMax, p.months - sinceFunded.max);
      }
    }
    const stepMin = waitMin + (r.durationMonths?.min ?? 0);
    const stepMax = waitMax + (r.durationMonths?.max ?? 0);
    months.min += stepMin;
    months.max += stepMax;
    unpaidStudyCost += (r.durationMonths?.min ?? 0) * WEIGHT[r.funding];
    if (r.nhsFundedPsychologicalTraining) sinceFunded = { min: 0, max: 0 };
    else if (sinceFunded !== null)
      sinceFunded = { min: sinceFunded.min + stepMin, max: sinceFunded.max + stepMax };
  });
  return { months, steps: edges.length, unpaidStudyCost };
}

function compareRoutes(a: OracleRoute, b: OracleRoute): number {
  for (let i = 0; i < a.rank.length; i++) if (a.rank[i] !== b.rank[i]) return a.rank[i]! - b.rank[i]!;
  for (let i = 0; i < Math.min(a.keys.length, b.keys.length); i++) {
    if (a.keys[i] !== b.keys[i]) return a.keys[i]! < b.keys[i]! ? -1 : 1;
  }
  return a.keys.length - b.keys.length;
}

/**
 * Every distinct simple route from the query's starts to its target, best first: the answer findRoutes must
 * give, before it keeps the first 1 + alternatives.
 */
export function allRoutesBruteForce(graph: CareerGraph, query: RouteQuery): OracleRoute[] {
  const avoid = new Set(query.avoidNodes ?? []);
  const fromSet = new Set(query.from);
  const starts = query.from.filter((id) => !avoid.has(id));
  const found: OracleRoute[] = [];
  if (fromSet.has(query.to) || avoid.has(query.to)) return [];

  const walk = (node: string, path: RouteEdge[], visited: string[]) => {
    for (const edge of graph.outEdges.get(node) ?? []) {
      const v = edge.to;
      if (visited.includes(v) || fromSet.has(v) || avoid.has(v)) continue;
      if (!stepAllowed(graph, query, edge)) continue;
      // Every starting point is held, even one the query avoids (it is only not left from).
      const held = new Set([...query.from, ...visited]);
      const holdsMet = edge.route.prerequisites.every(
        (p) => p.type !== "holds" || p.anyOf.some((id) => held.has(id)),
      );
      if (!holdsMet) continue;
      const next = [...path, edge];
      if (v === query.to) {
        const cost = costOf(graph, next, query);
        const rank =
          query.prefer === "fewest-steps"
            ? [cost.steps, cost.months.min, cost.months.max]
            : query.prefer === "earn-while-learning"
              ? [cost.unpaidStudyCost, cost.months.min, cost.months.max, cost.steps]
              : [cost.months.min, cost.months.max, cost.steps];
        found.push({ edges: next, keys: next.map((e) => e.key), ...cost, rank });
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
