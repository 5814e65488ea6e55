import { basePath } from "../lib/paths";
import { useSiteUpdated } from "./site-updated";

/**
 * The scripts and styles the page's HTML loads, which name the version of the site it runs (see
 * core/offline/site-version). Read when the app's code starts, before any page or panel adds its own styles.
 */
const servedAssets = [
  ...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>("script[src], link[rel=stylesheet]"),
].map((element) => (element instanceof HTMLScriptElement ? element.src : element.href));

/**
 * Starts offline support once the page has loaded, from a module loaded only then, so it is never in the way
 * of the first view (its code is not in the first page's budget). What it needs from the app is handed to it,
 * so it imports nothing the first page loads and the first page's chunks stay as they were.
 */
export function startServiceWorkerAfterLoad(): void {
  // Only a build has a worker: the development server (npm start, the only place with hot reloading) has none.
  if (import.meta.hot !== undefined) return;
  const start = () =>
    void import("./service-worker")
      .then((module) => module.startServiceWorker({ basePath, servedAssets }))
      .then((visit) => {
        if (visit.updated) useSiteUpdated.getState().showUpdated();
      });
  // The data loads before this runs (main.tsx awaits it), so the load event may have passed already.
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
