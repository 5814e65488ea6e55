/**
 * Lays out the careers map as career ladders: a deterministic, layered drawing with no physics. Columns follow
 * career stage (where you start, then the dataset's stages in the order it lists them); horizontal lanes
 * follow family, in the dataset's order. Inside a lane, roles sit in rows so that a family's progression reads
 * as a spine from left to right; its routes (the ladder) are drawn by default. Routes between families
 * (interchanges) and routes from starting points are laid out too, but the view draws them only for the role
 * in focus or the starting points a person chose. Every route runs in the gaps between columns and in streets
 * between lanes, never over a box or a family's title (see edge-routes.ts). Pure: the same graph and filters
 * always give the same positions and paths.
 */
import { appendTo } from "../collections/append-to";
import type { Family, RouteKind } from "../dataset/schema";
import type { MapIndex } from "../dataset/map-index";
import type { MapGraph, MapNode, MapRouteEdge } from "../graph/career-graph";
import type { VisibleGraph } from "../filters/map-filters";
import { shortPayLabel } from "../describe/pay";
import type { Point, Rect } from "./geometry";
import { routeEdges } from "./edge-routes";
import { wrapLabel } from "./wrap-label";

/** The first column's heading: the starting points, before the dataset's own stages. */
export const START_COLUMN_LABEL = "Where you start";

/** What the layout reads from the dataset besides the graph: its stages (columns) and families (lanes). */
export type MapDataset = Pick<MapIndex, "stages" | "families">;

export interface LayoutOptions {
  nodeWidth: number;
  columnGap: number;
  /** Roughly how many characters of the title font fit on one line of a box. */
  charsPerLine: number;
  /** The most lines of a title; a longer one ends in "…" (the role's accessible name says it in full). */
  titleMaxLines: number;
  titleLineHeight: number;
  detailLineHeight: number;
  paddingY: number;
  nodeGap: number;
  /** Characters of a family's title per line: it wraps to stay over the first column, clear of the routes. */
  laneTitleChars: number;
  laneTitleLineHeight: number;
  lanePadding: number;
  /** How far a lane's background reaches beyond its first and last columns. */
  laneBleed: number;
  columnHeaderHeight: number;
  /** Rounds of barycentre sweeps that order roles to keep ladders straight; 0 keeps the dataset's order. */
  orderingSweeps: number;
  /** Distance between routes that run side by side along a street. */
  trackSpacing: number;
  /** The most distance between routes that run side by side down a gap (less when a gap is busy). */
  busSpacing: number;
  /** The least room between a box and the nearest route running beside it (room for an arrowhead). */
  gapMargin: number;
  /** The least height of the street between two lanes. */
  minStreet: number;
  cornerRadius: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  nodeWidth: 176,
  columnGap: 80,
  charsPerLine: 20,
  titleMaxLines: 3,
  titleLineHeight: 15,
  detailLineHeight: 15,
  paddingY: 7,
  nodeGap: 10,
  laneTitleChars: 20,
  laneTitleLineHeight: 16,
  lanePadding: 8,
  laneBleed: 16,
  columnHeaderHeight: 32,
  orderingSweeps: 4,
  trackSpacing: 5,
  busSpacing: 7,
  gapMargin: 14,
  minStreet: 8,
  cornerRadius: 6,
};

export interface NodeBox extends Rect {
  id: string;
  nodeType: MapNode["nodeType"];
  column: number;
  /** The family lane; null for starting points, which sit in the first column outside the lanes. */
  familyId: string | null;
  titleLines: string[];
  /** A short pay label such as "Band 4 → 5", wrapped like the title; empty for starting points. */
  detailLines: string[];
  /** How many roles in other families a route joins this role to (drawn when it is in focus). */
  otherFamilies: number;
}

