import { describe, expect, it } from "vitest";
import { prepareCareerData } from "../../../src/core/career-data";
import { AGE_GROUPS } from "../../../src/core/dataset/schema";
import {
  DEFAULT_LAYOUT_OPTIONS,
  START_COLUMN_LABEL,
  layoutCareerMap,
  type MapLayout,
} from "../../../src/core/map/career-map-layout";
import { countEdgeCrossings } from "../../../src/core/map/crossings";
import { rectsOverlap } from "../../../src/core/map/geometry";
import { NO_FILTERS, visibleGraph, type MapFilters } from "../../../src/core/filters/map-filters";
import { loadBundledCareerData, readJson } from "../../support/bundled-data";

const { dataset, graph } = loadBundledCareerData();
const layoutWith = (filters: MapFilters) => layoutCareerMap(graph, dataset, visibleGraph(graph, filters));

/** The columns psychology's map has always had: its stages, in this order, after the starting points. */
const STAGE_COLUMN: Record<string, string> = {
  support: "Support roles",
  practitioner: "Practitioners and trainees",
  senior: "Senior roles",
  advanced: "Advanced and consultant",
  leadership: "Leadership",
};

// Every filter on its own, and a few together: the layout rules must hold for all of them.
const FILTER_CASES: [string, MapFilters][] = [
  ["no filters", NO_FILTERS],
  ["apprenticeships only", { ...NO_FILTERS, apprenticeshipOnly: true }],
  ["statutory registration", { ...NO_FILTERS, registration: ["statutory"] }],
  [
    "statutory and accredited registers",
    { ...NO_FILTERS, registration: ["statutory", "accredited-register"] },
  ],
  ...AGE_GROUPS.map((group): [string, MapFilters] => [
    `age group ${group}`,
    { ...NO_FILTERS, ageGroups: [group] },
  ]),
  ...dataset.families.map((f): [string, MapFilters] => [
    `family ${f.id}`,
    { ...NO_FILTERS, families: [f.id] },
  ]),
  ...dataset.routeKinds.map(({ id }): [string, MapFilters] => [
    `route kind ${id}`,
    { ...NO_FILTERS, kinds: [id] },
  ]),
  [
    "two families and apprenticeships",
    { ...NO_FILTERS, families: dataset.families.slice(0, 2).map((f) => f.id), apprenticeshipOnly: true },
  ],
];

