/**
 * The neighbourhood of a node, for a role panel or a "where next?" list: the steps out of it, every way into
 * it, and everything that can be reached from a set of starting points.
 */
import type { Apprenticeship, BandRange, Funding, Prerequisite, RouteKind } from "../dataset/schema";
import { titleOf, type CareerGraph, type RouteEdge } from "../graph/career-graph";
import { compileGraph } from "./compile";
import { makeSearchContext } from "./context";
import { normaliseQuery, type RouteConstraints } from "./query";
import { unknownNode } from "./resolve-node";
import { newStepResult, takeStep } from "./step";
import { apprenticeshipOf, payBands } from "./step-facts";
import type { MonthsSpan } from "./types";
import { kBestRoutes } from "./yen";

export interface NeighbourStep {
  edgeKey: string;
  routeId: string;
  from: string;
  fromTitle: string;
  to: string;
  toTitle: string;
  kind: RouteKind;
  programme: string;
  durationMonths: MonthsSpan | null;
  /** Months of experience in the from-role the step asks for first (gap rules depend on the route taken). */
  experienceMonths: number;
  /** Experience wait plus duration: the time the step takes from arriving in the from-role. */
  timeMonths: MonthsSpan;
  funding: Funding;
  apprenticeship: Apprenticeship | null;
  qualificationLevel: number | null;
  /** Bands: the from-role's when qualified → the to-role's while training and when qualified. */
  bands: { from: BandRange | null; whileTraining: BandRange | null; after: BandRange | null };
  prerequisites: Prerequisite[];
}

function describeStep(graph: CareerGraph, edge: RouteEdge): NeighbourStep {
  const route = edge.route;
  const fromNode = graph.nodes.get(edge.from);
  const toNode = graph.nodes.get(edge.to);
  const experience = Math.max(
    0,
    ...route.prerequisites.map((p) => (p.type === "experience-in-role" ? p.months : 0)),
  );
  const duration = route.durationMonths ?? null;
  const toBands = payBands(toNode);
  return {
    edgeKey: edge.key,
    routeId: route.id,
    from: edge.from,
    fromTitle: titleOf(graph, edge.from),
    to: edge.to,
    toTitle: titleOf(graph, edge.to),
    kind: route.kind,
    programme: route.programme,
    durationMonths: duration === null ? null : { min: duration.min, max: duration.max },
    experienceMonths: experience,
    timeMonths: { min: experience + (duration?.min ?? 0), max: experience + (duration?.max ?? 0) },
    funding: route.funding,
    apprenticeship: apprenticeshipOf(route),
    qualificationLevel: route.qualification?.level ?? null,
    bands: {
      from: payBands(fromNode).qualified,
      whileTraining: toBands.whileTraining,
      after: toBands.qualified,
    },
    prerequisites: route.prerequisites.map((p) => ({ ...p })),
  };
}

function byTimeThen(title: (s: NeighbourStep) => string) {
  return (a: NeighbourStep, b: NeighbourStep) =>
    a.timeMonths.min - b.timeMonths.min ||
    a.timeMonths.max - b.timeMonths.max ||
    title(a).localeCompare(title(b), "en") ||
    (a.edgeKey < b.edgeKey ? -1 : a.edgeKey > b.edgeKey ? 1 : 0);
}

function checkNode(graph: CareerGraph, id: string): void {
  if (!graph.nodes.has(id)) throw unknownNode(graph, id);
}

/**
 * The steps out of a node, quickest first (experience wait + shortest duration), then by destination title.
 * @example nextSteps(graph, "psychological-wellbeing-practitioner").map((s) => s.to)
 * // ["clinical-psychologist", "high-intensity-cbt-therapist"] (36 months vs 24 + 12)
 */
export function nextSteps(graph: CareerGraph, id: string): NeighbourStep[] {
  checkNode(graph, id);
  return (graph.outEdges.get(id) ?? [])
    .map((edge) => describeStep(graph, edge))
    .sort(byTimeThen((s) => s.toTitle));
}

