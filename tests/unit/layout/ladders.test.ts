/**
 * The map's aims on the bundled data (issue 12): career ladders that read at a glance. On the first view at
 * 1280×800 at most 30 pairs of drawn routes cross, at least 12 roles are in view, and titles stay at 11px or
 * more; no route ever passes over a box or under a family's title, whatever is filtered. The browser tests
 * check the same numbers as Chromium draws them (tests/e2e/map-view.test.ts).
 */
import { describe, expect, it } from "vitest";
import { AGE_GROUPS } from "../../../src/core/dataset/schema";
import { layoutCareerMap, type EdgePath, type MapLayout } from "../../../src/core/map/career-map-layout";
import { countEdgeCrossings, routesOverBoxes } from "../../../src/core/map/crossings";
import { rectsOverlap, type Rect } from "../../../src/core/map/geometry";
import { firstView, READABLE_SCALE, visibleArea } from "../../../src/core/map/readable-views";
import { NO_FILTERS, visibleGraph, type MapFilters } from "../../../src/core/filters/map-filters";
import { readdirSync } from "node:fs";
import { buildCareerGraph } from "../../../src/core/graph/career-graph";
import { validateDataset } from "../../../src/core/validate/validate-dataset";
import { loadBundledCareerData, readJson } from "../../support/bundled-data";

const { dataset, graph } = loadBundledCareerData();
const layoutWith = (filters: MapFilters) => layoutCareerMap(graph, dataset, visibleGraph(graph, filters));
const drawnFirst = (edge: EdgePath) => edge.layer === "ladder";

/** The map's frame at 1280×800 as Chromium lays the page out: the window less the page's margins, the
 * controls above the map and the overview beside it. */
const DESKTOP_FRAME = { width: 1133, height: 721 };
/** At 375×740 (no overview on a phone, the controls on two rows). */
const PHONE_FRAME = { width: 341, height: 523 };

/** Where each family's title is drawn: its first line from the glyph, as wide as the first column allows. */
function laneTitles(layout: MapLayout): (Rect & { id: string })[] {
  return layout.lanes.map((lane) => ({
    id: `title of ${lane.familyId}`,
    x: lane.nameX - 18,
    y: lane.nameY - 14,
    width: layout.columns[1]!.x + layout.columns[1]!.width - (lane.nameX - 18),
    height: (lane.nameLines.length - 1) * lane.nameLineHeight + 18,
  }));
}

/** The part of the layout a frame shows at the first view: the roles wholly in it, the routes in part. */
function firstViewOf(layout: MapLayout, frame: { width: number; height: number }) {
  const view = firstView(layout, frame);
  const area = visibleArea(view, frame);
  const inside = (r: Rect) =>
    r.x >= area.x &&
    r.y >= area.y &&
    r.x + r.width <= area.x + area.width &&
    r.y + r.height <= area.y + area.height;
  const touches = (edge: EdgePath) =>
    edge.points.some((p) => rectsOverlap({ ...p, width: 0.01, height: 0.01 }, area));
  const edges = layout.edges.filter((edge) => drawnFirst(edge) && touches(edge));
  return {
    scale: view.k,
    roles: layout.nodes.filter((box) => box.nodeType === "role" && inside(box)),
    crossings: countEdgeCrossings({ ...layout, edges }),
    edges,
  };
}

const FILTER_CASES: [string, MapFilters][] = [
  ["no filters", NO_FILTERS],
  ["apprenticeships only", { ...NO_FILTERS, apprenticeshipOnly: true }],
  ["statutory registration", { ...NO_FILTERS, registration: ["statutory"] }],
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
];

