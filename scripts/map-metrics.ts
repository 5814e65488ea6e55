/**
 * What the careers map looks like on screen, measured in the browser: used by `npm run measure:map` (a report,
 * not a test) and by the browser tests that hold the map to its aims. Everything is read from what Chromium
 * drew (route lines sampled along their length, boxes and text as laid out), so the same measure works for
 * any layout.
 */
import type { CDPSession, Page } from "playwright-core";

export interface FirstViewMetrics {
  /** The scale of the map's drawing (1 = map units are CSS pixels). */
  scale: number;
  /** Role boxes wholly inside the part of the map on screen. */
  rolesInView: number;
  /** Route lines drawn (not hidden) with any part on screen. */
  routesInView: number;
  /** Pairs of those route lines that cross each other on screen (lines that merge or run together do not). */
  crossingPairs: number;
  /** Route lines that pass over a box that is neither of their ends, on screen. */
  routesOverBoxes: number;
  /** Route lines that pass under a family's title, on screen. */
  routesUnderLaneTitles: number;
  /** The smallest role title on screen, in CSS pixels as drawn (font size × zoom). */
  smallestTitlePx: number;
}

/**
 * Runs a function in the page from its source text. Scripts run by tsx keep function names with a helper
 * (`__name`) the page does not have; the stand-in makes such source run there too.
 */
export function inPage<A, R>(page: Page, fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
  return page.evaluate(
    `(() => { var __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`,
  );
}

/** Scrolls the map into view, as a person would to look at it, and measures what it shows. */
export async function measureFirstView(page: Page): Promise<FirstViewMetrics> {
  await page.locator("svg.map .map-node").first().waitFor();
  await page.locator("svg.map").evaluate((svg) => svg.scrollIntoView({ block: "nearest" }));
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  return inPage(page, measureInPage, { sampleStep: 4 });
}

