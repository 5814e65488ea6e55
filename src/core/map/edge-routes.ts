/**
 * Routes the map's lines orthogonally, so none passes over a box or under a family's title:
 *
 * - vertical runs only in the gaps between columns, on tracks ("buses"). Each node has one bus per gap and
 *   direction, shared by all its routes that way, so a role's routes leave it as one line and branch (a
 *   bundle), and routes into a role merge on its side. The routes the map always draws (a family's ladder)
 *   have buses of their own, nearest the boxes, so they are laid out as if the others were not there;
 * - horizontal runs only at a box's own side (its ports), straight through a lane where no box is in the way
 *   (so a ladder's spine is one straight line), or along the streets between lanes, on tracks of their own.
 *
 * Ports: routes leave a box on its right and arrive on its left, at its middle. A route to a role of the same
 * stage runs down the stage's left side (leaving a little below the middle, arriving at the middle); a route
 * back to an earlier stage leaves on the left and arrives on the right, a little below the middle. So no route
 * runs along one going the other way. (The starting points' column, with nothing to its left, sends routes
 * between its own nodes down its right side.)
 */
import { appendTo } from "../collections/append-to";
import type { MapRouteEdge } from "../graph/career-graph";
import type { LaneBox, LayoutOptions, NodeBox } from "./career-map-layout";
import { roundedPath, type Point } from "./geometry";

export interface RoutingInput {
  edges: ReadonlyArray<MapRouteEdge>;
  columnCount: number;
  laneCount: number;
  /**
   * Whether the view always draws the route (a family's ladder). Such routes get buses of their own, nearest
   * the boxes, laid out as if the others were not there; the others are drawn one role at a time.
   */
  drawnAlways: (edge: MapRouteEdge) => boolean;
  /** A role's lane; null for a starting point. */
  laneOf: (id: string) => number | null;
  /** Every box and lane once the streets have the given heights (street i above lane i, the last below all). */
  positions: (streets: ReadonlyArray<number>) => {
    boxes: ReadonlyMap<string, NodeBox>;
    lanes: ReadonlyArray<LaneBox>;
  };
  options: LayoutOptions;
}

export interface RoutedEdges {
  /** The height of each street. */
  streets: number[];
  paths: Map<string, { points: Point[]; d: string }>;
}

/**
 * A node's buses: routes leaving its right side (out), arriving at its left side by way of a street (in),
 * leaving its left side (backOut: to an earlier stage or another role of its own stage), and arriving at its
 * right side by way of a street (backIn).
 */
type BusType = "out" | "in" | "backOut" | "backIn";
type Side = "left" | "right";

interface Leg {
  gap: number;
  bus: string;
}

interface Plan {
  edge: MapRouteEdge;
  exit: Side;
  entry: Side;
  /** One vertical run, or two joined along a street. */
  legs: [Leg] | [Leg, Leg];
  street: number | null;
}

const busKey = (gap: number, type: BusType, node: string, always: boolean) =>
  `${gap}|${type}|${node}|${always ? "always" : "on-demand"}`;
/** Buses that serve the column to the left of the gap sit on its left; the others on its right. */
const busSide = (key: string): Side => (/\|(out|backIn)\|/.test(key) ? "left" : "right");

/** A route leaving on the left or arriving on the right uses the port a little below the middle. */
function portY(box: NodeBox, side: Side, leaving: boolean): number {
  const middle = box.y + box.height / 2;
  const lowered = leaving ? side === "left" : side === "right";
  return lowered ? middle + Math.min(12, Math.max(5, box.height / 2 - 10)) : middle;
}

const portX = (box: NodeBox, side: Side) => (side === "left" ? box.x : box.x + box.width);

/** Removes repeated points and points in the middle of a straight run. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last !== undefined && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (
      before !== undefined &&
      last !== undefined &&
      ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))
    )
      out.pop();
    out.push(p);
  }
  return out;
}

/**
 * First-fit tracks for intervals: each item takes the lowest track where it overlaps no item with another
 * bundle key. Items are taken in the order given.
 */