export interface LaneBox {
  familyId: string;
  name: string;
  /** The family's title as drawn, wrapped to stay over the first column. */
  nameLines: string[];
  /** Where the title's first line sits (its baseline) and where its lines start. */
  nameX: number;
  nameY: number;
  nameLineHeight: number;
  /** Position of the lane among the visible lanes, from 0 (views stripe alternate lanes by it). */
  index: number;
  /**
   * Position of the family in the dataset's families, from 0: views give the family its colour and glyph by
   * it, so a family keeps them whatever else is filtered out.
   */
  familyIndex: number;
  /** Where the lane's background starts across, and how wide it is. */
  x: number;
  width: number;
  y: number;
  height: number;
}

export interface ColumnBox {
  index: number;
  label: string;
  x: number;
  width: number;
}

/**
 * Which routes the map draws when: a family's own routes always (its ladder); routes between families and
 * routes from (or back to) starting points only for the role in focus, a route drawn out, or chosen starts.
 */
export type EdgeLayer = "ladder" | "interchange" | "start";

export interface EdgePath {
  key: string;
  routeId: string;
  from: string;
  to: string;
  kind: RouteKind;
  layer: EdgeLayer;
  /** The route as a polyline of horizontal and vertical segments, from the side of one box to the other. */
  points: Point[];
  /** SVG path data: the polyline with rounded corners. */
  d: string;
  /** Where the path ends, for arrowheads and hit areas. */
  end: Point;
}

/** How text is set in a box: what views need to draw the lines where the layout sized them. */
export type BoxMetrics = Pick<LayoutOptions, "paddingY" | "titleLineHeight" | "detailLineHeight">;

export interface MapLayout {
  metrics: BoxMetrics;
  nodes: NodeBox[];
  edges: EdgePath[];
  lanes: LaneBox[];
  columns: ColumnBox[];
  width: number;
  height: number;
}

/** Lanes in the dataset's family order, keeping only families with a visible role. */
function visibleLanes(families: ReadonlyArray<Family>, nodes: ReadonlyArray<MapNode>): Family[] {
  const used = new Set(nodes.flatMap((n) => (n.nodeType === "role" ? [n.family] : [])));
  return families.filter((f) => used.has(f.id));
}

/** Each node's column: 0 for starting points, then one per stage in the dataset's order. */
function columnsByStage(stages: MapDataset["stages"]): (node: MapNode) => number {
  const column = new Map(stages.map((stage, i) => [stage.id, i + 1]));
  return (node) => (node.nodeType === "starting-point" ? 0 : (column.get(node.stage) ?? 1));
}

/** The layer a route is drawn in: see EdgeLayer. */
export function layerOf(edge: MapRouteEdge, graph: MapGraph): EdgeLayer {
  const from = graph.nodes.get(edge.from)!;
  const to = graph.nodes.get(edge.to)!;
  if (from.nodeType !== "role" || to.nodeType !== "role") return "start";
  return from.family === to.family ? "ladder" : "interchange";
}

/**
 * A lane's roles in rows: each stage's roles stacked in order, each role in the row nearest the rows of the
 * roles its ladder joins it to (so a spine runs straight), never more rows than the fullest stage needs.
 * Returns each role's row.
 */
function assignRows(
  cells: ReadonlyMap<number, string[]>,
  ladderNeighbours: ReadonlyMap<string, string[]>,
  columnById: ReadonlyMap<string, number>,
  sweeps: number,
): Map<string, number> {
  const rowCount = Math.max(...[...cells.values()].map((cell) => cell.length));
  const row = new Map<string, number>();
  for (const cell of cells.values()) cell.forEach((id, i) => row.set(id, i));
  const columns = [...cells.keys()].sort((a, b) => a - b);
  const place = (column: number) => {
    const cell = cells.get(column)!;
    if (cell.length === rowCount) return;
    let previous = -1;
    cell.forEach((id, i) => {
      const rows = (ladderNeighbours.get(id) ?? [])
        .filter((other) => columnById.get(other) !== column && row.has(other))
        .map((other) => row.get(other)!);
      const wanted =
        rows.length === 0 ? previous + 1 : Math.round(rows.reduce((s, r) => s + r, 0) / rows.length);
      const chosen = Math.min(Math.max(wanted, previous + 1), rowCount - (cell.length - i));
      row.set(id, chosen);
      previous = chosen;
    });
  };
  for (let sweep = 0; sweep < Math.max(1, sweeps); sweep++) {
    columns.forEach(place);
    [...columns].reverse().forEach(place);
  }
  return row;
}

