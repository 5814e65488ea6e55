import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, appUrl, idleAfterLoad, launchBrowser, openPage } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const mapNode = (page: Page, title: string) =>
  page.getByRole("group", { name: /careers map/i }).getByRole("link", { name: new RegExp(`^${title}\\.`) });
const panelHeading = (page: Page) => page.locator(".role-panel h2");

/** Presses Tab until the predicate holds in the page; returns how many presses it took. */
async function tabUntil(page: Page, predicate: () => boolean, limit = 20): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(predicate)) return presses;
  }
  throw new Error(`Nothing matched after ${limit} presses of Tab.`);
}

/** The pan and zoom applied to the map's contents: translate(x,y) scale(k) on the group that holds them. */
async function mapTransform(page: Page): Promise<{ x: number; y: number; k: number } | null> {
  const value = await page
    .locator(".map-nodes")
    .evaluate((nodes) => nodes.parentElement?.getAttribute("transform") ?? null);
  const match = /^translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)$/.exec(value ?? "");
  return match === null ? null : { x: Number(match[1]), y: Number(match[2]), k: Number(match[3]) };
}
const mapScale = async (page: Page) => (await mapTransform(page))?.k ?? null;

/** Waits for two frames, so that anything an input event set in motion has been drawn. */
const twoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );

describe("the careers map in Chromium", () => {
  it("search PWP, open it, follow a route to high-intensity CBT therapist, then filter to apprenticeships", async () => {
    const { page, errors, context } = await openPage(browser, "/");
    await page.getByRole("combobox", { name: "Search for a role" }).fill("PWP");
    await page
      .getByRole("listbox")
      .getByRole("option", { name: /Psychological wellbeing practitioner/ })
      .click();
    await expect.poll(() => panelHeading(page).textContent()).toBe("Psychological wellbeing practitioner");
    expect(new URL(page.url()).pathname).toBe("/roles/psychological-wellbeing-practitioner");

    // The role page names each next step twice: in its table at a glance and on its card.
    await page
      .locator(".role-panel")
      .getByRole("link", { name: "High-intensity CBT therapist" })
      .first()
      .click();
    await expect.poll(() => panelHeading(page).textContent()).toBe("High-intensity CBT therapist");
    const onward = await page.locator(".role-panel").textContent();
    expect(onward).toContain("At least two years in continuous employment as a PWP");

    await page.getByRole("button", { name: "Filters" }).click();
    await page.getByRole("checkbox", { name: "Only roles you can reach by an apprenticeship" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("apprenticeship")).toBe("yes");
    await expect.poll(() => mapNode(page, "Clinical psychologist").count()).toBe(0);
    expect(await mapNode(page, "Psychological wellbeing practitioner").count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("does the whole journey with the keyboard alone", async () => {
    const { page, errors, context } = await openPage(browser, "/");
    await page.getByRole("heading", { level: 1, name: "Careers map" }).waitFor();
    // Tab from the top of the page past the skip link, header and navigation to the search box.
    const tabsToSearch = await tabUntil(
      page,
      () => document.activeElement?.getAttribute("role") === "combobox",
    );
    expect(tabsToSearch).toBeLessThanOrEqual(8);
    await page.keyboard.type("pwp");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("Psychological wellbeing practitioner");

    // Escape closes the role and puts focus back on its node in the map.
    await page.keyboard.press("Escape");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-node-id")))
      .toBe("psychological-wellbeing-practitioner");

    // Arrow keys follow routes; Down steps through the other routes out of the same role.
    const visited = new Set<string>();
    await page.keyboard.press("ArrowRight");
    for (let i = 0; i < 4; i++) {
      visited.add((await page.evaluate(() => document.activeElement?.getAttribute("data-node-id"))) ?? "");
      await page.keyboard.press("ArrowDown");
    }
    expect(visited).toContain("high-intensity-cbt-therapist");
    expect(await page.locator("[role=status][aria-live=polite]").textContent()).toMatch(
      /Psychological wellbeing practitioner to/,
    );

    // Land on high-intensity CBT therapist and open it with Enter.
    for (let i = 0; i < 5; i++) {
      if (
        (await page.evaluate(() => document.activeElement?.getAttribute("data-node-id"))) ===
        "high-intensity-cbt-therapist"
      )
        break;
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("High-intensity CBT therapist");

    // The focus indicator is visible on a focused node.
    await page.keyboard.press("Escape");
    await expect
      .poll(() =>
        page.evaluate(() => {
          const ring = document.activeElement?.querySelector(".map-node__focus");
          return ring === null || ring === undefined ? null : getComputedStyle(ring).visibility;
        }),
      )
      .toBe("visible");

    // Filters by keyboard: open them from the Filters button; the first box follows the Key button, the
    // "Download this map" button and the list link.
    const filtersButton = page.getByRole("button", { name: "Filters", exact: true });
    await filtersButton.focus();
    await page.keyboard.press("Enter");
    // The panel opens on React's next render: wait for its first box to be shown before tabbing to it.
    await expect.poll(() => filtersButton.getAttribute("aria-expanded")).toBe("true");
    const firstBox = page.locator("#map-filters input[type=checkbox]").first();
    await firstBox.waitFor();
    for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
    expect(await firstBox.evaluate((box) => box === document.activeElement)).toBe(true);
    await page.getByRole("checkbox", { name: "Only roles you can reach by an apprenticeship" }).focus();
    await page.keyboard.press("Space");
    await expect.poll(() => new URL(page.url()).searchParams.get("apprenticeship")).toBe("yes");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("restores the same view from a deep link, on reload and with back and forward", async () => {
    const families = "psychological-therapies,wellbeing-practitioners";
    const { page, errors, context } = await openPage(
      browser,
      `/roles/high-intensity-cbt-therapist?family=${families}`,
    );
    const therapies = page.getByRole("checkbox", { name: "Psychological therapies and psychotherapy" });
    await expect.poll(() => panelHeading(page).textContent()).toBe("High-intensity CBT therapist");
    expect(await therapies.isChecked()).toBe(true);
    await page.reload();
    await expect.poll(() => panelHeading(page).textContent()).toBe("High-intensity CBT therapist");
    expect(await therapies.isChecked()).toBe(true);
    expect(await mapNode(page, "Nursing associate").count()).toBe(0);
    expect(await mapNode(page, "Psychological wellbeing practitioner").count()).toBe(1);

    await page
      .locator(".role-panel")
      .getByRole("link", { name: "Psychological wellbeing practitioner", exact: true })
      .first()
      .click();
    await expect.poll(() => panelHeading(page).textContent()).toBe("Psychological wellbeing practitioner");
    await page.goBack();
    await expect.poll(() => panelHeading(page).textContent()).toBe("High-intensity CBT therapist");
    await page.goForward();
    await expect.poll(() => panelHeading(page).textContent()).toBe("Psychological wellbeing practitioner");
    expect(new URL(page.url()).searchParams.get("family")).toBe(families);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("zooms with the + and − buttons and ctrl + wheel, goes to a family and back, and pans by dragging", async () => {
    const { page, errors, context } = await openPage(browser, "/");
    await page.locator(".map-node").first().waitFor();
    const svg = page.getByRole("group", { name: /careers map/i });
    await svg.scrollIntoViewIfNeeded();
    await expect.poll(() => mapTransform(page)).not.toBeNull();
    const start = (await mapTransform(page))!;

    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => mapScale(page)).toBeCloseTo(start.k * 1.25, 3);
    await page.getByRole("button", { name: "Zoom out" }).click();
    await expect.poll(() => mapScale(page)).toBeCloseTo(start.k, 3);
    await page.getByRole("button", { name: "Zoom out" }).click();
    await expect.poll(() => mapScale(page)).toBeCloseTo(start.k * 0.8, 3);

    // Going to a family brings all its roles into the frame at a zoom where titles stay readable (11px or
    // more); "Reset the view" returns to the first view.
    const notInFrame = (ids: string[]) =>
      svg.evaluate((frame, wanted) => {
        const view = frame.getBoundingClientRect();
        return wanted.filter((id) => {
          const box = frame.querySelector(`[data-node-id="${id}"] .map-node__box`)!.getBoundingClientRect();
          return (
            box.left < view.left || box.top < view.top || box.right > view.right || box.bottom > view.bottom
          );
        });
      }, ids);
    const arts = ["art-therapist", "dramatherapist", "music-therapist", "lead-arts-therapist"];
    expect(await notInFrame(arts)).not.toEqual([]);
    await page.getByRole("combobox", { name: "Go to a family" }).selectOption({ label: "Arts therapies" });
    await expect.poll(() => notInFrame(arts)).toEqual([]);
    expect(await mapScale(page)).toBeGreaterThanOrEqual(0.85);
    await page.getByRole("button", { name: "Reset the view" }).click();
    await expect.poll(() => mapTransform(page)).toEqual(start);
    const fitted = start;

    // A plain wheel scrolls the page and leaves the zoom alone; ctrl + wheel (a pinch on a touchpad) zooms.
    const frame = (await svg.boundingBox())!;
    await page.mouse.move(frame.x + frame.width / 2, frame.y + Math.min(frame.height / 2, 300));
    await page.mouse.wheel(0, -40);
    await twoFrames(page);
    expect(await mapScale(page)).toBe(fitted.k);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -40);
    await page.keyboard.up("Control");
    await expect.poll(() => mapScale(page)).toBeGreaterThan(fitted.k * 1.2);

    // Dragging the background moves the map by as much as the pointer moved, at the same zoom.
    const zoomed = (await mapTransform(page))!;
    const grip = await svg.evaluate((element) => {
      const view = element.getBoundingClientRect();
      for (let y = view.top + 40; y < Math.min(view.bottom, window.innerHeight) - 120; y += 10) {
        for (let x = view.left + 40; x < view.right - 160; x += 10) {
          const hit = document.elementFromPoint(x, y);
          if (hit !== null && element.contains(hit) && hit.closest(".map-node") === null) return { x, y };
        }
      }
      return null;
    });
    expect(grip).not.toBeNull();
    await page.mouse.move(grip!.x, grip!.y);
    await page.mouse.down();
    await page.mouse.move(grip!.x + 60, grip!.y + 40, { steps: 4 });
    await page.mouse.move(grip!.x + 120, grip!.y + 80, { steps: 4 });
    await page.mouse.up();
    await expect
      .poll(() => mapTransform(page))
      .toEqual({
        x: expect.closeTo(zoomed.x + 120, 0) as number,
        y: expect.closeTo(zoomed.y + 80, 0) as number,
        k: zoomed.k,
      });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows a helpful not-found for an unknown role in the address", async () => {
    const { page, errors, context } = await openPage(browser, "/roles/clinical-psycholgist");
    await expect.poll(() => panelHeading(page).textContent()).toBe("Role not found");
    await page.locator(".role-panel").getByRole("link", { name: "Clinical psychologist" }).click();
    await expect.poll(() => panelHeading(page).textContent()).toBe("Clinical psychologist");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("highlights a role's routes and fades the rest on hover", async () => {
    const { page, context } = await openPage(browser, "/");
    // Focusing a node first brings it into view; the pointer then rests on it.
    const node = mapNode(page, "High-intensity CBT therapist");
    await idleAfterLoad(page);
    await node.focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await node.hover();
    await expect.poll(() => page.locator(".map .map-highlight").count()).toBe(1);
    const related = await page.locator(".map-node.is-related").count();
    expect(related).toBeGreaterThanOrEqual(3);
    expect(await page.locator(".map-node:not(.is-related)").count()).toBeGreaterThan(0);
    // The rest fade: the routes drawn on the map go faint, the veil over the map leaves a hole over each related
    // role and none over the others, and a related role has a heavier outline than the rest.
    expect(
      await page.locator(".map-edges").evaluate((edges) => Number(getComputedStyle(edges).opacity)),
    ).toBeLessThan(0.5);
    const underVeil = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((node) => {
          const veil = document.querySelector<SVGPathElement>(".map-highlight__veil")!;
          const box = node.querySelector<SVGRectElement>(".map-node__box")!.getBBox();
          const centre = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2);
          return veil.isPointInFill(centre);
        });
    expect(await underVeil(".map-node.is-related")).toBe(false);
    expect(await underVeil(".map-node:not(.is-related)")).toBe(true);
    const outline = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((node) => parseFloat(getComputedStyle(node.querySelector(".map-node__box")!).strokeWidth));
    expect(await outline(".map-node.is-related:not(:hover)")).toBeGreaterThan(
      await outline(".map-node:not(.is-related)"),
    );
    expect(
      await page.locator('.map-edge.is-related[data-edge-key="pwp-to-high-intensity-cbt"]').count(),
    ).toBe(1);
    await context.close();
  });

  it("draws every label inside its box, with no boxes overlapping, at desktop and phone widths", async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 740 },
    ]) {
      const { page, context } = await openPage(browser, "/", viewport);
      await page.locator(".map-node").first().waitFor();
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const boxes = [...document.querySelectorAll<SVGGraphicsElement>(".map-node")].map((node) => {
          const rect = node.querySelector<SVGRectElement>(".map-node__box")!.getBBox();
          for (const text of node.querySelectorAll<SVGTextElement>("text")) {
            const t = text.getBBox();
            if (
              t.x < rect.x ||
              t.y < rect.y ||
              t.x + t.width > rect.x + rect.width - 2 ||
              t.y + t.height > rect.y + rect.height
            ) {
              found.push(`${node.getAttribute("data-node-id")}: "${text.textContent}" spills out of its box`);
            }
          }
          return { id: node.getAttribute("data-node-id"), rect };
        });
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!.rect;
            const b = boxes[j]!.rect;
            if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
              found.push(`${boxes[i]!.id} overlaps ${boxes[j]!.id}`);
            }
          }
        }
        return found;
      });
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it("has no axe violations on the map, with filters and key open, and on a role page, at both widths", async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 740 },
    ]) {
      const { page, context } = await openPage(browser, "/", viewport);
      await page.locator(".map-node").first().waitFor();
      await page.getByRole("button", { name: "Filters" }).click();
      await page.getByRole("button", { name: "Key" }).click();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.goto(appUrl("/roles/clinical-associate-psychology"));
      await panelHeading(page).waitFor();
      await page.locator(".role-panel details summary").first().click();
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
