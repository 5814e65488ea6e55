/**
 * npm run bench:map (after npm run build)
 *
 * A benchmark in real Chromium, not a test: the built app as a cheap phone on a slow network sees it, side by
 * side with a static HTML page of the same map (the app's own map as first drawn, saved without its scripts), in
 * one run. Every load and interaction runs with the CPU slowed 4× and a Slow 4G network (DevTools' preset:
 * 562.5 ms round trip, 1.44 Mbit/s down) through Chromium's DevTools protocol, from a fresh cache; app and
 * static loads are interleaved, and the table gives medians:
 *
 * - bytes before the map is usable: gzip bytes of every response (HTML, JS, CSS, data) that had arrived when
 *   the app marked its map ready (`careers-map:painted`: React has drawn it and it answers); for the static
 *   page, everything it loads;
 * - map painted: the first frame with the map's roles in it (and not before the first contentful paint);
 * - click a role → its heading painted: from the click (the pointer having rested on the role for 150 ms, as a
 *   hand does) to the frame that shows the role's heading, the first role opened on a fresh load and another
 *   one after it;
 * - plan results painted after navigating: from the map to /plan?from=…&to=… in the app (a history move), to
 *   the frame that shows the first route;
 * - highlight on hover at 500 roles: a generated dataset of 500 roles (the bundled roles ten times over),
 *   loaded with ?data=, from pointing at a role to the end of the frame that shows its routes highlighted.
 *
 * The machine is shared: compare figures from one run, and the ratios against the static page in it.
 */
import { readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { prepareCareerData } from "../src/core/career-data";
import { launchChromium } from "./chromium";

// The built site to measure (another build can be measured while this one is rebuilt).
const DIST = process.env.BENCH_DIST ?? "dist";
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const HOVERS = 30;
const CPU_SLOWDOWN = 4;
// Chrome DevTools' "Slow 4G" preset.
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
const PLAN_PATH = "/plan?from=psychology-degree-gbc&to=clinical-psychologist";
const STATIC_PATH = "/bench-static-map.html";
const LARGE_DATA_PATH = "/bench-500-roles.json";
const LARGE_COPIES = 10;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

// ---- The site, served as a host would: gzip, a fallback to index.html, and two files of the bench's own ----

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

function serve(
  extra: Map<string, { type: string; body: Buffer }>,
): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let file: { type: string; body: Buffer } | undefined = extra.get(url.pathname);
    if (file === undefined) {
      const candidates = [url.pathname, join(url.pathname, "index.html"), "/index.html"];
      for (const candidate of candidates) {
        const path = join(DIST, normalize(candidate));
        try {
          if (!statSync(path).isFile()) continue;
        } catch {
          continue;
        }
        file = { type: TYPES[extname(path)] ?? "application/octet-stream", body: readFileSync(path) };
        break;
      }
    }
    if (file === undefined) {
      response.writeHead(404).end();
      return;
    }
    const gzip =
      /gzip/.test(String(request.headers["accept-encoding"])) && !file.type.startsWith("image/png");
    response.writeHead(200, {
      "content-type": file.type,
      "cache-control": url.pathname.startsWith("/assets/") ? "max-age=31536000, immutable" : "no-cache",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    response.end(gzip ? gzipSync(file.body, { level: 9 }) : file.body);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({
        server,
        base: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
      });
    }),
  );
}

/** The bundled dataset ten times over: every role copied with its routes, the starting points shared. */
function largeDataset(): { body: Buffer; roles: number } {
  const dataset = JSON.parse(readFileSync("data/careers.json", "utf8")) as {
    roles: { id: string; title: string; otherNames?: string[] }[];
    routes: { id: string }[];
  };
  const roleIds = new Set(dataset.roles.map((role) => role.id));
  const renamed = (value: unknown, copy: number): unknown => {
    if (typeof value === "string") return roleIds.has(value) ? `${value}-${copy}` : value;
    if (Array.isArray(value)) return value.map((item) => renamed(item, copy));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [
          key,
          ["sources", "kind", "family", "stage"].includes(key) ? item : renamed(item, copy),
        ]),
      );
    }
    return value;
  };
  const roles = [];
  const routes = [];
  for (let copy = 1; copy <= LARGE_COPIES; copy++) {
    for (const role of dataset.roles) {
      const clone = renamed(role, copy) as typeof role;
      roles.push({
        ...clone,
        title: `${role.title} ${copy}`,
        otherNames: (role.otherNames ?? []).map((name) => `${name} ${copy}`),
      });
    }
    for (const route of dataset.routes)
      routes.push({ ...(renamed(route, copy) as object), id: `${route.id}-${copy}` });
  }
  const large = { ...dataset, roles, routes };
  const checked = prepareCareerData(large, JSON.parse(readFileSync("data/pay-bands.json", "utf8")));
  if (!checked.ok)
    throw new Error(`The generated dataset is not valid: ${JSON.stringify(checked.problems[0])}`);
  return { body: Buffer.from(JSON.stringify(large)), roles: roles.length };
}

// ---- Measuring in the page ----

