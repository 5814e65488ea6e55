import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, launchBrowser, openPage } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("app shell", () => {
  it("asks for the map's styles before its scripts, and its data as the map index first, the rest after", async () => {
    const { requests, errors, context } = await openPage(browser, "/");
    const first = (pattern: RegExp) => requests.findIndex((url) => pattern.test(new URL(url).pathname));
    // The page the build rendered paints once its styles have come: they must not queue behind the scripts.
    expect(first(/\.css$/)).toBeGreaterThan(-1);
    expect(first(/\.css$/)).toBeLessThan(first(/\.js$/));
    // The map draws from its index; the whole dataset follows once the map has been taken over.
    const mapIndex = first(/\/assets\/careers-map-[^/]+\.json$/);
    expect(mapIndex).toBeGreaterThan(-1);
    await expect.poll(() => first(/\/assets\/careers-(?!map-)[^/]+\.json$/)).toBeGreaterThan(mapIndex);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("loads the bundled dataset and lists its roles with their bands, with no console errors", async () => {
    const { page, errors, context } = await openPage(browser, "/roles");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("All roles");
    await expect(
      page.getByRole("link", { name: "Clinical psychologist", exact: true }).count(),
    ).resolves.toBe(1);
    const pwp = page.getByRole("row", { name: /^Psychological wellbeing practitioner/ });
    await expect(pwp.textContent()).resolves.toContain("Band 4 → 5");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("has no axe violations on the list of roles at desktop and phone widths", async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 740 },
    ]) {
      const { page, context } = await openPage(browser, "/roles", viewport);
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it("shows a not-found page for an unknown address, with a way back", async () => {
    const { page, errors, context } = await openPage(browser, "/no/such/page");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Page not found");
    await page.getByRole("link", { name: "Go to the careers map home page" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Careers map");
    expect(errors).toEqual([]);
    await context.close();
  });
});
