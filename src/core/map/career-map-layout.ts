/**
 * Lays out the careers map: a deterministic, layered drawing with no physics. Columns follow career stage
 * (where you start, then the dataset's stages in the order it lists them); horizontal lanes follow family, in
 * the dataset's order; inside each lane and column, nodes are ordered to cut edge crossings (barycentre sweeps).
 * Boxes are sized from their wrapped labels, so nothing overlaps. Pure: the same graph and filters always give
 * the same positions and paths.
 */
import { linkHorizontal } from "d3-shape";
import { appendTo } from "../collections/append-to";
import type { CareerNode, Dataset, Family, RouteKind } from "../dataset/schema";
import type { CareerGraph, RouteEdge } from "../graph/career-graph";
import type { VisibleGraph } from "../filters/map-filters";
import { shortPayLabel } from "../describe/pay";
import type { Rect } from "./geometry";
import { wrapLabel } from "./wrap-label";

/** The first column's heading: the starting points, before the dataset's own stages. */
export const START_COLUMN_LABEL = "Where you start";

/** What the layout reads from the dataset besides the graph: its stages (columns) and families (lanes). */
export type MapDataset = Pick<Dataset, "stages" | "families">;

export interface LayoutOptions {
  nodeWidth: number;
  columnGap: number;
  /** Roughly how many characters of the title font fit on one line of a box. */
  charsPerLine: number;
  titleLineHeight: number;
  detailLineHeight: number;
  paddingY: number;
  nodeGap: number;
  laneHeaderHeight: number;
  lanePadding: number;
  columnHeaderHeight: number;
  /** Vertical spread between routes that join the same two nodes. */
  parallelEdgeSpacing: number;
  /** Rounds of barycentre sweeps that order nodes to cut crossings; 0 keeps the dataset's order. */
  orderingSweeps: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  nodeWidth: 184,
  columnGap: 96,
  charsPerLine: 21,
  titleLineHeight: 16,
  detailLineHeight: 16,
  paddingY: 8,
  nodeGap: 12,
  laneHeaderHeight: 28,
  lanePadding: 12,
  columnHeaderHeight: 36,
  parallelEdgeSpacing: 6,
  orderingSweeps: 4,
};

export interface NodeBox extends Rect {
  id: string;
  nodeType: CareerNode["nodeType"];
  column: number;
  /** The family lane; null for starting points, which sit in the first column outside the lanes. */
  familyId: string | null;
  titleLines: string[];
  /** A short pay label such as "Band 4 → 5", wrapped like the title; empty for starting points. */
  detailLines: string[];
}

export interface LaneBox {
  familyId: string;
  name: string;
  /** Position of the lane among the visible lanes, from 0 (views stripe alternate lanes by it). */
  index: number;
  /**
   * Position of the family in the dataset's families, from 0: views give the family its colour and glyph by
   * it, so a family keeps them whatever else is filtered out.
   */
  familyIndex: number;
  y: number;
  height: number;
}

export interface ColumnBox {
  index: number;
  label: string;
  x: number;
  width: number;
}

export interface EdgePath {
  key: string;
  routeId: string;
  from: string;
  to: string;
  kind: RouteKind;
  /** SVG path data. */
  d: string;
  /** Where the path ends, for arrowheads and hit areas. */
  end: { x: number; y: number };
}

export interface MapLayout {
  nodes: NodeBox[];
  edges: EdgePath[];
  lanes: LaneBox[];
  columns: ColumnBox[];
  width: number;
  height: number;
}

/** Lanes in the dataset's family order, keeping only families with a visible role. */
function visibleLanes(families: ReadonlyArray<Family>, nodes: ReadonlyArray<CareerNode>): Family[] {
  const used = new Set(nodes.flatMap((n) => (n.nodeType === "role" ? [n.family] : [])));
  return families.filter((f) => used.has(f.id));
}

/** Each node's column: 0 for starting points, then one per stage in the dataset's order. */
function columnsByStage(stages: MapDataset["stages"]): (node: CareerNode) => number {
  const column = new Map(stages.map((stage, i) => [stage.id, i + 1]));
  return (node) => (node.nodeType === "starting-point" ? 0 : (column.get(node.stage) ?? 1));
}

function cellKey(lane: number, column: number): string {
  return `${lane}:${column}`;
}

interface OrderingInput {
  nodes: CareerNode[];
  laneOf: Map<string, number>;
  edges: RouteEdge[];
  columnCount: number;
  columnOf: (node: CareerNode) => number;
  sweeps: number;
}

/**
 * Orders nodes inside each (lane, column) cell, and the starting points in their column, by repeated
 * barycentre sweeps: left to right by the positions of nodes leading in, right to left by those led to.
 * Ties keep the dataset's order, so the result is deterministic.
 */
