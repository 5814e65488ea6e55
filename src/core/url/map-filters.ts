/**
 * The map's filters in the address, shared by the map and the list of roles: one parse and serialise pair.
 */
import type { MapIndex } from "../dataset/map-index";
import { AGE_GROUPS, REGISTRATION_TYPES } from "../dataset/constants";
import type { MapFilters } from "../filters/map-filters";
import { readList, shorten } from "./read-list";

/** The dataset's lists that filter values must come from: its families and its route kinds. */
export type FilterVocabulary = Pick<MapIndex, "families" | "routeKinds">;

/** The query-string names of the filters. */
const FILTER_PARAMS = {
  families: "family",
  kinds: "route",
  registration: "register",
  ageGroups: "age",
  apprenticeshipOnly: "apprenticeship",
} as const;

export interface ParsedFilters {
  filters: MapFilters;
  /** Values in the address that mean nothing here, so the page can say they were ignored. */
  ignored: string[];
}

function parseList<T extends string>(
  raw: string | null,
  allowed: ReadonlyArray<T>,
  name: string,
  ignored: string[],
): T[] {
  const values: T[] = [];
  for (const value of readList(raw)) {
    if ((allowed as ReadonlyArray<string>).includes(value)) {
      if (!values.includes(value as T)) values.push(value as T);
    } else {
      ignored.push(`${name}=${shorten(value, 40)}`);
    }
  }
  return values;
}

/**
 * Reads filters from a query string, ignoring (and reporting) values that are not known.
 * @example parseMapFilters(new URLSearchParams("family=nursing&route=apprenticeship"), dataset).filters.kinds // ["apprenticeship"]
 */
export function parseMapFilters(params: URLSearchParams, dataset: FilterVocabulary): ParsedFilters {
  const familyIds = dataset.families.map((f) => f.id);
  const kindIds = dataset.routeKinds.map((k) => k.id);
  const ignored: string[] = [];
  const apprenticeship = params.get(FILTER_PARAMS.apprenticeshipOnly);
  if (apprenticeship !== null && apprenticeship !== "yes")
    ignored.push(`${FILTER_PARAMS.apprenticeshipOnly}=${shorten(apprenticeship, 40)}`);
  return {
    filters: {
      families: parseList(params.get(FILTER_PARAMS.families), familyIds, FILTER_PARAMS.families, ignored),
      kinds: parseList(params.get(FILTER_PARAMS.kinds), kindIds, FILTER_PARAMS.kinds, ignored),
      registration: parseList(
        params.get(FILTER_PARAMS.registration),
        REGISTRATION_TYPES,
        FILTER_PARAMS.registration,
        ignored,
      ),
      ageGroups: parseList(params.get(FILTER_PARAMS.ageGroups), AGE_GROUPS, FILTER_PARAMS.ageGroups, ignored),
      apprenticeshipOnly: apprenticeship === "yes",
    },
    ignored,
  };
}

/**
 * Writes filters into query-string pairs, leaving out those not in use. The inverse of parseMapFilters.
 * @example filtersToParams({ ...NO_FILTERS, apprenticeshipOnly: true }) // [["apprenticeship", "yes"]]
 */
export function filtersToParams(filters: MapFilters): [string, string][] {
  const pairs: [string, string][] = [];
  if (filters.families.length > 0) pairs.push([FILTER_PARAMS.families, filters.families.join(",")]);
  if (filters.kinds.length > 0) pairs.push([FILTER_PARAMS.kinds, filters.kinds.join(",")]);
  if (filters.registration.length > 0)
    pairs.push([FILTER_PARAMS.registration, filters.registration.join(",")]);
  if (filters.ageGroups.length > 0) pairs.push([FILTER_PARAMS.ageGroups, filters.ageGroups.join(",")]);
  if (filters.apprenticeshipOnly) pairs.push([FILTER_PARAMS.apprenticeshipOnly, "yes"]);
  return pairs;
}
