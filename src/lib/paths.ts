/**
 * The one place URLs are built. Views link with these helpers, never with hand-written strings, so a route
 * can move without a hunt through the code. Map filters travel in the query string of map and role URLs, so
 * a shared link restores the same view.
 */
import { filtersToParams, NO_FILTERS, type MapFilters } from "../core/filters/map-filters";
import { EMPTY_PLAN, planToParams, type PlanParams } from "../core/url/plan";
import type { RoleSortKey, SortDirection } from "../core/roles/sort-roles";

/** The base path the app was built for (BASE_PATH in vite.config.ts), without its trailing slash: "" at the root. */
export const basePath = import.meta.env.BASE_URL.replace(/\/$/, "");

/** The href a plain link, a new window or the embed code needs for an app path: the base path in front. */
export function withBasePath(path: string): string {
  return `${basePath}${path}`;
}

export interface MapViewParams {
  filters?: MapFilters;
  /** The text in the map's search box. */
  search?: string;
}

/**
 * Settings that travel in every link once the app has started with them: another dataset (`data`) and, in an
 * embed, where links to full pages open (`links`). Set once at start-up by keepInEveryLink().
 */
let sharedPairs: ReadonlyArray<[string, string]> = [];

export function keepInEveryLink(pairs: ReadonlyArray<[string, string]>): void {
  sharedPairs = pairs;
}

function withQuery(path: string, pairs: [string, string][]): string {
  const all = [...pairs, ...sharedPairs.filter(([name]) => !pairs.some(([own]) => own === name))];
  if (all.length === 0) return path;
  return `${path}?${new URLSearchParams(all).toString()}`;
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

/** The embeddable views, and the full pages they mirror. Other pages have no embed view. */
const EMBED_VIEWS: ReadonlyArray<[RegExp, string]> = [
  [/^\/(?=$|\?)/, "/embed"],
  [/^\/roles\/(?=[^/?]+)/, "/embed/roles/"],
  [/^\/plan(?=$|\?)/, "/embed/plan"],
];

/**
 * The embed view that mirrors a full page, or null when the page has none (the list, compare).
 * @example toEmbedPath("/roles/counsellor?age=adults") // "/embed/roles/counsellor?age=adults"
 * @example toEmbedPath("/roles") // null
 */
export function toEmbedPath(fullPath: string): string | null {
  for (const [pattern, prefix] of EMBED_VIEWS) {
    if (pattern.test(fullPath)) return fullPath.replace(pattern, prefix);
  }
  return null;
}

/**
 * The full page an embed view mirrors.
 * @example toFullPath("/embed/plan?to=counsellor") // "/plan?to=counsellor"
 */
export function toFullPath(embedPath: string): string {
  if (/^\/embed\//.test(embedPath)) return embedPath.slice("/embed".length);
  if (/^\/embed(?=\?|$)/.test(embedPath)) return `/${embedPath.slice("/embed".length)}`;
  return embedPath;
}

/**
 * Which page a path shows, for moving focus when the page changes: the map with or without a role open is one
 * page, and an embed view is the page it mirrors.
 * @example pageOf("/roles/counsellor") // "map"
 * @example pageOf("/roles") // "/roles"
 */
export function pageOf(pathname: string): string {
  const full = toFullPath(pathname);
  return full === "/" || /^\/roles\/[^/]+$/.test(full) ? "map" : full;
}
