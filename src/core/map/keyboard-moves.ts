/**
 * Where the arrow keys take the keyboard on the map. Right follows a route out of the current node, Left a
 * route into it; Up and Down then step through the other routes out of (or into) the node you came from, or,
 * with nowhere to come from, move up and down the column.
 */
import type { EdgePath, MapLayout, NodeBox } from "../layout/career-map-layout";

export type MapKey = "ArrowRight" | "ArrowLeft" | "ArrowUp" | "ArrowDown";

export interface MoveContext {
  /** The node the last Left or Right move started from. */
  cameFrom: string | null;
  direction: "out" | "in" | null;
}

export interface MapMove extends MoveContext {
  to: string;
  /** The route followed, when the move followed one. */
  via: EdgePath | null;
}

const centreY = (box: NodeBox) => box.y + box.height / 2;

function neighbours(layout: MapLayout, boxes: Map<string, NodeBox>, id: string, direction: "out" | "in") {
  const seen = new Map<string, EdgePath>();
  for (const edge of layout.edges) {
    const other =
      direction === "out" ? (edge.from === id ? edge.to : null) : edge.to === id ? edge.from : null;
    if (other !== null && !seen.has(other) && boxes.has(other)) seen.set(other, edge);
  }
  return [...seen.entries()]
    .map(([nodeId, edge]) => ({ box: boxes.get(nodeId)!, edge }))
    .sort((a, b) => a.box.column - b.box.column || centreY(a.box) - centreY(b.box));
}

/**
 * @example nextMove(layout, "psychological-wellbeing-practitioner", { cameFrom: null, direction: null }, "ArrowRight")
 * // { to: "high-intensity-cbt-therapist", cameFrom: "psychological-wellbeing-practitioner", direction: "out", via: {...} }
 */
export function nextMove(
  layout: MapLayout,
  current: string,
  context: MoveContext,
  key: MapKey,
): MapMove | null {
  const boxes = new Map(layout.nodes.map((box) => [box.id, box]));
  const here = boxes.get(current);
  if (here === undefined) return null;

  if (key === "ArrowRight" || key === "ArrowLeft") {
    const direction = key === "ArrowRight" ? "out" : "in";
    const options = neighbours(layout, boxes, current, direction);
    if (options.length === 0) return null;
    // Start with the route whose other end is nearest in height, so the move feels like going straight on.
    const nearest = options.reduce((best, option) =>
      Math.abs(centreY(option.box) - centreY(here)) < Math.abs(centreY(best.box) - centreY(here))
        ? option
        : best,
    );
    return { to: nearest.box.id, cameFrom: current, direction, via: nearest.edge };
  }

  const step = key === "ArrowDown" ? 1 : -1;
  if (context.cameFrom !== null && context.direction !== null && boxes.has(context.cameFrom)) {
    const siblings = neighbours(layout, boxes, context.cameFrom, context.direction);
    const index = siblings.findIndex((s) => s.box.id === current);
    if (index !== -1 && siblings.length > 1) {
      const next = siblings[(index + step + siblings.length) % siblings.length]!;
      return { to: next.box.id, cameFrom: context.cameFrom, direction: context.direction, via: next.edge };
    }
  }
  const column = layout.nodes.filter((box) => box.column === here.column).sort((a, b) => a.y - b.y);
  const next = column[column.indexOf(here) + step];
  return next === undefined ? null : { to: next.id, cameFrom: null, direction: null, via: null };
}
