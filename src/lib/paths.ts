/**
 * The one place URLs are built. Views link with these helpers, never with hand-written strings, so a route
 * can move without a hunt through the code. Each page's state is written by its own serialiser in src/core/url
 * (and read back by the matching parser), so a shared link restores the same view.
 */
import { compareViewToParams } from "../core/url/compare";
import { mapViewToParams, type MapView } from "../core/url/map-view";
import { EMPTY_PLAN, planToParams, type PlanParams } from "../core/url/plan";
import { rolesListViewToParams, type RolesListView } from "../core/url/roles-list";
import { NO_SHARED_SETTINGS, sharedSettingsToParams, type SharedSettings } from "../core/url/shared-settings";

/** The base path the app was built for (BASE_PATH in vite.config.ts), without its trailing slash: "" at the root. */
export const basePath = import.meta.env.BASE_URL.replace(/\/$/, "");

/**
 * The href a plain link, a new window or the embed code needs for an app path: the base path in front. However
 * the path begins (an address such as /embed//other.site/x gives "//other.site/x", and browsers read "\\" as
 * "/"), the link stays on this site: a run of leading slashes is one.
 * @example withBasePath("//other.site/x") // "/other.site/x" at the root
 */
export function withBasePath(path: string): string {
  return `${basePath}/${path.replace(/^[/\\]+/, "")}`;
}

/**
 * Settings that travel in every link once the app has started with them (another dataset, an embed's link
 * setting). Set once at start-up by keepInEveryLink().
 */
let shared: SharedSettings = NO_SHARED_SETTINGS;

export function keepInEveryLink(settings: SharedSettings): void {
  shared = settings;
}

function withQuery(path: string, pairs: [string, string][]): string {
  const sharedPairs = sharedSettingsToParams(shared);
  const all = [...pairs, ...sharedPairs.filter(([name]) => !pairs.some(([own]) => own === name))];
  if (all.length === 0) return path;
  return `${path}?${new URLSearchParams(all).toString()}`;
}

export const paths = {
  /** The map, with its filters and search. */
  map: (view: Partial<MapView> = {}) => withQuery("/", mapViewToParams(view)),
  /** A role (or starting point) opened beside the map, keeping the map's filters. */
  role: (id: string, view: Partial<MapView> = {}) =>
    withQuery(`/roles/${encodeURIComponent(id)}`, mapViewToParams(view)),
  /** Every role as a table: the text alternative to the map, with the same filters. */
  roles: (view: Partial<RolesListView> = {}) => withQuery("/roles", rolesListViewToParams(view)),
  /** The route planner, with the question in the address so a link restores the plan. */
  plan: (plan: Partial<PlanParams> = {}) => withQuery("/plan", planToParams({ ...EMPTY_PLAN, ...plan })),
  /** Up to three roles side by side. */
  compare: (roleIds: ReadonlyArray<string> = []) => withQuery("/compare", compareViewToParams(roleIds)),
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
