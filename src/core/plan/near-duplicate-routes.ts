/**
 * Routes that differ only on the way, not in what they ask of a person, shown as one: "also via T Level".
 * Derived from the route finder's public results; the finder itself keeps every route distinct.
 */
import type { PlannedRoute } from "../route/types";

export interface RouteGroup {
  /** The route shown for the group: the best ranked of them. An index into the routes given. */
  main: number;
  /** Every route in the group, the main one first, in ranking order (indexes into the routes given). */
  members: number[];
  /**
   * Roles and starting points the other routes pass through and the main one does not, in the order met: what
   * "also via …" names. Empty for a group of one.
   */
  alsoVia: string[];
}

/**
 * What a person weighs a route by, as one key: its time in both counts, the fees they may pay (and how many
 * steps have no figure), the steps with no known length, the self-funded steps, and the training it ends with.
 * Routes with the same key differ only in where they pass on the way.
 */
function sameAnswerKey(route: PlannedRoute): string {
  const { months, totals } = route;
  const last = route.steps[route.steps.length - 1];
  return JSON.stringify([
    months.minimum,
    months.typical.min,
    months.typical.max,
    totals.fees.pounds.min,
    totals.fees.pounds.max,
    totals.fees.unknownSteps,
    totals.unknownDurationSteps,
    totals.selfFundedSteps,
    last?.routeId ?? null,
  ]);
}

function nodesOn(route: PlannedRoute): string[] {
  return route.steps.map((step) => step.to);
}

/**
 * Groups near-duplicate routes: the same time at the least and typically, the same fees, the same number of
 * self-funded steps and steps of unknown length, and the same last step (the training that qualifies), so they
 * differ only in the places they pass through. Groups keep the ranking order of their best route.
 * @example
 * groupNearDuplicateRoutes(result.routes)
 * // [{ main: 0, members: [0, 1, 2, 3], alsoVia: ["t-level-health", "assistant-psychologist"] }, { main: 4, … }]
 */
export function groupNearDuplicateRoutes(routes: ReadonlyArray<PlannedRoute>): RouteGroup[] {
  const groups: RouteGroup[] = [];
  const byKey = new Map<string, RouteGroup>();
  routes.forEach((route, index) => {
    const key = sameAnswerKey(route);
    const group = byKey.get(key);
    if (group === undefined) {
      const created: RouteGroup = { main: index, members: [index], alsoVia: [] };
      byKey.set(key, created);
      groups.push(created);
      return;
    }
    group.members.push(index);
    const mainNodes = new Set(nodesOn(routes[group.main]!));
    for (const node of nodesOn(route)) {
      if (!mainNodes.has(node) && !group.alsoVia.includes(node)) group.alsoVia.push(node);
    }
  });
  return groups;
}

/**
 * The group a route belongs to, by its index among the routes grouped.
 * @example groupOf(groups, 2)?.main // 0
 */
export function groupOf(groups: ReadonlyArray<RouteGroup>, routeIndex: number): RouteGroup | undefined {
  return groups.find((group) => group.members.includes(routeIndex));
}
