/**
 * What it takes to get into a role, in the figures the compare page puts side by side: the quickest way in
 * (in the two counts), the hardest competition recorded, and the fees a person may pay on the ways in.
 * Worked out from the route finder's waysInto().
 */
import type { Competition } from "../dataset/schema";
import type { CareerGraph } from "../graph/career-graph";
import { waysInto, type NeighbourStep } from "../route/neighbourhood";

export interface EntryFacts {
  /** The quickest way in (typical time, then the least; known lengths first); null when there is none. */
  quickest: NeighbourStep | null;
  /** The way in hardest to get a place on, by places per applicant; null when no figures are recorded. */
  competition: Competition | null;
  /**
   * Fees on the ways in that a person may pay (self-funded, or partly funded): the lowest and highest figure,
   * the year of the figures, and how many such ways have no figure. Null pounds when none has a figure;
   * selfPaying 0 when every way in is paid for.
   */
  fees: { pounds: { min: number; max: number } | null; years: string[]; unknown: number; selfPaying: number };
}

/**
 * @example entryFacts(graph, "clinical-psychologist").competition?.year // "2020"
 */
export function entryFacts(graph: CareerGraph, roleId: string): EntryFacts {
  const ways = waysInto(graph, roleId);
  let competition: Competition | null = null;
  for (const way of ways) {
    const c = way.competition;
    if (
      c !== null &&
      (competition === null || c.places / c.applicants < competition.places / competition.applicants)
    )
      competition = c;
  }
  // One figure per programme: the same route from several origins costs the same.
  const paying = [
    ...new Map(
      ways.filter((w) => w.funding === "self-funded" || w.funding === "mixed").map((w) => [w.routeId, w]),
    ).values(),
  ];
  const priced = paying.filter((w) => w.fees !== null);
  return {
    quickest: ways[0] ?? null,
    competition,
    fees: {
      pounds:
        priced.length === 0
          ? null
          : {
              min: Math.min(...priced.map((w) => w.fees!.pounds.min)),
              max: Math.max(...priced.map((w) => w.fees!.pounds.max)),
            },
      years: [...new Set(priced.map((w) => w.fees!.year))].sort(),
      unknown: paying.length - priced.length,
      selfPaying: paying.length,
    },
  };
}
