/**
 * What a role's next steps are, as a person weighs them: a step up, a sideways move or a retrain, one entry per
 * destination (with every route there), ordered by what each leads to. Worked out from the route finder's
 * nextSteps() and the dataset's pay scales, route kinds and families.
 */
import type { BandRange, Dataset } from "../dataset/schema";
import { isBandedPay } from "../dataset/constants";
import type { CareerGraph } from "../graph/career-graph";
import { nextSteps, type NeighbourStep } from "../route/neighbourhood";
import type { Timing } from "../route/types";

/**
 * - step-up: more pay when qualified, or a progression, advanced or leadership route;
 * - retrain: training for a role in another family, at no higher band (a new profession);
 * - sideways: the rest (another post or a top-up at the same level);
 * - first-step: anything from a starting point (a qualification or experience), which has no band to compare.
 */
export type Move = "step-up" | "sideways" | "retrain" | "first-step";

/** What each kind of move is called, on the role page and in compare. */
export const MOVE_LABELS: Readonly<Record<Move, string>> = {
  "first-step": "First steps",
  "step-up": "Step up",
  sideways: "Sideways",
  retrain: "Retrain",
};

/** The order the groups are shown in. */
export const MOVES: ReadonlyArray<Move> = ["first-step", "step-up", "sideways", "retrain"];

export interface NextDestination {
  to: string;
  toTitle: string;
  move: Move;
  /** Every route there, quickest first. */
  routes: NeighbourStep[];
  /** The quickest route's time from now in post (experience first, then the step). */
  time: Timing;
  /** The destination's band when qualified, or null when it is not banded. */
  bandAfter: BandRange | null;
  /** The band the role is paid now, when qualified: for "band 5 → 7". */
  bandNow: BandRange | null;
}

export interface MoveGroup {
  move: Move;
  destinations: NextDestination[];
}

type Parts = Pick<Dataset, "payScales" | "routeKinds">;

/** The place of a band range's top in its scale (higher pays more); null when it cannot be placed. */
function bandRank(parts: Parts, scale: string, range: BandRange | null): number | null {
  if (range === null) return null;
  const bands = parts.payScales.find((declared) => declared.id === scale)?.bands;
  const rank = bands?.indexOf(range.max) ?? -1;
  return rank === -1 ? null : rank;
}

function qualifiedPay(graph: CareerGraph, id: string): { scale: string; band: BandRange | null } | null {
  const node = graph.nodes.get(id);
  if (node === undefined || node.nodeType !== "role" || !isBandedPay(node.pay)) return null;
  return { scale: node.pay.scale, band: node.pay.qualified ?? null };
}

function classify(graph: CareerGraph, parts: Parts, from: string, to: string, routes: NeighbourStep[]): Move {
  const origin = graph.nodes.get(from);
  const destination = graph.nodes.get(to);
  if (origin === undefined || origin.nodeType !== "role") return "first-step";
  const category = (kind: string) => parts.routeKinds.find((declared) => declared.id === kind)?.category;
  const categories = routes.map((route) => category(route.kind));
  const nowPay = qualifiedPay(graph, from);
  const afterPay = qualifiedPay(graph, to);
  if (nowPay !== null && afterPay !== null && nowPay.scale === afterPay.scale) {
    const now = bandRank(parts, nowPay.scale, nowPay.band);
    const after = bandRank(parts, afterPay.scale, afterPay.band);
    if (now !== null && after !== null && after > now) return "step-up";
  }
  if (categories.some((c) => c === "progression" || c === "senior")) return "step-up";
  const otherFamily =
    destination !== undefined && destination.nodeType === "role" && destination.family !== origin.family;
  if (otherFamily && categories.some((c) => c === "training" || c === "apprenticeship")) return "retrain";
  return "sideways";
}

/**
 * A role's next steps grouped by the kind of move, one entry per destination. Within a group, destinations that
 * lead to a higher band come first (what the move leads to), then the quickest, then by title; groups in the
 * order of MOVES, empty ones left out.
 * @example groupNextSteps(graph, dataset, "psychological-wellbeing-practitioner").map((g) => g.move)
 * // ["step-up", "sideways"]
 */
export function groupNextSteps(graph: CareerGraph, parts: Parts, from: string): MoveGroup[] {
  const byDestination = new Map<string, NeighbourStep[]>();
  for (const step of nextSteps(graph, from)) {
    const routes = byDestination.get(step.to) ?? [];
    routes.push(step);
    byDestination.set(step.to, routes);
  }
  const nowPay = qualifiedPay(graph, from);
  const destinations: NextDestination[] = [...byDestination.entries()].map(([to, routes]) => {
    const quickest = routes[0]!;
    return {
      to,
      toTitle: quickest.toTitle,
      move: classify(graph, parts, from, to, routes),
      routes,
      time: quickest.time,
      bandAfter: qualifiedPay(graph, to)?.band ?? null,
      bandNow: nowPay?.band ?? null,
    };
  });
  const rankAfter = (d: NextDestination) => {
    const pay = qualifiedPay(graph, d.to);
    return pay === null ? -1 : (bandRank(parts, pay.scale, pay.band) ?? -1);
  };
  const knownFirst = (d: NextDestination) => Number(d.routes[0]!.durationMonths === null);
  destinations.sort(
    (a, b) =>
      rankAfter(b) - rankAfter(a) ||
      knownFirst(a) - knownFirst(b) ||
      a.time.typical.min - b.time.typical.min ||
      a.time.minimum - b.time.minimum ||
      a.toTitle.localeCompare(b.toTitle, "en"),
  );
  return MOVES.map((move) => ({ move, destinations: destinations.filter((d) => d.move === move) })).filter(
    (group) => group.destinations.length > 0,
  );
}
