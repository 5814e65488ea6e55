/**
 * The pages answer at a glance (issue 13): each page's height, what is on its first screen, and no repeats, as a
 * newcomer meets them, with axe on each. Heights are in CSS pixels of the whole document.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, launchBrowser, openPage } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

describe("the role page answers at a glance", () => {
  it("clinical psychologist is at most 6,000 px tall on a phone and names its doctorate at most twice", async () => {
    const { page, errors, context } = await openPage(browser, "/roles/clinical-psychologist", {
      width: 375,
      height: 740,
    });
    const panel = page.locator(".role-panel");
    await panel.getByRole("heading", { level: 2, name: "Clinical psychologist" }).waitFor();
    expect(await pageHeight(page)).toBeLessThanOrEqual(6000);
    // What a reader sees: the doctorate's card, and its card after the two-year gap; never once per role.
    const visible = await panel.innerText();
    expect(visible.match(/Doctorate in Clinical Psychology/g)?.length).toBeLessThanOrEqual(2);
    expect(visible).toContain("From any of 10 roles");
    // Sections a newcomer expects, in order, and the next steps' table first.
    expect(await panel.getByRole("heading", { level: 3 }).allTextContents()).toEqual([
      "What the job is",
      "Pay",
      "Entry and training",
      "Ways in",
      "Next steps",
      "Sources",
    ]);
    expect(await panel.getByRole("table", { name: /^Next steps at a glance/ }).isVisible()).toBe(true);
    // A handful of caveats in view, the rest behind one line.
    expect(await panel.locator(".decisive-caveats li:visible").count()).toBeLessThanOrEqual(6);
    expect(await panel.locator("details.how-sure > summary").textContent()).toMatch(/^How sure are we\?/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await panel.locator("details.how-sure > summary").click();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the plan answers at a glance", () => {
  it("GCSEs → clinical psychologist is at most 5,000 px tall at 1280 px, with its timeline on the first screen", async () => {
    const { page, errors, context } = await openPage(browser, "/plan?from=gcses&to=clinical-psychologist");
    const timeline = page.getByRole("figure", { name: /^Timeline of the routes/ });
    await timeline.waitFor();
    await page.locator(".career-map svg, .map-node").first().waitFor();
    expect(await pageHeight(page)).toBeLessThanOrEqual(5000);
    // The results start on the first screen, and the timeline's first route is on it, not below the form.
    const results = page.getByRole("heading", { name: "Routes", level: 2 });
    const resultsTop = (await results.boundingBox())!.y;
    const firstBar = (await page
      .getByRole("img", { name: /^Route 1 \(fastest\) timeline: / })
      .boundingBox())!;
    expect(resultsTop).toBeLessThan(800);
    expect(firstBar.y + firstBar.height).toBeLessThan(800);
    // Near-duplicates are folded: fewer rows than the finder's routes, and the first says what it stands for.
    expect(await page.locator(".route-timeline .timeline-route").count()).toBeLessThan(5);
    expect(await page.locator(".timeline-route__also").first().textContent()).toMatch(
      /^Also via T Level in Health/,
    );
    // Times read in years, never "month 60".
    expect(await page.locator(".plan-results").innerText()).not.toMatch(/\bmonth \d/);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("on a phone, the timeline is on the first screen of the results, reads in ages, and axe finds nothing", async () => {
    const { page, context } = await openPage(browser, "/plan?from=gcses&to=clinical-psychologist&age=16", {
      width: 375,
      height: 740,
    });
    const results = page.getByRole("heading", { name: "Routes", level: 2 });
    await page.getByRole("figure", { name: /^Timeline of the routes/ }).waitFor();
    const resultsTop = (await results.boundingBox())!.y;
    const firstBar = (await page
      .getByRole("img", { name: /^Route 1 \(fastest\) timeline: / })
      .boundingBox())!;
    expect(firstBar.y + firstBar.height - resultsTop).toBeLessThan(740);
    expect(await page.locator(".route-timeline__caption").textContent()).toContain("your age");
    expect(await page.locator(".route-timeline__tick--age").allTextContents()).toContain("16");
    expect(await page.locator(".route-steps").first().textContent()).toMatch(/\(age 2\d( to \d\d)?\)/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
