import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureFirstView, swipe, touchSession } from "../../scripts/map-metrics";
import { accessibilityViolations, appUrl, launchBrowser, openPage } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const mapFrame = (page: Page) => page.getByRole("group", { name: /careers map/i });
const panelHeading = (page: Page) => page.locator(".role-panel h2");
const transformOf = (page: Page) =>
  page.locator(".map-nodes").evaluate((nodes) => nodes.parentElement?.getAttribute("transform") ?? "");

/** Whether a node's box lies wholly inside the map's frame (the part of the map it shows). */
const inView = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    const frame = document.querySelector("svg.map")!.getBoundingClientRect();
    const box = document.querySelector(`[data-node-id="${nodeId}"] .map-node__box`)!.getBoundingClientRect();
    return (
      box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom
    );
  }, id);

/** A point on the map's background (no role under it), to drag the map by. */
const grip = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector("svg.map")!;
    const view = svg.getBoundingClientRect();
    for (let y = view.top + 40; y < Math.min(view.bottom, window.innerHeight) - 40; y += 10) {
      for (let x = view.left + 40; x < view.right - 40; x += 10) {
        const hit = document.elementFromPoint(x, y);
        if (hit !== null && svg.contains(hit) && hit.closest(".map-node") === null) return { x, y };
      }
    }
    return null;
  });

describe("the map's first view", () => {
  it("at 1280×800: at least 12 roles, at most 30 crossing pairs, no route over a box or a family's title, titles 11px or more", async () => {
    const { page, errors, context } = await openPage(browser, "/", { width: 1280, height: 800 });
    const view = await measureFirstView(page);
    expect(view.rolesInView).toBeGreaterThanOrEqual(12);
    expect(view.routesInView).toBeGreaterThan(0);
    expect(view.crossingPairs).toBeLessThanOrEqual(30);
    expect(view.routesOverBoxes).toBe(0);
    expect(view.routesUnderLaneTitles).toBe(0);
    expect(view.smallestTitlePx).toBeGreaterThanOrEqual(11);
    // Every role is a target of 44px or more each way.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll(".map-node--role")]
        .map((node) => ({ id: node.getAttribute("data-node-id"), box: node.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ id }) => id),
    );
    expect(small).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("at 375×740: the ladders first, no route over a box or a title, titles 11px or more", async () => {
    const { page, errors, context } = await openPage(browser, "/", { width: 375, height: 740 });
    const view = await measureFirstView(page);
    // A phone shows one stage's roles across, from the first stage: the starting points are the choice above.
    expect(view.rolesInView).toBeGreaterThanOrEqual(4);
    expect(await inView(page, "healthcare-support-worker")).toBe(true);
    expect(view.crossingPairs).toBeLessThanOrEqual(30);
    expect(view.routesOverBoxes).toBe(0);
    expect(view.routesUnderLaneTitles).toBe(0);
    expect(view.smallestTitlePx).toBeGreaterThanOrEqual(11);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps its controls above the map, never over a role, each at least 44px", async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 740 },
    ]) {
      const { page, context } = await openPage(browser, "/", viewport);
      await page.locator(".map-node").first().waitFor();
      const { overlap, small } = await page.evaluate(() => {
        const frame = document.querySelector("svg.map")!.getBoundingClientRect();
        const controls = [...document.querySelectorAll<HTMLElement>(".map-canvas__controls button, select")];
        return {
          overlap: controls.filter(
            (c) => c.getBoundingClientRect().bottom > frame.top && c.closest(".map-canvas"),
          ),
          small: controls
            .filter((c) => c.getBoundingClientRect().height < 44 || c.getBoundingClientRect().width < 44)
            .map((c) => c.textContent),
        };
      });
      expect(overlap, `at ${viewport.width}px`).toEqual([]);
      expect(small, `at ${viewport.width}px`).toEqual([]);
      await context.close();
    }
  });
});

