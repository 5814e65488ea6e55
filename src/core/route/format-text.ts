/**
 * Route-finder results as plain text for a careers adviser: what to do, in order, how long it takes, who pays
 * and what it pays, and the rules that shape the timing. Used by `npm run route`; pure, so the app can offer
 * the same text to copy or print.
 */
import { titleOf, type CareerGraph } from "../graph/career-graph";
import { FUNDING_LABELS, ROUTE_KIND_LABELS } from "../describe/labels";
import { listInWords, plural, withArticle } from "../text/words";
import type { AppliedPrerequisite, MonthsSpan, PlannedRoute, RouteResult, RouteStep } from "./types";

const PREFERENCE_WORDS = {
  fastest: "fastest first",
  "fewest-steps": "fewest steps first",
  "earn-while-learning": "earn while you learn first",
} as const;

/**
 * "12 months", "18–21 months".
 * @example formatMonths({ min: 18, max: 21 }) // "18–21 months"
 */
function formatMonths(span: MonthsSpan): string {
  const value = span.min === span.max ? `${span.min}` : `${span.min}–${span.max}`;
  return `${value} month${value === "1" ? "" : "s"}`;
}

function formatMonthMark(span: MonthsSpan): string {
  return span.min === span.max ? `${span.min}` : `${span.min}–${span.max}`;
}

function prerequisiteLine(
  graph: CareerGraph,
  result: RouteResult,
  route: PlannedRoute,
  p: AppliedPrerequisite,
): string {
  const title = (id: string) => titleOf(graph, id);
  switch (p.type) {
    case "experience-in-role": {
      const already = p.alreadyMonths > 0 ? ` (${p.alreadyMonths} already done)` : "";
      return `${p.months} months as ${title(p.role)} first${already}: ${p.note}`;
    }
    case "gap-after-funded-training": {
      const own = p.clockFromStartingRole;
      if (p.clockFrom === null && own !== null) {
        const since = `${plural(own.monthsSinceTraining, "month")} in post so far`;
        const noWait = p.waitMonths.min === 0 && p.waitMonths.max === 0 ? ", so no wait" : "";
        return (
          `${p.months} months must pass after your NHS-funded training as ${withArticle(title(own.role))} ends ` +
          `(${since})${noWait}: ${p.note}`
        );
      }
      if (p.clockFrom === null) {
        return `No NHS-funded training earlier on this route or for your starting roles, so the ${p.months}-month gap rule does not delay it.`;
      }
      const step = p.clockFrom.step + 1;
      return `${p.months} months must pass after the end of step ${step} (${route.steps[p.clockFrom.step]!.programme}): ${p.note}`;
    }
    case "holds": {
      const how = result.from.includes(p.satisfiedBy) ? "you have" : "this route reaches";
      return `Needs ${listInWords(p.anyOf.map(title), "or")}: ${how} ${title(p.satisfiedBy)}.`;
    }
    case "statutory-registration":
      return `Needs statutory registration: ${title(p.role)} registers with ${listInWords(p.registers) || "a regulator"}.`;
    case "other":
      return p.note;
  }
}

function stepLines(
  graph: CareerGraph,
  result: RouteResult,
  route: PlannedRoute,
  step: RouteStep,
  index: number,
): string[] {
  const facts: string[] = [
    step.durationMonths === null ? "length not known" : formatMonths(step.durationMonths),
  ];
  if (step.qualification !== null) {
    facts.push(
      `${step.qualification.framework} level ${step.qualification.level} ${step.qualification.name}`,
    );
  }
  facts.push(FUNDING_LABELS[step.funding].toLowerCase());
  const lines = [
    `  ${index + 1}. ${step.fromTitle} → ${step.toTitle}`,
    `     ${step.programme} (${ROUTE_KIND_LABELS[step.kind].toLowerCase()}; route ${step.routeId})`,
  ];
  if (step.waitMonths.max > 0) {
    const depends =
      step.waitMonths.min === step.waitMonths.max ? "" : ", depending on how long the earlier steps take";
    lines.push(
      `     Wait ${formatMonths(step.waitMonths)} first${depends}, then start at month ${formatMonthMark(step.startMonth)}`,
    );
  }
  lines.push(
    `     ${facts.join(" · ")} · months ${formatMonthMark(step.startMonth)} to ${formatMonthMark(step.endMonth)}`,
  );
  if (step.apprenticeship !== null) {
    const standard = step.apprenticeship.standard ?? "standard reference not found";
    lines.push(
      `     Apprenticeship: ${step.apprenticeship.title}, ${standard}, level ${step.apprenticeship.level}`,
    );
  }
  if (step.pay.text !== null) lines.push(`     Pay as ${step.toTitle}: ${step.pay.text}`);
  for (const p of step.appliedPrerequisites)
    lines.push(`     • ${prerequisiteLine(graph, result, route, p)}`);
  return lines;
}

function routeHeading(route: PlannedRoute, index: number): string {
  const label = index === 0 ? "Best route" : `Alternative ${index}`;
  const parts = [formatMonths(route.totalMonths), plural(route.totals.steps, "step")];
  if (route.totals.selfFundedSteps > 0) parts.push(`${route.totals.selfFundedSteps} self-funded`);
  if (route.totals.unknownDurationSteps > 0)
    parts.push(`${route.totals.unknownDurationSteps} of unknown length`);
  return `${label}: ${parts.join(", ")}`;
}

/**
 * The whole result as readable text.
 * @example console.log(formatRouteResultText(graph, findRoutes(graph, query)));
 */
export function formatRouteResultText(graph: CareerGraph, result: RouteResult): string {
  const title = (id: string) => titleOf(graph, id);
  const lines = [`From ${listInWords(result.from.map(title))} to ${title(result.to)}`];
  if (result.routes.length === 0) {
    lines.push("", "No route found.", result.reason ?? "");
    if (result.opensWith.length > 0) {
      lines.push("", "What would open a route:", ...result.opensWith.map((text) => `  • ${text}`));
    }
    return lines.join("\n");
  }
  lines.push(`${plural(result.routes.length, "route")}, ${PREFERENCE_WORDS[result.prefer]}`);
  result.routes.forEach((route, index) => {
    lines.push("", routeHeading(route, index));
    route.steps.forEach((step, i) => lines.push(...stepLines(graph, result, route, step, i)));
  });
  if (result.reason !== null) lines.push("", result.reason);
  return lines.join("\n");
}
