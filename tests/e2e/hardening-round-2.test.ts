/**
 * The second outside review's classes of failure, in a real browser: a valid dataset must not blank a page,
 * a page whose code fails to download must not empty the app, no built link may leave the site, and another
 * dataset is loaded only from this site's own path (or a trusted site), without credentials, and said to be
 * another dataset on screen.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { accessibilityViolations, appUrl, launchBrowser, openPage, type OpenedPage } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Opens a page of the app with a JSON file served at a path on the app's own server. */
async function openWithJson(path: string, dataPath: string, body: unknown, base = inject("baseUrl")) {
  // page.route() below must see the data's request: a service worker would answer it first.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  const opened: OpenedPage & { dataRequests: Record<string, string>[] } = {
    context,
    page,
    errors: [],
    requests: [],
    dialogs: [],
    dataRequests: [],
  };
  page.on("pageerror", (error) => opened.errors.push(error.message));
  page.on("request", (request) => opened.requests.push(request.url()));
  await page.route(`${base}${dataPath}`, async (route) => {
    opened.dataRequests.push(await route.request().allHeaders());
    await route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(body) });
  });
  await page.goto(`${base}${path}`);
  return opened;
}

/** The pharmacy example with "constructor" as the id of a role, a family and a route kind: all valid ids. */
function constructorDataset(): unknown {
  const text = readFileSync("data/examples/pharmacy-careers.json", "utf8")
    .replaceAll('"pharmacy-technician"', '"constructor"')
    .replaceAll('"pharmacists"', '"constructor-family"');
  const data = JSON.parse(text) as {
    routeKinds: { id: string }[];
    routes: { kind: string }[];
  };
  // Only the kind's id, not its category (which is one of the app's own words).
  for (const kind of data.routeKinds) if (kind.id === "progression") kind.id = "constructor";
  for (const route of data.routes) if (route.kind === "progression") route.kind = "constructor";
  return data;
}

const heading1 = (page: Page) => page.getByRole("heading", { level: 1 }).first().textContent();

