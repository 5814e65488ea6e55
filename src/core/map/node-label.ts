import type { Family, RouteKindDeclaration } from "../dataset/schema";
import { titleOf, type MapGraph, type MapNode, type MapRouteEdge } from "../graph/career-graph";
import { routeKindName } from "../describe/labels";
import { describePay } from "../describe/pay";
import { plural } from "../text/words";

/**
 * What a screen reader says for a node on the map: its name, family, pay and how many routes lead in and out.
 * @example mapNodeLabel(pwp, families, 3, 2)
 * // "Psychological wellbeing practitioner. Wellbeing practitioners. Band 4 while training, band 5 when qualified. 3 routes in, 2 routes out."
 */
export function mapNodeLabel(
  node: MapNode,
  families: ReadonlyArray<Family>,
  routesIn: number,
  routesOut: number,
): string {
  const routes = `${plural(routesIn, "route")} in, ${plural(routesOut, "route")} out.`;
  if (node.nodeType === "starting-point")
    return `${node.title}. Where you start. ${plural(routesOut, "route")} out.`;
  const family = families.find((f) => f.id === node.family)?.name ?? node.family;
  return `${node.title}. ${family}. ${describePay(node.pay)}. ${routes}`;
}

/**
 * What a screen reader says for a route on the map: its kind, its ends and its programme.
 * @example mapRouteLabel(graph, dataset.routeKinds, edge)
 * // "Training: Assistant psychologist to Trainee clinical psychologist, by Doctorate in Clinical Psychology."
 */
export function mapRouteLabel(
  graph: MapGraph,
  kinds: ReadonlyArray<RouteKindDeclaration>,
  edge: Pick<MapRouteEdge, "from" | "to" | "route">,
): string {
  return `${routeKindName(kinds, edge.route.kind)}: ${titleOf(graph, edge.from)} to ${titleOf(graph, edge.to)}, by ${edge.route.programme}.`;
}
