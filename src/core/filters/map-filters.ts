/**
 * What the map shows: filters on roles (family, registration, age group, apprenticeship available) and on
 * routes (kind). Pure, so the same rules serve the map and the list; src/core/url/map-filters.ts writes them
 * in the address and reads them back.
 */
import { isApprenticeship, type MapGraph, type MapRouteEdge } from "../graph/career-graph";
import { reachable } from "../collections/reachable";
import type { AgeGroup, RegistrationType, RouteKind } from "../dataset/schema";
import type { MapRole } from "../dataset/map-index";

/** Each list empty means "no filter". */
export interface MapFilters {
  families: string[];
  kinds: RouteKind[];
  registration: RegistrationType[];
  ageGroups: AgeGroup[];
  /** Only roles with at least one apprenticeship route into them. */
  apprenticeshipOnly: boolean;
}

export const NO_FILTERS: MapFilters = {
  families: [],
  kinds: [],
  registration: [],
  ageGroups: [],
  apprenticeshipOnly: false,
};

/**
 * How many filter values are chosen: each family, kind, register and age group, and "apprenticeship
 * available" as one.
 * @example countActiveFilters({ ...NO_FILTERS, families: ["nursing"], apprenticeshipOnly: true }) // 2
 */
export function countActiveFilters(filters: MapFilters): number {
  return (
    filters.families.length +
    filters.kinds.length +
    filters.registration.length +
    filters.ageGroups.length +
    (filters.apprenticeshipOnly ? 1 : 0)
  );
}

export function hasActiveFilters(filters: MapFilters): boolean {
  return countActiveFilters(filters) > 0;
}

export interface VisibleGraph {
  nodeIds: Set<string>;
  edgeKeys: Set<string>;
}

function roleIsVisible(graph: MapGraph, role: MapRole, filters: MapFilters): boolean {
  if (filters.families.length > 0 && !filters.families.includes(role.family)) return false;
  if (filters.registration.length > 0 && !filters.registration.includes(role.registration.type)) return false;
  if (filters.ageGroups.length > 0 && !role.ageGroups.some((group) => filters.ageGroups.includes(group))) {
    return false;
  }
  if (
    filters.apprenticeshipOnly &&
    !(graph.inEdges.get(role.id) ?? []).some((edge) => isApprenticeship(edge.route))
  )
    return false;
  return true;
}

/**
 * The roles and routes that pass the filters. A route shows when both its ends show and its kind is allowed.
 * A starting point shows when, through shown routes, it leads to a shown role (or when nothing is filtered).
 * @example visibleGraph(graph, { ...NO_FILTERS, families: ["nursing"] }).nodeIds.has("mental-health-nurse") // true
 */
export function visibleGraph(graph: MapGraph, filters: MapFilters): VisibleGraph {
  const roleIds = new Set(
    graph.roles.filter((role) => roleIsVisible(graph, role, filters)).map((role) => role.id),
  );
  const isStart = (id: string) => graph.nodes.get(id)?.nodeType === "starting-point";
  const kindAllowed = (edge: MapRouteEdge) =>
    filters.kinds.length === 0 || filters.kinds.includes(edge.route.kind);
  const showAllStarts = !hasActiveFilters(filters);

  // Starting points in use: those with a shown route to a shown role, then those leading to one of them:
  // a search backwards from the shown roles, through shown routes out of starting points.
  const startsInUse = showAllStarts
    ? new Set(graph.startingPoints.map((s) => s.id))
    : new Set(
        [
          ...reachable(roleIds, (id) =>
            (graph.inEdges.get(id) ?? []).filter((e) => isStart(e.from) && kindAllowed(e)).map((e) => e.from),
          ),
        ].filter(isStart),
      );
  const shown = (id: string) => roleIds.has(id) || startsInUse.has(id);
  const edgeKeys = new Set(
    graph.edges.filter((e) => shown(e.from) && shown(e.to) && kindAllowed(e)).map((e) => e.key),
  );
  const nodeIds = new Set<string>();
  for (const start of graph.startingPoints) if (startsInUse.has(start.id)) nodeIds.add(start.id);
  for (const id of roleIds) nodeIds.add(id);
  return { nodeIds, edgeKeys };
}
