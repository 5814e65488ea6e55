/**
 * The second outside review's classes of failure, in a real browser: a valid dataset must not blank a page,
 * a page whose code fails to download must not empty the app, no built link may leave the site, and another
 * dataset is loaded only from this site's own path (or a trusted site), without credentials, and said to be
 * another dataset on screen.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { accessibilityViolations, launchBrowser, openPage, type OpenedPage } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Opens a page of the app with a JSON file served at a path on the app's own server. */
async function openWithJson(path: string, dataPath: string, body: unknown, base = inject("baseUrl")) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
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
    await expect.poll(() => page.locator(".route-cards > li").count()).toBeGreaterThan(0);
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
