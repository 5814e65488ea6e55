import type { Rect } from "./geometry";
import { NODE_HALO } from "./node-drawing";

/**
 * The veil that fades everything but the highlighted roles: the map's whole area with a hole over each of
 * them (an SVG path filled even-odd). It is one element laid over the map, so a highlight restyles and repaints
 * only itself and the routes drawn above it, never every node and route (at 500 roles that was most of a
 * quarter of a second on a slow phone).
 * @example highlightVeilPath({ x: 0, y: 0, width: 100, height: 50 }, []) // "M-64,-64h228v178h-228z"
 */
export function highlightVeilPath(bounds: Rect, holes: ReadonlyArray<Rect | undefined>): string {
  const rect = ({ x, y, width, height }: Rect) => `M${x},${y}h${width}v${height}h${-width}z`;
  const margin = 64;
  const parts = [
    rect({
      x: bounds.x - margin,
      y: bounds.y - margin,
      width: bounds.width + 2 * margin,
      height: bounds.height + 2 * margin,
    }),
  ];
  for (const hole of holes) {
    if (hole === undefined) continue;
    // The box with its outline and focus ring, short of the next box.
    parts.push(
      rect({
        x: hole.x - NODE_HALO,
        y: hole.y - NODE_HALO,
        width: hole.width + 2 * NODE_HALO,
        height: hole.height + 2 * NODE_HALO,
      }),
    );
  }
  return parts.join("");
}
