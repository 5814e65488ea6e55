export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * True when two rectangles share any area (touching edges do not count).
 * @example rectsOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 }) // false
 */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The smallest rectangle holding all the given ones, or undefined for none.
 * @example boundsOf([{ x: 0, y: 0, width: 1, height: 1 }, { x: 5, y: 5, width: 1, height: 1 }]) // { x: 0, y: 0, width: 6, height: 6 }
 */
export function boundsOf(rects: ReadonlyArray<Rect>): Rect | undefined {
  if (rects.length === 0) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export interface Point {
  x: number;
  y: number;
}

/**
 * SVG path data for a polyline of horizontal and vertical segments, its corners rounded (a radius of at most
 * `radius`, less where a segment is short), so a line that turns reads as one line.
 * @example roundedPath([{ x: 0, y: 0 }, { x: 20, y: 0 }, { x: 20, y: 20 }], 4) // "M0,0H16Q20,0,20,4V20"
 */
export function roundedPath(points: ReadonlyArray<Point>, radius: number): string {
  const first = points[0];
  if (first === undefined) return "";
  const n = (v: number) => Math.round(v * 100) / 100;
  /** The point `distance` from `from` towards `to`. */
  const towards = (from: Point, to: Point, distance: number): Point => {
    const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    return {
      x: from.x + ((to.x - from.x) / length) * distance,
      y: from.y + ((to.y - from.y) / length) * distance,
    };
  };
  let d = `M${n(first.x)},${n(first.y)}`;
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1]!;
    const here = points[i]!;
    const after = points[i + 1];
    const r =
      after === undefined
        ? 0
        : Math.min(
            radius,
            Math.hypot(here.x - before.x, here.y - before.y) / 2,
            Math.hypot(after.x - here.x, after.y - here.y) / 2,
          );
    // Stop short of the corner by r, curve round it, and carry on from r past it.
    const stop = towards(here, before, r);
    d +=
      stop.x === before.x
        ? `V${n(stop.y)}`
        : stop.y === before.y
          ? `H${n(stop.x)}`
          : `L${n(stop.x)},${n(stop.y)}`;
    if (after !== undefined && r > 0) {
      const go = towards(here, after, r);
      d += `Q${n(here.x)},${n(here.y)},${n(go.x)},${n(go.y)}`;
    }
  }
  return d;
}