/**
 * Orders the roles of each (lane, column) cell: barycentre sweeps over the ladder (a family's own routes),
 * left to right by the roles leading in, right to left by those led to; then, in a cell whose roles the
 * ladder joins to each other, the order whose routes between them cross least. Ties keep the dataset's order.
 */
function orderCells(
  cells: Map<string, string[]>,
  ladder: ReadonlyArray<MapRouteEdge>,
  columnById: ReadonlyMap<string, number>,
  datasetIndex: ReadonlyMap<string, number>,
  sweeps: number,
): void {
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const e of ladder) {
    appendTo(outgoing, e.from, e.to);
    appendTo(incoming, e.to, e.from);
  }
  const position = new Map<string, number>();
  const computePositions = () => {
    for (const cell of cells.values()) cell.forEach((id, i) => position.set(id, i));
  };
  const reorder = (cell: string[], neighbours: Map<string, string[]>, accept: (c: number) => boolean) => {
    const keyed = cell.map((id) => {
      const positions = (neighbours.get(id) ?? [])
        .filter((other) => accept(columnById.get(other) ?? -1))
        .map((other) => position.get(other) ?? 0);
      const barycentre =
        positions.length === 0 ? undefined : positions.reduce((s, p) => s + p, 0) / positions.length;
      return { id, barycentre };
    });
    // Roles with no neighbours on that side keep their place; the others sort around them by barycentre.
    const movable = keyed.filter((k) => k.barycentre !== undefined);
    movable.sort(
      (a, b) => a.barycentre! - b.barycentre! || datasetIndex.get(a.id)! - datasetIndex.get(b.id)!,
    );
    let next = 0;
    return keyed.map((k) => (k.barycentre === undefined ? k.id : movable[next++]!.id));
  };
  const keys = [...cells.keys()];
  const columnOfKey = (key: string) => Number(key.split(":")[1]);
  const columns = [...new Set(keys.map(columnOfKey))].sort((a, b) => a - b);
  computePositions();
  for (let sweep = 0; sweep < sweeps; sweep++) {
    for (const c of columns) {
      for (const key of keys.filter((k) => columnOfKey(k) === c))
        cells.set(
          key,
          reorder(cells.get(key)!, incoming, (col) => col < c),
        );
      computePositions();
    }
    for (const c of [...columns].reverse()) {
      for (const key of keys.filter((k) => columnOfKey(k) === c))
        cells.set(
          key,
          reorder(cells.get(key)!, outgoing, (col) => col > c),
        );
      computePositions();
    }
  }
  // Within a cell, the ladder's routes between its own roles run down its side: the order that crosses them
  // least (nearest the sweeps' order among equals). Only the roles those routes join move, and only in a cell
  // small enough to try every order (5,040 at most).
  for (const [key, cell] of cells) {
    const inCell = new Set(cell);
    const rails = ladder.filter((e) => inCell.has(e.from) && inCell.has(e.to));
    if (rails.length > 0 && new Set(rails.flatMap((e) => [e.from, e.to])).size <= 7)
      cells.set(key, leastCrossedOrder(cell, rails));
  }
}

/**
 * Of every order of a small cell, the one whose routes between its own roles cross least when drawn down its
 * side (each role's routes on one track, the shorter tracks nearer the boxes, as edge-routes.ts draws them);
 * among equals, the order nearest the one given, then routes running downwards. Only the roles those routes
 * join move, among their own places.
 */
