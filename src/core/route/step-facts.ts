/**
 * Facts about a step that both the route explanation and the neighbourhood lists report: the bands of the
 * roles at either end, and the apprenticeship a route leads through. Copied out of the data, so results are
 * plain values a caller can keep or serialise.
 */
import type { Apprenticeship, BandRange, CareerNode, Route } from "../dataset/schema";
import { isBandedPay } from "../dataset/constants";

export interface NodeBands {
  whileTraining: BandRange | null;
  qualified: BandRange | null;
}

/**
 * A node's bands on whichever banded scale it is paid on (RouteStep.pay.scale names the scale); nulls for a
 * starting point, a role paid on a scale by name or voluntarily, or a band not given.
 * @example payBands(graph.nodes.get("psychological-wellbeing-practitioner")).qualified // { min: "5", max: "5" }
 */
export function payBands(node: CareerNode | undefined): NodeBands {
  if (node?.nodeType !== "role" || !isBandedPay(node.pay)) return { whileTraining: null, qualified: null };
  return { whileTraining: node.pay.whileTraining ?? null, qualified: node.pay.qualified ?? null };
}

/**
 * The apprenticeship a route leads through, or null.
 * @example apprenticeshipOf(route)?.standard // "ST0568"
 */
export function apprenticeshipOf(route: Route): Apprenticeship | null {
  const a = route.apprenticeship;
  return a === undefined ? null : { title: a.title, standard: a.standard, level: a.level };
}
