/**
 * The planner's words for a route: the wait before a step, each rule it waited for or met, competition and
 * fees. Pure, so the route card only renders them and the CLI can reuse them.
 */
import type { Competition } from "../dataset/schema";
import { titleOf, type CareerGraph } from "../graph/career-graph";
import { formatDuration, formatPounds, formatTiming } from "../text/format-duration";
import { inSentence, listInWords, plural, withArticle } from "../text/words";
import type { AppliedPrerequisite, MonthsSpan, PlannedRoute, RouteStep, RouteTotals, Timing } from "./types";

/**
 * The wait before a step, or null when there is none.
 * @example stepWaitText({ minimum: 24, typical: { min: 24, max: 24 } }) // "After a wait of 2 years."
 * @example stepWaitText({ minimum: 12, typical: { min: 24, max: 36 } }) // "After a wait of at least 1 year; typically 2 to 3 years."
 * @example stepWaitText({ minimum: 18, typical: { min: 0, max: 18 } }) // "After a wait of 0 to 18 months, depending on how long the earlier steps take."
 */
export function stepWaitText(wait: Timing): string | null {
  if (wait.minimum === 0 && wait.typical.max === 0) return null;
  // A gap wait is shorter when the earlier steps take longer, so the typical wait can be below the minimum case's.
  if (wait.typical.min < wait.minimum) {
    const range = { min: wait.typical.min, max: Math.max(wait.minimum, wait.typical.max) };
    return `After a wait of ${formatDuration(range)}, depending on how long the earlier steps take.`;
  }
  return `After a wait of ${formatTiming(wait)}.`;
}

/** "12 months", or "at least 12 months, typically 2 to 3 years". */
function experienceText(months: number, typical: MonthsSpan | null): string {
  const least = formatDuration({ min: months, max: months });
  if (typical === null) return least;
  return `at least ${least}, typically ${formatDuration(typical)}`;
}

/**
 * A rule a step waited for or met, in words for the person planning.
 * @example stepRuleText(graph, route, step, step.appliedPrerequisites[0]!)
 * // "Work 2 years as a Psychological wellbeing practitioner first. Two years in post."
 */
export function stepRuleText(
  graph: CareerGraph,
  route: PlannedRoute,
  step: RouteStep,
  rule: AppliedPrerequisite,
): string {
  switch (rule.type) {
    case "experience-in-role": {
      const waited = rule.waitMonths.minimum > 0 || rule.waitMonths.typical.max > 0;
      return waited
        ? `Work ${experienceText(rule.months, rule.typicalMonths)} as ${withArticle(step.fromTitle)} first. ${rule.note}`
        : `${rule.note} Already met.`;
    }
    case "relevant-experience": {
      const waited = rule.waitMonths.minimum > 0 || rule.waitMonths.typical.max > 0;
      const already =
        rule.alreadyMonths.minimum > 0
          ? ` You will have ${formatTiming(rule.alreadyMonths)} of it by then.`
          : "";
      return waited
        ? `Get ${experienceText(rule.months, rule.typicalMonths)} of relevant experience first: ${rule.counts}.${already} ${rule.note}`
        : `${rule.note} Already met: ${rule.counts}.`;
    }
    case "gap-after-funded-training": {
      const own = rule.clockFromStartingRole;
      const waited = rule.waitMonths.minimum > 0 || rule.waitMonths.typical.max > 0;
      if (rule.clockFrom === null && own !== null) {
        const training = `your NHS-funded training as ${withArticle(titleOf(graph, own.role))}`;
        if (!waited) return `${rule.note} Already met: ${training} ended long enough before.`;
        const since =
          own.monthsSinceTraining === 0
            ? "This plan counts from now, as if you have just qualified: if you qualified earlier, say how many months you have been in post, above."
            : `You have been in post ${plural(own.monthsSinceTraining, "month")}.`;
        return `Wait until ${plural(rule.months, "month")} after ${training} ended. ${since} ${rule.note}`;
      }
      if (rule.clockFrom === null)
        return `${rule.note} No NHS-funded training earlier on this route or for where you are now, so no wait.`;
      const earlier = route.steps[rule.clockFrom.step]?.programme ?? "earlier training";
      return waited
        ? `Wait until ${plural(rule.months, "month")} after “${earlier}” ends. ${rule.note}`
        : `${rule.note} The earlier steps already take long enough.`;
    }
    case "holds":
      return rule.assumedFrom !== null
        ? `${rule.note} Assumed met: ${withArticle(inSentence(titleOf(graph, rule.assumedFrom)))} normally has ${titleOf(graph, rule.satisfiedBy === rule.assumedFrom ? rule.anyOf[0]! : rule.satisfiedBy)}.`
        : `${rule.note} Met by: ${titleOf(graph, rule.satisfiedBy)}.`;
    case "statutory-registration":
      return `${rule.note} Met: ${step.fromTitle} registers with ${rule.registers.join(", ")}.`;
    case "other":
      return rule.note;
  }
}

/**
 * How competitive a step is, from its figures: about one in N got a place.
 * @example competitionText({ applicants: 4225, places: 770, year: "2020", scope: "UK NHS-funded places", sources: [] })
 * // "About 1 in 5 applicants got a place in 2020 (4,225 applicants for 770 places; UK NHS-funded places)."
 */
export function competitionText(competition: Competition): string {
  const { applicants, places, year, scope } = competition;
  const ratio = Math.max(1, Math.round(applicants / places));
  const figures = `${applicants.toLocaleString("en-GB")} applicants for ${places.toLocaleString("en-GB")} places; ${scope}`;
  return `About 1 in ${ratio} applicants got a place in ${year} (${figures}).`;
}

/**
 * The fees a route may cost the person, in words.
 * @example feesTotalText({ pounds: { min: 9450, max: 15000 }, unknownSteps: 0 }) // "fees £9,450 to £15,000"
 * @example feesTotalText({ pounds: { min: 0, max: 0 }, unknownSteps: 1 }) // "fees not known for 1 step"
 */
export function feesTotalText(fees: RouteTotals["fees"]): string {
  const parts: string[] = [];
  if (fees.pounds.max > 0) parts.push(`fees ${formatPounds(fees.pounds)}`);
  if (fees.unknownSteps > 0) {
    const steps = plural(fees.unknownSteps, "step");
    parts.push(parts.length > 0 ? `plus fees not known for ${steps}` : `fees not known for ${steps}`);
  }
  return parts.length > 0 ? parts.join(", ") : "no fees to pay";
}

/**
 * The headline of a route: how long it takes in both counts, and what it may cost.
 * @example routeSummaryText(route) // "at least 5 years; typically 6 to 8 years · fees £9,450 to £15,000"
 */
export function routeSummaryText(route: PlannedRoute): string {
  return [
    formatTiming(route.months, route.totals.unknownDurationSteps),
    feesTotalText(route.totals.fees),
  ].join(" · ");
}

/** The assumptions a route made, joined for a sentence. */
export function assumptionsText(route: PlannedRoute): string {
  return listInWords(route.assumptions.map((a) => a.text));
}
