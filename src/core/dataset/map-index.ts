/**
 * The map index: the part of a dataset the map draws and searches (titles, families, stages, pay, routes' ends
 * and kinds), without the prose, requirements and sources that a role's page or the route finder needs. The
 * first page fetches it alone, about a sixth of the whole dataset, and the rest follows after the map is drawn.
 * Each list of fields is written once here: the types and the picking both come from it.
 */
import type { Dataset, Role, Route, StartingPoint } from "./schema";

/** What the map reads of a role: its box, its label, the filters and the search. */
export const MAP_ROLE_FIELDS = [
  "id",
  "title",
  "otherNames",
  "family",
  "stage",
  "pay",
  "registration",
  "ageGroups",
] as const satisfies ReadonlyArray<keyof Role>;
export const MAP_STARTING_POINT_FIELDS = [
  "id",
  "title",
  "otherNames",
  "kind",
] as const satisfies ReadonlyArray<keyof StartingPoint>;
/** What the map reads of a route: its ends and kind (its line), its programme (its label), its apprenticeship (a filter). */
export const MAP_ROUTE_FIELDS = [
  "id",
  "from",
  "to",
  "kind",
  "programme",
  "apprenticeship",
] as const satisfies ReadonlyArray<keyof Route>;
/** The dataset's small lists, kept whole. */
export const MAP_DATASET_FIELDS = [
  "formatVersion",
  "meta",
  "stages",
  "families",
  "routeKinds",
  "payScales",
] as const satisfies ReadonlyArray<keyof Dataset>;

export type MapRole = Pick<Role, (typeof MAP_ROLE_FIELDS)[number]>;
export type MapStartingPoint = Pick<StartingPoint, (typeof MAP_STARTING_POINT_FIELDS)[number]>;
export type MapRoute = Pick<Route, (typeof MAP_ROUTE_FIELDS)[number]>;
export type MapIndex = Pick<Dataset, (typeof MAP_DATASET_FIELDS)[number]> & {
  startingPoints: MapStartingPoint[];
  roles: MapRole[];
  routes: MapRoute[];
};

function pick<T extends object, K extends keyof T>(record: T, fields: ReadonlyArray<K>): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const field of fields) if (record[field] !== undefined) picked[field] = record[field];
  return picked;
}

/**
 * The map index of a validated dataset, in the dataset's order (the map's layout follows it).
 * @example mapIndexOf(dataset).roles[0] // { id: "healthcare-support-worker", title: "Mental health support worker", … }
 */
export function mapIndexOf(dataset: Dataset): MapIndex {
  return {
    ...pick(dataset, MAP_DATASET_FIELDS),
    startingPoints: dataset.startingPoints.map((point) => pick(point, MAP_STARTING_POINT_FIELDS)),
    roles: dataset.roles.map((role) => pick(role, MAP_ROLE_FIELDS)),
    routes: dataset.routes.map((route) => pick(route, MAP_ROUTE_FIELDS)),
  };
}
