import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, launchBrowser } from "./support/browser";
import {
  builtFiles,
  filesToPrecache,
  precachedPaths,
  waitForServiceWorkerControl,
} from "./support/service-worker";
import { startStaticSite, type StaticSite } from "./support/static-site";

/** The build the tests start from (npm run build), a next deploy of it, and the same site with the worker off. */
const FIRST = "dist";
const NEXT = "test-results/dist-next-deploy";
const OFF = "test-results/dist-service-worker-off";
const NEXT_NAME = "Psychological professions careers map, next edition";

function build(outDir: string, env: Record<string, string>) {
  execFileSync("npx", ["vite", "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "error"], {
    // A build as a host makes it (vitest runs with NODE_ENV=test, which would give React's development build).
    env: { ...process.env, NODE_ENV: "production", ...env },
    stdio: "inherit",
  });
}

let browser: Browser;
beforeAll(async () => {
  // The next deploy changes the data (its name), so its files have other names and its header says which it is.
  mkdirSync("test-results/next-deploy-data", { recursive: true });
  const dataset = JSON.parse(readFileSync("data/careers.json", "utf8")) as { meta: { name: string } };
  dataset.meta.name = NEXT_NAME;
  writeFileSync("test-results/next-deploy-data/careers.json", JSON.stringify(dataset));
  build(NEXT, { CAREERS_DATA: "test-results/next-deploy-data/careers.json" });
  build(OFF, { SERVICE_WORKER: "off" });
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser.close();
});

const siteName = (page: Page) => page.locator(".site-header__name").textContent();
/** The scripts and styles a page asked for, as paths under the site. */
function assetRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname.slice(1);
    if (/\.(js|css)$/.test(path) && path !== "sw.js") asked.push(path);
  });
  return asked;
}

/**
 * Opens the site in a new tab until the new worker serves it: a waiting worker takes over once the browser has
 * closed every tab the old one served, which it reports a moment after the tab is gone.
 */
async function visitUntilServedBy(context: BrowserContext, url: string, name: string): Promise<Page> {
  for (let visit = 1; visit <= 10; visit++) {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(".site-header__name").waitFor();
    if ((await siteName(page)) === name) return page;
    await page.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The site never showed “${name}”.`);
}

describe("a new deploy, with the worker installed", () => {
  let site: StaticSite;
  let context: BrowserContext;
  beforeAll(async () => {
    site = await startStaticSite(FIRST);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await context.close();
    await site.close();
  });

  it("keeps an open tab on its version, whole, then the next visit gets the new one and says so", async () => {
    const firstName = (JSON.parse(readFileSync("data/careers.json", "utf8")) as { meta: { name: string } })
      .meta.name;
    const oldTab = await context.newPage();
    const oldTabAssets = assetRequests(oldTab);
    await oldTab.goto(`${site.url}/`);
    await waitForServiceWorkerControl(oldTab);
    expect(await siteName(oldTab)).toBe(firstName);

    site.deploy(NEXT);
    // A reload is not a new visit: the tab still runs the version it started with, and the browser fetches
    // the new worker, which installs beside the old one and waits.
    await oldTab.reload();
    expect(await siteName(oldTab)).toBe(firstName);
    await expect
      .poll(
        () => oldTab.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state),
        {
          timeout: 30_000,
        },
      )
      .toBe("installed");
    // Its lazily loaded pages still come whole from its own version, though the host no longer has them.
    await oldTab
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Plan a route" })
      .click();
    await oldTab.getByRole("heading", { level: 1, name: "Plan a route" }).waitFor();
    await oldTab.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "All roles" }).click();
    await oldTab.getByRole("heading", { level: 1, name: "All roles" }).waitFor();
    expect(await oldTab.locator(".load-failed").count()).toBe(0);
    const firstFiles = new Set(builtFiles(FIRST));
    expect(oldTabAssets.filter((path) => !firstFiles.has(path))).toEqual([]);
    expect(await oldTab.locator(".updated-notice").textContent()).toBe("");
    await oldTab.close();

    const newTab = await visitUntilServedBy(context, `${site.url}/`, NEXT_NAME);
    const newTabAssets = assetRequests(newTab);
    const notice = newTab.getByRole("status").filter({ hasText: "updated since your last visit" });
    await notice.waitFor();
    expect(await accessibilityViolations(newTab)).toEqual([]);
    await newTab
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Plan a route" })
      .click();
    await newTab.getByRole("heading", { level: 1, name: "Plan a route" }).waitFor();
    const nextFiles = new Set(builtFiles(NEXT));
    expect(newTabAssets.length).toBeGreaterThan(0);
    expect(newTabAssets.filter((path) => !nextFiles.has(path))).toEqual([]);
    // The old version's files are gone from the cache: only the new build's are kept.
    expect(await precachedPaths(newTab, "/")).toEqual(filesToPrecache(NEXT));

    // The notice is for the first visit on the new version only, and can be put away.
    await newTab.getByRole("button", { name: "Hide this message" }).click();
    expect(await notice.count()).toBe(0);
    await newTab.reload();
    await newTab.locator(".site-header__name").waitFor();
    await newTab.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await newTab.getByText("updated since your last visit").count()).toBe(0);
  });
});

describe("SERVICE_WORKER=off", () => {
  it("builds a site with no manifest that removes the worker an earlier build installed, and its caches", async () => {
    const site = await startStaticSite(FIRST);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/`);
      await waitForServiceWorkerControl(page);
      expect((await precachedPaths(page, "/")).length).toBeGreaterThan(0);

      site.deploy(OFF);
      // The next visit fetches the new worker, which removes itself and reloads the tab from the network.
      await page.reload();
      await expect
        .poll(
          () =>
            page.evaluate(async () => ({
              controlled: navigator.serviceWorker.controller !== null,
              registrations: (await navigator.serviceWorker.getRegistrations()).length,
              caches: (await caches.keys()).length,
            })),
          { timeout: 30_000 },
        )
        .toEqual({ controlled: false, registrations: 0, caches: 0 });
      await page.locator(".site-header__name").waitFor();
      expect(await page.locator('link[rel="manifest"]').count()).toBe(0);
      // The new build registers nothing, so the site no longer works offline.
      await page.waitForLoadState("networkidle");
      expect(
        await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length)),
      ).toBe(0);
      await context.setOffline(true);
      await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    } finally {
      await context.close();
      await site.close();
    }
  });
});
