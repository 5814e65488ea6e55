/**
 * What a poster of the map shows: the roles and routes of the view on screen that paper can carry (a family's
 * ladder, or what a person's starting points reach), what to call it, and how to set it in panels side by side
 * so that a tall map fills a landscape sheet. Pure: the same view always gives the same poster.
 */
import type { Dataset } from "../dataset/schema";
import {
  DEFAULT_LAYOUT_OPTIONS,
  layerOf,
  layoutCareerMap,
  type LayoutOptions,
  type MapLayout,
} from "../map/career-map-layout";
import type { CareerGraph } from "../graph/career-graph";
import { countActiveFilters, type MapFilters, type VisibleGraph } from "../filters/map-filters";
import { routeInReach, type StartingReach } from "../map/starting-reach";
import { titleOf } from "../graph/career-graph";
import { listInWords, plural } from "../text/words";
import type { PaperSize } from "./paper";

/** What a person's chosen starting points reach, as the poster needs it. */
export type PosterReach = Pick<StartingReach, "starts" | "reachable" | "firstSteps">;

/**
 * The roles and routes a poster of this view draws. Paper cannot show a route on demand, so it draws what the
 * map draws while nothing is pointed at: every family's ladder (its own routes); and, for chosen starting
 * points, only what they reach, with their first steps. Starting points are left out otherwise: their routes
 * are drawn on the live map only for a role in focus.
 * @example posterContent(graph, visibleGraph(graph, { ...NO_FILTERS, families: ["nursing"] }), null)
 */
export function posterContent(
  graph: CareerGraph,
  visible: VisibleGraph,
  reach: PosterReach | null,
): VisibleGraph {
  const isRole = (id: string) => graph.nodes.get(id)?.nodeType === "role";
  const nodeIds = new Set(
    [...visible.nodeIds].filter((id) => (reach === null ? isRole(id) : reach.reachable.has(id))),
  );
  const edgeKeys = new Set<string>();
  for (const key of visible.edgeKeys) {
    const edge = graph.edgesByKey.get(key);
    if (edge === undefined || !nodeIds.has(edge.from) || !nodeIds.has(edge.to)) continue;
    const layer = layerOf(edge, graph);
    if (reach === null ? layer === "ladder" : routeInReach(reach, { from: edge.from, to: edge.to, layer })) {
      edgeKeys.add(key);
    }
  }
  return { nodeIds, edgeKeys };
}

/**
 * What the poster shows, in a line under the map's name: the whole map, the families it is filtered to, or
 * where the person starts from, with how many roles.
 * @example posterSubtitle(graph, dataset, { ...NO_FILTERS, families: ["nursing"] }, [], 9) // "Nursing: 9 roles"
 * @example posterSubtitle(graph, dataset, NO_FILTERS, ["gcses"], 40) // "Starting from GCSEs …: 40 roles within reach"
 */
export function posterSubtitle(
  graph: CareerGraph,
  dataset: Pick<Dataset, "families">,
  filters: MapFilters,
  starts: ReadonlyArray<string>,
  roleCount: number,
): string {
  const families = filters.families.map((id) => dataset.families.find((f) => f.id === id)?.name ?? id);
  const others = countActiveFilters(filters) - filters.families.length;
  // Family names can have "and" in them: a semicolon keeps them apart.
  const scope = `${families.join("; ")}${others === 0 ? "" : families.length === 0 ? "Filtered roles" : ", filtered"}`;
  if (starts.length > 0) {
    const from = `Starting from ${listInWords(starts.map((id) => titleOf(graph, id)))}`;
    return `${from}: ${plural(roleCount, "role")} within reach${scope === "" ? "" : ` (${scope})`}`;
  }
  return `${scope === "" ? "The whole map" : scope}: ${plural(roleCount, "role")}`;
}

/** The room the panels share on the sheet, and the gap between two panels, in the sheet's units. */
export interface PanelArea {
  width: number;
  height: number;
  gap: number;
}

/** The map's layout, except that a title is never cut short: a poster has no tooltip to finish it. */
export const POSTER_LAYOUT_OPTIONS: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, titleMaxLines: 8 };

/** Room kept round a panel's content, in layout units. */
const PANEL_BLEED = 16;

/**
 * The part of a layout a panel shows, across: from the family titles to the last role or route, so columns
 * with nothing in them (the starting points' column, when the poster draws none) take no room on paper.
 * @example panelSpan(layout) // { x: 240, width: 1216 }
 */
export function panelSpan(layout: MapLayout): { x: number; width: number } {
  const xs = [
    ...layout.nodes.flatMap((box) => [box.x, box.x + box.width]),
    ...layout.edges.flatMap((edge) => edge.points.map((point) => point.x)),
    ...layout.lanes.map((lane) => lane.nameX - 12),
  ];
  if (xs.length === 0) return { x: 0, width: layout.width };
  const left = Math.min(...xs) - PANEL_BLEED;
  return { x: left, width: Math.max(...xs) + PANEL_BLEED - left };
}

export interface PosterPanels {
  /** Each panel's layout: a group of consecutive families (lanes), laid out as the map lays out a view. */
  layouts: MapLayout[];
  /** Sheet units per layout unit, the same for every panel. */
  scale: number;
}

/** A small view is drawn no larger than this: its lines would be heavier than its text needs. */
const MAX_SCALE = 1.5;

/** The most panels set side by side: more would make each too narrow to read. */
const MAX_PANELS = 3;

