/**
 * The planner's words for a step of a route: the wait before it, and each rule it waited for or met. Pure, so
 * the route card only renders them. (The command line's plainer wording is in
 * src/core/route-text/format-route-result.ts; both take lengths of time from src/core/describe.)
 */
import { formatDuration } from "../../core/describe";
import { titleOf, type CareerGraph } from "../../core/graph/career-graph";
import type { AppliedPrerequisite, MonthsSpan, PlannedRoute, RouteStep } from "../../core/route";
import { plural, withArticle } from "../../core/text/words";

/**
 * The wait before a step, or null when there is none.
 * @example stepWaitText({ min: 24, max: 24 }) // "After a wait of 2 years."
 * @example stepWaitText({ min: 0, max: 18 }) // "After a wait of 0 to 18 months, depending on how long the earlier steps take."
 */
export function stepWaitText(wait: MonthsSpan): string | null {
  if (wait.max === 0) return null;
  const depends = wait.min === wait.max ? "" : ", depending on how long the earlier steps take";
  return `After a wait of ${formatDuration(wait)}${depends}.`;
}

/**
 * A rule a step waited for or met, in words for the person planning.
 * @example stepRuleText(graph, route, step, step.appliedPrerequisites[0]!)
 * // "Work 24 months as a Psychological wellbeing practitioner first. Two years in post."
 */
export function stepRuleText(
  graph: CareerGraph,
  route: PlannedRoute,
  step: RouteStep,
  rule: AppliedPrerequisite,
): string {
  switch (rule.type) {
    case "experience-in-role":
      return rule.waitMonths > 0
        ? `Work ${plural(rule.waitMonths, "month")} as ${withArticle(step.fromTitle)} first. ${rule.note}`
        : `${rule.note} Already met.`;
    case "gap-after-funded-training": {
      const own = rule.clockFromStartingRole;
      if (rule.clockFrom === null && own !== null) {
        const training = `your NHS-funded training as ${withArticle(titleOf(graph, own.role))}`;
        if (rule.waitMonths.max === 0)
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
      return rule.waitMonths.max > 0
        ? `Wait until ${plural(rule.months, "month")} after “${earlier}” ends. ${rule.note}`
        : `${rule.note} The earlier steps already take long enough.`;
    }
    case "holds":
      return `${rule.note} Met by: ${titleOf(graph, rule.satisfiedBy)}.`;
    case "statutory-registration":
      return `${rule.note} Met: ${step.fromTitle} registers with ${rule.registers.join(", ")}.`;
    case "other":
      return rule.note;
  }
}
