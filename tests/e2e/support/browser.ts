import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { inject } from "vitest";

export { launchChromium as launchBrowser } from "../../../scripts/chromium";

export function appUrl(path: string): string {
  return `${inject("baseUrl")}${path}`;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Every address the page has requested, to check that nothing leaves the local server. */
  requests: string[];
  /** Dialogs (alert, confirm, prompt) the page opened: injected script would show here. */
  dialogs: string[];
}

/**
 * Waits for the app to take the page over. Pages rendered at build time show their links at once, but their
 * buttons, filters and search work only once the app has started.
 */
export async function appStarted(page: Page): Promise<void> {
  await page.locator("html[data-app-started]").waitFor({ state: "attached" });
}

/**
 * Waits until the browser has been idle since the page loaded: the app then fetches the code people open next
 * (the role panel, then the planner, whose styles join the page). Until then, under load, the page is still
 * settling: on the map, a role focused at once was not always brought into view, and a poster printed at once
 * sometimes came out with a blank second sheet (cause not found: see the issue 17 note).
 */
export async function idleAfterLoad(page: Page): Promise<void> {
  await page.waitForFunction(
    () => [...document.styleSheets].some((sheet) => /\/PlanPage-[^/]*\.css$/.test(sheet.href ?? "")),
    null,
    { timeout: 30_000 },
  );
}

/**
 * Opens a fresh context and page at `path`, recording console errors and uncaught exceptions. The site's service
 * worker is blocked: these journeys are about the pages, and a worker would answer requests before `page.route`
 * could see them, and precache the site in the background of every one. offline*.test.ts tests the worker.
 */
export async function openPage(
  browser: Browser,
  path: string,
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
  /** Done before the page opens: routes that change what the server answers, say. */
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, serviceWorkers: "block" });
  await prepare?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(appUrl(path));
  await appStarted(page);
  return { context, page, errors, requests, dialogs };
}

/** axe-core's WCAG 2.2 A and AA rules against the page as it is now. */
export async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
}
