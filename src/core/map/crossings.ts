import type { EdgePath, MapLayout } from "./career-map-layout";
import type { Point, Rect } from "./geometry";

/** -1, 0 or 1: which side of the line through a and b the point c lies on (0 on it). */
function side(a: Point, b: Point, c: Point): number {
  return Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
}

/** True when segments ab and cd cross at a point inside both (touching, or running along each other, does not). */
function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/** True when two polylines cross somewhere (touching, or running along each other, does not count). */
export function polylinesCross(p: ReadonlyArray<Point>, q: ReadonlyArray<Point>): boolean {
  for (let i = 1; i < p.length; i++) {
    for (let j = 1; j < q.length; j++) {
      if (segmentsCross(p[i - 1]!, p[i]!, q[j - 1]!, q[j]!)) return true;
    }
  }
  return false;
}

/**
 * Counts pairs of routes whose lines (as laid out: polylines of horizontal and vertical runs) cross. Routes
 * that merge or run together on a shared track do not cross. `include` picks the routes drawn together
 * (all by default).
 * @example countEdgeCrossings(layout, (edge) => edge.layer === "ladder") // 3
 */
export function countEdgeCrossings(
  layout: MapLayout,
  include: (edge: EdgePath) => boolean = () => true,
): number {
  const edges = layout.edges.filter(include);
  let crossings = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      if (polylinesCross(edges[i]!.points, edges[j]!.points)) crossings++;
    }
  }
  return crossings;
}

/** True when some part of the segment ab lies inside the rectangle shrunk by `inset` on every side. */
function segmentEntersRect(a: Point, b: Point, r: Rect, inset: number): boolean {
  const left = r.x + inset;
  const right = r.x + r.width - inset;
  const top = r.y + inset;
  const bottom = r.y + r.height - inset;
  // Runs are horizontal or vertical, so the segment's own bounding box is the segment.
  return (
    Math.max(a.x, b.x) > left &&
    Math.min(a.x, b.x) < right &&
    Math.max(a.y, b.y) > top &&
    Math.min(a.y, b.y) < bottom
  );
}

/**
 * The routes that pass over a box other than their own two ends, or over one of the rectangles given (such as
 * the families' titles), each with what it passes over.
 * @example routesOverBoxes(layout) // []
 */
export function routesOverBoxes(
  layout: MapLayout,
  others: ReadonlyArray<Rect & { id: string }> = [],
): { edge: string; over: string }[] {
  const found: { edge: string; over: string }[] = [];
  const obstacles = [...layout.nodes, ...others];
  for (const edge of layout.edges) {
    for (const box of obstacles) {
      if (box.id === edge.from || box.id === edge.to) continue;
      const crossesBox = edge.points.some(
        (p, i) => i > 0 && segmentEntersRect(edge.points[i - 1]!, p, box, 1),
      );
      if (crossesBox) found.push({ edge: edge.key, over: box.id });
    }
  }
  return found;
}