function leastCrossedOrder(cell: ReadonlyArray<string>, rails: ReadonlyArray<MapRouteEdge>): string[] {
  const joined = cell.filter((id) => rails.some((e) => e.from === id || e.to === id));
  const slots = joined.map((id) => cell.indexOf(id));
  const index = new Map(joined.map((id, i) => [id, i]));
  // Each distinct route as (its role's index, the index of the role it leads to): parallel routes are one line.
  const pairs = [...new Set(rails.map((e) => `${index.get(e.from)},${index.get(e.to)}`))].map(
    (key) => key.split(",").map(Number) as [number, number],
  );
  const sources = [...new Set(pairs.map(([from]) => from))];
  const targetsOf = sources.map((source) => pairs.filter(([from]) => from === source).map(([, to]) => to));
  const row = new Array<number>(joined.length).fill(0);
  // Per source (by its place in `sources`): its track's extent, and the order tracks are handed out in.
  const low = new Float64Array(sources.length);
  const high = new Float64Array(sources.length);
  const track = new Int32Array(joined.length);
  const byLength = sources.map((_s, k) => k);
  // A route leaves its role a little below the middle (0.8 of a row) and arrives at the middle (0.5).
  const leave = (role: number) => row[role]! + 0.8;
  const arrive = (role: number) => row[role]! + 0.5;

  const score = (): number => {
    sources.forEach((source, k) => {
      low[k] = leave(source);
      high[k] = leave(source);
      for (const to of targetsOf[k]!) {
        low[k] = Math.min(low[k]!, arrive(to));
        high[k] = Math.max(high[k]!, arrive(to));
      }
    });
    byLength.sort(
      (a, b) => high[a]! - low[a]! - (high[b]! - low[b]!) || row[sources[a]!]! - row[sources[b]!]!,
    );
    // The shortest tracks first, each on the nearest track free for its whole extent.
    byLength.forEach((k, placed) => {
      let t = 0;
      for (let clash = true; clash;) {
        clash = false;
        for (let i = 0; i < placed && !clash; i++) {
          const other = byLength[i]!;
          clash =
            track[sources[other]!] === t && low[k]! < high[other]! + 0.3 && low[other]! < high[k]! + 0.3;
        }
        if (clash) t++;
      }
      track[sources[k]!] = t;
    });
    // Two routes on different tracks cross when the outer one's end lies strictly inside the inner one's run.
    let crossings = 0;
    for (let i = 0; i < pairs.length; i++) {
      for (let j = i + 1; j < pairs.length; j++) {
        const [a, b] =
          track[pairs[i]![0]]! < track[pairs[j]![0]]! ? [pairs[i]!, pairs[j]!] : [pairs[j]!, pairs[i]!];
        if (track[a[0]] === track[b[0]]) continue;
        const from = Math.min(leave(a[0]), arrive(a[1]));
        const to = Math.max(leave(a[0]), arrive(a[1]));
        const outer = [leave(b[0]), arrive(b[1])];
        if (outer.some((y) => y > from && y < to)) crossings++;
      }
    }
    let upwards = 0;
    for (const [from, to] of pairs) if (row[to]! < row[from]!) upwards++;
    let moved = 0;
    for (let i = 0; i < joined.length; i++) moved += Math.abs(row[i]! - slots[i]!);
    return crossings * 10_000 + moved * 10 + upwards;
  };

  // Every assignment of the joined roles to their places, depth first.
  let best = slots.slice();
  let bestScore = Infinity;
  const free = slots.map(() => true);
  const assign = (depth: number) => {
    if (depth === joined.length) {
      const value = score();
      if (value < bestScore) {
        bestScore = value;
        best = row.slice();
      }
      return;
    }
    slots.forEach((slot, k) => {
      if (!free[k]) return;
      free[k] = false;
      row[depth] = slot;
      assign(depth + 1);
      free[k] = true;
    });
  };
  assign(0);
  const order = [...cell];
  joined.forEach((id, i) => {
    order[best[i]!] = id;
  });
  return order;
}

/**
 * Positions every visible node and lays out every visible route.
 * @example
 * const layout = layoutCareerMap(graph, dataset, visibleGraph(graph, NO_FILTERS));
 * layout.nodes.find((n) => n.id === "clinical-psychologist"); // { x, y, width, height, column: 2, ... }
 */
