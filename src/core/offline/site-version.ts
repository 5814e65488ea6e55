/**
 * Which version of the site a page runs, to tell a person when it changed since their last visit. A build's
 * scripts and styles have their content's hash in their names, so the addresses a page's HTML loads them from
 * name its version, whatever the files are called; nothing has to be stamped into the build.
 * @example siteVersionOf(["/assets/index-B2.css", "/assets/index-A1.js"]) // "/assets/index-A1.js /assets/index-B2.css"
 */
export function siteVersionOf(assetAddresses: ReadonlyArray<string>): string {
  return [...new Set(assetAddresses)].sort().join(" ");
}

/**
 * Whether the site was updated since the last visit: only when there was one, and it ran another version.
 * @example isUpdatedSinceLastVisit(null, "v2") // false: a first visit
 * @example isUpdatedSinceLastVisit("v1", "v2") // true
 */
export function isUpdatedSinceLastVisit(lastVisit: string | null, now: string): boolean {
  return lastVisit !== null && lastVisit !== "" && lastVisit !== now;
}
