/**
 * Offline after the first visit (README, "Offline"), as Vite plugins for vite.config.ts.
 *
 * On: vite-plugin-pwa builds a Workbox service worker (dist/sw.js) and a web app manifest. The worker precaches
 * every file the build emits for the app, whatever it is called (scripts, styles, pages, data, fonts, icons),
 * and answers any page address under the base path with the precached page, so the map, role pages and plans
 * open with no network after one visit. A new build installs beside the old one and takes over only when no tab
 * still runs the old one, so a tab never mixes the two.
 *
 * Off: a worker that removes itself and this site's caches from browsers that installed one, and no manifest.
 * The app registers nothing then (src/app/service-worker.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin, PluginOption } from "vite";
import { VitePWA } from "vite-plugin-pwa";

export type ServiceWorkerSwitch = "on" | "off";

/** The worker's file name under the base path: the same on and off, so an off build replaces an installed one. */
export const SERVICE_WORKER_FILE = "sw.js";

/**
 * The prefix of this site's cache names. Workbox ends each name with the worker's scope, so two maps on one
 * origin (at /a/ and /b/) keep apart, and the worker that removes itself deletes only its own.
 */
const CACHE_ID = "careers-map";

/** Every file type the app is built from. */
const PRECACHED_FILES = ["**/*.{js,mjs,css,html,json,woff,woff2,ttf,otf,svg,png,ico,webp}"];

/**
 * Not precached: 404.html is a copy of index.html for hosts; the example datasets are `?data=` datasets, which
 * always come from the network (README, "Offline"); and the role pages rendered at build time (roles/<id>/
 * index.html, about 10 MB for 64 roles, each holding the whole map), which offline are answered by the app's
 * page like every other address: the app draws the role from the cached data.
 */
const NOT_PRECACHED = ["404.html", "examples/**", "roles/**"];

/**
 * Addresses whose path names a file (a dot in its last part: /examples/x.json) are never answered with the page.
 * Only the path counts: /plan?data=examples/x.json is a page.
 */
export const FILE_ADDRESS = /^[^?]*\/[^/?]+\.[^/?]+(\?.*)?$/;

/**
 * What an installed app says it is: the bundled dataset's name (meta.name, or meta.title in format 1) and
 * description, as the page's title and description do (vite.config.ts, datasetMeta), or the project's own.
 */
function appIdentity(datasetFile: string): { name: string; description: string } {
  let meta: { name?: unknown; title?: unknown; description?: unknown } | undefined;
  try {
    meta = (JSON.parse(readFileSync(datasetFile, "utf8")) as { meta?: typeof meta }).meta;
  } catch {
    meta = undefined;
  }
  const name = meta?.name ?? meta?.title;
  return {
    name: typeof name === "string" ? name : "Psychological professions careers map",
    description:
      typeof meta?.description === "string"
        ? meta.description
        : "Explore careers: roles, routes in, training, pay and apprenticeships.",
  };
}

/**
 * A worker that, replacing an installed one, unregisters itself, deletes this site's caches (only those for its
 * own scope) and reloads the open tabs, which then come from the network as if the worker had never been.
 */
const SELF_REMOVING_WORKER = `// SERVICE_WORKER=off: this site no longer uses a service worker; this one removes the last one.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const scope = self.registration.scope;
    const names = await caches.keys();
    await Promise.all(
      names.filter((name) => name.startsWith(${JSON.stringify(`${CACHE_ID}-`)}) && name.endsWith(scope))
        .map((name) => caches.delete(name)),
    );
    await self.registration.unregister();
    const tabs = await self.clients.matchAll({ type: "window" });
    await Promise.all(tabs.map((tab) => tab.navigate(tab.url)));
  })());
});
`;

function selfRemovingServiceWorker(): Plugin {
  let outDir = "dist";
  return {
    name: "self-removing-service-worker",
    apply: "build",
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    closeBundle: () => writeFileSync(resolve(outDir, SERVICE_WORKER_FILE), SELF_REMOVING_WORKER),
  };
}

/** The offline plugins for a build with the service worker on or off, the bundled dataset naming the app. */
export function offlineSupport(options: {
  serviceWorker: ServiceWorkerSwitch;
  datasetFile: string;
}): PluginOption[] {
  if (options.serviceWorker === "off") return [selfRemovingServiceWorker()];
  const { name, description } = appIdentity(options.datasetFile);
  return VitePWA({
    // src/app/service-worker.ts registers the worker after the page has loaded, so nothing is injected.
    injectRegister: false,
    filename: SERVICE_WORKER_FILE,
    // The icons are among PRECACHED_FILES already; vite-plugin-pwa adds the manifest itself.
    includeManifestIcons: false,
    manifest: {
      name,
      short_name: "Careers map",
      description,
      lang: "en-GB",
      display: "standalone",
      // NHS blue, and the page's grey.
      theme_color: "#005eb8",
      background_color: "#f0f4f5",
      // start_url, scope and id default to the base path.
      icons: [
        { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
        { src: "icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        { src: "icons/icon.svg", sizes: "any", type: "image/svg+xml" },
      ],
    },
    workbox: {
      cacheId: CACHE_ID,
      globPatterns: PRECACHED_FILES,
      globIgnores: NOT_PRECACHED,
      // Never skipWaiting: a new build waits until no tab runs the old one, which keeps serving its own files.
      // clientsClaim lets the first visit's page use the worker as soon as it is ready.
      clientsClaim: true,
      navigateFallback: "index.html",
      navigateFallbackDenylist: [FILE_ADDRESS],
      // The data is one file today; keep it precached however it grows (Workbox skips larger files).
      maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  });
}