// tsx keeps functions' names with a helper, __name, that the functions sent to the page call; the page has none.
const KEEP_NAMES_SHIM = { content: "globalThis.__name = (fn) => fn;" };

/** Installed before any page script: when the map first appears in a frame, and when a click happened. */
const PAGE_PROBES = () => {
  const w = window as unknown as { __mapFrame?: number; __clickAt?: number };
  const look = () => {
    if (document.querySelector("svg.map .map-node") !== null) w.__mapFrame = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  addEventListener("click", () => (w.__clickAt = performance.now()), { capture: true });
};

async function slowDown(page: Page, network: boolean) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  if (network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  }
}

/** Resolves in the page when `ready()` holds, at the end of the frame that first shows it. */
const framePainted = (ready: () => boolean) =>
  new Promise<number>((resolve) => {
    const check = () => {
      if (!ready()) {
        requestAnimationFrame(check);
        return;
      }
      // rAF runs before the frame's style, layout and paint; a message posted from it arrives after them.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    };
    check();
  });

interface LoadFigures {
  painted: number;
  bytes: number;
}

async function loadFigures(page: Page, readyMark: string | null): Promise<LoadFigures> {
  if (readyMark !== null) {
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, readyMark, {
      timeout: 60_000,
    });
  } else {
    await page.waitForLoadState("load");
  }
  await page.waitForFunction(
    () =>
      (window as unknown as { __mapFrame?: number }).__mapFrame !== undefined &&
      performance.getEntriesByName("first-contentful-paint").length > 0,
    null,
    { timeout: 60_000 },
  );
  return page.evaluate((mark) => {
    const readyAt = mark === null ? Infinity : performance.getEntriesByName(mark)[0]!.startTime;
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    const bytes =
      navigation.encodedBodySize +
      resources.filter((r) => r.responseEnd <= readyAt).reduce((sum, r) => sum + r.encodedBodySize, 0);
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]!.startTime;
    const mapFrame = (window as unknown as { __mapFrame: number }).__mapFrame;
    return { painted: Math.max(fcp, mapFrame), bytes };
  }, readyMark);
}

async function freshPage(browser: Browser, path: string, base: string) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  await page.addInitScript(KEEP_NAMES_SHIM);
  await page.addInitScript(PAGE_PROBES);
  await slowDown(page, true);
  await page.goto(`${base}${path}`, { waitUntil: "commit" });
  return { context, page };
}

/** A role box wholly inside the map's frame, by its place among the map's nodes. */
async function roleInView(page: Page, skip: number): Promise<number> {
  return page.evaluate((skip) => {
    const frame = document.querySelector("svg.map")!.getBoundingClientRect();
    const nodes = [...document.querySelectorAll<SVGAElement>("svg.map a.map-node")];
    const inView = nodes
      .map((node, index) => ({
        index,
        box: node.getBoundingClientRect(),
        href: node.getAttribute("href") ?? "",
      }))
      .filter(
        ({ box, href }) =>
          /\/roles\//.test(href) &&
          box.width > 0 &&
          box.left >= frame.left &&
          box.right <= frame.right &&
          box.top >= frame.top &&
          box.bottom <= frame.bottom,
      );
    return inView[Math.min(skip, inView.length - 1)]!.index;
  }, skip);
}

/** Points at a role as a hand does, clicks it, and times the click to the frame that shows its heading. */
async function openRole(page: Page, index: number): Promise<number> {
  const node = page.locator("svg.map a.map-node").nth(index);
  const title = (await node.locator(".map-node__title").textContent())?.trim() ?? "";
  await node.hover();
  await page.waitForTimeout(150);
  const painted = page.evaluate(
    ({ title, framePaintedSource }) => {
      const framePainted = new Function(`return ${framePaintedSource}`)() as (
        ready: () => boolean,
      ) => Promise<number>;
      return framePainted(() => {
        const heading = document.querySelector(".role-panel h2");
        return heading !== null && (heading.textContent ?? "").includes(title.slice(0, 12));
      });
    },
    { title, framePaintedSource: framePainted.toString() },
  );
  await node.click();
  const end = await painted;
  const start = await page.evaluate(() => (window as unknown as { __clickAt: number }).__clickAt);
  return end - start;
}

async function openPlan(page: Page): Promise<number> {
  return page.evaluate(
    ({ path, framePaintedSource }) => {
      const framePainted = new Function(`return ${framePaintedSource}`)() as (
        ready: () => boolean,
      ) => Promise<number>;
      const start = performance.now();
      history.pushState({ usr: null, key: "bench", idx: (history.state?.idx ?? 0) + 1 }, "", path);
      dispatchEvent(new PopStateEvent("popstate", { state: history.state }));
      return framePainted(() => document.querySelector(".route-timeline__routes li") !== null).then(
        (end) => end - start,
      );
    },
    { path: PLAN_PATH, framePaintedSource: framePainted.toString() },
  );
}

