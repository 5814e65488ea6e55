/**
 * The list of roles' address: /roles?sort=…&order=…, with the map's filters. One parse and serialise pair.
 */
import { NO_FILTERS, type MapFilters } from "../filters/map-filters";
import { filtersToParams, parseMapFilters, type FilterVocabulary } from "./map-filters";

/** The list's columns, by which it can be sorted (sortRoles sorts by them). */
export const ROLE_SORT_KEYS = ["title", "band", "training", "apprenticeship", "registration"] as const;
export type RoleSortKey = (typeof ROLE_SORT_KEYS)[number];
export type SortDirection = "ascending" | "descending";

export function isRoleSortKey(value: string | null): value is RoleSortKey {
  return value !== null && (ROLE_SORT_KEYS as ReadonlyArray<string>).includes(value);
}

export interface RolesListView {
  filters: MapFilters;
  sort: RoleSortKey;
  order: SortDirection;
}

const SORT = "sort";
const ORDER = "order";

/**
 * Reads the list's view from its address: by title, ascending, unless it says otherwise. Filter values it does
 * not know are reported; a sort it does not know falls back to the default.
 * @example parseRolesListView(new URLSearchParams("sort=band&order=descending"), dataset).view.sort // "band"
 */
export function parseRolesListView(
  params: URLSearchParams,
  dataset: FilterVocabulary,
): { view: RolesListView; ignored: string[] } {
  const { filters, ignored } = parseMapFilters(params, dataset);
  const sortText = params.get(SORT);
  const orderText = params.get(ORDER);
  return {
    view: {
      filters,
      sort: isRoleSortKey(sortText) ? sortText : "title",
      order: orderText === "descending" ? "descending" : "ascending",
    },
    ignored,
  };
}

/**
 * Writes the list's view as query-string pairs, leaving out defaults. The inverse of parseRolesListView.
 * @example rolesListViewToParams({ sort: "band", order: "descending" }) // [["sort", "band"], ["order", "descending"]]
 */
export function rolesListViewToParams({
  filters = NO_FILTERS,
  sort = "title",
  order = "ascending",
}: Partial<RolesListView>): [string, string][] {
  const pairs = filtersToParams(filters);
  if (sort !== "title") pairs.push([SORT, sort]);
  if (order === "descending") pairs.push([ORDER, order]);
  return pairs;
}
