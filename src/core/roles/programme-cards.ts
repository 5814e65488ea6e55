/**
 * The ways into a role as one card per programme: a route the data records once with several origins (the
 * doctorate "from any of 10 roles") is one card naming them, not one card per origin.
 */
import type { NeighbourStep } from "../route/neighbourhood";

export interface ProgrammeCard {
  routeId: string;
  /** The programme's facts, from its quickest origin (they are the route's own, whatever the origin). */
  step: NeighbourStep;
  /** Every origin the programme is open from, in the order given (quickest first). */
  from: { id: string; title: string }[];
}

/**
 * Folds ways in (from waysInto, quickest first) into one card per route, in the order each is first met.
 * @example programmeCards(waysInto(graph, "clinical-psychologist")).map((c) => [c.routeId, c.from.length])
 * // [["dclinpsy", 2], ["dclinpsy-after-funded-training", 10]]
 */
export function programmeCards(steps: ReadonlyArray<NeighbourStep>): ProgrammeCard[] {
  const cards = new Map<string, ProgrammeCard>();
  for (const step of steps) {
    const card = cards.get(step.routeId);
    if (card === undefined) {
      cards.set(step.routeId, {
        routeId: step.routeId,
        step,
        from: [{ id: step.from, title: step.fromTitle }],
      });
    } else if (!card.from.some((origin) => origin.id === step.from)) {
      card.from.push({ id: step.from, title: step.fromTitle });
    }
  }
  return [...cards.values()];
}