export function layoutCareerMap(
  graph: MapGraph,
  { stages, families }: MapDataset,
  visible: VisibleGraph,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
): MapLayout {
  const nodes = [...graph.startingPoints, ...graph.roles]
    .filter((n) => visible.nodeIds.has(n.id))
    .map((n) => graph.nodes.get(n.id)!);
  const edges = graph.edges.filter((e) => visible.edgeKeys.has(e.key));
  const layers = new Map(edges.map((e) => [e.key, layerOf(e, graph)]));
  const ladder = edges.filter((e) => layers.get(e.key) === "ladder");
  const lanes = visibleLanes(families, nodes);
  const familyIndex = new Map(families.map((family, i) => [family.id, i]));
  const laneIndex = new Map(lanes.map((f, i) => [f.id, i]));
  const datasetIndex = new Map(nodes.map((n, i) => [n.id, i]));

  const labels = [START_COLUMN_LABEL, ...stages.map((stage) => stage.name)];
  const columnCount = labels.length;
  const columnOf = columnsByStage(stages);
  const columnById = new Map(nodes.map((n) => [n.id, columnOf(n)]));

  // Cells: (lane, column) → roles, in the dataset's order to begin with.
  const cells = new Map<string, string[]>();
  const starts: string[] = [];
  for (const node of nodes) {
    if (node.nodeType === "starting-point") starts.push(node.id);
    else appendTo(cells, `${laneIndex.get(node.family)}:${columnOf(node)}`, node.id);
  }
  orderCells(cells, ladder, columnById, datasetIndex, options.orderingSweeps);

  const ladderNeighbours = new Map<string, string[]>();
  for (const e of ladder) {
    appendTo(ladderNeighbours, e.from, e.to);
    appendTo(ladderNeighbours, e.to, e.from);
  }

  // The detail is set smaller than the title: as many characters fit on a line with room left for the "+4" of
  // a role's interchanges.
  const detailChars = options.charsPerLine;
  const sized = new Map(
    nodes.map((node) => {
      const titleLines = wrapLabel(node.title, options.charsPerLine, options.titleMaxLines);
      const detailLines = node.nodeType === "role" ? wrapLabel(shortPayLabel(node.pay), detailChars, 2) : [];
      const height =
        options.paddingY * 2 +
        titleLines.length * options.titleLineHeight +
        detailLines.length * options.detailLineHeight;
      return [node.id, { node, titleLines, detailLines, height }];
    }),
  );

  const columnX = (c: number) => c * (options.nodeWidth + options.columnGap);
  const columns: ColumnBox[] = labels.map((label, index) => ({
    index,
    label,
    x: columnX(index),
    width: options.nodeWidth,
  }));
  const laneX = columnX(1) - options.laneBleed;
  const laneWidth = columnX(columnCount - 1) + options.nodeWidth + options.laneBleed - laneX;

  // Each lane's rows, and each role's place inside its lane (relative to the lane's top): these do not depend
  // on the streets, so routes can be planned on them before the streets' heights are known.
  const lanePlans = lanes.map((family, lane) => {
    const byColumn = new Map<number, string[]>();
    for (let c = 1; c < columnCount; c++) {
      const cell = cells.get(`${lane}:${c}`);
      if (cell !== undefined) byColumn.set(c, cell);
    }
    const rows = assignRows(byColumn, ladderNeighbours, columnById, options.orderingSweeps);
    const rowHeights: number[] = [];
    for (const [id, r] of rows) rowHeights[r] = Math.max(rowHeights[r] ?? 0, sized.get(id)!.height);
    const nameLines = wrapLabel(family.name, options.laneTitleChars);
    const header = options.paddingY + nameLines.length * options.laneTitleLineHeight;
    const rowTops: number[] = [];
    let y = header;
    for (let r = 0; r < rowHeights.length; r++) {
      rowTops[r] = y;
      y += (rowHeights[r] ?? 0) + options.nodeGap;
    }
    const offsets = new Map(
      [...rows].map(([id, r]) => [id, rowTops[r]! + ((rowHeights[r] ?? 0) - sized.get(id)!.height) / 2]),
    );
    return { family, lane, nameLines, offsets, body: y - options.nodeGap + options.lanePadding };
  });

  const place = (id: string, column: number, y: number, familyId: string | null): NodeBox => {
    const { node, titleLines, detailLines, height } = sized.get(id)!;
    return {
      id,
      nodeType: node.nodeType,
      column,
      familyId,
      titleLines,
      detailLines,
      otherFamilies: 0,
      x: columnX(column),
      y,
      width: options.nodeWidth,
      height,
    };
  };

  /** Every box and lane, given the height of each street (street i runs above lane i; the last below all). */
  const positions = (streets: ReadonlyArray<number>) => {
    const boxes = new Map<string, NodeBox>();
    const laneBoxes: LaneBox[] = [];
    let top = options.columnHeaderHeight + streets[0]!;
    for (const plan of lanePlans) {
      for (const [id, offset] of plan.offsets)
        boxes.set(id, place(id, columnById.get(id)!, top + offset, plan.family.id));
      const height = plan.body + streets[plan.lane + 1]!;
      laneBoxes.push({
        familyId: plan.family.id,
        name: plan.family.name,
        nameLines: plan.nameLines,
        nameX: laneX + 34,
        nameY: top + options.paddingY + options.laneTitleLineHeight - 4,
        nameLineHeight: options.laneTitleLineHeight,
        index: plan.lane,
        familyIndex: familyIndex.get(plan.family.id)!,
        x: laneX,
        width: laneWidth,
        y: top,
        height,
      });
      top += height;
    }
    // Starting points: a list down the first column, in the dataset's order.
    let y = options.columnHeaderHeight + streets[0]!;
    for (const id of starts) {
      boxes.set(id, place(id, 0, y, null));
      y += sized.get(id)!.height + options.nodeGap;
    }
    return { boxes, laneBoxes, bottom: Math.max(top, y - options.nodeGap + options.lanePadding) };
  };

  const routed = routeEdges({
    edges,
    drawnAlways: (edge) => layers.get(edge.key) === "ladder",
    columnCount,
    laneOf: (id) => {
      const node = graph.nodes.get(id)!;
      return node.nodeType === "role" ? (laneIndex.get(node.family) ?? null) : null;
    },
    positions: (streets) => {
      const { boxes, laneBoxes } = positions(streets);
      return { boxes, lanes: laneBoxes };
    },
    laneCount: lanes.length,
    options,
  });
  const { boxes, laneBoxes, bottom } = positions(routed.streets);

  // Interchanges: how many roles in other families each role is joined to, in or out.
  const others = new Map<string, Set<string>>();
  for (const e of edges) {
    if (layers.get(e.key) !== "interchange") continue;
    for (const [id, other] of [
      [e.from, e.to],
      [e.to, e.from],
    ] as const) {
      const set = others.get(id) ?? new Set<string>();
      set.add(other);
      others.set(id, set);
    }
  }
  for (const [id, set] of others) boxes.get(id)!.otherFamilies = set.size;

  const orderedBoxes = [...boxes.values()].sort((a, b) => a.column - b.column || a.y - b.y);
  const edgePaths: EdgePath[] = edges.map((e) => {
    const { points, d } = routed.paths.get(e.key)!;
    return {
      key: e.key,
      routeId: e.route.id,
      from: e.from,
      to: e.to,
      kind: e.route.kind,
      layer: layers.get(e.key)!,
      points,
      d,
      end: points[points.length - 1]!,
    };
  });

  return {
    metrics: {
      paddingY: options.paddingY,
      titleLineHeight: options.titleLineHeight,
      detailLineHeight: options.detailLineHeight,
    },
    nodes: orderedBoxes,
    edges: edgePaths,
    lanes: laneBoxes,
    columns,
    width: columnX(columnCount - 1) + options.nodeWidth,
    height: bottom + options.lanePadding,
  };
}
