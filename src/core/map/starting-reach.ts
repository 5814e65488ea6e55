/**
 * What the map lights up for the starting points a person chose ("start from who you are"): every role they
 * can reach, by the route finder's rules, and the first steps they can take, quickest first. Built from the
 * route finder's public functions (reachableFromStarts, nextSteps), which it is handed, so that the map page
 * can load the finder only once someone chooses (the first page stays small).
 */
import type { CareerGraph } from "../graph/career-graph";
import type { EdgeLayer } from "./career-map-layout";
import type { NeighbourStep, nextSteps, reachableFromStarts } from "../route";

/** The route finder's functions this needs. */
export interface ReachFinder {
  reachableFromStarts: typeof reachableFromStarts;
  nextSteps: typeof nextSteps;
}

export interface StartingReach {
  /** The starting points and roles the person starts from. */
  starts: string[];
  /** Everything they can reach, the starts included. */
  reachable: Set<string>;
  /** How many roles (not starting points) they can reach that they do not hold already. */
  roleCount: number;
  /**
   * The steps they can take first, one per place they lead to (the quickest way there), quickest first: as
   * nextSteps orders them, known lengths before unknown ones.
   */
  firstSteps: NeighbourStep[];
}

/** Known lengths first, then quickest (typical, then least), then by title: the order nextSteps uses. */
function quickestFirst(a: NeighbourStep, b: NeighbourStep): number {
  return (
    Number(a.durationMonths === null) - Number(b.durationMonths === null) ||
    a.time.typical.min - b.time.typical.min ||
    a.time.minimum - b.time.minimum ||
    a.time.typical.max - b.time.typical.max ||
    a.toTitle.localeCompare(b.toTitle, "en") ||
    (a.edgeKey < b.edgeKey ? -1 : a.edgeKey > b.edgeKey ? 1 : 0)
  );
}

/**
 * What a person starting from `starts` can reach, and their first steps. Unknown ids are left out.
 * @example reachFromStarts(graph, ["gcses"], await import("../route")).firstSteps[0]?.to // "healthcare-support-worker"
 */
export function reachFromStarts(
  graph: CareerGraph,
  starts: ReadonlyArray<string>,
  { reachableFromStarts, nextSteps }: ReachFinder,
): StartingReach {
  const known = starts.filter((id) => graph.nodes.has(id));
  const reached = reachableFromStarts(graph, known);
  const reachable = new Set(reached.map((node) => node.id));
  // A first step is one the rules let them take now: its end is reachable in one step, and not held already.
  const oneStep = new Set(reached.filter((node) => node.steps === 1).map((node) => node.id));
  const best = new Map<string, NeighbourStep>();
  for (const step of known.flatMap((id) => nextSteps(graph, id)).sort(quickestFirst)) {
    if (oneStep.has(step.to) && !best.has(step.to)) best.set(step.to, step);
  }
  return {
    starts: known,
    reachable,
    roleCount: reached.filter((node) => node.steps > 0 && graph.nodes.get(node.id)?.nodeType === "role")
      .length,
    firstSteps: [...best.values()],
  };
}

/**
 * Whether chosen starts light up a route: a first step from one of the starts, or a ladder route (within a
 * family) between two roles they can reach. The map draws these while nothing else is highlighted; the poster
 * of a person's reach draws them on paper.
 * @example routeInReach(reach, { from: "gcses", to: "healthcare-support-worker", layer: "start" }) // true
 */
export function routeInReach(
  reach: Pick<StartingReach, "starts" | "reachable" | "firstSteps">,
  edge: { from: string; to: string; layer: EdgeLayer },
): boolean {
  if (reach.starts.includes(edge.from)) return reach.firstSteps.some((step) => step.to === edge.to);
  return edge.layer === "ladder" && reach.reachable.has(edge.from) && reach.reachable.has(edge.to);
}