describe("hardening, round two", () => {
  it("keeps every page whole with data whose ids are names of JavaScript's own (constructor)", async () => {
    const opened = await openWithJson(
      "/plan?data=/constructor.json&from=constructor&to=pharmacist",
      "/constructor.json",
      constructorDataset(),
    );
    const { page, errors, context } = opened;
    await expect.poll(() => page.locator(".timeline-route").count()).toBeGreaterThan(0);
    expect(await page.getByLabel(/^Months as .* so far$/).inputValue()).toBe("0");
    await page.goto(`${inject("baseUrl")}/roles/constructor?data=/constructor.json`);
    await expect.poll(() => page.locator(".role-panel h2").textContent()).toMatch(/\w/);
    expect(await page.locator(".role-panel").textContent()).not.toContain("function");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says on every page whose dataset is shown when it is not the bundled one", async () => {
    const { page, errors, context } = await openPage(browser, "/roles?data=examples/pharmacy-careers.json");
    const notice = page.locator(".other-dataset-notice");
    await expect.poll(() => notice.textContent()).toContain("You are looking at another dataset");
    expect(await notice.textContent()).toContain("/examples/pharmacy-careers.json");
    expect(await notice.getByRole("link").getAttribute("href")).toBe("/");
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("fetches another dataset without cookies, and only from the site's own path when it is served from one", async () => {
    const opened = await openWithJson("/?data=/anything.json", "/anything.json", constructorDataset());
    await opened.page.context().addCookies([{ name: "session", value: "secret", url: inject("baseUrl") }]);
    await opened.page.reload();
    await expect.poll(() => opened.dataRequests.length).toBeGreaterThan(1);
    expect(opened.dataRequests.every((headers) => headers.cookie === undefined)).toBe(true);
    await opened.context.close();

    // A map served from /careers-map/ does not load another team's file elsewhere on the same host.
    const subPath = inject("subPathUrl");
    const origin = new URL(subPath).origin;
    const { page, requests, context } = await openPage(browser, "/");
    await page.goto(`${subPath}/?data=/other-team/careers.json`);
    await page.getByRole("heading", { name: "The careers data could not be loaded" }).waitFor();
    expect(await page.locator(".problem-list").textContent()).toContain(
      "outside this map's part of the site",
    );
    expect(requests.filter((url) => url.startsWith(`${origin}/other-team/`))).toEqual([]);
    await context.close();
  });

  it("never builds a link off the site, whatever the address of an embed", async () => {
    for (const path of ["/embed//evil.example/x?links=top", "/embed/\\evil.example/x"]) {
      const { page, context } = await openPage(browser, path);
      const link = page.getByRole("link", { name: /Open this in the full careers map/ });
      await link.waitFor();
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
      expect(new URL(href).origin, path).toBe(new URL(inject("baseUrl")).origin);
      await context.close();
    }
  });

  it("shows what happened when a page's code cannot be downloaded, keeps the rest, and moves focus to it", async () => {
    // Offline for the planner's code only, from the start (the map fetches it when idle, silently): every try
    // fails, so after one automatic reload it must say so.
    const { page, errors, context } = await openPage(browser, "/", undefined, (context) =>
      context.route(/\/assets\/PlanPage-[^/]+\.js$/, (route) => route.abort("internetdisconnected")),
    );
    await page.getByRole("heading", { level: 1, name: "Careers map" }).waitFor();
    await page.getByRole("link", { name: "Plan a route", exact: true }).click();
    const message = page.getByRole("heading", { name: "Sorry, this page could not be loaded" });
    await message.waitFor();
    await expect.poll(() => message.evaluate((h) => h === document.activeElement)).toBe(true);
    // The site's header and navigation are still there, and still work.
    await page.getByRole("link", { name: "All roles", exact: true }).click();
    await expect.poll(() => heading1(page)).toBe("All roles");
    // The failed downloads themselves are logged by the browser; nothing else went wrong.
    expect(
      errors.filter((e) => !/PlanPage|dynamically imported module|ERR_INTERNET_DISCONNECTED/i.test(e)),
    ).toEqual([]);
    await context.close();
  });

  it("reloads once by itself when a page's code has gone after a deploy, and then works", async () => {
    let loads = 0;
    let refusals = 0;
    // Until the page reloads, the planner's code is gone, as a file replaced by a deploy would be (the app
    // asks for it when idle, and again as a preload and the import); after the reload it is there.
    const { page, context } = await openPage(browser, "/", undefined, (context) =>
      context.route(/\/assets\/PlanPage-[^/]+\.js$/, (route) => {
        if (loads > 1) return route.continue();
        refusals++;
        return route.fulfill({ status: 404, body: "gone" });
      }),
    );
    await page.getByRole("heading", { level: 1, name: "Careers map" }).waitFor();
    page.on("load", () => loads++);
    loads = 1;
    await page.getByRole("link", { name: "Plan a route", exact: true }).click();
    await expect.poll(() => heading1(page)).toBe("Plan a route");
    expect(loads).toBe(2);
    expect(refusals).toBeGreaterThan(0);
    await context.close();
  });
});

/** The pharmacy example with one unbroken 10,000-character word in a role's title and summary and a route's programme. */
function longWordDataset(word: string): unknown {
  const data = JSON.parse(readFileSync("data/examples/pharmacy-careers.json", "utf8")) as {
    roles: { id: string; title: string; summary: string }[];
    routes: { to: string; programme: string }[];
  };
  const pharmacist = data.roles.find((role) => role.id === "pharmacist")!;
  pharmacist.title = `Pharmacist ${word}`;
  pharmacist.summary = `Dispenses ${word} and advises.`;
  for (const route of data.routes) if (route.to === "pharmacist") route.programme = `Degree ${word}`;
  return data;
}

describe("nothing lost without a word, nothing frozen, nothing too wide", () => {
  it("says plainly that a plan was not saved when the browser's storage is full, and never lists it", async () => {
    const { page, errors, context } = await openPage(browser, "/plan?from=gcses&to=mental-health-nurse");
    await page.getByRole("button", { name: "Save on this device" }).waitFor();
    // Fill this site's storage as a long-used browser might, until the browser refuses more.
    const filled = await page.evaluate(() => {
      // Ever smaller pieces until not even one more character fits.
      let pieces = 0;
      for (let size = 512 * 1024; size >= 1; size = Math.floor(size / 2)) {
        try {
          for (;;) localStorage.setItem(`filler-${pieces++}`, "x".repeat(size));
        } catch {
          pieces--;
        }
      }
      return pieces;
    });
    expect(filled).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Save on this device" }).click();
    await page
      .getByText("Not saved: this browser’s storage for the site is full.", { exact: false })
      .waitFor();
    const saved = page.getByRole("region", { name: "Plans saved on this device" });
    expect(await saved.getByRole("link").count()).toBe(0);
    await page.reload();
    await saved.getByText("None yet.", { exact: false }).waitFor();
    // Full is not blocked: the list is still this device's, not "for this visit only".
    expect(await saved.textContent()).not.toContain("kept only until you close it");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("takes at most 100 characters of a 100,000-character paste into search, and keeps the address short", async () => {
    const { page, errors, context } = await openPage(browser, "/");
    const search = page.getByRole("combobox", { name: "Search for a role" });
    await search.focus();
    await page.keyboard.insertText(`PWP ${"x".repeat(100_000)}`);
    expect((await search.inputValue()).length).toBe(100);
    await expect.poll(() => new URL(page.url()).searchParams.get("q")?.length ?? 0).toBeGreaterThan(0);
    expect(page.url().length).toBeLessThan(400);
    // An address made elsewhere with a long search is cut the same way.
    await page.goto(appUrl(`/?q=${"y".repeat(5_000)}`));
    await expect.poll(() => search.inputValue()).toBe("y".repeat(100));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("wraps a 10,000-character word on every page instead of widening it, and keeps the whole text", async () => {
    const word = "Supercalifragilistic".repeat(500);
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 740 },
    ]) {
      for (const path of [
        "/plan?data=/long.json&from=gcses&to=pharmacist",
        "/roles/pharmacist?data=/long.json",
        "/roles?data=/long.json",
        "/compare?data=/long.json&roles=pharmacist,pharmacy-technician",
        "/?data=/long.json",
      ]) {
        const { page, errors, context } = await openWithJson(path, "/long.json", longWordDataset(word));
        await page.setViewportSize(viewport);
        await expect
          .poll(() => page.getByText(word.slice(0, 200), { exact: false }).count())
          .toBeGreaterThan(0);
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          window: document.documentElement.clientWidth,
        }));
        expect(widths.page, `${path} at ${viewport.width}px`).toBeLessThanOrEqual(widths.window);
        expect(await page.locator("body").textContent(), path).toContain(word);
        expect(errors).toEqual([]);
        await context.close();
      }
    }
  });
});

describe("focus while a panel loads", () => {
  it("stays on the map's role after Enter until the panel's heading can take it", async () => {
    // The panel's code and the role details (the whole dataset: the map draws from its index) are slow to
    // arrive, as on a poor connection, from the start, so that nothing fetched them early.
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const { page, errors, context } = await openPage(browser, "/", undefined, (context) =>
      context.route(/\/assets\/(RolePanel-[^/]+\.js|careers-(?!map-)[^/]+\.json)$/, async (route) => {
        await arrived;
        await route.continue();
      }),
    );
    const node = page.locator('.map-node[data-node-id="clinical-psychologist"]');
    await node.waitFor();
    await node.focus();
    await page.keyboard.press("Enter");
    // While it loads, focus stays on the role that was chosen (never on the page's body).
    await page.locator(".map-page__panel").getByRole("status").waitFor();
    for (let sample = 0; sample < 10; sample++) {
      expect(
        await page.evaluate(
          () => document.activeElement?.getAttribute("data-node-id") ?? document.activeElement?.tagName,
        ),
      ).toBe("clinical-psychologist");
      await page.waitForTimeout(50);
    }
    release();
    const heading = page.locator(".role-panel h2");
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
