/**
 * What an embedded view shows, in words, and how tall its frame should be where the host cannot run the
 * resizing script: the embed's heading, the iframe's title, and the height of the frame-only snippet.
 */
import type { MapIndex } from "../dataset/map-index";
import { countActiveFilters } from "../filters/map-filters";
import { titleOf, type MapGraph } from "../graph/career-graph";
import { listInWords } from "../text/words";
import { parseMapView } from "../url/map-view";
import { parsePlanParams } from "../url/plan-parse";

export type EmbedView = "map" | "role" | "plan";

/**
 * Which embeddable view a full-app path is, or null for a page that has none.
 * @example embedViewOf("/roles/counsellor") // "role"
 */
export function embedViewOf(pathname: string): EmbedView | null {
  if (pathname === "/" || pathname === "") return "map";
  if (/^\/roles\/[^/]+$/.test(pathname)) return "role";
  if (pathname === "/plan") return "plan";
  return null;
}

/**
 * A heading that says what is embedded: the map (and the families it is filtered to), one role, or a plan.
 * @example embedHeading(graph, dataset, "/", new URLSearchParams("family=nursing"))
 * // "Psychological professions careers map: Nursing"
 * @example embedHeading(graph, dataset, "/roles/counsellor", new URLSearchParams())
 * // "Counsellor, from the Psychological professions careers map"
 * @example embedHeading(graph, dataset, "/plan", new URLSearchParams("from=gcses&to=counsellor"))
 * // "Route plan: GCSEs or other Level 2 qualifications → Counsellor"
 */
export function embedHeading(
  graph: MapGraph,
  dataset: Pick<MapIndex, "meta" | "families" | "routeKinds" | "roles" | "startingPoints">,
  pathname: string,
  params: URLSearchParams,
): string {
  const name = dataset.meta.name;
  switch (embedViewOf(pathname)) {
    case "role": {
      const id = decodeURIComponent(pathname.slice("/roles/".length));
      return graph.nodes.has(id) ? `${titleOf(graph, id)}, from the ${name}` : name;
    }
    case "plan": {
      const { params: plan } = parsePlanParams(params, graph);
      if (plan.to === null) return `Plan a route: ${name}`;
      const from =
        plan.from.length === 0 ? "" : `${listInWords(plan.from.map((id) => titleOf(graph, id)))} → `;
      return `Route plan: ${from}${titleOf(graph, plan.to)}`;
    }
    default: {
      const { filters } = parseMapView(params, dataset).view;
      const families = filters.families.map((id) => dataset.families.find((f) => f.id === id)?.name ?? id);
      const others = countActiveFilters(filters) - filters.families.length;
      if (families.length === 0) return others === 0 ? name : `${name}, filtered`;
      // Family names can have "and" in them: a semicolon keeps them apart.
      return `${name}: ${families.join("; ")}${others === 0 ? "" : ", filtered"}`;
    }
  }
}

/**
 * The height for a frame that cannot grow with its content (hosts that strip scripts), in CSS pixels: room for
 * the map with its toolbar, a role beside it, or the start of a plan; the frame scrolls for the rest.
 */
export const FIXED_EMBED_HEIGHT: Readonly<Record<EmbedView, number>> = { map: 900, role: 1000, plan: 1200 };