function orderCells({
  nodes,
  laneOf,
  edges,
  columnCount,
  columnOf,
  sweeps,
}: OrderingInput): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  const datasetIndex = new Map(nodes.map((n, i) => [n.id, i]));
  const columnById = new Map(nodes.map((n) => [n.id, columnOf(n)]));
  for (const node of nodes) appendTo(cells, cellKey(laneOf.get(node.id) ?? -1, columnOf(node)), node.id);
  const laneIds = [...new Set([...laneOf.values()])].sort((a, b) => a - b);
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const e of edges) {
    appendTo(outgoing, e.from, e.to);
    appendTo(incoming, e.to, e.from);
  }

  // A node's vertical rank: lanes stacked top to bottom, each as tall as its fullest cell. Starting points
  // are spread over the same height in their own order.
  const rank = new Map<string, number>();
  const computeRanks = () => {
    let base = 0;
    for (const lane of laneIds) {
      let tallest = 0;
      for (let c = 1; c < columnCount; c++) {
        const cell = cells.get(cellKey(lane, c)) ?? [];
        cell.forEach((id, i) => rank.set(id, base + i));
        tallest = Math.max(tallest, cell.length);
      }
      base += tallest + 1;
    }
    const starts = cells.get(cellKey(-1, 0)) ?? [];
    starts.forEach((id, i) => rank.set(id, starts.length <= 1 ? base / 2 : (i * base) / (starts.length - 1)));
  };

  const reorder = (
    cell: string[],
    neighbours: Map<string, string[]>,
    accept: (column: number) => boolean,
  ) => {
    const keyed = cell.map((id, i) => {
      const positions = (neighbours.get(id) ?? [])
        .filter((other) => accept(columnById.get(other) ?? -1))
        .map((other) => rank.get(other) ?? 0);
      const barycentre =
        positions.length === 0 ? undefined : positions.reduce((s, p) => s + p, 0) / positions.length;
      return { id, barycentre, i };
    });
    // Nodes with no neighbours on that side keep their place; the others sort around them by barycentre.
    const movable = keyed.filter((k) => k.barycentre !== undefined);
    movable.sort(
      (a, b) => a.barycentre! - b.barycentre! || datasetIndex.get(a.id)! - datasetIndex.get(b.id)!,
    );
    let next = 0;
    return keyed.map((k) => (k.barycentre === undefined ? k.id : movable[next++]!.id));
  };

  computeRanks();
  for (let sweep = 0; sweep < sweeps; sweep++) {
    for (let c = 1; c < columnCount; c++) {
      for (const lane of laneIds) {
        const key = cellKey(lane, c);
        const cell = cells.get(key);
        if (cell !== undefined)
          cells.set(
            key,
            reorder(cell, incoming, (col) => col < c),
          );
      }
      computeRanks();
    }
    for (let c = columnCount - 1; c >= 0; c--) {
      for (const lane of c === 0 ? [-1] : laneIds) {
        const key = cellKey(lane, c);
        const cell = cells.get(key);
        if (cell !== undefined)
          cells.set(
            key,
            reorder(cell, outgoing, (col) => col > c),
          );
      }
      computeRanks();
    }
  }
  return cells;
}

const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();

function edgePath(from: NodeBox, to: NodeBox, offset: number): { d: string; end: { x: number; y: number } } {
  const sy = from.y + from.height / 2 + offset;
  const ty = to.y + to.height / 2 + offset;
  if (to.column > from.column) {
    const end = { x: to.x, y: ty };
    return { d: link({ source: [from.x + from.width, sy], target: [end.x, end.y] }) ?? "", end };
  }
  if (to.column === from.column) {
    // Within a column: leave and re-enter on the right, bulging into the gap between columns.
    const right = from.x + from.width;
    const bulge = right + 36 + Math.min(60, Math.abs(ty - sy) / 6);
    const end = { x: right, y: ty };
    return { d: `M${right},${sy}C${bulge},${sy},${bulge},${ty},${end.x},${end.y}`, end };
  }
  // Backwards (a later stage back to an earlier one): from the left side to the target's right side.
  const end = { x: to.x + to.width, y: ty };
  return { d: link({ source: [from.x, sy], target: [end.x, end.y] }) ?? "", end };
}

/**
 * Positions every visible node and draws every visible route.
 * @example
 * const layout = layoutCareerMap(graph, dataset, visibleGraph(graph, NO_FILTERS));
 * layout.nodes.find((n) => n.id === "clinical-psychologist"); // { x, y, width, height, column: 2, ... }
 */
