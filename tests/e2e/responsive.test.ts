import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Each page, and what shows that its own content (not just the site's frame) has been drawn. */
const PAGES: [path: string, ready: (page: Page) => Locator][] = [
  ["/", (page) => page.locator(".map-node").first()],
  [
    "/roles/clinical-psychologist",
    (page) => page.locator(".role-panel h2", { hasText: "Clinical psychologist" }),
  ],
  ["/roles", (page) => page.getByRole("table").getByRole("link", { name: "Clinical psychologist" })],
  [
    "/compare?roles=clinical-psychologist,mental-health-nurse",
    (page) => page.getByRole("columnheader", { name: "Mental health nurse" }),
  ],
  ["/nowhere", (page) => page.getByRole("heading", { level: 1, name: "Page not found" })],
];

describe("reflow and text size (WCAG 1.4.10 and 1.4.4)", () => {
  it.each(PAGES)("%s needs no sideways scrolling of the page at 320px wide", async (path, ready) => {
    const { page, context } = await openPage(browser, path, { width: 320, height: 640 });
    await ready(page).waitFor();
    // Wide content (the map, tables) scrolls inside its own region; the page itself must not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it.each(PAGES)("%s keeps working with text at twice the size", async (path, ready) => {
    const { page, context } = await openPage(browser, path, { width: 1280, height: 800 });
    await ready(page).waitFor();
    const before = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector("p")!).fontSize),
    );
    // Set through the CSS object model: the Content-Security-Policy rightly refuses injected style sheets.
    await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%", "important"));
    const after = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector("p")!).fontSize),
    );
    expect(after).toBeGreaterThanOrEqual(before * 1.9);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    // No text is clipped by a box too small for it.
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("button, a, label, th, td, p, h1, h2, h3")]
        .filter(
          (el) =>
            el.offsetParent !== null &&
            // Visually hidden text (a skip link until focused) is clipped on purpose.
            el.getBoundingClientRect().width > 2 &&
            el.scrollWidth > el.clientWidth + 1 &&
            getComputedStyle(el).overflowX === "hidden",
        )
        .map((el) => el.textContent),
    );
    expect(clipped).toEqual([]);
    await context.close();
  });
});
