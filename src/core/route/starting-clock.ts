/**
 * The person's own gap clock. Someone who starts from a role they could only have entered through NHS-funded
 * psychological professions training (a PWP, say) already had that training, so a `gap-after-funded-training`
 * rule applies to them even when no funded step lies on the route itself.
 */
import type { CareerGraph } from "../graph/career-graph";

/** Where a person's gap clock starts, before any step: their most recent NHS-funded training. */
export interface StartingClock {
  /** The starting role the training was for. */
  role: string;
  /** Months since that training ended: the months given as experience in the role (0 when not given). */
  monthsSinceTraining: number;
}

/** Months already in a starting role, by id, as a normalised query gives them. */
export type ExperienceMonths = ReadonlyMap<string, number> | undefined;

/**
 * Months of experience given for a node, 0 when none is given.
 * @example experienceIn(new Map([["psychological-wellbeing-practitioner", 12]]), "psychological-wellbeing-practitioner") // 12
 */
export function experienceIn(given: ExperienceMonths, id: string): number {
  return given?.get(id) ?? 0;
}

/**
 * True when a node is a role that can only be entered through NHS-funded psychological professions training:
 * it has at least one way in, and every route into it in the whole graph (whatever a query's filters) is
 * marked `nhsFundedPsychologicalTraining`. Someone who holds it has had that training.
 * @example trainedWithNhsFunding(graph, "psychological-wellbeing-practitioner") // true
 * @example trainedWithNhsFunding(graph, "counsellor") // false: counselling diplomas are self-funded
 */
export function trainedWithNhsFunding(graph: CareerGraph, id: string): boolean {
  if (graph.nodes.get(id)?.nodeType !== "role") return false;
  const waysIn = graph.inEdges.get(id) ?? [];
  return waysIn.length > 0 && waysIn.every((edge) => edge.route.nhsFundedPsychologicalTraining);
}

/**
 * The person's gap clock at the start: among their starting points that count as trained with NHS funding
 * (see trainedWithNhsFunding), the most recent training, i.e. the fewest months of experience (ties go to
 * the first in `from`). Null when none counts: then only a funded step on the route starts a clock. The
 * clock belongs to the person, so it applies whichever starting point a route leaves from, and an avoided
 * starting point (held, only not left from) still counts.
 * @example
 * startingGapClock(graph, ["psychological-wellbeing-practitioner", "psychology-degree-gbc"], new Map());
 * // { role: "psychological-wellbeing-practitioner", monthsSinceTraining: 0 }
 */
export function startingGapClock(
  graph: CareerGraph,
  from: readonly string[],
  experienceMonths: ExperienceMonths,
): StartingClock | null {
  let clock: StartingClock | null = null;
  for (const id of from) {
    if (!trainedWithNhsFunding(graph, id)) continue;
    const months = experienceIn(experienceMonths, id);
    if (clock === null || months < clock.monthsSinceTraining)
      clock = { role: id, monthsSinceTraining: months };
  }
  return clock;
}
