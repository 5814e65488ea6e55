/**
 * The map's address: / and /roles/:id, with the filters and the text in the search box. One parse and
 * serialise pair (the open role is in the path, which the router reads).
 */
import { NO_FILTERS, type MapFilters } from "../filters/map-filters";
import { filtersToParams, parseMapFilters, type FilterVocabulary } from "./map-filters";

export interface MapView {
  filters: MapFilters;
  /** The text in the map's search box. */
  search: string;
}

const SEARCH = "q";

/**
 * The search text in an address: it changes with every keystroke, so pages read it apart from the filters.
 * @example searchTextOf(new URLSearchParams("q=pwp")) // "pwp"
 */
export function searchTextOf(params: URLSearchParams): string {
  return params.get(SEARCH) ?? "";
}

/**
 * The address without the search text: what the filters are read from, unchanged while someone types.
 * @example withoutSearchText(new URLSearchParams("family=nursing&q=pw")).toString() // "family=nursing"
 */
export function withoutSearchText(params: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...params].filter(([name]) => name !== SEARCH));
}

/**
 * Reads the map's view from its address, reporting filter values it does not know.
 * @example parseMapView(new URLSearchParams("family=nursing&q=pwp"), dataset).view.search // "pwp"
 */
export function parseMapView(
  params: URLSearchParams,
  dataset: FilterVocabulary,
): { view: MapView; ignored: string[] } {
  const { filters, ignored } = parseMapFilters(params, dataset);
  return { view: { filters, search: searchTextOf(params) }, ignored };
}

/**
 * Writes the map's view as query-string pairs, leaving out what is not in use. The inverse of parseMapView.
 * @example mapViewToParams({ filters: NO_FILTERS, search: "pwp" }) // [["q", "pwp"]]
 */
export function mapViewToParams({ filters = NO_FILTERS, search = "" }: Partial<MapView>): [string, string][] {
  const pairs = filtersToParams(filters);
  if (search.trim() !== "") pairs.push([SEARCH, search]);
  return pairs;
}
