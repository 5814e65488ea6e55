/**
 * npm run bench:map (after npm run build)
 *
 * A benchmark in real Chromium, not a test: how long from navigation until the full map is painted, and how
 * long a highlight (hovering a role) takes to reach the screen. Runs without throttling and with the CPU
 * slowed 4× (roughly a cheap phone), and prints medians and 95th percentiles. The machine is shared, so read
 * the figures as orders of magnitude and compare runs made together.
 */
import type { Page } from "playwright-core";
import { preview } from "vite";
import { launchChromium } from "./chromium";

const LOADS = 12;
const HOVERS = 40;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(10);

/** A first visit at desktop size. The service worker, which precaches the site after load, stays out of the timings. */
const FRESH_VISIT = { viewport: { width: 1280, height: 800 }, serviceWorkers: "block" } as const;

async function throttle(page: Page, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

async function measureLoad(base: string, rate: number): Promise<{ painted: number[]; fcp: number[] }> {
  const painted: number[] = [];
  const fcp: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext(FRESH_VISIT);
    const page = await context.newPage();
    await throttle(page, rate);
    await page.goto(`${base}/`);
    await page.waitForFunction(() => performance.getEntriesByName("careers-map:painted").length > 0);
    const timings = await page.evaluate(() => ({
      painted: performance.getEntriesByName("careers-map:painted")[0]!.startTime,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
    }));
    painted.push(timings.painted);
    fcp.push(timings.fcp);
    await context.close();
  }
  return { painted, fcp };
}

async function measureHighlight(base: string, rate: number): Promise<{ commit: number[]; frame: number[] }> {
  const context = await browser.newContext(FRESH_VISIT);
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.waitForFunction(() => performance.getEntriesByName("careers-map:painted").length > 0);
  await throttle(page, rate);
  const result = await page.evaluate(async (hovers) => {
    const svg = document.querySelector("svg.map")!;
    const nodes = [...document.querySelectorAll(".map-node")];
    const commit: number[] = [];
    const frame: number[] = [];
    for (let i = 0; i < hovers; i++) {
      const node = nodes[i % nodes.length]!;
      const changed = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(svg, { attributes: true, subtree: true, attributeFilter: ["class"] });
      });
      const start = performance.now();
      node.dispatchEvent(new PointerEvent("pointerover", { bubbles: true }));
      node.dispatchEvent(new PointerEvent("pointerenter", { bubbles: false }));
      const committed = await changed;
      // The frame that shows the change: the next animation frame after React committed it.
      const shown = await new Promise<number>((resolve) =>
        requestAnimationFrame(() => resolve(performance.now())),
      );
      commit.push(committed - start);
      frame.push(shown - start);
      node.dispatchEvent(new PointerEvent("pointerleave", { bubbles: false }));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    return { commit, frame };
  }, HOVERS);
  await context.close();
  return result;
}

const server = await preview({ preview: { host: "127.0.0.1", port: 0 }, logLevel: "error" });
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "";
const browser = await launchChromium();
try {
  console.log(
    `Map benchmark: ${LOADS} loads and ${HOVERS} highlights per setting, medians (95th percentile)`,
  );
  console.log("CPU        | first paint | map painted         | highlight committed | highlight on screen");
  for (const rate of [1, 4]) {
    const load = await measureLoad(base, rate);
    const highlight = await measureHighlight(base, rate);
    console.log(
      `${(rate === 1 ? "normal" : `${rate}× slower`).padEnd(10)} |${ms(median(load.fcp))}  |${ms(median(load.painted))} (${ms(p95(load.painted)).trim()}) |${ms(median(highlight.commit))} (${ms(p95(highlight.commit)).trim()}) |${ms(median(highlight.frame))} (${ms(p95(highlight.frame)).trim()})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