export function layoutCareerMap(
  graph: CareerGraph,
  { stages, families }: MapDataset,
  visible: VisibleGraph,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
): MapLayout {
  const nodes = [...graph.startingPoints, ...graph.roles]
    .filter((n) => visible.nodeIds.has(n.id))
    .map((n) => graph.nodes.get(n.id)!);
  const edges = graph.edges.filter((e) => visible.edgeKeys.has(e.key));
  const lanes = visibleLanes(families, nodes);
  const familyIndex = new Map(families.map((family, i) => [family.id, i]));
  const laneIndex = new Map(lanes.map((f, i) => [f.id, i]));
  const laneOf = new Map<string, number>();
  for (const node of nodes)
    if (node.nodeType === "role") laneOf.set(node.id, laneIndex.get(node.family) ?? 0);

  const labels = [START_COLUMN_LABEL, ...stages.map((stage) => stage.name)];
  const columnCount = labels.length;
  const columnOf = columnsByStage(stages);
  const cells = orderCells({ nodes, laneOf, edges, columnCount, columnOf, sweeps: options.orderingSweeps });

  // The detail is set smaller than the title, so a few more characters fit on each of its lines.
  const detailChars = Math.round(options.charsPerLine * 1.15);
  const sized = new Map(
    nodes.map((node) => {
      const titleLines = wrapLabel(node.title, options.charsPerLine);
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

  const boxes = new Map<string, NodeBox>();
  const place = (id: string, column: number, y: number, familyId: string | null) => {
    const { node, titleLines, detailLines, height } = sized.get(id)!;
    boxes.set(id, {
      id,
      nodeType: node.nodeType,
      column,
      familyId,
      titleLines,
      detailLines,
      x: columnX(column),
      y,
      width: options.nodeWidth,
      height,
    });
  };

  const laneBoxes: LaneBox[] = [];
  let laneTop = options.columnHeaderHeight;
  lanes.forEach((family, lane) => {
    let tallest = 0;
    for (let c = 1; c < columnCount; c++) {
      let y = laneTop + options.laneHeaderHeight;
      for (const id of cells.get(cellKey(lane, c)) ?? []) {
        place(id, c, y, family.id);
        y += sized.get(id)!.height + options.nodeGap;
      }
      tallest = Math.max(tallest, y - options.nodeGap - (laneTop + options.laneHeaderHeight));
    }
    const height = options.laneHeaderHeight + tallest + options.lanePadding;
    laneBoxes.push({
      familyId: family.id,
      name: family.name,
      index: lane,
      familyIndex: familyIndex.get(family.id)!,
      y: laneTop,
      height,
    });
    laneTop += height;
  });

  // Starting points: each as near as it can be to the middle of the roles it leads to, without overlapping.
  const starts = cells.get(cellKey(-1, 0)) ?? [];
  const edgesFrom = new Map<string, RouteEdge[]>();
  for (const e of edges) appendTo(edgesFrom, e.from, e);
  const ideal = starts.map((id) => {
    const targets = (edgesFrom.get(id) ?? []).map((e) => boxes.get(e.to)).filter((b) => b !== undefined);
    const centre =
      targets.length === 0
        ? options.columnHeaderHeight
        : targets.reduce((sum, b) => sum + b.y + b.height / 2, 0) / targets.length;
    return centre - sized.get(id)!.height / 2;
  });
  let nextFreeY = options.columnHeaderHeight;
  starts.forEach((id, i) => {
    const y = Math.max(ideal[i]!, nextFreeY);
    place(id, 0, y, null);
    nextFreeY = y + sized.get(id)!.height + options.nodeGap;
  });

  const orderedBoxes = [...boxes.values()].sort((a, b) => a.column - b.column || a.y - b.y);

  const parallel = new Map<string, RouteEdge[]>();
  for (const e of edges) appendTo(parallel, `${e.from}→${e.to}`, e);
  const edgePaths: EdgePath[] = edges.map((e) => {
    const group = parallel.get(`${e.from}→${e.to}`)!;
    const offset = (group.indexOf(e) - (group.length - 1) / 2) * options.parallelEdgeSpacing;
    const { d, end } = edgePath(boxes.get(e.from)!, boxes.get(e.to)!, offset);
    return { key: e.key, routeId: e.route.id, from: e.from, to: e.to, kind: e.route.kind, d, end };
  });

  const contentBottom = Math.max(laneTop, ...orderedBoxes.map((b) => b.y + b.height));
  return {
    nodes: orderedBoxes,
    edges: edgePaths,
    lanes: laneBoxes,
    columns,
    width: columnX(columnCount - 1) + options.nodeWidth,
    height: contentBottom + options.lanePadding,
  };
}
