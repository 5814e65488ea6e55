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

describe("role search in a real browser", () => {
  it("shows “No roles match” on screen, not only to screen readers, and stays accessible", async () => {
    const { page, errors, context } = await openPage(browser, "/");
    const search = page.getByRole("combobox", { name: "Search for a role" });
    await search.fill("xyzzy");
    const message = page.getByText("No roles match “xyzzy”.");
    await message.waitFor();
    expect(await message.isVisible()).toBe(true);
    // Laid out as ordinary text: a visually hidden element is one pixel square and clipped.
    const box = (await message.boundingBox())!;
    expect(box.width).toBeGreaterThan(100);
    expect(box.height).toBeGreaterThan(10);
    expect(await message.evaluate((el) => getComputedStyle(el).clipPath)).toBe("none");
    expect(await page.getByRole("link", { name: "see every role in a list" }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("offers the closest names as 44px buttons that the keyboard reaches, at 320px wide", async () => {
    const { page, errors, context } = await openPage(browser, "/", { width: 320, height: 640 });
    const search = page.getByRole("combobox", { name: "Search for a role" });
    await search.fill("teacher");
    const suggestion = page.getByRole("button", {
      name: "Experience working with children and young people",
    });
    await suggestion.waitFor();
    expect((await suggestion.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await search.focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Experience working with children and young people",
    );
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator(".role-panel h2").textContent())
      .toBe("Experience working with children and young people");
    expect(errors).toEqual([]);
    await context.close();
  });
});