/**
 * Every way into a node, quickest first, then by origin title.
 * @example waysInto(graph, "nursing-associate").map((s) => s.from) // ["healthcare-support-worker"]
 */
export function waysInto(graph: CareerGraph, id: string): NeighbourStep[] {
  checkNode(graph, id);
  return (graph.inEdges.get(id) ?? [])
    .map((edge) => describeStep(graph, edge))
    .sort(byTimeThen((s) => s.fromTitle));
}

export interface ReachableNode {
  id: string;
  title: string;
  /** Fewest steps from the starting points (0 for a starting point). */
  steps: number;
}

/**
 * Everything reachable from a set of starting points by a simple route that keeps the constraints and the
 * `holds` rules, with the fewest steps it takes; starting points first, then by steps and title.
 * @example reachableFromStarts(graph, ["gcses"], { only: "apprenticeships" }).map((n) => n.id)
 */
export function reachableFromStarts(
  graph: CareerGraph,
  starts: readonly string[],
  constraints: RouteConstraints = {},
): ReachableNode[] {
  starts.forEach((id) => checkNode(graph, id));
  (constraints.avoidNodes ?? []).forEach((id) => checkNode(graph, id));
  if (starts.length === 0) return [];
  const cg = compileGraph(graph);
  // The target is irrelevant to a breadth-first sweep; the first start stands in for it.
  const q = normaliseQuery({ ...constraints, from: starts, to: starts[0]!, prefer: "fewest-steps" });
  const ctx = makeSearchContext(cg, q);
  const steps = new Map<number, number>();
  // Breadth-first over (node, held-rules mask). The first walk to reach a node has the fewest steps of any
  // walk; when it is simple it is the answer, and when it repeats a node (a detour to meet a holds rule) the
  // exact search decides.
  const seen = new Set<number>();
  const queue: { node: number; mask: number; depth: number; parent: number }[] = [];
  const needsExact: number[] = [];
  const step = newStepResult();
  for (const s of ctx.starts) {
    steps.set(s, 0);
    seen.add(s);
    queue.push({ node: s, mask: 0, depth: 0, parent: -1 });
  }
  const walkRepeats = (from: number, v: number): boolean => {
    const nodes = new Set([v]);
    for (let i = from; i >= 0; i = queue[i]!.parent) {
      if (nodes.has(queue[i]!.node)) return true;
      nodes.add(queue[i]!.node);
    }
    return false;
  };
  const decided = new Set<number>(ctx.starts);
  for (let i = 0; i < queue.length; i++) {
    const { node: u, mask, depth } = queue[i]!;
    for (let j = cg.outStart[u]!; j < cg.outStart[u + 1]!; j++) {
      const e = cg.outList[j]!;
      const v = cg.to[e]!;
      if (ctx.allowed[e] === 0 || ctx.blocked[v] === 1) continue;
      // Gap waits only delay, never block: any clock will do for reachability.
      if (!takeStep(ctx, u, ctx.startGap, ctx.startGap, mask, e, step)) continue;
      const key = v + cg.n * step.mask;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!decided.has(v)) {
        decided.add(v);
        // With too many holds rules to track, the sweep ignores them: every node needs the exact search.
        if (ctx.pathOnly || walkRepeats(i, v)) needsExact.push(v);
        else steps.set(v, depth + 1);
      }
      queue.push({ node: v, mask: step.mask, depth: depth + 1, parent: i });
    }
  }
  for (const v of needsExact) {
    const exact = kBestRoutes(makeSearchContext(cg, { ...q, to: cg.ids[v]! }), 1);
    if (exact.paths.length > 0) steps.set(v, exact.paths[0]!.edges.length);
  }
  return [...steps.entries()]
    .map(([v, n]) => ({ id: cg.ids[v]!, title: titleOf(graph, cg.ids[v]!), steps: n }))
    .sort((a, b) => a.steps - b.steps || a.title.localeCompare(b.title, "en") || (a.id < b.id ? -1 : 1));
}
