import { readFileSync } from "node:fs";
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

describe("list of roles in Chromium", () => {
  it("sorts by band from the keyboard and downloads what it shows as CSV and JSON", async () => {
    const { page, errors, context } = await openPage(browser, "/roles");
    await page.getByRole("link", { name: /^Band/ }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("band");
    // The address changes first; the table follows when React has rendered it.
    await expect
      .poll(() => page.getByRole("columnheader", { name: /^Band/ }).getAttribute("aria-sort"))
      .toBe("ascending");

    const [csvDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as CSV" }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe("careers-map-roles.csv");
    const csv = readFileSync((await csvDownload.path())!, "utf8");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Id,Role,Family,Band,Training length,Training months (shortest),Training months (longest),Highest qualification,Apprenticeship,Registration,Registered with",
    );
    // The file lists what the table shows, in the order it shows it.
    const shownIds = await page
      .locator("tbody tr:not(.roles-table__group)")
      .evaluateAll((rows) =>
        rows.map((row) =>
          decodeURIComponent(row.querySelector("a")?.getAttribute("href")?.split("/").pop() ?? ""),
        ),
      );
    expect(shownIds.length).toBeGreaterThan(10);
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(shownIds);
    expect(csv).toContain(
      "psychological-wellbeing-practitioner,Psychological wellbeing practitioner,Wellbeing practitioners,Band 4 → 5",
    );

    const [jsonDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as JSON" }).click(),
    ]);
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, "utf8")) as { id: string }[];
    expect(json.map((r) => r.id)).toEqual(lines.slice(1).map((line) => line.split(",")[0]));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("has no axe violations", async () => {
    const { page, context } = await openPage(browser, "/roles?sort=training&order=descending");
    await page.getByRole("table").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("compare page in Chromium", () => {
  it("compares three roles chosen with the type-ahead pickers, by keyboard, with no axe violations", async () => {
    const { page, errors, context } = await openPage(browser, "/compare");
    for (const [label, typed, roles] of [
      ["Choose a role to compare", "clinical psych", "clinical-psychologist"],
      ["Add another role", "PWP", "clinical-psychologist,psychological-wellbeing-practitioner"],
      [
        "Add another role",
        "peer support worker",
        "clinical-psychologist,psychological-wellbeing-practitioner,peer-support-worker",
      ],
    ] as const) {
      const picker = page.getByRole("combobox", { name: label });
      await picker.focus();
      await page.keyboard.type(typed);
      await page.keyboard.press("Enter");
      await expect.poll(() => new URL(page.url()).searchParams.get("roles")).toBe(roles);
    }
    await expect
      .poll(() => page.getByRole("columnheader").allTextContents())
      .toEqual(["Clinical psychologist", "Psychological wellbeing practitioner", "Peer support worker"]);
    expect(await page.getByRole("row", { name: /^Apprenticeship/ }).textContent()).toContain(
      "Peer worker, level 3 (ST0896)",
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("names no role twice in a cell, copies its link and prints, and is usable on a phone", async () => {
    const address =
      "/compare?roles=clinical-psychologist,psychological-wellbeing-practitioner,mental-health-nurse";
    const { page, errors, context } = await openPage(browser, address, { width: 375, height: 740 });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(page.url()).origin,
    });
    await page.getByRole("table").waitFor();
    const titles = await page.evaluate(() =>
      [...document.querySelectorAll(".map-node, a[href^='/roles/']")].map((a) => a.textContent ?? ""),
    );
    const repeats = await page.locator(".compare-table td").evaluateAll(
      (cells, known) =>
        cells.flatMap((cell) => {
          const text = cell.textContent ?? "";
          return known
            .filter((title) => title !== "" && text.split(title).length > 2)
            .map((title) => `${title} in “${text}”`);
        }),
      [...new Set(titles)],
    );
    expect(repeats).toEqual([]);
    // Each role a next step leads to has a row of its own.
    const rowNames = await page.locator(".compare-table tbody th[scope=row]").allTextContents();
    expect(new Set(rowNames).size).toBe(rowNames.length);
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText("Link copied.", { exact: false }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    // The page itself never scrolls sideways; the table does, inside its region, with its row names in view.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
    expect(await page.getByRole("table").isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