describe("the map's career ladders on the bundled data", () => {
  const layout = layoutWith(NO_FILTERS);

  it("meets the first view's aims at 1280×800: 12 roles or more, 30 crossing pairs or fewer, titles 11px or more", () => {
    const view = firstViewOf(layout, DESKTOP_FRAME);
    expect(view.roles.length).toBeGreaterThanOrEqual(12);
    expect(view.edges.length).toBeGreaterThan(0);
    expect(view.crossings).toBeLessThanOrEqual(30);
    expect(view.scale * 13).toBeGreaterThanOrEqual(11);
    expect(view.scale).toBeGreaterThanOrEqual(READABLE_SCALE);
  });

  it("opens on a phone on the first stage's roles, readable, with few crossings", () => {
    const view = firstViewOf(layout, PHONE_FRAME);
    expect(view.scale).toBeGreaterThanOrEqual(READABLE_SCALE);
    expect(view.roles.map((box) => box.id)).toContain("healthcare-support-worker");
    expect(view.roles.every((box) => box.column === 1)).toBe(true);
    expect(view.crossings).toBeLessThanOrEqual(30);
  });

  it.each(FILTER_CASES)("with %s, routes no route over a box or under a family's title", (_name, filters) => {
    const filtered = layoutWith(filters);
    expect(routesOverBoxes(filtered, laneTitles(filtered))).toEqual([]);
  });

  it("draws every route as horizontal and vertical runs, its vertical runs only in the gaps between stages", () => {
    const columns = layout.columns;
    const inAColumn = (x: number) => columns.some((c) => x > c.x && x < c.x + c.width);
    for (const edge of layout.edges) {
      for (let i = 1; i < edge.points.length; i++) {
        const a = edge.points[i - 1]!;
        const b = edge.points[i]!;
        expect(a.x === b.x || a.y === b.y, `${edge.key} runs aslant`).toBe(true);
        if (a.x === b.x && a.y !== b.y) expect(inAColumn(a.x), `${edge.key} runs down a column`).toBe(false);
      }
    }
  });

  it("draws a family's own routes by default, and routes between families and from starting points on demand", () => {
    const layers = new Map(layout.edges.map((e) => [e.key, e.layer]));
    expect(layers.get("pwp-to-senior-pwp")).toBe("ladder");
    expect(layers.get("pwp-to-high-intensity-cbt")).toBe("interchange");
    expect(layers.get("support-worker-job@gcses")).toBe("start");
    const box = (id: string) => layout.nodes.find((n) => n.id === id)!;
    // The "+n" of an interchange: the roles in other families a role's routes join it to.
    const pwpOthers = new Set(
      layout.edges
        .filter(
          (e) => e.layer === "interchange" && [e.from, e.to].includes("psychological-wellbeing-practitioner"),
        )
        .map((e) => (e.from === "psychological-wellbeing-practitioner" ? e.to : e.from)),
    );
    expect(box("psychological-wellbeing-practitioner").otherFamilies).toBe(pwpOthers.size);
    expect(pwpOthers.size).toBeGreaterThan(0);
    expect(box("gcses").otherFamilies).toBe(0);
  });

  it("keeps a ladder's spine straight: a role and the one its family's route leads to on the same row", () => {
    const centre = (id: string) => {
      const b = layout.nodes.find((n) => n.id === id)!;
      return b.y + b.height / 2;
    };
    expect(centre("mental-health-nurse")).toBe(centre("nursing-associate"));
    expect(centre("senior-psychological-wellbeing-practitioner")).toBe(
      centre("psychological-wellbeing-practitioner"),
    );
    const spine = layout.edges.find((e) => e.key === "nursing-associate-to-rmn-top-up@nursing-associate")!;
    expect(spine.points).toHaveLength(2);
  });
});

describe.each(readdirSync("data/examples").filter((name) => name.endsWith(".json")))(
  "the example dataset %s, in its own shape",
  (name) => {
    it("routes no route over a box or under a family's title, and draws each family's ladder", () => {
      const result = validateDataset(readJson(`data/examples/${name}`));
      if (!result.ok) throw new Error(`${name} is not valid`);
      const exampleGraph = buildCareerGraph(result.dataset);
      const layout = layoutCareerMap(exampleGraph, result.dataset, visibleGraph(exampleGraph, NO_FILTERS));
      expect(routesOverBoxes(layout, laneTitles(layout))).toEqual([]);
      expect(layout.edges.some((edge) => edge.layer === "ladder")).toBe(true);
      expect(firstViewOf(layout, DESKTOP_FRAME).scale).toBeGreaterThanOrEqual(READABLE_SCALE);
    });
  },
);
