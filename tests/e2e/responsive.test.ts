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
  [
    "/plan?from=healthcare-support-worker,gcses&to=mental-health-nurse",
    (page) => page.locator(".timeline-route__heading").first(),
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

  it.each(PAGES)("%s has no text drawn over other text at phone widths", async (path, ready) => {
    for (const width of [320, 375]) {
      const { page, context } = await openPage(browser, path, { width, height: 740 });
      await ready(page).waitFor();
      const overlaps = await page.evaluate(() => {
        // Every line of visible text outside the map's drawing, as boxes on the page.
        const boxes: { text: string; rect: DOMRect }[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const parent = node.parentElement;
          const text = node.textContent?.trim() ?? "";
          if (parent === null || text === "" || parent.closest("svg, title, script, style") !== null)
            continue;
          // Text not drawn: in a closed <details>, or visually hidden for screen readers (clipped on purpose).
          if (!parent.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) continue;
          let clipped = false;
          for (let el: Element | null = parent; el !== null && !clipped; el = el.parentElement) {
            const style = getComputedStyle(el);
            clipped = style.clipPath !== "none" || (style.clip !== "auto" && style.clip !== "");
          }
          if (clipped) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) {
            if (rect.width > 1 && rect.height > 1) boxes.push({ text, rect });
          }
        }
        const found: string[] = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
            const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
            // A few pixels of shared line box between neighbours is how text sets; more is drawn over.
            if (across > 3 && down > 3) found.push(`"${a.text}" and "${b.text}"`);
          }
        }
        return found;
      });
      expect(overlaps, `at ${width}px`).toEqual([]);
      await context.close();
    }
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
