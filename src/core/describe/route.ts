/**
 * Words for what the route finder works out about a route: its time in the two counts, a wait, its fees and
 * how competitive a step is. Used by the planner, its printed plan and the command line.
 */
import type { Competition, MonthsRange } from "../dataset/schema";
import { capitalise, plural } from "../text/words";
import { formatDuration, formatPounds, formatTiming } from "./duration";
import { formatNumber } from "../text/format-number";

/** A time in the route finder's two counts (Timing in core/route/types), described here without importing it. */
interface Timing {
  minimum: number;
  typical: MonthsRange;
}

/** Fees a route may cost: pounds least to most, and how many steps have no figure. */
interface FeesTotal {
  pounds: { min: number; max: number };
  unknownSteps: number;
}

/**
 * A wait in words, or null when there is none. A gap wait is shorter when the earlier steps take longer, so the
 * typical wait can be below the minimum case's; then it is given as a range that depends on them.
 * @example describeWait({ minimum: 24, typical: { min: 24, max: 24 } }) // "2 years"
 * @example describeWait({ minimum: 18, typical: { min: 0, max: 18 } }) // "0 to 18 months, depending on how long the earlier steps take"
 * @example describeWait({ minimum: 12, typical: { min: 24, max: 36 } }) // "at least 1 year; typically 2 to 3 years"
 */
export function describeWait(wait: Timing): string | null {
  if (wait.minimum === 0 && wait.typical.max === 0) return null;
  if (wait.typical.min < wait.minimum) {
    const range = { min: wait.typical.min, max: Math.max(wait.minimum, wait.typical.max) };
    return `${formatDuration(range)}, depending on how long the earlier steps take`;
  }
  return formatTiming(wait);
}

/**
 * How competitive a step is, in a few words for a card or a timeline: about one applicant in N got a place.
 * @example competitionShortText({ applicants: 4225, places: 770, year: "2020", scope: "UK NHS-funded places", sources: [] })
 * // "about 1 in 5 applicants got a place in 2020"
 */
export function competitionShortText(competition: Competition): string {
  const ratio = Math.max(1, Math.round(competition.applicants / competition.places));
  return `about 1 in ${ratio} applicants got a place in ${competition.year}`;
}

/**
 * How competitive a step is, from its figures: about one in N got a place, with the figures behind it.
 * @example competitionText({ applicants: 4225, places: 770, year: "2020", scope: "UK NHS-funded places", sources: [] })
 * // "About 1 in 5 applicants got a place in 2020 (4,225 applicants for 770 places; UK NHS-funded places)."
 */
export function competitionText(competition: Competition): string {
  const { applicants, places, scope } = competition;
  const figures = `${formatNumber(applicants)} applicants for ${formatNumber(places)} places; ${scope}`;
  return `${capitalise(competitionShortText(competition))} (${figures}).`;
}

/**
 * The fees a route may cost the person, in words.
 * @example feesTotalText({ pounds: { min: 9450, max: 15000 }, unknownSteps: 0 }) // "fees £9,450 to £15,000"
 * @example feesTotalText({ pounds: { min: 0, max: 0 }, unknownSteps: 1 }) // "fees not known for 1 step"
 */
export function feesTotalText(fees: FeesTotal): string {
  const parts: string[] = [];
  if (fees.pounds.max > 0) parts.push(`fees ${formatPounds(fees.pounds)}`);
  if (fees.unknownSteps > 0) {
    const steps = plural(fees.unknownSteps, "step");
    parts.push(parts.length > 0 ? `plus fees not known for ${steps}` : `fees not known for ${steps}`);
  }
  return parts.length > 0 ? parts.join(", ") : "no fees to pay";
}

/**
 * How long a whole route takes, in the two counts.
 * @example routeTimeText(route) // "at least 5 years; typically 6 to 8 years"
 */
export function routeTimeText(route: { months: Timing; totals: { unknownDurationSteps: number } }): string {
  return formatTiming(route.months, route.totals.unknownDurationSteps);
}
