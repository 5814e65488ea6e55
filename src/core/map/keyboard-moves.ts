/**
 * Where the arrow keys take the keyboard on the map. Right follows a route out of the current node, Left a
 * route into it; Up and Down then step through the other routes out of (or into) the node you came from, or,
 * with nowhere to come from, move up and down the column.
 */
import { appendTo } from "../collections/append-to";
import type { EdgePath, MapLayout, NodeBox } from "./career-map-layout";

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

/** What a move looks up, built once per layout: boxes by id, routes by end, and each column top to bottom. */
export interface MoveIndex {
  boxes: ReadonlyMap<string, NodeBox>;
  out: ReadonlyMap<string, readonly EdgePath[]>;
  in: ReadonlyMap<string, readonly EdgePath[]>;
  columns: ReadonlyMap<number, readonly NodeBox[]>;
}

const indexes = new WeakMap<MapLayout, MoveIndex>();

/**
 * The index nextMove uses for a layout, built on first use and kept while the layout is.
 * @example const index = moveIndex(layout); nextMove(layout, id, context, "ArrowRight", index);
 */
export function moveIndex(layout: MapLayout): MoveIndex {
  let index = indexes.get(layout);
  if (index === undefined) {
    const out = new Map<string, EdgePath[]>();
    const into = new Map<string, EdgePath[]>();
    for (const edge of layout.edges) {
      appendTo(out, edge.from, edge);
      appendTo(into, edge.to, edge);
    }
    const columns = new Map<number, NodeBox[]>();
    for (const box of layout.nodes) appendTo(columns, box.column, box);
    for (const column of columns.values()) column.sort((a, b) => a.y - b.y);
    index = { boxes: new Map(layout.nodes.map((box) => [box.id, box])), out, in: into, columns };
    indexes.set(layout, index);
  }
  return index;
}

function neighbours(index: MoveIndex, id: string, direction: "out" | "in") {
  const seen = new Map<string, EdgePath>();
  for (const edge of index[direction].get(id) ?? []) {
    const other = direction === "out" ? edge.to : edge.from;
    if (!seen.has(other) && index.boxes.has(other)) seen.set(other, edge);
  }
  return [...seen.entries()]
    .map(([nodeId, edge]) => ({ box: index.boxes.get(nodeId)!, edge }))
    .sort((a, b) => a.box.column - b.box.column || centreY(a.box) - centreY(b.box));
}

/**
 * Where a key press moves from `current`. `index` is built from the layout (and kept per layout) when not
 * given, so a key press does not scan the whole map.
 * @example nextMove(layout, "psychological-wellbeing-practitioner", { cameFrom: null, direction: null }, "ArrowRight")
 * // { to: "high-intensity-cbt-therapist", cameFrom: "psychological-wellbeing-practitioner", direction: "out", via: {...} }
 */
export function nextMove(
  layout: MapLayout,
  current: string,
  context: MoveContext,
  key: MapKey,
  index: MoveIndex = moveIndex(layout),
): MapMove | null {
  const here = index.boxes.get(current);
  if (here === undefined) return null;

  if (key === "ArrowRight" || key === "ArrowLeft") {
    const direction = key === "ArrowRight" ? "out" : "in";
    const options = neighbours(index, current, direction);
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
  if (context.cameFrom !== null && context.direction !== null && index.boxes.has(context.cameFrom)) {
    const siblings = neighbours(index, context.cameFrom, context.direction);
    const position = siblings.findIndex((s) => s.box.id === current);
    if (position !== -1 && siblings.length > 1) {
      const next = siblings[(position + step + siblings.length) % siblings.length]!;
      return { to: next.box.id, cameFrom: context.cameFrom, direction: context.direction, via: next.edge };
    }
  }
  const column = index.columns.get(here.column) ?? [];
  const next = column[column.indexOf(here) + step];
  return next === undefined ? null : { to: next.id, cameFrom: null, direction: null, via: null };
}
