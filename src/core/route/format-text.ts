/**
 * Route-finder results as plain text for a careers adviser: what to do, in order, how long it takes, who pays
 * and what it pays, and the rules that shape the timing. Used by `npm run route`; pure, so the app can offer
 * the same text to copy or print.
 */
import { titleOf, type CareerGraph } from "../graph/career-graph";
import { formatPounds, formatTiming } from "../text/format-duration";
import { FUNDING_LABELS, ROUTE_KIND_LABELS } from "../text/labels";
import { listInWords, plural, withArticle } from "../text/words";
import { competitionText, feesTotalText } from "./plan-text";
import type { AppliedPrerequisite, MonthsSpan, PlannedRoute, RouteResult, RouteStep, Timing } from "./types";

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

/** A point or length in both counts: "24 (typically 36–48)" or just "24" when they agree. */
function formatTimingMonths(t: Timing): string {
  const typical = t.typical.min === t.typical.max ? `${t.typical.min}` : `${t.typical.min}–${t.typical.max}`;
  return typical === `${t.minimum}` ? `${t.minimum}` : `${t.minimum} (typically ${typical})`;
}

function experienceWords(months: number, typical: MonthsSpan | null): string {
  const least = plural(months, "month");
  if (typical === null) return least;
  const usual = typical.min === typical.max ? `${typical.min}` : `${typical.min}–${typical.max}`;
  return `at least ${least}, typically ${usual}`;
}

function prerequisiteLine(
  graph: CareerGraph,
  from: readonly string[],
  route: PlannedRoute,
  p: AppliedPrerequisite,
): string {
  const title = (id: string) => titleOf(graph, id);
  switch (p.type) {
    case "experience-in-role": {
      const already = p.alreadyMonths > 0 ? ` (${p.alreadyMonths} already done)` : "";
      return `Experience as ${title(p.role)} first, ${experienceWords(p.months, p.typicalMonths)}${already}: ${p.note}`;
    }
    case "relevant-experience": {
      const already = p.alreadyMonths.minimum > 0 ? ` (${formatTimingMonths(p.alreadyMonths)} already)` : "";
      return `Relevant experience first, ${experienceWords(p.months, p.typicalMonths)}${already}: ${p.counts}. ${p.note}`;
    }
    case "gap-after-funded-training": {
      const own = p.clockFromStartingRole;
      const noWait = p.waitMonths.minimum === 0 && p.waitMonths.typical.max === 0;
      if (p.clockFrom === null && own !== null) {
        const since = `${plural(own.monthsSinceTraining, "month")} in post so far`;
        return (
          `${p.months} months must pass after your NHS-funded training as ${withArticle(title(own.role))} ends ` +
          `(${since})${noWait ? ", so no wait" : ""}: ${p.note}`
        );
      }
      if (p.clockFrom === null) {
        return `No NHS-funded training earlier on this route or for your starting roles, so the ${p.months}-month gap rule does not delay it.`;
      }
      const step = p.clockFrom.step + 1;
      return `${p.months} months must pass after the end of step ${step} (${route.steps[p.clockFrom.step]!.programme}): ${p.note}`;
    }
    case "holds": {
      const needs = `Needs ${listInWords(p.anyOf.map(title), "or")}`;
      if (p.assumedFrom !== null) return `${needs}: assumed, as you are ${title(p.assumedFrom)}.`;
      if (from.includes(p.satisfiedBy)) return `${needs}: you have ${title(p.satisfiedBy)}.`;
      return `${needs}: met by ${title(p.satisfiedBy)}, earlier on this route.`;
    }
    case "statutory-registration":
      return `Needs statutory registration: ${title(p.role)} registers with ${listInWords(p.registers) || "a regulator"}.`;
    case "other":
      return p.note;
  }
}

