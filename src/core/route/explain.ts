/**
 * Explains a route step by step: what each step is, how long it takes and why it may have to wait, how it is
 * funded, what it pays, and how each prerequisite applied. Written plainly from the data rules, separately
 * from the search's integer version, so that tests can hold the two against each other.
 */
import type { CareerNode, Prerequisite } from "../dataset/schema";
import { titleOf, type CareerGraph, type RouteEdge } from "../graph/career-graph";
import { describePay } from "../describe/pay";
import { FUNDING_WEIGHT } from "./context";
import { apprenticeshipOf, payBands } from "./step-facts";
import { experienceIn, startingGapClock, type ExperienceMonths } from "./starting-clock";
import type { AppliedPrerequisite, MonthsSpan, PlannedRoute, RouteStep } from "./types";

export interface ExplainContext {
  /** The starting points, all held from the start. */
  from: readonly string[];
  /**
   * Months already in a starting role. For a role entered only through NHS-funded psychological professions
   * training, also the months since that training ended (0 when not given: just qualified).
   */
  experienceMonths?: ExperienceMonths;
}

function payOf(node: CareerNode | undefined): RouteStep["pay"] {
  if (node === undefined || node.nodeType !== "role") {
    return { scale: null, whileTraining: null, after: null, text: null };
  }
  const { whileTraining, qualified } = payBands(node);
  return { scale: node.pay.scale, whileTraining, after: qualified, text: describePay(node.pay) };
}

/**
 * A wait worked out in the two cases (every step shortest, every step longest) as a range, least first. A gap
 * wait is longest when the steps before it are quickest, so the shortest case gives the larger number.
 */
function leastToMost(wait: MonthsSpan): MonthsSpan {
  return { min: Math.min(wait.min, wait.max), max: Math.max(wait.min, wait.max) };
}

/**
 * Explains a route (a sequence of graph edges) for a person starting from `context.from`.
 * Timing: each step waits max(experience still needed in its from-role, gap still to run since the end of the
 * latest NHS-funded step), then takes its duration; the timeline is worked out twice, with every step at its
 * shortest (min) and at its longest (max). Waits are reported least to most (see RouteStep.waitMonths). Before any funded
 * step, the gap runs from the person's own funded training for a starting role, when one counts
 * (startingGapClock): it ended `experienceMonths` of that role ago.
 * @example
 * const edges = graph.outEdges.get("psychology-degree-gbc")!.filter((e) => e.to === "clinical-psychologist");
 * explainRoute(graph, edges, { from: ["psychology-degree-gbc"] }).totalMonths; // { min: 36, max: 36 }
 */
export function explainRoute(
  graph: CareerGraph,
  edges: readonly RouteEdge[],
  context: ExplainContext,
): PlannedRoute {
  const held = new Set(context.from);
  const personal = startingGapClock(graph, context.from, context.experienceMonths);
  // What started the gap clock: a funded step on the route, or the person's own training for a starting role.
  let clock: {
    source: { step: number; routeId: string } | { role: string; monthsSinceTraining: number };
    sinceMin: number;
    sinceMax: number;
  } | null =
    personal === null
      ? null
      : {
          source: { role: personal.role, monthsSinceTraining: personal.monthsSinceTraining },
          sinceMin: personal.monthsSinceTraining,
          sinceMax: personal.monthsSinceTraining,
        };
  const now: MonthsSpan = { min: 0, max: 0 };
  const waits: MonthsSpan = { min: 0, max: 0 };
  let selfFundedSteps = 0;
  let mixedFundingSteps = 0;
  let unknownDurationSteps = 0;
  let unpaidStudyCost = 0;

  const steps = edges.map((edge, index): RouteStep => {
    const route = edge.route;
    held.add(edge.from);
    // Starting points are never re-entered, so only a first step can use experience the person already has.
    const already = index === 0 ? experienceIn(context.experienceMonths, edge.from) : 0;
    const wait: MonthsSpan = { min: 0, max: 0 };
    const applied = route.prerequisites.map((p: Prerequisite): AppliedPrerequisite => {
      switch (p.type) {
        case "experience-in-role": {
          const waitMonths = Math.max(0, p.months - already);
          wait.min = Math.max(wait.min, waitMonths);
          wait.max = Math.max(wait.max, waitMonths);
          return { ...p, role: edge.from, alreadyMonths: already, waitMonths };
        }
        case "gap-after-funded-training": {
          const gap: MonthsSpan =
            clock === null
              ? { min: 0, max: 0 }
              : { min: Math.max(0, p.months - clock.sinceMin), max: Math.max(0, p.months - clock.sinceMax) };
          wait.min = Math.max(wait.min, gap.min);
          wait.max = Math.max(wait.max, gap.max);
          const source = clock?.source ?? null;
          const clockFrom = source !== null && "step" in source ? { ...source } : null;
          const clockFromStartingRole = source !== null && "role" in source ? { ...source } : null;
          return { ...p, clockFrom, clockFromStartingRole, waitMonths: leastToMost(gap) };
        }
        case "holds":
          return { ...p, anyOf: [...p.anyOf], satisfiedBy: p.anyOf.find((id) => held.has(id)) ?? "" };
        case "statutory-registration": {
          const node = graph.nodes.get(edge.from);
          const registers = node?.nodeType === "role" ? [...node.registration.bodies] : [];
          return { ...p, role: edge.from, registers };
        }
        case "other":
          return { ...p };
      }
    });
    const duration = route.durationMonths ?? null;
    if (duration === null) unknownDurationSteps++;
    if (route.funding === "self-funded") selfFundedSteps++;
    if (route.funding === "mixed") mixedFundingSteps++;
    unpaidStudyCost += (duration?.min ?? 0) * FUNDING_WEIGHT[route.funding];
    const startMonth = { min: now.min + wait.min, max: now.max + wait.max };
    const endMonth = {
      min: startMonth.min + (duration?.min ?? 0),
      max: startMonth.max + (duration?.max ?? 0),
    };
    const spent = { min: endMonth.min - now.min, max: endMonth.max - now.max };
    const ordered = leastToMost(wait);
    waits.min += ordered.min;
    waits.max += ordered.max;
    now.min = endMonth.min;
    now.max = endMonth.max;
    if (route.nhsFundedPsychologicalTraining) {
      clock = { source: { step: index, routeId: route.id }, sinceMin: 0, sinceMax: 0 };
    } else if (clock !== null) {
      clock = { ...clock, sinceMin: clock.sinceMin + spent.min, sinceMax: clock.sinceMax + spent.max };
    }
    return {
      from: edge.from,
      fromTitle: titleOf(graph, edge.from),
      to: edge.to,
      toTitle: titleOf(graph, edge.to),
      routeId: route.id,
      edgeKey: edge.key,
      kind: route.kind,
      programme: route.programme,
      durationMonths: duration === null ? null : { min: duration.min, max: duration.max },
      waitMonths: leastToMost(wait),
      startMonth,
      endMonth,
      qualification: route.qualification === undefined ? null : { ...route.qualification },
      funding: route.funding,
      fundingNote: route.fundingNote ?? null,
      apprenticeship: apprenticeshipOf(route),
      nhsFundedPsychologicalTraining: route.nhsFundedPsychologicalTraining,
      pay: payOf(graph.nodes.get(edge.to)),
      appliedPrerequisites: applied,
    };
  });

  return {
    steps,
    totalMonths: { min: now.min, max: now.max },
    totals: {
      steps: steps.length,
      selfFundedSteps,
      mixedFundingSteps,
      unknownDurationSteps,
      unpaidStudyCost,
      waitMonths: waits,
    },
  };
}
