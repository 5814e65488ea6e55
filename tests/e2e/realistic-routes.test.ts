/**
 * The planner's answers as an applicant meets them: what a role implies is assumed and can be corrected, and
 * funding with an age limit follows the age given. The route finder's own tests hold the arithmetic; these
 * check what a person sees and can do in a real browser.
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

/** The best route on the plan's timeline: its line, its bar, what it assumed and (as the chosen route) its steps. */
const firstCard = (page: Page) => page.locator(".route-timeline .timeline-route").first();
const searchParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe("realistic answers in the planner", () => {
  it("routes an assistant psychologist to clinical psychology by assuming GBC, and drops the route when told otherwise", async () => {
    const { page, errors, context } = await openPage(
      browser,
      "/plan?from=assistant-psychologist&to=clinical-psychologist",
    );
    const card = firstCard(page);
    await expect.poll(() => card.textContent()).toContain("What this route assumes");
    expect(await card.textContent()).toContain(
      "This route assumes you have “Psychology degree with GBC”, as an assistant psychologist normally does.",
    );
    // The doctorate's competition and the experience courses expect are on the card, with a typical time.
    expect(await card.textContent()).toContain("About 1 in 5 applicants got a place in 2020");
    expect(await card.locator(".timeline-route__heading").textContent()).toMatch(/typically/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await card.getByRole("button", { name: /I don’t have this/ }).click();
    await expect.poll(() => searchParam(page, "without")).toBe("psychology-degree-gbc");
    await expect.poll(() => page.getByText("No route found.").count()).toBe(1);
    // The correction can be undone from the form.
    await page.getByRole("button", { name: "I do have it (Psychology degree with GBC)" }).click();
    await expect.poll(() => searchParam(page, "without")).toBeNull();
    await expect.poll(() => firstCard(page).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("judges level 7 apprenticeship funding by the age given, and keeps the age in the link", async () => {
    const { page, errors, context } = await openPage(
      browser,
      "/plan?from=psychology-degree-gbc&to=clinical-associate-psychology",
    );
    const funding = () =>
      firstCard(page)
        .locator(".route-steps__step")
        .last()
        .evaluate((step) => {
          const rows = [...step.querySelectorAll(".facts > div")];
          const row = (name: string) =>
            rows.find((r) => r.querySelector("dt")?.textContent === name)?.querySelector("dd")?.textContent ??
            "";
          return { funding: row("Funding"), age: row("Funding and your age") };
        });
    await expect.poll(async () => (await funding()).age).toContain("as no age was given");
    expect((await funding()).funding).toMatch(/^Paid by your employer, without public funding/);

    const age = page.getByLabel("Your age (optional)");
    await age.fill("20");
    await age.press("Enter");
    await expect.poll(() => searchParam(page, "age")).toBe("20");
    await expect.poll(async () => (await funding()).funding).toMatch(/^Apprenticeship \(levy-funded\)/);
    expect((await funding()).age).toContain("You would start before you are 22");

    await age.fill("30");
    await age.press("Enter");
    await expect.poll(() => searchParam(page, "age")).toBe("30");
    await expect.poll(async () => (await funding()).age).toContain("You would be 30 when it starts");
    // A care leaver's limit is 25, which 30 is still over.
    // The box follows the address, so it reads checked once the page has moved there.
    await page.getByLabel(/care leaver/).click();
    await expect.poll(() => searchParam(page, "care")).toBe("1");
    await expect.poll(async () => (await funding()).age).toContain("under-25 funding does not apply");

    await page.reload();
    await expect.poll(() => page.getByLabel("Your age (optional)").inputValue()).toBe("30");
    await age.fill("9");
    await age.press("Enter");
    await expect.poll(() => page.getByText("Enter a whole number of years from 14 to 80").count()).toBe(1);
    expect(searchParam(page, "age")).toBe("30");
    expect(errors).toEqual([]);
    await context.close();
  });
});
