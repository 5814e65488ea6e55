/**
 * The map's address: / and /roles/:id, with the filters, the text in the search box and the starting points a
 * person chose. One parse and serialise pair (the open role is in the path, which the router reads).
 */
import type { MapIndex } from "../dataset/map-index";
import { NO_FILTERS, type MapFilters } from "../filters/map-filters";
import { filtersToParams, parseMapFilters, type FilterVocabulary } from "./map-filters";
import { readList, shorten } from "./read-list";
import { MAX_QUERY_LENGTH } from "../text/closest-matches";

export interface MapView {
  filters: MapFilters;
  /** The text in the map's search box. */
  search: string;
  /**
   * Where the person starts from: starting points and roles they hold (a job they do now), by id. The map
   * lights up what they can reach.
   */
  starts: string[];
}

/** What the map's address is checked against: the filters' lists, and the nodes one can start from. */
export type MapViewVocabulary = FilterVocabulary & Pick<MapIndex, "startingPoints" | "roles">;

const SEARCH = "q";
/** The same name as the planner's, so the choice reads the same in both addresses. */
const STARTS = "from";
/** More than anyone holds at once; a longer list in an address is cut short. */
export const MAX_STARTS = 10;

/**
 * The search text in an address: it changes with every keystroke, so pages read it apart from the filters.
 * @example searchTextOf(new URLSearchParams("q=pwp")) // "pwp"
 */
export function searchTextOf(params: URLSearchParams): string {
  // A long pasted address is cut to what search reads, so it neither freezes the page nor grows the address.
  return (params.get(SEARCH) ?? "").slice(0, MAX_QUERY_LENGTH);
}

/**
 * The address without the search text: what the filters are read from, unchanged while someone types.
 * @example withoutSearchText(new URLSearchParams("family=nursing&q=pw")).toString() // "family=nursing"
 */
export function withoutSearchText(params: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...params].filter(([name]) => name !== SEARCH));
}

/**
 * The starting points and roles in an address, in the order given, without repeats; unknown ones reported.
 * @example parseStarts(new URLSearchParams("from=gcses,nobody"), dataset) // { starts: ["gcses"], ignored: ["from=nobody"] }
 */
export function parseStarts(
  params: URLSearchParams,
  dataset: Pick<MapIndex, "startingPoints" | "roles">,
): { starts: string[]; ignored: string[] } {
  const known = new Set([...dataset.startingPoints, ...dataset.roles].map((node) => node.id));
  const starts: string[] = [];
  const ignored: string[] = [];
  for (const id of readList(params.get(STARTS))) {
    if (!known.has(id)) ignored.push(`${STARTS}=${shorten(id, 40)}`);
    else if (!starts.includes(id) && starts.length < MAX_STARTS) starts.push(id);
  }
  return { starts, ignored };
}

/**
 * Reads the map's view from its address, reporting filter values and starting points it does not know.
 * @example parseMapView(new URLSearchParams("family=nursing&q=pwp&from=gcses"), dataset).view.starts // ["gcses"]
 */
export function parseMapView(
  params: URLSearchParams,
  dataset: MapViewVocabulary,
): { view: MapView; ignored: string[] } {
  const { filters, ignored } = parseMapFilters(params, dataset);
  const { starts, ignored: unknownStarts } = parseStarts(params, dataset);
  return { view: { filters, search: searchTextOf(params), starts }, ignored: [...ignored, ...unknownStarts] };
}

/**
 * Writes the map's view as query-string pairs, leaving out what is not in use. The inverse of parseMapView.
 * @example mapViewToParams({ filters: NO_FILTERS, search: "pwp", starts: ["gcses"] }) // [["from", "gcses"], ["q", "pwp"]]
 */
export function mapViewToParams({
  filters = NO_FILTERS,
  search = "",
  starts = [],
}: Partial<MapView>): [string, string][] {
  const pairs = filtersToParams(filters);
  if (starts.length > 0) pairs.push([STARTS, starts.join(",")]);
  if (search.trim() !== "") pairs.push([SEARCH, search]);
  return pairs;
}
