import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, appUrl, launchBrowser, openPage } from "./support/browser";
import { pdfText } from "./support/pdf-text";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The ranked routes on the plan's timeline (routes with a step of unknown length are listed apart). */
const cards = (page: Page) => page.locator(".route-timeline .timeline-route");
const headings = (page: Page) => page.locator(".route-timeline .timeline-route__heading");

/** Opens the steps of every route on the timeline (the chosen one is open already). */
async function openEverySteps(page: Page) {
  const buttons = page.locator(".route-timeline").getByRole("button", { name: /^Show the steps \(/ });
  while ((await buttons.count()) > 0) await buttons.first().click();
}
const searchParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/**
 * Steps on the plan's route cards that are a programme (something other than "No course to pay for") and not an
 * apprenticeship, as "route N step M: funding"; null while no route cards are shown.
 */
const programmeStepsNotApprenticeships = (page: Page) =>
  cards(page).evaluateAll((items) => {
    if (items.length === 0) return null;
    const found: string[] = [];
    items.forEach((card, c) => {
      card.querySelectorAll(".route-steps__step").forEach((step, s) => {
        const facts = new Map(
          [...step.querySelectorAll(".facts > div")].map((row) => [
            row.querySelector("dt")?.textContent ?? "",
            row.querySelector("dd")?.textContent ?? "",
          ]),
        );
        const funding = facts.get("Funding") ?? "(no funding shown)";
        if (funding.startsWith("No course to pay for")) return;
        if (facts.has("Apprenticeship") && funding.startsWith("Apprenticeship")) return;
        found.push(`route ${c + 1} step ${s + 1}: ${funding}`);
      });
    });
    return found;
  });

describe("route planner in Chromium", () => {
  it("answers a deep link, changes the ranking and the funding filter, and draws a chosen alternative on the map", async () => {
    // From GCSEs to PWP the quickest routes go through a salaried trainee post, which is not an apprenticeship;
    // only the filter takes them away (npm run --silent route -- --from gcses --to PWP [--only apprenticeships]).
    const { page, errors, context } = await openPage(
      browser,
      "/plan?from=gcses&to=psychological-wellbeing-practitioner",
    );
    await expect.poll(() => cards(page).count()).toBeGreaterThan(1);
    expect(await headings(page).first().textContent()).toMatch(/^Route 1 \(fastest\)/);
    await openEverySteps(page);
    expect((await programmeStepsNotApprenticeships(page))?.length).toBeGreaterThan(0);

    await page.getByRole("radio", { name: "The fewest steps" }).click();
    await expect.poll(() => searchParam(page, "prefer")).toBe("fewest-steps");
    await expect.poll(() => headings(page).first().textContent()).toMatch(/^Route 1 \(fewest steps\)/);

    await page.getByRole("radio", { name: "Apprenticeships only" }).click();
    await expect.poll(() => searchParam(page, "only")).toBe("apprenticeships");
    // Every step of every route is an apprenticeship, or no course at all (applying for a job).
    await expect.poll(() => headings(page).first().textContent()).toMatch(/^Route 1 \(fewest steps\)/);
    await openEverySteps(page);
    await expect.poll(() => programmeStepsNotApprenticeships(page)).toEqual([]);
    expect(await cards(page).count()).toBeGreaterThan(1);

    // Show the second route on the map: the page scrolls to the map, which draws its steps out and fades the rest.
    const showSecond = page.getByRole("button", { name: "Show on the map (Route 2)" });
    await showSecond.click();
    await expect.poll(() => searchParam(page, "route")).not.toBeNull();
    await expect.poll(() => showSecond.getAttribute("aria-pressed")).toBe("true");
    const mapHeading = page.getByRole("heading", { name: "Route 2 on the map" });
    await expect.poll(() => mapHeading.evaluate((h) => h === document.activeElement)).toBe(true);
    await expect
      .poll(() => mapHeading.evaluate((h) => Math.round(h.getBoundingClientRect().top)))
      .toBeLessThan(200);
    const stepTargets = await cards(page).nth(1).locator(".route-steps__title a").allTextContents();
    expect(stepTargets.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".map-edge.is-related").count()).toBe(stepTargets.length);
    await expect
      .poll(async () => {
        const related = await page
          .locator(".map-node.is-related")
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label") ?? ""));
        return stepTargets.filter((target) => !related.some((label) => label.startsWith(`${target}.`)));
      })
      .toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says why there is no route and opens one with the suggested change", async () => {
    const { page, errors, context } = await openPage(
      browser,
      "/plan?from=gcses&to=clinical-psychologist&only=apprenticeships",
    );
    await page.getByText("No route found.").waitFor();
    expect(await page.locator(".plan-results").textContent()).toContain("With apprenticeships only");
    await page.getByRole("link", { name: /apprenticeships only/i }).click();
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    expect(searchParam(page, "only")).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the months someone has been in post in the link, so a shared plan keeps its shorter wait", async () => {
    const { page, errors, context } = await openPage(
      browser,
      "/plan?from=psychological-wellbeing-practitioner,psychology-degree-gbc&to=clinical-psychologist",
    );
    const months = page.getByLabel("Months as Psychological wellbeing practitioner so far");
    await months.fill("30");
    await months.press("Enter");
    await expect.poll(() => searchParam(page, "exp")).toBe("psychological-wellbeing-practitioner:30");
    await expect.poll(() => cards(page).first().textContent()).toContain("Already met");
    await page.reload();
    await expect.poll(() => months.inputValue()).toBe("30");
    await expect.poll(() => cards(page).first().textContent()).toContain("Already met");
    expect(await cards(page).first().textContent()).not.toContain("After a wait of 2 years.");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("prints a clean one-to-two page plan with the title, date, steps, links and sources", async () => {
    const { page, context } = await openPage(
      browser,
      "/plan?from=psychology-degree-gbc&to=clinical-psychologist",
    );
    await cards(page).first().waitFor();
    // The QR code's library loads with the plan, in a chunk of its own.
    await page.locator(".plan-qr svg").waitFor({ state: "attached" });
    await page.emulateMedia({ media: "print" });
    // On paper: the timeline, every route's bar, and the QR code of the plan's link.
    expect(await page.getByRole("figure", { name: /^Timeline of the routes/ }).isVisible()).toBe(true);
    expect(await page.getByRole("img", { name: /^Route 2 timeline: / }).isVisible()).toBe(true);
    const qr = page.getByRole("img", { name: "QR code of the link to this plan" });
    expect(await qr.isVisible()).toBe(true);
    expect((await qr.boundingBox())!.width).toBeGreaterThan(80);
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain("Timeline of the routes");
    expect(text).toContain("route plan");
    expect(text).toMatch(/Printed \d{1,2} \w+ \d{4}/);
    expect(text).toContain("Doctorate in Clinical Psychology (DClinPsy)");
    expect(text).toContain("Route 2");
    expect(text).toContain("https://www.clearing-house.org.uk/applications/funding");
    expect(text).toContain("/plan?from=psychology-degree-gbc&to=clinical-psychologist");
    // Nothing meant for the screen only: no form, no buttons, no map.
    expect(text).not.toContain("Where are you now?");
    expect(text).not.toContain("Save on this device");
    expect(text).not.toContain("on the map");
    await context.close();
  });

  it("prints GCSEs → clinical psychologist, three steps and two routes, on two pages with the timeline and QR code", async () => {
    const { page, context } = await openPage(browser, "/plan?from=gcses&to=clinical-psychologist");
    await page.locator(".plan-qr svg").waitFor({ state: "attached" });
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("img", { name: /^Route 1 \(fastest\) timeline: / }).isVisible()).toBe(true);
    expect(await page.getByRole("img", { name: "QR code of the link to this plan" }).isVisible()).toBe(true);
    const { pages, text } = await pdfText(await page.pdf({ format: "A4", printBackground: false }));
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain("Timeline of the routes");
    expect(text).toContain("Step 3: Clinical psychologist");
    await context.close();
  });

  it("copies the link, saves the plan on this device and reopens it after a reload", async () => {
    const { page, errors, context } = await openPage(
      browser,
      "/plan?from=gcses&to=mental-health-nurse&prefer=fewest-steps",
    );
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(page.url()).origin,
    });
    await cards(page).first().waitFor();
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText("Link copied.", { exact: false }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    await page.getByRole("button", { name: "Save on this device" }).click();
    await page.goto(appUrl("/plan"));
    await page.reload();
    const saved = page.getByRole("region", { name: "Plans saved on this device" });
    await saved
      .getByRole("link", { name: "GCSEs or other Level 2 qualifications → Mental health nurse" })
      .click();
    await expect.poll(() => page.getByRole("radio", { name: "The fewest steps" }).isChecked()).toBe(true);

    await page.goto(appUrl("/plan"));
    await saved.getByRole("button", { name: /^Delete/ }).click();
    await expect.poll(() => saved.getByRole("link").count()).toBe(0);
    await page.reload();
    // Saved plans are read from storage as the page starts: once the region is drawn, its list is final.
    await page.getByRole("heading", { name: "Plans saved on this device" }).waitFor();
    await saved.getByText("None yet.", { exact: false }).waitFor();
    expect(await saved.getByRole("link").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("ignores saved plans that storage has mangled, and keeps working", async () => {
    const { page, errors, context } = await openPage(browser, "/plan");
    await page.evaluate(() =>
      localStorage.setItem(
        "psych-careers-map:saved-plans",
        JSON.stringify({
          state: { savedPlans: [{ id: "<img src=x onerror=alert(1)>", title: 42 }, "junk"] },
          version: 1,
        }),
      ),
    );
    await page.reload();
    await page.getByRole("heading", { name: "Plans saved on this device" }).waitFor();
    expect(await page.getByText("None yet.", { exact: false }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("can be planned with the keyboard alone", async () => {
    const { page, errors, context } = await openPage(browser, "/plan");
    await page.getByRole("heading", { level: 1, name: "Plan a route" }).waitFor();
    const where = page.getByRole("combobox", { name: "Add where you are now" });
    await where.focus();
    await page.keyboard.type("lived experience");
    await page.keyboard.press("Enter");
    await expect.poll(() => searchParam(page, "from")).toBe("lived-experience");
    const target = page.getByRole("combobox", { name: "Choose a role" });
    await target.focus();
    await page.keyboard.type("peer support worker");
    // The best match is active; Down and Up move through the others and back.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect.poll(() => searchParam(page, "to")).toBe("peer-support-worker");
    await page.getByRole("radio", { name: "The quickest route" }).focus();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => searchParam(page, "prefer")).toBe("fewest-steps");
    await cards(page).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("has no axe violations, with results, at desktop and phone widths", async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 740 },
    ]) {
      const { page, context } = await openPage(
        browser,
        "/plan?from=gcses,lived-experience,healthcare-support-worker&to=peer-support-worker",
        viewport,
      );
      await cards(page).first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.goto(appUrl("/plan?from=gcses&to=clinical-psychologist&only=apprenticeships&to=nobody"));
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
