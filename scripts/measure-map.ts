/**
 * npm run measure:map [-- path] (after npm run build)
 *
 * A report, not a test: what the map's first view shows at 1280×800 and 375×740 (roles and routes in view,
 * crossing pairs, routes over boxes or under family titles, the smallest title), and what a one-finger swipe
 * and a two-finger pinch over the map do on a phone with touch emulation (how far the page scrolls, whether
 * the map moves). The browser tests hold the same figures to the map's aims.
 */
import type { Page } from "playwright-core";
import { preview } from "vite";
import { launchChromium } from "./chromium";
import { measureFirstView, swipe, touchSession } from "./map-metrics";

const path = process.argv.slice(2).find((arg) => arg !== "--") ?? "/";
const server = await preview({ preview: { host: "127.0.0.1", port: 0 }, logLevel: "error" });
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "";
const browser = await launchChromium();

const transformOf = (page: Page) =>
  page.locator(".map-nodes").evaluate((nodes) => nodes.parentElement?.getAttribute("transform") ?? "");

try {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 740 },
  ]) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${base}${path}`);
    const metrics = await measureFirstView(page);
    console.log(`First view at ${viewport.width}×${viewport.height}:`, metrics);
    await page.close();
  }

  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  await page.locator("svg.map .map-node").first().waitFor();
  const cdp = await touchSession(page);
  const settle = () => page.waitForTimeout(600);
  const swipeOver = async (selector: string, fingers: 1 | 2, pinch = 0) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page
      .locator(selector)
      .first()
      .evaluate((el) => el.scrollIntoView({ block: "center" }));
    await settle();
    const box = (await page.locator(selector).first().boundingBox())!;
    const x = box.x + Math.min(box.width / 2, 100);
    const y = Math.min(box.y + box.height / 2, 600);
    const before = { scroll: await page.evaluate(() => window.scrollY), transform: await transformOf(page) };
    // Towards the end of the page with more room to scroll.
    const roomBelow = await page.evaluate(
      () => document.documentElement.scrollHeight - window.scrollY - window.innerHeight,
    );
    const up = roomBelow >= before.scroll;
    await swipe(cdp, { x, y: up ? y + 120 : y - 120 }, { x, y: up ? y - 180 : y + 180 }, { fingers, pinch });
    await settle();
    const after = { scroll: await page.evaluate(() => window.scrollY), transform: await transformOf(page) };
    return {
      pageScrolled: Math.abs(Math.round(after.scroll - before.scroll)),
      mapMoved: before.transform !== after.transform,
    };
  };
  console.log("Phone, one finger up over the page's text:", await swipeOver(".map-page__intro", 1));
  console.log("Phone, one finger up over the map:", await swipeOver("svg.map", 1));
  console.log("Phone, two fingers up and apart over the map:", await swipeOver("svg.map", 2, 80));
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
