/**
 * Route-finder results as plain text for a careers adviser: what to do, in order, how long it takes, who pays
 * and what it pays, and the rules that shape the timing. Used by `npm run route`. Lengths, qualifications,
 * funding, apprenticeships and pay are worded by src/core/describe, as the planner and its printed plan word
 * them.
 */
import {
  describeApprenticeship,
  describeQualification,
  formatDuration,
  formatTotalTime,
  formatWhen,
  FUNDING_LABELS,
  routeKindName,
} from "../describe";
import { FORMAT_1_ROUTE_KINDS } from "../dataset/format-1";
import type { RouteKindDeclaration } from "../dataset/schema";
import { titleOf, type CareerGraph } from "../graph/career-graph";
import type { AppliedPrerequisite, PlannedRoute, RouteResult, RouteStep } from "../route";
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
  if (step.waitMonths.max > 0) {
    const depends =
      step.waitMonths.min === step.waitMonths.max ? "" : ", depending on how long the earlier steps take";
    lines.push(
      `     Wait ${formatDuration(step.waitMonths)} first${depends}, then start ${lowerFirst(formatWhen(step.startMonth, step.startMonth))}`,
    );
  }
  lines.push(`     ${facts.join(" · ")} · ${lowerFirst(formatWhen(step.startMonth, step.endMonth))}`);
  if (step.apprenticeship !== null) {
    lines.push(`     Apprenticeship: ${describeApprenticeship(step.apprenticeship)}`);
  }
  if (step.pay.text !== null) lines.push(`     Pay as ${step.toTitle}: ${step.pay.text}`);
  for (const p of step.appliedPrerequisites)
    lines.push(`     • ${prerequisiteLine(graph, result, route, p)}`);
  return lines;
}

function routeHeading(route: PlannedRoute, index: number): string {
  const label = index === 0 ? "Best route" : `Alternative ${index}`;
  const parts = [formatTotalTime(route.totalMonths), plural(route.totals.steps, "step")];
  if (route.totals.selfFundedSteps > 0) parts.push(`${route.totals.selfFundedSteps} self-funded`);
  if (route.totals.unknownDurationSteps > 0)
    parts.push(`${route.totals.unknownDurationSteps} of unknown length`);
  return `${label}: ${parts.join(", ")}`;
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
    route.steps.forEach((step, i) => lines.push(...stepLines(graph, routeKinds, result, route, step, i)));
  });
  if (result.reason !== null) lines.push("", result.reason);
  return lines.join("\n");
}