function stepLines(
  graph: CareerGraph,
  from: readonly string[],
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
  if (step.wait.typical.max > 0 || step.wait.minimum > 0) {
    lines.push(
      `     Wait ${formatTimingMonths(step.wait)} months first, then start at month ${formatTimingMonths(step.start)}`,
    );
  }
  const end =
    step.durationMonths === null
      ? `ends: not known (month ${formatTimingMonths(step.start)} at the earliest)`
      : `ends at month ${formatTimingMonths(step.end)}`;
  lines.push(`     ${facts.join(" · ")} · ${end}`);
  if (step.ageFunding !== null) {
    const a = step.ageFunding;
    const age =
      a.ageAtStart === null
        ? "no age given"
        : `aged ${Math.floor(a.ageAtStart.min)}${Math.floor(a.ageAtStart.max) !== Math.floor(a.ageAtStart.min) ? `–${Math.floor(a.ageAtStart.max)}` : ""} at the start`;
    lines.push(
      `     Funding by age: ${a.applies ? `under ${a.under}, so funded` : `not under ${a.under} (${age})`}: ${a.note}`,
    );
  }
  if (step.fees !== null) {
    lines.push(
      `     Fees you may pay: ${formatPounds(step.fees.pounds)} (${step.fees.year}): ${step.fees.note}`,
    );
  } else if (step.feesUnknown) {
    lines.push("     Fees you may pay: not known");
  }
  if (step.competition !== null) lines.push(`     Competition: ${competitionText(step.competition)}`);
  if (step.intake !== null) lines.push(`     Intake: ${step.intake.note}`);
  if (step.apprenticeship !== null) {
    const standard = step.apprenticeship.standard ?? "standard reference not found";
    lines.push(
      `     Apprenticeship: ${step.apprenticeship.title}, ${standard}, level ${step.apprenticeship.level}`,
    );
  }
  if (step.pay.text !== null) lines.push(`     Pay as ${step.toTitle}: ${step.pay.text}`);
  for (const p of step.appliedPrerequisites) lines.push(`     • ${prerequisiteLine(graph, from, route, p)}`);
  return lines;
}

function routeHeading(route: PlannedRoute, index: number): string {
  return `${index === 0 ? "Best route" : `Alternative ${index}`}: ${routeSummary(route)}`;
}

function routeSummary(route: PlannedRoute): string {
  const parts = [
    formatTiming(route.months, route.totals.unknownDurationSteps),
    plural(route.totals.steps, "step"),
  ];
  if (route.totals.selfFundedSteps > 0) parts.push(`${route.totals.selfFundedSteps} self-funded`);
  const fees = route.totals.fees;
  if (fees.pounds.max > 0 || fees.unknownSteps > 0) parts.push(feesTotalText(fees));
  return parts.join(", ");
}

/**
 * The whole result as readable text.
 * @example console.log(formatRouteResultText(graph, findRoutes(graph, query)));
 */
export function formatRouteResultText(graph: CareerGraph, result: RouteResult): string {
  const title = (id: string) => titleOf(graph, id);
  const lines = [`From ${listInWords(result.from.map(title))} to ${title(result.to)}`];
  if (result.age !== null) lines.push(`Age now: ${result.age}`);
  if (result.routes.length === 0) {
    lines.push("", "No route found.", result.reason ?? "");
    if (result.opensWith.length > 0) {
      lines.push("", "What would open a route:", ...result.opensWith.map((text) => `  • ${text}`));
    }
    return lines.join("\n");
  }
  lines.push(`${plural(result.routes.length, "route")}, ${PREFERENCE_WORDS[result.prefer]}`);
  const print = (route: PlannedRoute, heading: string) => {
    lines.push("", heading);
    for (const assumption of route.assumptions) lines.push(`  Assumed: ${assumption.text}`);
    route.steps.forEach((step, i) => lines.push(...stepLines(graph, result.from, route, step, i)));
  };
  result.routes.forEach((route, index) => print(route, routeHeading(route, index)));
  result.unknownLengthRoutes.forEach((route) =>
    print(route, `Also possible, with a step of unknown length: ${routeSummary(route)}`),
  );
  if (result.reason !== null) lines.push("", result.reason);
  return lines.join("\n");
}
