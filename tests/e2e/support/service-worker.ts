import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Page } from "playwright-core";

/** Waits until a service worker controls the page (its first visit: once the worker has precached the site). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

/** The paths (under the site, without their revision) the site's precache holds, sorted. */
export function precachedPaths(page: Page, base: string): Promise<string[]> {
  return page.evaluate(async (prefix) => {
    const names = (await caches.keys()).filter((name) => name.startsWith("careers-map-precache"));
    const paths: string[] = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) {
        paths.push(new URL(request.url).pathname.slice(prefix.length));
      }
    }
    return paths.sort();
  }, base);
}

/** Every file in a built folder, as paths relative to it, sorted. */
export function builtFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(folder, path));
    }
  };
  walk(folder);
  return files.sort();
}

/**
 * What the worker should precache of a build: every file but the worker itself, the host's 404.html copy of
 * index.html, the example datasets (`?data=` datasets come from the network), the role pages rendered at build
 * time, and Vite's own manifest.
 */
export function filesToPrecache(folder: string): string[] {
  return builtFiles(folder).filter(
    (file) =>
      file !== "sw.js" &&
      file !== "404.html" &&
      !file.startsWith("examples/") &&
      // The role pages rendered at build time: offline, the app's page draws a role from the cached data.
      !file.startsWith("roles/") &&
      !file.startsWith(".vite/"),
  );
}
