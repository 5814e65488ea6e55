/**
 * Settings that travel in every link once the app has started with them: another dataset (`data`) and, in an
 * embed, where links to full pages open (`links`). One parse and serialise pair; the app reads them once at
 * start-up and src/lib/paths.ts adds them to every link it builds.
 */

/** Where links to full pages open from an embed: a new tab (the default) or the host page's window. */
export type LinkTarget = "new-tab" | "top";

export interface SharedSettings {
  /** The dataset's address as given in `?data=`, or null for the bundled dataset. */
  data: string | null;
  links: LinkTarget;
}

export const NO_SHARED_SETTINGS: SharedSettings = { data: null, links: "new-tab" };

const DATA = "data";
const LINKS = "links";

/**
 * @example parseSharedSettings(new URLSearchParams("data=/maps/ahp.json&links=top")) // { data: "/maps/ahp.json", links: "top" }
 */
export function parseSharedSettings(params: URLSearchParams): SharedSettings {
  const data = params.get(DATA);
  return {
    data: data === null || data.trim() === "" ? null : data,
    links: params.get(LINKS) === "top" ? "top" : "new-tab",
  };
}

/**
 * The inverse of parseSharedSettings, leaving out defaults.
 * @example sharedSettingsToParams({ data: null, links: "top" }) // [["links", "top"]]
 */
export function sharedSettingsToParams(settings: SharedSettings): [string, string][] {
  const pairs: [string, string][] = [];
  if (settings.data !== null) pairs.push([DATA, settings.data]);
  if (settings.links === "top") pairs.push([LINKS, "top"]);
  return pairs;
}
