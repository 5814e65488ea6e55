/**
 * Offline after the first visit (README, "Offline"). Loaded after the page (start-service-worker-after-load.ts).
 *
 * On a full page of the site, in a tab of its own, this registers the worker the build made
 * (scripts/vite-offline-plugin.ts) for the site's base path, and says when this visit is the first on a new
 * version. Embeds never register it: a host page's visitors should not download the whole site for one frame
 * (and browsers keep a framed site's workers apart from its own anyway). When the build turned the worker off,
 * this removes one an earlier build installed, with the caches it kept.
 */
import { isUpdatedSinceLastVisit, siteVersionOf } from "../core/offline/site-version";

/** Workbox names this site's caches careers-map-…-<scope's address> (CACHE_ID in the plugin). */
const CACHE_PREFIX = "careers-map-";

/** What this visit learned: whether it is the first on a new version of the site. */
export interface Visit {
  updated: boolean;
}

/**
 * Registers the worker (or removes it when the build turned it off) for the site at `basePath` ("" at the
 * root; lib/paths' basePath), and says whether this visit is the first on a new version: `servedAssets` are the
 * addresses of the scripts and styles the page's HTML loaded.
 */
export async function startServiceWorker({
  basePath,
  servedAssets,
}: {
  basePath: string;
  servedAssets: ReadonlyArray<string>;
}): Promise<Visit> {
  const scope = `${basePath}/`;
  if (!("serviceWorker" in navigator)) return { updated: false };
  if (__SERVICE_WORKER__ === "off") {
    await removeServiceWorker(scope);
    return { updated: false };
  }
  const appPath = window.location.pathname.slice(basePath.length);
  if (window.top !== window.self || /^\/embed(\/|$)/.test(appPath)) return { updated: false };
  const updated = isFirstVisitOnNewVersion(
    scope,
    siteVersionOf(servedAssets),
    navigator.serviceWorker.controller !== null,
  );
  try {
    await navigator.serviceWorker.register(`${scope}sw.js`, { scope });
  } catch (error) {
    // The site works as before without it (a browser that refuses workers, private modes, storage full).
    console.warn("The careers map could not be set up to work offline.", error);
  }
  return { updated };
}

/**
 * Remembers which version this page runs (per base path, so two maps on one origin keep apart) and says whether
 * a worker served it and the last visit ran another. Without a worker every visit comes from the network, and
 * there is no news in that.
 */
function isFirstVisitOnNewVersion(scope: string, version: string, servedByWorker: boolean): boolean {
  const key = `careers-map:site-version:${scope}`;
  try {
    const lastVisit = localStorage.getItem(key);
    localStorage.setItem(key, version);
    return servedByWorker && isUpdatedSinceLastVisit(lastVisit, version);
  } catch {
    // Storage can be off or full: then there is no last visit to compare with.
    return false;
  }
}

/** Unregisters the worker for `scope` and deletes the caches it kept (only its own: other sites' stay). */
async function removeServiceWorker(scope: string): Promise<void> {
  const scopeUrl = new URL(scope, window.location.origin).href;
  const registration = await navigator.serviceWorker.getRegistration(scopeUrl);
  if (registration !== undefined && registration.scope === scopeUrl) await registration.unregister();
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name.endsWith(scopeUrl))
      .map((name) => caches.delete(name)),
  );
}
