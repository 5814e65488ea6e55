/**
 * The neighbourhood of a node, for a role panel or a "where next?" list: the steps out of it, every way into
 * it, and everything that can be reached from a set of starting points.
 */
import type {
  Apprenticeship,
  BandRange,
  Competition,
  Fees,
  Funding,
  FundingByAge,
  Intake,
  Prerequisite,
  RouteKind,
} from "../dataset/schema";
import { titleOf, type CareerGraph, type RouteEdge } from "../graph/career-graph";
import { ruleKey } from "./holdings";
import { impliedBy } from "./holdings";
import { normaliseQuery, type RouteConstraints } from "./query";
import { unknownNode } from "./resolve-node";
import { searchRoutes } from "./search";
import { applyStep, makeRuleContext, startState, stepAllowed, type StepState } from "./step-rules";
import { apprenticeshipOf, payBands } from "./step-facts";
import type { MonthsSpan, Timing } from "./types";

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
  /**
   * Experience the step asks for first (in the from-role, or relevant experience), at the least the rules
   * state and as typical applicants have it. Gap rules depend on the route taken, so they are left out.
   */
  experience: Timing;
  /** Experience plus duration: the time the step takes from arriving in the from-role (durations known). */
  time: Timing;
  funding: Funding;
  fundingByAge: FundingByAge | null;
  fees: Fees | null;
  competition: Competition | null;
  intake: Intake | null;
  apprenticeship: Apprenticeship | null;
  qualificationLevel: number | null;
  /** Bands: the from-role's when qualified → the to-role's while training and when qualified. */
  bands: { from: BandRange | null; whileTraining: BandRange | null; after: BandRange | null };
  prerequisites: Prerequisite[];
}

function experienceOf(prerequisites: readonly Prerequisite[]): Timing {
  const experience: Timing = { minimum: 0, typical: { min: 0, max: 0 } };
  for (const p of prerequisites) {
    if (p.type !== "experience-in-role" && p.type !== "relevant-experience") continue;
    experience.minimum = Math.max(experience.minimum, p.months);
    experience.typical.min = Math.max(experience.typical.min, p.typicalMonths?.min ?? p.months);
    experience.typical.max = Math.max(experience.typical.max, p.typicalMonths?.max ?? p.months);
  }
  return experience;
}

function describeStep(graph: CareerGraph, edge: RouteEdge): NeighbourStep {
  const route = edge.route;
  const experience = experienceOf(route.prerequisites);
  const duration = route.durationMonths ?? null;
  const toBands = payBands(graph.nodes.get(edge.to));
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
    experience,
    time: {
      minimum: experience.minimum + (duration?.min ?? 0),
      typical: {
        min: experience.typical.min + (duration?.min ?? 0),
        max: experience.typical.max + (duration?.max ?? 0),
      },
    },
    funding: route.funding,
    fundingByAge: route.fundingByAge ?? null,
    fees: route.fees ?? null,
    competition: route.competition ?? null,
    intake: route.intake ?? null,
    apprenticeship: apprenticeshipOf(route),
    qualificationLevel: route.qualification?.level ?? null,
    bands: {
      from: payBands(graph.nodes.get(edge.from)).qualified,
      whileTraining: toBands.whileTraining,
      after: toBands.qualified,
    },
    prerequisites: route.prerequisites.map((p) => ({ ...p })),
  };
}

/** Known lengths first, then quickest (typical, then minimum), then by title and key. */
function byTimeThen(title: (s: NeighbourStep) => string) {
  return (a: NeighbourStep, b: NeighbourStep) =>
    Number(a.durationMonths === null) - Number(b.durationMonths === null) ||
    a.time.typical.min - b.time.typical.min ||
    a.time.minimum - b.time.minimum ||
    a.time.typical.max - b.time.typical.max ||
    title(a).localeCompare(title(b), "en") ||
    (a.edgeKey < b.edgeKey ? -1 : a.edgeKey > b.edgeKey ? 1 : 0);
}

function checkNode(graph: CareerGraph, id: string): void {
  if (!graph.nodes.has(id)) throw unknownNode(graph, id);
}

/**
 * The steps out of a node, quickest first (typical experience + shortest duration; unknown lengths last), then
 * by destination title.
 * @example nextSteps(graph, "psychological-wellbeing-practitioner").map((s) => s.to)
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
  /** Fewest steps from the starting points (0 for a starting point or something it implies). */
  steps: number;
}

/**
 * Everything reachable from a set of starting points by a simple route that keeps the constraints and the
 * step rules, with the fewest steps it takes; starting points first, then by steps and title.
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
  // The target is irrelevant to a breadth-first sweep; the first start stands in for it.
  const q = normaliseQuery({ ...constraints, from: starts, to: starts[0]!, prefer: "fewest-steps" });
  const ctx = makeRuleContext(graph, { ...q, to: "" });
  const rules = [
    ...new Set(
      graph.edges.flatMap((e) =>
        e.route.prerequisites.flatMap((p) => (p.type === "holds" ? [ruleKey(p.anyOf)] : [])),
      ),
    ),
  ];
  const meets = (node: string): number[] => {
    const implied = impliedBy(graph, node);
    return rules.flatMap((key, i) =>
      key.split("|").includes(node) ||
      implied.rules.has(key) ||
      key.split("|").some((id) => implied.nodes.has(id))
        ? [i]
        : [],
    );
  };
  const steps = new Map<string, number>();
  const needsExact: string[] = [];
  // Breadth-first over walks, one per (node, the holds rules met on the way). The first walk to reach a node
  // has the fewest steps of any walk; when it is simple it is the answer, and when it repeats a node (a detour
  // to meet a holds rule) the exact search decides.
  const queue: { state: StepState; met: Set<number> }[] = [];
  const seen = new Set<string>();
  for (const start of ctx.starts) {
    steps.set(start, 0);
    queue.push({ state: startState(ctx, start), met: new Set(meets(start)) });
  }
  const repeats = (state: StepState): boolean => {
    const nodes = new Set<string>();
    for (let s: StepState | null = state; s !== null; s = s.parent) {
      if (nodes.has(s.node)) return true;
      nodes.add(s.node);
    }
    return false;
  };
  for (let i = 0; i < queue.length; i++) {
    const { state, met } = queue[i]!;
    for (const edge of graph.outEdges.get(state.node) ?? []) {
      const v = edge.to;
      if (ctx.blocked.has(v) || !stepAllowed(ctx, edge)) continue;
      const next = applyStep(ctx, state, edge);
      if (next === null) continue;
      const nextMet = new Set([...met, ...meets(v)]);
      const key = `${v}\u0000${[...nextMet].sort((a, b) => a - b).join(",")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!steps.has(v) && !needsExact.includes(v)) {
        if (repeats(next)) needsExact.push(v);
        else steps.set(v, next.steps);
      }
      queue.push({ state: next, met: nextMet });
    }
  }
  for (const v of needsExact) {
    const exact = searchRoutes(makeRuleContext(graph, { ...q, to: v }), 1);
    if (exact.routes.length > 0) steps.set(v, exact.routes[0]!.steps);
  }
  return [...steps.entries()]
    .map(([id, n]) => ({ id, title: titleOf(graph, id), steps: n }))
    .sort((a, b) => a.steps - b.steps || a.title.localeCompare(b.title, "en") || (a.id < b.id ? -1 : 1));
}
