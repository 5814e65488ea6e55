import type { MapLayout } from "./career-map-layout";

type Point = { x: number; y: number };

function orientation(a: Point, b: Point, c: Point): number {
  return Math.sign((b.y - a.y) * (c.x - b.x) - (b.x - a.x) * (c.y - b.y));
}

/** True when segments ab and cd cross at a point inside both (sharing an end does not count). */
function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/**
 * Counts pairs of routes whose straight lines, from the centre of one box to the centre of the other, cross.
 * A stand-in for the drawn curves that is good enough to compare orderings.
 * @example countEdgeCrossings(layoutCareerMap(graph, dataset, visible)) // 12
 */
export function countEdgeCrossings(layout: MapLayout): number {
  const centres = new Map(layout.nodes.map((n) => [n.id, { x: n.x + n.width / 2, y: n.y + n.height / 2 }]));
  const segments = layout.edges.map((e) => [centres.get(e.from)!, centres.get(e.to)!] as const);
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const [a, b] = segments[i]!;
      const [c, d] = segments[j]!;
      if (segmentsCross(a, b, c, d)) crossings++;
    }
  }
  return crossings;
}
