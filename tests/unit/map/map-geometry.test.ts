import { describe, expect, it } from "vitest";
import type { EdgePath, MapLayout, NodeBox } from "../../../src/core/map/career-map-layout";
import { countEdgeCrossings, routesOverBoxes } from "../../../src/core/map/crossings";
import { roundedPath, type Point } from "../../../src/core/map/geometry";
import {
  contentBounds,
  firstView,
  fitView,
  READABLE_SCALE,
  visibleArea,
} from "../../../src/core/map/readable-views";
import { layoutCareerMap } from "../../../src/core/map/career-map-layout";
import { NO_FILTERS, visibleGraph } from "../../../src/core/filters/map-filters";
import { loadBundledCareerData } from "../../support/bundled-data";

const edge = (key: string, from: string, to: string, points: Point[]): EdgePath => ({
  key,
  routeId: key,
  from,
  to,
  kind: "training",
  layer: "ladder",
  points,
  d: "",
  end: points[points.length - 1]!,
});
const box = (id: string, x: number, y: number): NodeBox => ({
  id,
  nodeType: "role",
  column: 0,
  familyId: "f",
  titleLines: [id],
  detailLines: [],
  otherFamilies: 0,
  x,
  y,
  width: 10,
  height: 10,
});
const layoutOf = (nodes: NodeBox[], edges: EdgePath[]): MapLayout => ({
  metrics: { paddingY: 0, titleLineHeight: 0, detailLineHeight: 0 },
  nodes,
  edges,
  lanes: [],
  columns: [],
  width: 100,
  height: 100,
});

describe("counting what routes cross", () => {
  it("counts a pair that crosses once, however often it crosses, and not routes that merge or touch", () => {
    const across = edge("across", "a", "b", [
      { x: 0, y: 5 },
      { x: 50, y: 5 },
    ]);
    const down = edge("down", "c", "d", [
      { x: 20, y: 0 },
      { x: 20, y: 10 },
      { x: 30, y: 10 },
      { x: 30, y: 0 },
    ]);
    // Runs along `across` and leaves it: a bundle, not a crossing.
    const along = edge("along", "a", "e", [
      { x: 0, y: 5 },
      { x: 40, y: 5 },
      { x: 40, y: 20 },
    ]);
    // Ends on `across`: touching is not crossing.
    const touching = edge("touching", "f", "b", [
      { x: 45, y: 20 },
      { x: 45, y: 5 },
    ]);
    expect(countEdgeCrossings(layoutOf([], [across, down]))).toBe(1);
    expect(countEdgeCrossings(layoutOf([], [across, along, touching]))).toBe(0);
    expect(countEdgeCrossings(layoutOf([], [across, down, along]), (e) => e.key !== "down")).toBe(0);
  });

  it("finds a route over a box other than its own ends, and over a rectangle given", () => {
    const nodes = [box("a", 0, 0), box("b", 50, 0), box("c", 25, 0)];
    const straight = edge("straight", "a", "b", [
      { x: 10, y: 5 },
      { x: 50, y: 5 },
    ]);
    const clear = edge("clear", "a", "b", [
      { x: 10, y: 5 },
      { x: 20, y: 5 },
      { x: 20, y: 30 },
      { x: 45, y: 30 },
      { x: 45, y: 5 },
      { x: 50, y: 5 },
    ]);
    expect(routesOverBoxes(layoutOf(nodes, [straight, clear]))).toEqual([{ edge: "straight", over: "c" }]);
    expect(
      routesOverBoxes(layoutOf(nodes, [clear]), [{ id: "title", x: 30, y: 25, width: 5, height: 10 }]),
    ).toEqual([{ edge: "clear", over: "title" }]);
  });
});

describe("rounded paths", () => {
  it("rounds each corner, less where a run is short, and ends where the polyline ends", () => {
    expect(
      roundedPath(
        [
          { x: 0, y: 0 },
          { x: 20, y: 0 },
          { x: 20, y: 4 },
          { x: 30, y: 4 },
        ],
        6,
      ),
    ).toBe("M0,0H18Q20,0,20,2V2Q20,4,22,4H30");
    expect(roundedPath([{ x: 1, y: 2 }], 6)).toBe("M1,2");
  });
});

describe("readable views of the bundled map", () => {
  const { dataset, graph } = loadBundledCareerData();
  const layout = layoutCareerMap(graph, dataset, visibleGraph(graph, NO_FILTERS));

  it("opens at the top, as wide as a readable zoom allows, never larger than life", () => {
    const wide = firstView(layout, { width: 2400, height: 900 });
    expect(wide.k).toBe(1);
    const desktop = firstView(layout, { width: 1133, height: 722 });
    expect(desktop.k).toBe(READABLE_SCALE);
    const area = visibleArea(desktop, { width: 1133, height: 722 });
    // From the starting points' column, at the top.
    expect(area.x).toBeLessThanOrEqual(contentBounds(layout).x);
    expect(area.y).toBeLessThan(0);
  });

  it("opens a phone's frame on the first stage, leaving the starting points to the left", () => {
    const phone = firstView(layout, { width: 341, height: 510 });
    const area = visibleArea(phone, { width: 341, height: 510 });
    expect(area.x).toBeGreaterThan(layout.columns[0]!.x + layout.columns[0]!.width);
    expect(area.x).toBeLessThan(layout.columns[1]!.x);
  });

  it("fits a rectangle from its top left, between a readable zoom and life size", () => {
    const lane = layout.lanes.find((l) => l.familyId === "arts-therapies")!;
    const frame = { width: 1133, height: 722 };
    const view = fitView(lane, frame);
    const area = visibleArea(view, frame);
    expect(view.k).toBeGreaterThanOrEqual(READABLE_SCALE);
    expect(view.k).toBeLessThanOrEqual(1);
    expect(area.x).toBeLessThan(lane.x);
    expect(area.y).toBeLessThan(lane.y);
    expect(area.y + area.height).toBeGreaterThan(lane.y + lane.height);
    // A tiny frame still keeps the text readable rather than fitting the whole.
    expect(fitView(contentBounds(layout), { width: 300, height: 300 }).k).toBe(READABLE_SCALE);
  });
});