function measureInPage({ sampleStep }: { sampleStep: number }): FirstViewMetrics {
  type P = { x: number; y: number };
  type R = { left: number; top: number; right: number; bottom: number };
  const svg = document.querySelector<SVGSVGElement>("svg.map")!;
  const frame = svg.getBoundingClientRect();
  const view: R = {
    left: Math.max(frame.left, 0),
    top: Math.max(frame.top, 0),
    right: Math.min(frame.right, window.innerWidth),
    bottom: Math.min(frame.bottom, window.innerHeight),
  };
  const inside = (p: P, r: R, inset = 0) =>
    p.x > r.left + inset && p.x < r.right - inset && p.y > r.top + inset && p.y < r.bottom - inset;
  const rectOf = (el: Element): R => {
    const b = el.getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  };

  const viewport = svg.querySelector(".map-nodes")!.parentElement as unknown as SVGGraphicsElement;
  const scale = viewport.getScreenCTM()!.a / svg.getScreenCTM()!.a;

  const boxes = [...svg.querySelectorAll(".map-node")].map((node) => ({
    role: node.classList.contains("map-node--role"),
    rect: rectOf(node.querySelector(".map-node__box")!),
    title: node.querySelector<SVGTextElement>(".map-node__title"),
  }));
  const rolesInView = boxes.filter(
    (b) =>
      b.role &&
      b.rect.left >= view.left - 0.5 &&
      b.rect.right <= view.right + 0.5 &&
      b.rect.top >= view.top - 0.5 &&
      b.rect.bottom <= view.bottom + 0.5,
  );
  let smallestTitlePx = Infinity;
  for (const b of rolesInView) {
    if (b.title === null) continue;
    const size = parseFloat(getComputedStyle(b.title).fontSize) * b.title.getScreenCTM()!.a;
    smallestTitlePx = Math.min(smallestTitlePx, size);
  }
  const laneTitles = [...svg.querySelectorAll(".map-lane__label")].map(rectOf);

  // Every drawn route line as points on screen, a few pixels apart.
  const lines = [...svg.querySelectorAll<SVGGElement>(".map-edge")]
    .filter((edge) => edge.checkVisibility({ visibilityProperty: true }))
    .map((edge) => {
      const path = edge.querySelector<SVGPathElement>(".map-edge__line")!;
      const matrix = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const points: P[] = [];
      const steps = Math.max(2, Math.ceil((length * matrix.a) / sampleStep));
      for (let i = 0; i <= steps; i++) {
        const p = path.getPointAtLength((length * i) / steps).matrixTransform(matrix);
        points.push({ x: p.x, y: p.y });
      }
      return { key: edge.getAttribute("data-edge-key") ?? "", points };
    })
    .filter((line) => line.points.some((p) => inside(p, view)));

  // A route's own ends are the boxes its first and last points touch.
  const touching = (p: P) => boxes.filter((b) => inside(p, b.rect, -3)).map((b) => b.rect);
  let routesOverBoxes = 0;
  let routesUnderLaneTitles = 0;
  for (const line of lines) {
    const ends = new Set([...touching(line.points[0]!), ...touching(line.points[line.points.length - 1]!)]);
    const others = boxes.map((b) => b.rect).filter((r) => !ends.has(r));
    const onScreen = line.points.filter((p) => inside(p, view));
    if (onScreen.some((p) => others.some((r) => inside(p, r, 2)))) routesOverBoxes++;
    if (onScreen.some((p) => laneTitles.some((r) => inside(p, r, 1)))) routesUnderLaneTitles++;
  }

  // Pairs of lines that cross: two segments whose ends lie strictly on opposite sides of each other. Lines
  // that run along the same track (a bundle) are collinear there and do not count.
  const side = (a: P, b: P, c: P) => {
    const cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    const scaleOf = Math.hypot(b.x - a.x, b.y - a.y) * Math.hypot(c.x - a.x, c.y - a.y);
    return Math.abs(cross) <= 1e-3 * Math.max(scaleOf, 1e-9) ? 0 : Math.sign(cross);
  };
  const crosses = (a: P, b: P, c: P, d: P) =>
    side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
  const chunked = lines.map((line) => {
    const segments: [P, P][] = [];
    for (let i = 1; i < line.points.length; i++) {
      const a = line.points[i - 1]!;
      const b = line.points[i]!;
      if (inside(a, view) || inside(b, view)) segments.push([a, b]);
    }
    const chunks: { r: R; segments: [P, P][] }[] = [];
    for (let i = 0; i < segments.length; i += 16) {
      const part = segments.slice(i, i + 16);
      const xs = part.flatMap(([a, b]) => [a.x, b.x]);
      const ys = part.flatMap(([a, b]) => [a.y, b.y]);
      chunks.push({
        r: { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) },
        segments: part,
      });
    }
    return chunks;
  });
  const overlap = (a: R, b: R) =>
    a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
  let crossingPairs = 0;
  for (let i = 0; i < chunked.length; i++) {
    for (let j = i + 1; j < chunked.length; j++) {
      let found = false;
      for (const ci of chunked[i]!) {
        for (const cj of chunked[j]!) {
          if (!overlap(ci.r, cj.r)) continue;
          for (const [a, b] of ci.segments) {
            for (const [c, d] of cj.segments) {
              if (crosses(a, b, c, d)) {
                found = true;
                break;
              }
            }
            if (found) break;
          }
          if (found) break;
        }
        if (found) break;
      }
      if (found) crossingPairs++;
    }
  }
  return {
    scale,
    rolesInView: rolesInView.length,
    routesInView: lines.length,
    crossingPairs,
    routesOverBoxes,
    routesUnderLaneTitles,
    smallestTitlePx: smallestTitlePx === Infinity ? 0 : Math.round(smallestTitlePx * 100) / 100,
  };
}

/** A finger on a touch screen, by the browser's own input pipeline (the page sees real touch events). */
export async function touchSession(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/**
 * Swipes with one or two fingers from `from` to `to` (page coordinates of the first finger; a second finger
 * moves alongside it, `spread` pixels to its right, and spreads by `pinch` pixels on the way), then holds
 * still a moment before lifting, so the page moves by the swipe alone, with no fling.
 */
export async function swipe(
  cdp: CDPSession,
  from: { x: number; y: number },
  to: { x: number; y: number },
  {
    fingers = 1,
    spread = 80,
    pinch = 0,
    steps = 12,
  }: { fingers?: 1 | 2; spread?: number; pinch?: number; steps?: number } = {},
): Promise<void> {
  const at = (t: number) => {
    const x = from.x + (to.x - from.x) * t;
    const y = from.y + (to.y - from.y) * t;
    const points = [{ x, y, id: 1 }];
    if (fingers === 2) points.push({ x: x + spread + pinch * t, y, id: 2 });
    return points;
  };
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(i / steps) });
  }
  for (let i = 0; i < 4; i++) {
    await new Promise((resolve) => setTimeout(resolve, 60));
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(1) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}
