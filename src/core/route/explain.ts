/**
 * Explains a route step by step by replaying it through the step rules (step-rules.ts) with a record: what
 * each step is, how long it takes and why it waits, how it is funded for this person and what it may cost,
 * what it pays, how each prerequisite applied, and what the route assumed the person has.
 */
import type { CareerNode } from "../dataset/schema";
import { titleOf, type CareerGraph, type RouteEdge } from "../graph/career-graph";
import { describePay } from "../describe/pay";
import { inSentence, withArticle } from "../text/words";
import {
  applyStep,
  startState,
  toTiming,
  type RuleContext,
  type StepRecord,
  type StepState,
} from "./step-rules";
import { apprenticeshipOf, payBands } from "./step-facts";
import type { Assumption, PlannedRoute, RouteStep } from "./types";

function payOf(node: CareerNode | undefined): RouteStep["pay"] {
  if (node === undefined || node.nodeType !== "role") {
    return { scale: null, whileTraining: null, after: null, text: null };
  }
  const { whileTraining, qualified } = payBands(node);
  return { scale: node.pay.scale, whileTraining, after: qualified, text: describePay(node.pay) };
}

/** The steps of a route, first to last, from its final state. */
export function edgesOf(state: StepState): RouteEdge[] {
  const edges: RouteEdge[] = [];
  for (let s: StepState | null = state; s !== null && s.edge !== null; s = s.parent) edges.push(s.edge);
  return edges.reverse();
}

function assumedStart(ctx: RuleContext, graph: CareerGraph, start: string): Assumption | null {
  const because = ctx.assumedNodes.get(start);
  if (because === undefined) return null;
  return {
    type: "holds",
    id: start,
    because,
    text: `This route assumes you have “${titleOf(graph, start)}”, as ${withArticle(inSentence(titleOf(graph, because)))} normally does. If you do not, say so and the plan will change.`,
  };
}

/**
 * Explains a route (a sequence of graph edges) for the person the rule context describes. Throws when the
 * steps cannot be taken in that order under the rules (a route the search did not produce).
 * @example
 * const ctx = makeRuleContext(graph, normaliseQuery({ from: ["psychology-degree-gbc"], to: "clinical-psychologist" }));
 * explainRoute(ctx, edgesOf(searchRoutes(ctx, 1).routes[0]!)).months.minimum; // 48
 */
export function explainRoute(ctx: RuleContext, edges: readonly RouteEdge[]): PlannedRoute {
  const { graph } = ctx;
  const assumptions: Assumption[] = [];
  const addAssumption = (a: Assumption | null) => {
    if (a !== null && !assumptions.some((b) => b.type === a.type && b.id === a.id)) assumptions.push(a);
  };
  let state = startState(ctx, edges[0]?.from ?? ctx.query.to);
  addAssumption(assumedStart(ctx, graph, state.node));
  const steps = edges.map((edge): RouteStep => {
    const record: StepRecord = { applied: [], ageFunding: null, assumptions: [] };
    const before = state;
    const next = applyStep(ctx, before, edge, record);
    if (next === null) throw new Error(`The step ${edge.key} cannot be taken here under the rules.`);
    state = next;
    record.assumptions.forEach(addAssumption);
    for (const rule of record.applied) {
      if (rule.type === "holds" && rule.assumedFrom !== null) {
        const held = rule.anyOf.includes(rule.satisfiedBy) ? [rule.satisfiedBy] : rule.anyOf;
        addAssumption({
          type: "holds",
          id: held.join("|"),
          because: rule.assumedFrom,
          text: `This route assumes you have ${held.map((id) => `“${titleOf(graph, id)}”`).join(" or ")}, as ${withArticle(inSentence(titleOf(graph, rule.assumedFrom)))} normally does. If you do not, say so and the plan will change.`,
        });
      }
    }
    const route = edge.route;
    const start = before.time.map((t, c) => t + next.wait[c]!) as [number, number, number];
    const paysFees = next.funding === "self-funded" || next.funding === "mixed";
    return {
      from: edge.from,
      fromTitle: titleOf(graph, edge.from),
      to: edge.to,
      toTitle: titleOf(graph, edge.to),
      routeId: route.id,
      edgeKey: edge.key,
      kind: route.kind,
      programme: route.programme,
      durationMonths: route.durationMonths === undefined ? null : { ...route.durationMonths },
      wait: toTiming(next.wait),
      start: toTiming(start),
      end: toTiming(next.time),
      qualification: route.qualification === undefined ? null : { ...route.qualification },
      funding: next.funding,
      fundingNote: route.fundingNote ?? null,
      ageFunding: record.ageFunding,
      fees:
        paysFees && route.fees !== undefined
          ? { pounds: { ...route.fees.pounds }, year: route.fees.year, note: route.fees.note }
          : null,
      feesUnknown: paysFees && route.fees === undefined,
      competition: route.competition === undefined ? null : { ...route.competition },
      intake: route.intake === undefined ? null : { ...route.intake },
      apprenticeship: apprenticeshipOf(route),
      nhsFundedPsychologicalTraining: route.nhsFundedPsychologicalTraining,
      pay: payOf(graph.nodes.get(edge.to)),
      appliedPrerequisites: record.applied,
    };
  });
  const waits = [0, 0, 0] as [number, number, number];
  for (let s: StepState | null = state; s !== null; s = s.parent)
    for (let c = 0; c < 3; c++) waits[c]! += s.wait[c]!;
  return {
    steps,
    months: toTiming(state.time),
    totals: {
      steps: steps.length,
      selfFundedSteps: state.selfFunded,
      mixedFundingSteps: state.mixed,
      unknownDurationSteps: state.unknownDurations,
      unpaidStudyCost: state.unpaidStudyCost,
      waitMonths: toTiming(waits),
      fees: { pounds: { min: state.feesMin, max: state.feesMax }, unknownSteps: state.feesUnknown },
    },
    assumptions,
  };
}