/**
 * The view's families in groups of consecutive lanes, each laid out on its own and set side by side, in as many
 * panels (1 to 3) as draw the map largest on the sheet. A tall map of many families fills a landscape sheet
 * better in two panels than in one. No drawn route is cut: a ladder stays inside its family, a starting point
 * goes in every panel it leads into, and families joined by a drawn route (a first step from a job held now)
 * share a panel.
 * @example posterPanels(graph, dataset, posterContent(graph, visible, null), { width: 1134, height: 560, gap: 24 })
 */
export function posterPanels(
  graph: CareerGraph,
  dataset: Pick<Dataset, "stages" | "families">,
  drawn: VisibleGraph,
  area: PanelArea,
): PosterPanels {
  const familyOf = (id: string) => {
    const node = graph.nodes.get(id);
    return node?.nodeType === "role" ? node.family : null;
  };
  const families = dataset.families.filter((f) => [...drawn.nodeIds].some((id) => familyOf(id) === f.id));
  const panelGraph = (group: ReadonlySet<string>): VisibleGraph => {
    const roles = [...drawn.nodeIds].filter((id) => group.has(familyOf(id) ?? ""));
    const nodeIds = new Set(roles);
    // A starting point goes in each panel it leads into.
    for (const key of drawn.edgeKeys) {
      const edge = graph.edgesByKey.get(key)!;
      if (familyOf(edge.from) === null && nodeIds.has(edge.to)) nodeIds.add(edge.from);
    }
    const edgeKeys = new Set(
      [...drawn.edgeKeys].filter((key) => {
        const edge = graph.edgesByKey.get(key)!;
        return nodeIds.has(edge.from) && nodeIds.has(edge.to);
      }),
    );
    return { nodeIds, edgeKeys };
  };
  const layoutOf = (group: ReadonlyArray<string>) =>
    layoutCareerMap(graph, dataset, panelGraph(new Set(group)), POSTER_LAYOUT_OPTIONS);
  if (families.length === 0) {
    return { layouts: [layoutCareerMap(graph, dataset, drawn, POSTER_LAYOUT_OPTIONS)], scale: 1 };
  }

  // Each family alone, to try groupings without laying every one of them out: a group is about as wide as its
  // widest family and as tall as its families stacked (under one row of column headings).
  const single = families.map((f) => layoutOf([f.id]));
  const header = single[0]!.lanes[0]?.y ?? 0;
  const estimate = (from: number, to: number) => ({
    width: Math.max(...single.slice(from, to).map((layout) => panelSpan(layout).width)),
    height: header + single.slice(from, to).reduce((sum, layout) => sum + layout.height - header, 0),
  });
  const scaleOf = (panels: ReadonlyArray<{ width: number; height: number }>) =>
    Math.min(
      (area.width - (panels.length - 1) * area.gap) / panels.reduce((sum, p) => sum + p.width, 0),
      area.height / Math.max(...panels.map((p) => p.height)),
      MAX_SCALE,
    );

  // Every way to cut the lanes into 1 to MAX_PANELS groups in order (a few dozen for a dozen families).
  const cutSets = (from: number, cutsLeft: number): number[][] =>
    cutsLeft === 0
      ? [[]]
      : [
          [],
          ...Array.from({ length: Math.max(0, families.length - from) }, (_, i) => from + i).flatMap((cut) =>
            cutSets(cut + 1, cutsLeft - 1).map((rest) => [cut, ...rest]),
          ),
        ];
  const groupsOf = (cuts: ReadonlyArray<number>) => {
    const bounds = [0, ...cuts, families.length];
    return bounds.slice(1).map((end, i) => [bounds[i]!, end] as const);
  };
  // A route drawn between two families (a first step from a job held now) keeps them in one panel: a cut
  // between them would leave it out.
  const laneOf = new Map(families.map((f, i) => [f.id, i]));
  const uncuttable = new Set<number>();
  for (const key of drawn.edgeKeys) {
    const edge = graph.edgesByKey.get(key)!;
    const [a, b] = [laneOf.get(familyOf(edge.from) ?? ""), laneOf.get(familyOf(edge.to) ?? "")];
    if (a === undefined || b === undefined) continue;
    for (let cut = Math.min(a, b) + 1; cut <= Math.max(a, b); cut++) uncuttable.add(cut);
  }
  let best = { cuts: [] as number[], scale: 0 };
  for (const cuts of cutSets(1, MAX_PANELS - 1)) {
    if (cuts.some((cut) => uncuttable.has(cut))) continue;
    const scale = scaleOf(groupsOf(cuts).map(([from, to]) => estimate(from, to)));
    if (scale > best.scale) best = { cuts, scale };
  }
  const layouts = groupsOf(best.cuts).map(([from, to]) =>
    layoutOf(families.slice(from, to).map((f) => f.id)),
  );
  const scale = scaleOf(layouts.map((layout) => ({ width: panelSpan(layout).width, height: layout.height })));
  return { layouts, scale };
}

/**
 * A file name that says what the poster shows: the dataset, the families or starting points, and the paper.
 * @example posterFileName("psychological-professions", { ...NO_FILTERS, families: ["nursing"] }, [], "A3")
 * // "psychological-professions-nursing-A3"
 */
export function posterFileName(
  datasetId: string,
  filters: MapFilters,
  starts: ReadonlyArray<string>,
  paper: PaperSize,
): string {
  const scope =
    starts.length > 0
      ? `from-${starts.join("-")}`
      : filters.families.length > 0
        ? filters.families.join("-")
        : countActiveFilters(filters) > 0
          ? "filtered"
          : "whole-map";
  // Ids are already lower-case words and hyphens; a long list of them is cut to keep the name usable.
  return `${datasetId}-${scope.slice(0, 80).replace(/-+$/, "")}-${paper}`;
}
