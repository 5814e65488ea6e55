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

describe("home page", () => {
  it("loads the bundled dataset and lists its roles with their bands, with no console errors", async () => {
    const { page, errors, context } = await openPage(browser, "/");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Careers in");
    await expect(page.getByText("Clinical psychologist", { exact: true }).count()).resolves.toBe(1);
    // Match the title exactly: "Senior psychological wellbeing practitioner" is a role too.
    const pwp = page
      .getByRole("listitem")
      .filter({ has: page.getByText("Psychological wellbeing practitioner", { exact: true }) });
    await expect(pwp.textContent()).resolves.toContain("Band 4 while training, band 5 when qualified");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("has no axe violations at desktop and phone widths", async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 740 },
    ]) {
      const { page, context } = await openPage(browser, "/", viewport);
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it("shows a not-found page for an unknown address, with a way back", async () => {
    const { page, errors, context } = await openPage(browser, "/no/such/page");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Page not found");
    await page.getByRole("link", { name: "Go to the careers map home page" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Careers in");
    expect(errors).toEqual([]);
    await context.close();
  });
});
