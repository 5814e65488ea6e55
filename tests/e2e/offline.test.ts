import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, launchBrowser } from "./support/browser";
import { filesToPrecache, precachedPaths, waitForServiceWorkerControl } from "./support/service-worker";
import { startStaticSite } from "./support/static-site";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const mapNode = (page: Page, title: string) =>
  page.getByRole("group", { name: /careers map/i }).getByRole("link", { name: new RegExp(`^${title}\\.`) });
const panelHeading = (page: Page) => page.locator(".role-panel h2");

/**
 * Visits a build once on a local host, then takes the host away (the server closed, and the browser offline) and
 * uses the map, a role page and a plan, each opened cold from its address.
 */
async function checkOfflineAfterOneVisit(folder: string, base: string) {
  const site = await startStaticSite(folder, base);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Uncaught exceptions, and console errors (where the browser reports anything the CSP refused).
  const errors: string[] = [];
  const recordErrors = (tab: Page) => {
    tab.on("pageerror", (error) => errors.push(error.message));
    tab.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
  };
  recordErrors(page);
  try {
    await page.goto(`${site.url}/`);
    await mapNode(page, "Counsellor").waitFor();
    await waitForServiceWorkerControl(page);
    // Everything the build made for the app is kept, whatever its name, and nothing else.
    expect(await precachedPaths(page, base)).toEqual(filesToPrecache(folder));

    await site.close();
    await context.setOffline(true);

    await page.reload();
    // The node may lie outside the first view: open it from the keyboard, as the map allows.
    await mapNode(page, "Counsellor").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => panelHeading(page).textContent()).toBe("Counsellor");

    await page.goto(`${site.url}/roles/clinical-psychologist`);
    await expect.poll(() => panelHeading(page).textContent()).toBe("Clinical psychologist");

    await page.goto(`${site.url}/plan?from=gcses&to=mental-health-nurse`);
    await page.locator(".route-timeline .timeline-route").first().waitFor();
    expect(await page.locator(".route-timeline .timeline-route").first().textContent()).toContain(
      "Mental health nurse",
    );

    // A tab opened cold on a deep link, with no page of the site open.
    await page.close();
    const cold = await context.newPage();
    recordErrors(cold);
    await cold.goto(`${site.url}/roles/counsellor`);
    await expect.poll(() => panelHeading(cold).textContent()).toBe("Counsellor");
    expect(await cold.locator(".load-failed").count()).toBe(0);
    expect(errors).toEqual([]);

    // Another dataset is never kept: offline it cannot load, and the page says so, with the way back.
    await cold.goto(`${site.url}/?data=examples/pharmacy-careers.json`);
    await cold.getByRole("heading", { name: "The careers data could not be loaded" }).waitFor();
    await cold.getByRole("link", { name: /map/i }).first().click();
    await mapNode(cold, "Counsellor").waitFor();
  } finally {
    await context.close();
    await site.close().catch(() => undefined);
  }
}

describe("offline after the first visit", () => {
  it("opens the map, a role page and a plan with no network after one visit", async () => {
    await checkOfflineAfterOneVisit("dist", "/");
  });

  it("does the same for a build served from a sub-path", async () => {
    // Built by the browser tests' global setup (tests/e2e/support/global-setup.ts).
    await checkOfflineAfterOneVisit("test-results/dist-sub-path", "/careers-map/");
  });

  it("is installable: a manifest under the base path, with icons that load", async () => {
    const site = await startStaticSite("test-results/dist-sub-path", "/careers-map/");
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}/`);
      const href = await page.locator('link[rel="manifest"]').getAttribute("href");
      expect(href).toBe("/careers-map/manifest.webmanifest");
      const manifest = (await (await page.request.get(new URL(href ?? "", page.url()).href)).json()) as {
        name: string;
        short_name: string;
        start_url: string;
        scope: string;
        display: string;
        icons: { src: string; sizes: string; type: string; purpose?: string }[];
      };
      expect(manifest.name).toBe(await page.locator(".site-header__name").textContent());
      expect(manifest.short_name.length).toBeLessThanOrEqual(12);
      expect(manifest.start_url).toBe("/careers-map/");
      expect(manifest.scope).toBe("/careers-map/");
      expect(manifest.display).toBe("standalone");
      expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
        expect.arrayContaining(["192x192", "512x512"]),
      );
      expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
      for (const icon of manifest.icons) {
        const url = new URL(icon.src, new URL(href ?? "", page.url())).href;
        expect(url.startsWith(`${site.url}/icons/`)).toBe(true);
        // Each icon decodes at the size it claims.
        const size = await page.evaluate(async (src) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          return `${image.naturalWidth}x${image.naturalHeight}`;
        }, url);
        if (icon.sizes !== "any") expect(size).toBe(icon.sizes);
      }
    } finally {
      await context.close();
      await site.close();
    }
  });

  it("registers no worker in an embed", async () => {
    const site = await startStaticSite("dist");
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const [started] = await Promise.all([
        page.waitForResponse((response) => /\/assets\/service-worker-[\w-]+\.js$/.test(response.url())),
        page.goto(`${site.url}/embed/roles/counsellor`),
      ]);
      expect(started.ok()).toBe(true);
      await page
        .getByRole("heading", { name: /Counsellor/ })
        .first()
        .waitFor();
      // The registration would have been asked for by now: the module that makes it has run.
      await page.waitForLoadState("networkidle");
      expect(
        await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length)),
      ).toBe(0);
      expect(site.requests).not.toContain("/sw.js");
    } finally {
      await context.close();
      await site.close();
    }
  });

  it("has no accessibility violations on a page served by the worker", async () => {
    const site = await startStaticSite("dist");
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}/roles/counsellor`);
      await waitForServiceWorkerControl(page);
      await context.setOffline(true);
      await page.reload();
      await expect.poll(() => panelHeading(page).textContent()).toBe("Counsellor");
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await context.close();
      await site.close();
    }
  });
});