async function measureHover(browser: Browser, base: string): Promise<number[]> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  await page.addInitScript(KEEP_NAMES_SHIM);
  await page.goto(`${base}/?data=${LARGE_DATA_PATH.slice(1)}`);
  await page.waitForFunction(() => performance.getEntriesByName("careers-map:painted").length > 0, null, {
    timeout: 120_000,
  });
  const roles = await page.evaluate(() => document.querySelectorAll("svg.map .map-node").length);
  if (roles < 500) throw new Error(`The large dataset drew ${roles} nodes, not 500 or more.`);
  await page.waitForTimeout(1000);
  await slowDown(page, false);
  const times = await page.evaluate(
    async ({ hovers, framePaintedSource }) => {
      const framePainted = new Function(`return ${framePaintedSource}`)() as (
        ready: () => boolean,
      ) => Promise<number>;
      const svg = document.querySelector("svg.map")!;
      const nodes = [...document.querySelectorAll("svg.map .map-node")];
      const times: number[] = [];
      for (let i = 0; i < hovers; i++) {
        const node = nodes[(i * 17) % nodes.length]!;
        let changed = false;
        const observer = new MutationObserver(() => (changed = true));
        observer.observe(svg, { attributes: true, childList: true, subtree: true });
        const start = performance.now();
        node.dispatchEvent(new PointerEvent("pointerover", { bubbles: true }));
        node.dispatchEvent(new PointerEvent("pointerenter", { bubbles: false }));
        const end = await framePainted(() => changed);
        observer.disconnect();
        times.push(end - start);
        node.dispatchEvent(new PointerEvent("pointerout", { bubbles: true }));
        node.dispatchEvent(new PointerEvent("pointerleave", { bubbles: false }));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      return times;
    },
    { hovers: HOVERS, framePaintedSource: framePainted.toString() },
  );
  await context.close();
  return times;
}

// ---- The run ----

const extra = new Map<string, { type: string; body: Buffer }>();
const large = largeDataset();
const largeRoles = large.roles;
extra.set(LARGE_DATA_PATH, { type: TYPES[".json"]!, body: large.body });
const { server, base } = await serve(extra);
const browser = await launchChromium();
try {
  // The static page: the app's map as it first draws it at 1280×800, saved with its styles and without scripts.
  {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: "block",
    });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForFunction(() => performance.getEntriesByName("careers-map:painted").length > 0);
    const html = await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      copy
        .querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"], link[rel="prefetch"]')
        .forEach((element) => element.remove());
      return `<!doctype html>\n${copy.outerHTML}`;
    });
    extra.set(STATIC_PATH, { type: TYPES[".html"]!, body: Buffer.from(html) });
    await context.close();
  }

  const app = {
    painted: [] as number[],
    bytes: [] as number[],
    firstRole: [] as number[],
    nextRole: [] as number[],
    plan: [] as number[],
  };
  const staticPage = { painted: [] as number[], bytes: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? ["app", "static"] : ["static", "app"];
    for (const which of order) {
      if (which === "static") {
        const { context, page } = await freshPage(browser, STATIC_PATH, base);
        const figures = await loadFigures(page, null);
        staticPage.painted.push(figures.painted);
        staticPage.bytes.push(figures.bytes);
        await context.close();
        continue;
      }
      const { context, page } = await freshPage(browser, "/", base);
      const figures = await loadFigures(page, "careers-map:painted");
      app.painted.push(figures.painted);
      app.bytes.push(figures.bytes);
      // Someone reads the map for a moment before choosing.
      await page.waitForTimeout(1500);
      app.firstRole.push(await openRole(page, await roleInView(page, 2)));
      await page.waitForTimeout(500);
      app.nextRole.push(await openRole(page, await roleInView(page, 6)));
      await page.waitForTimeout(500);
      app.plan.push(await openPlan(page));
      await context.close();
    }
  }
  const hover = await measureHover(browser, base);

  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const ms = (x: number) => `${Math.round(x)} ms`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const rows: [string, string, string][] = [
    [
      "bytes before the map is usable (gzip: HTML, JS, CSS, data)",
      `${kB(median(app.bytes))} (static page ${kB(median(staticPage.bytes))})`,
      "≤ 110 kB",
    ],
    [
      "map painted, app vs a static HTML page of the same map",
      `${ms(median(app.painted))} vs ${ms(median(staticPage.painted))}: ${ratio(median(app.painted), median(staticPage.painted))}`,
      "≤ 1.25×",
    ],
    [
      "click a role → its heading painted (first time; another role)",
      `${ms(median(app.firstRole))}; ${ms(median(app.nextRole))}`,
      "≤ 100 ms, first time included",
    ],
    ["plan results painted after navigating", ms(median(app.plan)), "≤ 150 ms"],
    [`highlight on hover at ${largeRoles} roles`, ms(median(hover)), "≤ 100 ms"],
  ];
  console.log(
    `Map benchmark: ${RUNS} interleaved loads each of the app and a static page of its map, ${HOVERS} hovers;` +
      ` CPU ${CPU_SLOWDOWN}× slower, Slow 4G; medians.`,
  );
  console.log("");
  console.log("| | measured | aim |\n|---|---|---|");
  for (const [what, measured, aim] of rows) console.log(`| ${what} | ${measured} | ${aim} |`);
} finally {
  await browser.close();
  server.close();
}