function expectNoOverlaps(layout: MapLayout) {
  for (let i = 0; i < layout.nodes.length; i++) {
    for (let j = i + 1; j < layout.nodes.length; j++) {
      const a = layout.nodes[i]!;
      const b = layout.nodes[j]!;
      expect(rectsOverlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
    }
  }
}

describe("layoutCareerMap on the bundled data", () => {
  it("gives the same output for the same input, even from freshly parsed data", () => {
    const again = prepareCareerData(readJson("data/careers.json"), readJson("data/pay-bands.json"));
    if (!again.ok) throw new Error("bundled data invalid");
    const first = layoutWith(NO_FILTERS);
    const second = layoutCareerMap(
      again.data.graph,
      again.data.dataset,
      visibleGraph(again.data.graph, NO_FILTERS),
    );
    expect(second).toEqual(first);
  });

  // The order of roles (and starting points) is where the crossing sweeps start and breaks their ties, so
  // listing roles in another order can move them within a lane; and parallel routes between the same two roles
  // take their offsets in the data's order. Reversing the routes must change neither boxes nor the drawing.
  it("places every box the same, and draws the same lines, when the data lists its routes in reverse order", () => {
    const raw = readJson("data/careers.json") as { routes: unknown[] };
    const reversed = prepareCareerData(
      { ...raw, routes: [...raw.routes].reverse() },
      readJson("data/pay-bands.json"),
    );
    if (!reversed.ok) throw new Error("reversed data invalid");
    const positions = (layout: MapLayout) =>
      Object.fromEntries(layout.nodes.map((n) => [n.id, { x: n.x, y: n.y, column: n.column }]));
    const lines = (layout: MapLayout) => layout.edges.map((e) => e.d).sort();
    const original = layoutWith(NO_FILTERS);
    const again = layoutCareerMap(
      reversed.data.graph,
      reversed.data.dataset,
      visibleGraph(reversed.data.graph, NO_FILTERS),
    );
    expect(positions(again)).toEqual(positions(original));
    expect(lines(again)).toEqual(lines(original));
  });

  it("places every role and starting point, and draws every route", () => {
    const layout = layoutWith(NO_FILTERS);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual([...graph.nodes.keys()].sort());
    expect(layout.edges.map((e) => e.key).sort()).toEqual(graph.edges.map((e) => e.key).sort());
    const boxes = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const edge of layout.edges) {
      expect(edge.d).toMatch(/^M[\d.-]+,[\d.-]+[HVQ]/);
      // From the side of one box to the side of the other.
      for (const [point, box] of [
        [edge.points[0]!, boxes.get(edge.from)!],
        [edge.end, boxes.get(edge.to)!],
      ] as const) {
        expect([box.x, box.x + box.width], edge.key).toContain(point.x);
        expect(point.y, edge.key).toBeGreaterThan(box.y);
        expect(point.y, edge.key).toBeLessThan(box.y + box.height);
      }
    }
  });

  it.each(FILTER_CASES)(
    "with %s: no two boxes overlap, and every node is in its lane and column",
    (_name, filters) => {
      const layout = layoutWith(filters);
      expectNoOverlaps(layout);
      const lanes = new Map(layout.lanes.map((lane) => [lane.familyId, lane]));
      for (const box of layout.nodes) {
        const node = graph.nodes.get(box.id)!;
        const column = layout.columns[box.column]!;
        expect(box.x, box.id).toBe(column.x);
        if (node.nodeType === "starting-point") {
          expect(column.label).toBe(START_COLUMN_LABEL);
          expect(box.familyId).toBeNull();
          continue;
        }
        expect(column.label, box.id).toBe(STAGE_COLUMN[node.stage]);
        const lane = lanes.get(node.family)!;
        expect(box.familyId).toBe(node.family);
        expect(box.y, `${box.id} top`).toBeGreaterThanOrEqual(lane.y);
        expect(box.y + box.height, `${box.id} bottom`).toBeLessThanOrEqual(lane.y + lane.height);
      }
      for (let i = 1; i < layout.lanes.length; i++) {
        expect(layout.lanes[i]!.y).toBe(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
      }
      const visible = new Set(layout.nodes.map((n) => n.id));
      for (const edge of layout.edges) {
        expect(visible.has(edge.from) && visible.has(edge.to), edge.key).toBe(true);
        if (filters.kinds.length > 0) expect(filters.kinds).toContain(edge.kind);
      }
    },
  );

  it("fits every label inside its box: at most three lines, each short enough for the box", () => {
    for (const box of layoutWith(NO_FILTERS).nodes) {
      expect(box.titleLines.length).toBeGreaterThan(0);
      expect(box.titleLines.length).toBeLessThanOrEqual(3);
      for (const line of box.titleLines)
        expect(line.length, line).toBeLessThanOrEqual(DEFAULT_LAYOUT_OPTIONS.charsPerLine);
      for (const line of box.detailLines)
        expect(line.length, line).toBeLessThanOrEqual(DEFAULT_LAYOUT_OPTIONS.charsPerLine * 1.15 + 1);
      const lines = box.titleLines.length + box.detailLines.length;
      expect(box.height).toBeGreaterThanOrEqual(lines * DEFAULT_LAYOUT_OPTIONS.titleLineHeight);
    }
  });

  it("orders roles to cut crossings in the routes it draws first: never more than in the dataset's own order", () => {
    const ladders = (layout: MapLayout) => countEdgeCrossings(layout, (edge) => edge.layer === "ladder");
    for (const [name, filters] of FILTER_CASES) {
      const visible = visibleGraph(graph, filters);
      const ordered = layoutCareerMap(graph, dataset, visible);
      const unordered = layoutCareerMap(graph, dataset, visible, {
        ...DEFAULT_LAYOUT_OPTIONS,
        orderingSweeps: 0,
      });
      expect(ladders(ordered), name).toBeLessThanOrEqual(ladders(unordered));
    }
  });

  it("gives each family the same place, so the same colour and glyph, whatever is filtered out", () => {
    for (const [, filters] of FILTER_CASES) {
      for (const lane of layoutWith(filters).lanes) {
        expect(lane.familyIndex, lane.familyId).toBe(
          dataset.families.findIndex((f) => f.id === lane.familyId),
        );
      }
    }
    // Filtered to its own family, a family that is not first keeps its place rather than becoming lane 0.
    const nursing = layoutWith({ ...NO_FILTERS, families: ["nursing"] }).lanes;
    expect(nursing.map((lane) => [lane.index, lane.familyIndex])).toEqual([
      [0, dataset.families.findIndex((f) => f.id === "nursing")],
    ]);
  });

  it("shows a role's band on its box and leaves starting points without one", () => {
    const layout = layoutWith(NO_FILTERS);
    expect(layout.nodes.find((n) => n.id === "psychological-wellbeing-practitioner")?.detailLines).toEqual([
      "Band 4 → 5",
    ]);
    expect(layout.nodes.find((n) => n.id === "gcses")?.detailLines).toEqual([]);
  });
});