function assignTracks(
  items: ReadonlyArray<{ key: string; from: number; to: number }>,
  clearance: number,
): Map<string, number> {
  const tracks: { key: string; from: number; to: number }[][] = [];
  const chosen = new Map<string, number>();
  for (const item of items) {
    let t = 0;
    while (
      tracks[t]?.some(
        (other) =>
          other.key !== item.key && item.from < other.to + clearance && other.from < item.to + clearance,
      ) === true
    )
      t++;
    (tracks[t] ??= []).push(item);
    chosen.set(item.key, t);
  }
  return chosen;
}

/**
 * Routes every edge; see the module's comment for the rules.
 * @example routeEdges({ edges, columnCount: 6, laneCount: 9, laneOf, positions, categoryOf, options }).paths.get("dclinpsy")
 */
export function routeEdges(input: RoutingInput): RoutedEdges {
  const { edges, columnCount, laneCount, laneOf, options } = input;
  const columnX = (c: number) => c * (options.nodeWidth + options.columnGap);
  const provisional = input.positions(Array.from({ length: laneCount + 1 }, () => options.minStreet));

  // Boxes by lane and column, to find where a straight run is clear.
  const inLane = new Map<string, NodeBox[]>();
  for (const box of provisional.boxes.values()) {
    const lane = laneOf(box.id);
    if (lane !== null) appendTo(inLane, `${lane}:${box.column}`, box);
  }
  // Which sides of which boxes routes use: a straight run may pass a box's side at its port height only
  // when no route uses that port.
  const usedPorts = new Set<string>();
  for (const edge of edges) {
    const cs = provisional.boxes.get(edge.from)!.column;
    const ct = provisional.boxes.get(edge.to)!.column;
    const sameStage = ct === cs && cs > 0;
    usedPorts.add(`${edge.from}|${ct < cs || sameStage ? "left" : "right"}`);
    usedPorts.add(`${edge.to}|${ct > cs || sameStage ? "left" : "right"}`);
  }
  const clearance = options.trackSpacing + 3;
  /**
   * Whether a horizontal run at y is clear of every box of the lane in columns from..to, except the route's
   * own ends; in the last column (`portColumn`, on `portSide`) a box only stands in the way if a route uses
   * its port there, where the run would lie along it.
   */
  const clearAt = (
    lane: number | null,
    from: number,
    to: number,
    y: number,
    except: ReadonlySet<string>,
    port: { column: number; side: Side },
  ) => {
    if (lane === null) return false;
    for (let c = from; c <= to; c++) {
      for (const box of inLane.get(`${lane}:${c}`) ?? []) {
        if (except.has(box.id) || box.y - clearance >= y || y >= box.y + box.height + clearance) continue;
        const onlyItsPort = c === port.column && !usedPorts.has(`${box.id}|${port.side}`);
        if (!onlyItsPort) return false;
      }
    }
    return true;
  };

  const streetTops = (lanes: ReadonlyArray<LaneBox>, streets: ReadonlyArray<number>) =>
    streets.map((height, i) =>
      i === 0
        ? (lanes[0]?.y ?? options.columnHeaderHeight + height) - height
        : lanes[i - 1]!.y + lanes[i - 1]!.height - height,
    );
  const provisionalTops = streetTops(
    provisional.lanes,
    Array.from({ length: laneCount + 1 }, () => options.minStreet),
  );
  /** The street nearest the target among those between the two ends (nearest the source for a start). */
  const chooseStreet = (yFrom: number, yTo: number, towardsTarget: boolean): number => {
    const streetY = provisionalTops.map((top) => top + options.minStreet / 2);
    let best = 0;
    let bestCost = Infinity;
    streetY.forEach((y, i) => {
      const travel = Math.abs(yFrom - y) + Math.abs(y - yTo);
      const cost = travel * 1000 + Math.abs(y - (towardsTarget ? yTo : yFrom));
      if (cost < bestCost) {
        bestCost = cost;
        best = i;
      }
    });
    return best;
  };

  const plans: Plan[] = edges.map((edge) => {
    const s = provisional.boxes.get(edge.from)!;
    const t = provisional.boxes.get(edge.to)!;
    const cs = s.column;
    const ct = t.column;
    const ends = new Set([edge.from, edge.to]);
    const always = input.drawnAlways(edge);
    const sLane = laneOf(edge.from);
    const tLane = laneOf(edge.to);
    // Between roles of one stage: down (or up) the stage's left side, leaving the right side to the routes on.
    // The starting points' column has nothing to its left, so theirs run down its right side.
    if (ct === cs && cs > 0)
      return {
        edge,
        exit: "left",
        entry: "left",
        legs: [{ gap: cs - 1, bus: busKey(cs - 1, "backOut", edge.from, always) }],
        street: null,
      };
    if (ct === cs)
      return {
        edge,
        exit: "right",
        entry: "right",
        legs: [{ gap: cs, bus: busKey(cs, "out", edge.from, always) }],
        street: null,
      };
    if (ct === cs + 1)
      return {
        edge,
        exit: "right",
        entry: "left",
        legs: [{ gap: cs, bus: busKey(cs, "out", edge.from, always) }],
        street: null,
      };
    if (ct === cs - 1)
      return {
        edge,
        exit: "left",
        entry: "right",
        legs: [{ gap: ct, bus: busKey(ct, "backOut", edge.from, always) }],
        street: null,
      };
    if (ct > cs) {
      const yS = portY(s, "right", true);
      const yT = portY(t, "left", false);
      if (clearAt(sLane, cs + 1, ct, yS, ends, { column: ct, side: "left" }))
        return {
          edge,
          exit: "right",
          entry: "left",
          legs: [{ gap: ct - 1, bus: busKey(ct - 1, "in", edge.to, always) }],
          street: null,
        };
      if (clearAt(tLane, Math.max(cs, 1), ct - 1, yT, ends, { column: cs, side: "right" }))
        return {
          edge,
          exit: "right",
          entry: "left",
          legs: [{ gap: cs, bus: busKey(cs, "out", edge.from, always) }],
          street: null,
        };
      return {
        edge,
        exit: "right",
        entry: "left",
        legs: [
          { gap: cs, bus: busKey(cs, "out", edge.from, always) },
          { gap: ct - 1, bus: busKey(ct - 1, "in", edge.to, always) },
        ],
        street: chooseStreet(yS, yT, tLane !== null),
      };
    }
    const yS = portY(s, "left", true);
    const yT = portY(t, "right", false);
    if (clearAt(sLane, ct, cs - 1, yS, ends, { column: ct, side: "right" }))
      return {
        edge,
        exit: "left",
        entry: "right",
        legs: [{ gap: ct, bus: busKey(ct, "backIn", edge.to, always) }],
        street: null,
      };
    if (clearAt(tLane, ct + 1, cs, yT, ends, { column: cs, side: "left" }))
      return {
        edge,
        exit: "left",
        entry: "right",
        legs: [{ gap: cs - 1, bus: busKey(cs - 1, "backOut", edge.from, always) }],
        street: null,
      };
    return {
      edge,
      exit: "left",
      entry: "right",
      legs: [
        { gap: cs - 1, bus: busKey(cs - 1, "backOut", edge.from, always) },
        { gap: ct, bus: busKey(ct, "backIn", edge.to, always) },
      ],
      street: chooseStreet(yS, yT, tLane !== null),
    };
  });

  // Street tracks: a node's routes along one street share a track (they leave it as one line); others that
  // overlap along the street (counted in gaps) take tracks of their own.
  const streetItems = new Map<number, { key: string; from: number; to: number }[]>();
  for (const plan of plans) {
    if (plan.street === null) continue;
    const [a, b] = plan.legs;
    appendTo(streetItems, plan.street, {
      key: a.bus,
      from: Math.min(a.gap, b!.gap),
      to: Math.max(a.gap, b!.gap),
    });
  }
  const streetTrack = new Map<string, number>();
  const streets = Array.from({ length: laneCount + 1 }, () => options.minStreet);
  const trackCounts = streets.map(() => 1);
  for (const [street, items] of streetItems) {
    // One item per key, spanning all its segments.
    const merged = new Map<string, { key: string; from: number; to: number }>();
    for (const item of items) {
      const seen = merged.get(item.key);
      merged.set(
        item.key,
        seen === undefined
          ? { ...item }
          : { key: item.key, from: Math.min(seen.from, item.from), to: Math.max(seen.to, item.to) },
      );
    }
    const ordered = [...merged.values()].sort(
      (a, b) => a.from - b.from || b.to - b.from - (a.to - a.from) || (a.key < b.key ? -1 : 1),
    );
    const tracks = assignTracks(ordered, 0.5);
    for (const [key, track] of tracks) streetTrack.set(`${street}|${key}`, track);
    trackCounts[street] = Math.max(...tracks.values()) + 1;
    streets[street] = Math.max(options.minStreet, (trackCounts[street]! + 1) * options.trackSpacing);
  }

  const { boxes, lanes } = input.positions(streets);
  const tops = streetTops(lanes, streets);
  const streetY = (street: number, bus: string) => {
    const count = trackCounts[street]!;
    const track = streetTrack.get(`${street}|${bus}`) ?? 0;
    return (
      tops[street]! +
      (streets[street]! - (count - 1) * options.trackSpacing) / 2 +
      track * options.trackSpacing
    );
  };

  // Each plan's ends and the height of its horizontal runs, then each bus's vertical extent.
  const shapes = plans.map((plan) => {
    const s = boxes.get(plan.edge.from)!;
    const t = boxes.get(plan.edge.to)!;
    const start = { x: portX(s, plan.exit), y: portY(s, plan.exit, true) };
    const end = { x: portX(t, plan.entry), y: portY(t, plan.entry, false) };
    const runs =
      plan.street === null ? [start.y, end.y] : [start.y, streetY(plan.street, plan.legs[0].bus), end.y];
    return { plan, start, end, runs };
  });
  const extents = new Map<string, { from: number; to: number }>();
  for (const { plan, runs } of shapes) {
    plan.legs.forEach((leg, i) => {
      const a = runs[i]!;
      const b = runs[i + 1]!;
      const seen = extents.get(leg.bus);
      extents.set(leg.bus, {
        from: Math.min(a, b, seen?.from ?? Infinity),
        to: Math.max(a, b, seen?.to ?? -Infinity),
      });
    });
  }

  // Buses across each gap: the shortest nearest the boxes they serve, so longer ones wrap round them.
  const busX = new Map<string, number>();
  const byGap = new Map<number, string[]>();
  for (const key of extents.keys()) appendTo(byGap, Number(key.split("|")[0]), key);
  for (let gap = 0; gap < columnCount - 1; gap++) {
    const keys = byGap.get(gap) ?? [];
    const sideTracks = (["left", "right"] as const).map((side) => {
      const items = keys
        .filter((key) => busSide(key) === side)
        .map((key) => ({ key, always: key.endsWith("|always"), ...extents.get(key)! }))
        .sort(
          (a, b) =>
            Number(b.always) - Number(a.always) ||
            a.to - a.from - (b.to - b.from) ||
            a.from - b.from ||
            (a.key < b.key ? -1 : 1),
        );
      return assignTracks(items, 2 * options.cornerRadius + 2);
    });
    const counts = sideTracks.map((tracks) => (tracks.size === 0 ? 0 : Math.max(...tracks.values()) + 1));
    const room = options.columnGap - 2 * options.gapMargin;
    const spacing = Math.min(options.busSpacing, room / Math.max(1, counts[0]! + counts[1]! - 1));
    const left = columnX(gap) + options.nodeWidth + options.gapMargin;
    const right = columnX(gap + 1) - options.gapMargin;
    for (const [key, track] of sideTracks[0]!) busX.set(key, left + track * spacing);
    for (const [key, track] of sideTracks[1]!) busX.set(key, right - track * spacing);
  }

  const paths = new Map<string, { points: Point[]; d: string }>();
  for (const { plan, start, end, runs } of shapes) {
    const raw: Point[] = [start];
    plan.legs.forEach((leg, i) => {
      const x = busX.get(leg.bus)!;
      raw.push({ x, y: runs[i]! }, { x, y: runs[i + 1]! });
    });
    raw.push(end);
    // Routes between the same two nodes take the same line: one line, however many ways there are.
    const points = simplify(raw);
    paths.set(plan.edge.key, { points, d: roundedPath(points, options.cornerRadius) });
  }
  return { streets, paths };
}
