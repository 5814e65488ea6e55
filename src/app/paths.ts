/**
 * The one place URLs are built. Views link with these helpers, never with hand-written strings, so a route
 * can move without a hunt through the code. Map filters travel in the query string of map and role URLs, so
 * a shared link restores the same view.
 */
import { filtersToParams, NO_FILTERS, type MapFilters } from "../core/map/map-filters";
import { EMPTY_PLAN, planToParams, type PlanParams } from "../core/plan/plan-params";
import type { RoleSortKey, SortDirection } from "../core/roles/sort-roles";

export interface MapViewParams {
  filters?: MapFilters;
  /** The text in the map's search box. */
  search?: string;
}

function withQuery(path: string, pairs: [string, string][]): string {
  if (pairs.length === 0) return path;
  return `${path}?${new URLSearchParams(pairs).toString()}`;
}

function mapViewPairs({ filters = NO_FILTERS, search = "" }: MapViewParams): [string, string][] {
  const pairs = filtersToParams(filters);
  if (search.trim() !== "") pairs.push(["q", search]);
  return pairs;
}

export interface RolesListParams {
  filters?: MapFilters;
  sort?: RoleSortKey;
  order?: SortDirection;
}

export const paths = {
  /** The map, with its filters and search. */
  map: (view: MapViewParams = {}) => withQuery("/", mapViewPairs(view)),
  /** A role (or starting point) opened beside the map, keeping the map's filters. */
  role: (id: string, view: MapViewParams = {}) =>
    withQuery(`/roles/${encodeURIComponent(id)}`, mapViewPairs(view)),
  /** Every role as a table: the text alternative to the map, with the same filters. */
  roles: ({ filters = NO_FILTERS, sort, order }: RolesListParams = {}) => {
    const pairs = filtersToParams(filters);
    if (sort !== undefined && sort !== "title") pairs.push(["sort", sort]);
    if (order === "descending") pairs.push(["order", order]);
    return withQuery("/roles", pairs);
  },
  /** The route planner, with the question in the address so a link restores the plan. */
  plan: (plan: Partial<PlanParams> = {}) => withQuery("/plan", planToParams({ ...EMPTY_PLAN, ...plan })),
  /** Up to three roles side by side. */
  compare: (roleIds: ReadonlyArray<string> = []) =>
    withQuery("/compare", roleIds.length === 0 ? [] : [["roles", roleIds.join(",")]]),
} as const;
