/**
 * The planner's words for a step of a route: the wait before it, and each rule it waited for or met. Pure, so
 * the route card only renders them. (The command line's plainer wording is in
 * src/core/route-text/format-route-result.ts; both take lengths of time and fees from src/core/describe.)
 */
import { describeWait, formatDuration, formatTiming } from "../../core/describe";
import { titleOf, type CareerGraph } from "../../core/graph/career-graph";
import type { AppliedPrerequisite, MonthsSpan, PlannedRoute, RouteStep, Timing } from "../../core/route";
import { inSentence, plural, withArticle } from "../../core/text/words";

/**
 * The wait before a step, or null when there is none.
 * @example stepWaitText({ minimum: 24, typical: { min: 24, max: 24 } }) // "After a wait of 2 years."
 * @example stepWaitText({ minimum: 18, typical: { min: 0, max: 18 } }) // "After a wait of 0 to 18 months, depending on how long the earlier steps take."
 */
export function stepWaitText(wait: Timing): string | null {
  const words = describeWait(wait);
  return words === null ? null : `After a wait of ${words}.`;
}

/** "1 year", or "at least 1 year, typically 2 to 3 years". */
function experienceText(months: number, typical: MonthsSpan | null): string {
  const least = formatDuration({ min: months, max: months });
  if (typical === null) return least;
  return `at least ${least}, typically ${formatDuration(typical)}`;
}

function waited(wait: Timing): boolean {
  return wait.minimum > 0 || wait.typical.max > 0;
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
    case "experience-in-role":
      return waited(rule.waitMonths)
        ? `Work ${experienceText(rule.months, rule.typicalMonths)} as ${withArticle(step.fromTitle)} first. ${rule.note}`
        : `${rule.note} Already met.`;
    case "relevant-experience": {
      const already =
        rule.alreadyMonths.minimum > 0
          ? ` You will have ${formatTiming(rule.alreadyMonths)} of it by then.`
          : "";
      return waited(rule.waitMonths)
        ? `Get ${experienceText(rule.months, rule.typicalMonths)} of relevant experience first: ${rule.counts}.${already} ${rule.note}`
        : `${rule.note} Already met: ${rule.counts}.`;
    }
    case "gap-after-funded-training": {
      const own = rule.clockFromStartingRole;
      if (rule.clockFrom === null && own !== null) {
        const training = `your NHS-funded training as ${withArticle(titleOf(graph, own.role))}`;
        if (!waited(rule.waitMonths))
          return `${rule.note} Already met: ${training} ended long enough before.`;
        const since =
          own.monthsSinceTraining === 0
            ? "This plan counts from now, as if you have just qualified: if you qualified earlier, say how many months you have been in post, above."
            : `You have been in post ${plural(own.monthsSinceTraining, "month")}.`;
        return `Wait until ${plural(rule.months, "month")} after ${training} ended. ${since} ${rule.note}`;
      }
      if (rule.clockFrom === null)
        return `${rule.note} No NHS-funded training earlier on this route or for where you are now, so no wait.`;
      const earlier = route.steps[rule.clockFrom.step]?.programme ?? "earlier training";
      return waited(rule.waitMonths)
        ? `Wait until ${plural(rule.months, "month")} after “${earlier}” ends. ${rule.note}`
        : `${rule.note} The earlier steps already take long enough.`;
    }
    case "holds":
      if (rule.assumedFrom !== null) {
        const held = rule.anyOf.includes(rule.satisfiedBy) ? rule.satisfiedBy : rule.anyOf[0]!;
        return `${rule.note} Assumed met: ${withArticle(inSentence(titleOf(graph, rule.assumedFrom)))} normally has ${titleOf(graph, held)}.`;
      }
      return `${rule.note} Met by: ${titleOf(graph, rule.satisfiedBy)}.`;
    case "statutory-registration":
      return `${rule.note} Met: ${step.fromTitle} registers with ${rule.registers.join(", ")}.`;
    case "other":
      return rule.note;
  }
}
