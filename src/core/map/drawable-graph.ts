/**
 * How much of a careers map is drawn. One rule for every place a map appears (the map page, the planner's
 * map): past a limit a map is unreadable and too slow to lay out and draw on a cheap phone.
 */
import type { VisibleGraph } from "../filters/map-filters";

/** The most roles and starting points a map draws at once. */
export const MAX_MAP_NODES = 1500;

/**
 * @example isTooBigToDraw({ nodeIds: new Set(["a"]), edgeKeys: new Set() }) // false
 */
export function isTooBigToDraw(visible: VisibleGraph): boolean {
  return visible.nodeIds.size > MAX_MAP_NODES;
}

/** What a route passes through, as the planner's routes give it. */
interface RouteThrough {
  steps: ReadonlyArray<{ from: string; to: string; edgeKey: string }>;
}

/**
 * What the planner's map draws: the whole map, which shows where the routes sit among the rest, when it can be
 * drawn; otherwise only the roles and routes the plan's routes pass through.
 * @example planMapGraph(whole, result.routes)
 */
export function planMapGraph(whole: VisibleGraph, routes: ReadonlyArray<RouteThrough>): VisibleGraph {
  if (!isTooBigToDraw(whole)) return whole;
  const nodeIds = new Set<string>();
  const edgeKeys = new Set<string>();
  for (const route of routes)
    for (const step of route.steps) {
      nodeIds.add(step.from);
      nodeIds.add(step.to);
      edgeKeys.add(step.edgeKey);
    }
  return { nodeIds, edgeKeys };
}