describe("starting from who you are", () => {
  it("lights up what GCSEs reach, lists the quickest first steps, keeps the choice in the address and links to a plan", async () => {
    const { page, errors, context } = await openPage(browser, "/");
    // The box is controlled by the address: it shows ticked once the address says so.
    await page.getByRole("checkbox", { name: "GCSEs or other Level 2 qualifications" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe("gcses");
    const summary = page.locator(".start-from__result");
    const roleCount = (JSON.parse(readFileSync("data/careers.json", "utf8")) as { roles: unknown[] }).roles
      .length;
    await expect
      .poll(() => summary.textContent())
      .toMatch(new RegExp(`you can reach \\d+ of the ${roleCount} roles`));
    const firstSteps = await summary
      .locator(".start-from__steps")
      .first()
      .getByRole("link")
      .allTextContents();
    expect(firstSteps[0]).toBe("Mental health support worker");
    expect(firstSteps).toContain("Nursing associate");
    expect(await summary.getByRole("link", { name: "Plan a route from here" }).getAttribute("href")).toBe(
      "/plan?from=gcses",
    );

    // On the map: what GCSEs reach stands out, the rest fades, and the first steps are drawn.
    await expect
      .poll(() => page.locator('.map-node.is-related[data-node-id="healthcare-support-worker"]').count())
      .toBe(1);
    expect(await page.locator('.map-node.is-related[data-node-id="peer-support-worker"]').count()).toBe(0);
    expect(await page.locator('.map-edge.is-related[data-edge-key="support-worker-job@gcses"]').count()).toBe(
      1,
    );
    await expect.poll(() => inView(page, "healthcare-support-worker")).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A link or a reload restores the choice; following a first step keeps it.
    await page.reload();
    await expect.poll(() => summary.textContent()).toMatch(/From GCSEs or other Level 2 qualifications/);
    expect(
      await page.getByRole("checkbox", { name: "GCSEs or other Level 2 qualifications" }).isChecked(),
    ).toBe(true);
    await summary.getByRole("link", { name: "Nursing associate" }).click();
    await expect.poll(() => panelHeading(page).textContent()).toBe("Nursing associate");
    expect(new URL(page.url()).searchParams.get("from")).toBe("gcses");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("takes a job held now, with a starting point, and clears the choice", async () => {
    const { page, errors, context } = await openPage(browser, "/");
    await page.getByRole("checkbox", { name: "Lived experience of mental health problems" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe("lived-experience");
    await page
      .getByRole("combobox", { name: "Or a job you do now" })
      .selectOption({ label: "Mental health nurse" });
    await expect
      .poll(() => new URL(page.url()).searchParams.get("from"))
      .toBe("lived-experience,mental-health-nurse");
    const summary = page.locator(".start-from__result");
    await expect
      .poll(() => summary.textContent())
      .toMatch(/From Lived experience of mental health problems and Mental health nurse you can reach/);
    await page.getByRole("button", { name: "Clear my choice" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBeNull();
    // The page follows the address in a transition: wait for it to draw the change.
    await expect.poll(() => summary.count()).toBe(0);
    await expect.poll(() => page.locator(".map .map-highlight").count()).toBe(0);
    // The button went with the choice: focus is back on the choice.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("checkbox");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("bringing a role into view", () => {
  it("shows a role chosen in the search, one far from the first view, beside its open panel", async () => {
    const { page, errors, context } = await openPage(browser, "/", { width: 1280, height: 800 });
    await page.locator(".map-node").first().waitFor();
    expect(await inView(page, "forensic-psychologist")).toBe(false);
    await page.getByRole("combobox", { name: "Search for a role" }).fill("forensic");
    await page
      .getByRole("listbox")
      .getByRole("option", { name: /Forensic psychologist/ })
      .click();
    await expect.poll(() => panelHeading(page).textContent()).toBe("Forensic psychologist");
    await mapFrame(page).scrollIntoViewIfNeeded();
    await expect.poll(() => inView(page, "forensic-psychologist")).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens a role clicked at the very edge of the map, rather than moving the map under the pointer", async () => {
    const { page, errors, context } = await openPage(browser, "/", { width: 1280, height: 800 });
    await page.locator(".map-node").first().waitFor();
    await mapFrame(page).evaluate((svg) => svg.scrollIntoView({ block: "nearest" }));
    // Drag the map so that a role is cut by the frame's bottom edge, then click it 8px from that edge.
    const id = "psychological-wellbeing-practitioner";
    const box = () => page.locator(`[data-node-id="${id}"] .map-node__box`).boundingBox();
    const frame = (await mapFrame(page).boundingBox())!;
    const bottom = Math.min(frame.y + frame.height, 800);
    const from = (await grip(page))!;
    const dy = bottom - 20 - (await box())!.y;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x, from.y + dy / 2, { steps: 4 });
    await page.mouse.move(from.x, from.y + dy, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => Math.round((await box())!.y)).toBe(Math.round(bottom - 20));
    const target = { id, x: (await box())!.x + 60, y: bottom - 8 };
    await page.mouse.click(target!.x, target!.y);
    await expect
      .poll(() => page.evaluate(() => new URL(location.href).pathname))
      .toBe(`/roles/${target!.id}`);
    await panelHeading(page).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("on a phone", () => {
  it("scrolls the page with one finger over the map, and pans and zooms the map with two", async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(appUrl("/"));
    await page.locator(".map-node").first().waitFor();
    const cdp = await touchSession(page);
    const frame = mapFrame(page);
    await frame.evaluate((svg) => svg.scrollIntoView({ block: "start" }));
    await page.waitForTimeout(300);
    const fingerAt = async () => {
      const box = (await frame.boundingBox())!;
      return { x: box.x + 120, y: box.y + Math.min(box.height, 700 - box.y) / 2 };
    };

    // One finger down the map: the page scrolls back up by about the swipe, and the map stays put.
    const scrollBefore = await page.evaluate(() => window.scrollY);
    expect(scrollBefore).toBeGreaterThan(400);
    const mapBefore = await transformOf(page);
    let at = await fingerAt();
    await swipe(cdp, { x: at.x, y: at.y - 120 }, { x: at.x, y: at.y + 130 });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(scrollBefore - 150);
    expect(await transformOf(page)).toBe(mapBefore);

    // Two fingers moving apart: the map zooms and pans, and the page stays put.
    await frame.evaluate((svg) => svg.scrollIntoView({ block: "start" }));
    await page.waitForTimeout(300);
    const pageBefore = await page.evaluate(() => window.scrollY);
    at = await fingerAt();
    await swipe(cdp, { x: at.x - 60, y: at.y }, { x: at.x - 60, y: at.y - 60 }, { fingers: 2, pinch: 80 });
    await expect.poll(() => transformOf(page)).not.toBe(mapBefore);
    const scale = Number(/scale\(([\d.]+)\)/.exec(await transformOf(page))?.[1]);
    expect(scale).toBeGreaterThan(0.85);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - pageBefore)).toBeLessThan(20);
    await context.close();
  });
});
