/**
 * Route-finder results as plain text for a careers adviser: what to do, in order, how long it takes at the
 * least and typically, who pays and what it may cost, how competitive it is, what it pays, the rules that
 * shape the timing and what was assumed. Used by `npm run route`. Lengths, qualifications, funding,
 * apprenticeships, fees and pay are worded by src/core/describe, as the planner and its printed plan word them.
 */
import {
  competitionText,
  describeApprenticeship,
  describeQualification,
  describeWait,
  feesTotalText,
  formatDuration,
  formatPounds,
  FUNDING_LABELS,
  routeKindName,
  routeTimeText,
} from "../describe";
import { FORMAT_1_ROUTE_KINDS } from "../dataset/format-1";
import type { RouteKindDeclaration } from "../dataset/schema";
import { titleOf, type CareerGraph } from "../graph/career-graph";
import type { AppliedPrerequisite, MonthsSpan, PlannedRoute, RouteResult, RouteStep, Timing } from "../route";
import { listInWords, plural, withArticle } from "../text/words";

const PREFERENCE_WORDS = {
  fastest: "fastest first",
  "fewest-steps": "fewest steps first",
  "earn-while-learning": "earn while you learn first",
} as const;

/** The words with a lower-case first letter, to sit in the middle of a line. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A month on the timeline in both counts: "24", or "24 (typically 24–36)". */
function monthMark(t: Timing): string {
  const typical = t.typical.min === t.typical.max ? `${t.typical.min}` : `${t.typical.min}–${t.typical.max}`;
  return typical === `${t.minimum}` ? `${t.minimum}` : `${t.minimum} (typically ${typical})`;
}

function experienceWords(months: number, typical: MonthsSpan | null): string {
  const least = formatDuration({ min: months, max: months }).toLowerCase();
  return typical === null ? least : `at least ${least}, typically ${formatDuration(typical).toLowerCase()}`;
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
      const already = p.alreadyMonths > 0 ? ` (${plural(p.alreadyMonths, "month")} already done)` : "";
      return `Experience as ${title(p.role)} first, ${experienceWords(p.months, p.typicalMonths)}${already}: ${p.note}`;
    }
    case "relevant-experience": {
      const already = p.alreadyMonths.minimum > 0 ? ` (${monthMark(p.alreadyMonths)} months already)` : "";
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
      if (result.from.includes(p.satisfiedBy)) return `${needs}: you have ${title(p.satisfiedBy)}.`;
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
  routeKinds: ReadonlyArray<RouteKindDeclaration>,
  result: RouteResult,
  route: PlannedRoute,
  step: RouteStep,
  index: number,
): string[] {
  const facts: string[] = [lowerFirst(formatDuration(step.durationMonths))];
  if (step.qualification !== null) facts.push(describeQualification(step.qualification));
  facts.push(FUNDING_LABELS[step.funding].toLowerCase());
  const lines = [
    `  ${index + 1}. ${step.fromTitle} → ${step.toTitle}`,
    `     ${step.programme} (${routeKindName(routeKinds, step.kind).toLowerCase()}; route ${step.routeId})`,
  ];
  const wait = describeWait(step.wait);
  if (wait !== null) lines.push(`     Wait ${wait}, then start at month ${monthMark(step.start)}`);
  const end =
    step.durationMonths === null
      ? `ends: not known (month ${monthMark(step.start)} at the earliest)`
      : `ends at month ${monthMark(step.end)}`;
  lines.push(`     ${facts.join(" · ")} · ${end}`);
  if (step.ageFunding !== null) {
    const a = step.ageFunding;
    const years = (span: MonthsSpan) =>
      Math.floor(span.min) === Math.floor(span.max)
        ? `${Math.floor(span.min)}`
        : `${Math.floor(span.min)}–${Math.floor(span.max)}`;
    const age = a.ageAtStart === null ? "no age given" : `aged ${years(a.ageAtStart)} at the start`;
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
    lines.push(`     Apprenticeship: ${describeApprenticeship(step.apprenticeship)}`);
  }
  if (step.pay.text !== null) lines.push(`     Pay as ${step.toTitle}: ${step.pay.text}`);
  for (const p of step.appliedPrerequisites)
    lines.push(`     • ${prerequisiteLine(graph, result, route, p)}`);
  return lines;
}

function routeSummary(route: PlannedRoute): string {
  const parts = [routeTimeText(route), plural(route.totals.steps, "step")];
  if (route.totals.selfFundedSteps > 0) parts.push(`${route.totals.selfFundedSteps} self-funded`);
  const fees = route.totals.fees;
  if (fees.pounds.max > 0 || fees.unknownSteps > 0) parts.push(feesTotalText(fees));
  return parts.join(", ");
}

/**
 * The whole result as readable text, naming route kinds as the dataset declares them (format 1's names when
 * no kinds are given).
 * @example console.log(formatRouteResultText(graph, findRoutes(graph, query), dataset.routeKinds));
 */
export function formatRouteResultText(
  graph: CareerGraph,
  result: RouteResult,
  routeKinds: ReadonlyArray<RouteKindDeclaration> = FORMAT_1_ROUTE_KINDS,
): string {
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
    route.steps.forEach((step, i) => lines.push(...stepLines(graph, routeKinds, result, route, step, i)));
  };
  result.routes.forEach((route, index) =>
    print(route, `${index === 0 ? "Best route" : `Alternative ${index}`}: ${routeSummary(route)}`),
  );
  result.unknownLengthRoutes.forEach((route) =>
    print(route, `Also possible, with a step of unknown length: ${routeSummary(route)}`),
  );
  if (result.reason !== null) lines.push("", result.reason);
  return lines.join("\n");
}
