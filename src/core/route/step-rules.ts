/**
 * The rules of one step, defined once. The search calls applyStep to grow a route and to rank it; the
 * explanation replays the chosen routes through the same function with a record, so what a route is told to
 * take and why can never drift from how it was ranked.
 *
 * Time is counted in three cases at once (CASES): the minimum (every experience rule at the least it states,
 * every step at its shortest) and the typical range (experience as successful applicants typically have it,
 * steps at their shortest and at their longest). Each case is its own consistent timeline, so the gap rule
 * and experience accrue correctly in each.
 */
import type { Funding, Prerequisite, Route } from "../dataset/schema";
import type { CareerGraph, RouteEdge } from "../graph/career-graph";
import { graphIndex } from "./graph-index";
import { impliedBy, ruleKey } from "./holdings";
import type { NormalisedQuery } from "./query";
import type { AgeFunding, AppliedPrerequisite, Assumption, MonthsSpan } from "./types";

/** The three cases, in the order every triple holds them. */
export const MINIMUM = 0;
export const TYPICAL_SHORT = 1;
export const TYPICAL_LONG = 2;
export type Triple = [number, number, number];

/**
 * Unpaid-study weight per funding type (earn-while-learning): a month of study costs this much. Waits are
 * months of paid work and cost nothing. Training an employer pays for without public funding is paid work
 * too, but such posts are scarcer than publicly funded ones, so it ranks just behind them.
 */
export const FUNDING_WEIGHT: Readonly<Record<Funding, number>> = {
  "salaried-trainee-post": 0,
  "apprenticeship-levy": 0,
  "not-applicable": 0,
  "employer-funded": 1,
  "funded-fees": 1,
  mixed: 2,
  "self-funded": 3,
};

/** Funding under which the person may pay fees: `only: "funded"` refuses these. */
export function mayPayFees(funding: Funding): boolean {
  return funding === "self-funded" || funding === "mixed";
}

/** Everything a query fixes before any step is taken. Built once per query by makeRuleContext. */
export interface RuleContext {
  graph: CareerGraph;
  query: NormalisedQuery;
  /** Held from the start: the starting points and what they imply, less what the person said they lack. */
  heldNodes: ReadonlySet<string>;
  /** Nodes held only because a starting role implies them, with that role. */
  assumedNodes: ReadonlyMap<string, string>;
  /** `holds` rules (by ruleKey) met from the start because a starting role implies them, with that role. */
  heldRules: ReadonlyMap<string, string>;
  /** Where routes may leave from: the starting points and implied nodes, less avoided ones. */
  starts: readonly string[];
  /** Never entered: everything held from the start, and avoided nodes. */
  blocked: ReadonlySet<string>;
  /** The person's own NHS-funded training for a starting role, which starts the gap clock; or null. */
  personalClock: { role: string; monthsSinceTraining: number } | null;
  /** Months of experience the person gave, by starting node. */
  givenMonths: ReadonlyMap<string, number>;
  /** Per edge number (graphIndex): whether the fixed constraints allow the step; 0 not yet worked out, 1 yes, 2 no. */
  allowedCache: Uint8Array;
}

/**
 * True when a node is a role that can only be entered through NHS-funded psychological professions training:
 * it has at least one way in, and every route into it in the whole graph (whatever a query's filters) is
 * marked `nhsFundedPsychologicalTraining`. Someone who holds it has had that training.
 * @example trainedWithNhsFunding(graph, "psychological-wellbeing-practitioner") // true
 * @example trainedWithNhsFunding(graph, "counsellor") // false: counselling diplomas are self-funded
 */
export function trainedWithNhsFunding(graph: CareerGraph, id: string): boolean {
  if (graph.nodes.get(id)?.nodeType !== "role") return false;
  const waysIn = graph.inEdges.get(id) ?? [];
  return waysIn.length > 0 && waysIn.every((edge) => edge.route.nhsFundedPsychologicalTraining);
}

/**
 * Prepares a checked query (its ids known to the graph) for applying steps.
 * @example const ctx = makeRuleContext(graph, normaliseQuery({ from: ["assistant-psychologist"], to: "clinical-psychologist" }));
 * ctx.assumedNodes.get("psychology-degree-gbc"); // "assistant-psychologist"
 */
export function makeRuleContext(graph: CareerGraph, query: NormalisedQuery): RuleContext {
  const notHeld = new Set(query.notHeld);
  const heldNodes = new Set(query.from);
  const assumedNodes = new Map<string, string>();
  const heldRules = new Map<string, string>();
  for (const id of query.from) {
    const implied = impliedBy(graph, id);
    for (const node of implied.nodes) {
      if (heldNodes.has(node) || notHeld.has(node)) continue;
      heldNodes.add(node);
      assumedNodes.set(node, id);
    }
    for (const rule of implied.rules) {
      // A rule the person has ruled out every option of is not assumed met.
      if (rule.split("|").every((option) => notHeld.has(option))) continue;
      if (!heldRules.has(rule)) heldRules.set(rule, id);
    }
  }
  const avoided = new Set(query.avoidNodes);
  const starts = [...heldNodes].filter((id) => !avoided.has(id) && id !== query.to);
  let personalClock: RuleContext["personalClock"] = null;
  for (const id of query.from) {
    if (!trainedWithNhsFunding(graph, id)) continue;
    const months = query.experienceMonths.get(id) ?? 0;
    if (personalClock === null || months < personalClock.monthsSinceTraining) {
      personalClock = { role: id, monthsSinceTraining: months };
    }
  }
  return {
    graph,
    query,
    heldNodes,
    assumedNodes,
    heldRules,
    starts,
    blocked: new Set([...heldNodes, ...avoided]),
    personalClock,
    givenMonths: query.experienceMonths,
    allowedCache: new Uint8Array(graph.edges.length),
  };
}

/**
 * Whether the query's fixed constraints allow a step whoever takes it and whenever: apprenticeships only, kinds
 * avoided, the highest level, statutory registration, a holds rule naming nothing in the graph, and fees for
 * `only: "funded"` when the funding cannot depend on age. The rest (holds rules, age) depends on the route.
 */
export function stepAllowed(ctx: RuleContext, edge: RouteEdge): boolean {
  return edgeAllowed(ctx, graphIndex(ctx.graph).edgeIndex.get(edge)!);
}

/** Per graph: 1 for each edge (by number) that no query could ever take (a rule no node can meet). */
const neverAllowed = new WeakMap<CareerGraph, Uint8Array>();

/**
 * The edges no query can take whatever it asks: a statutory-registration rule the origin does not meet, or a
 * holds rule naming nothing in the graph. Worked out once per graph.
 */
function edgesNeverAllowed(graph: CareerGraph): Uint8Array {
  let never = neverAllowed.get(graph);
  if (never !== undefined) return never;
  never = new Uint8Array(graph.edges.length);
  graph.edges.forEach((edge, e) => {
    for (const p of edge.route.prerequisites) {
      if (p.type === "statutory-registration") {
        const node = graph.nodes.get(edge.from);
        if (node?.nodeType !== "role" || node.registration.type !== "statutory") never[e] = 1;
      }
      if (p.type === "holds" && !p.anyOf.some((id) => graph.nodes.has(id))) never[e] = 1;
    }
  });
  neverAllowed.set(graph, never);
  return never;
}

/** stepAllowed for an edge by its number (graphIndex), for loops that already have it. */
export function edgeAllowed(ctx: RuleContext, e: number): boolean {
  const { query: q, graph } = ctx;
  if (edgesNeverAllowed(graph)[e] === 1) return false;
  // Most questions set no fixed constraint: then every other step is allowed, with nothing to work out.
  if (q.only === null && q.avoidKinds.length === 0 && q.maxQualificationLevel === null) return true;
  const cached = ctx.allowedCache[e];
  if (cached !== 0) return cached === 1;
  const r = graph.edges[e]!.route;
  let ok = true;
  const couldBeNoCourse = r.funding === "not-applicable" || r.fundingByAge?.funding === "not-applicable";
  if (q.only === "apprenticeships" && !couldBeNoCourse && r.apprenticeship === undefined) ok = false;
  if (
    q.only === "funded" &&
    mayPayFees(r.funding) &&
    !(r.fundingByAge && !mayPayFees(r.fundingByAge.funding))
  ) {
    ok = false;
  }
  if (q.avoidKinds.includes(r.kind)) ok = false;
  if (q.maxQualificationLevel !== null && (r.qualification?.level ?? 0) > q.maxQualificationLevel) ok = false;
  ctx.allowedCache[e] = ok ? 1 : 2;
  return ok;
}

/** A route under construction: one state per step, linked back to where it started. */
export interface StepState {
  parent: StepState | null;
  /** The step taken into this state; null at a starting point. */
  edge: RouteEdge | null;
  node: string;
  steps: number;
  /** Months from now when the person arrives here, per case. */
  time: Triple;
  /** The wait before the step into here (spent in the parent's node), per case. */
  wait: Triple;
  /** Months of the step into here spent employed in this node's role (a salaried trainee or an apprentice). */
  inRole: Triple;
  /** Months since the latest NHS-funded training ended, per case; null when there is none. */
  clock: Triple | null;
  /** The step (index) that started the clock, or -1 for the person's own training. */
  clockStep: number;
  /** How the step into here was funded for this person. */
  funding: Funding;
  unknownDurations: number;
  unpaidStudyCost: number;
  feesMin: number;
  feesMax: number;
  feesUnknown: number;
  selfFunded: number;
  mixed: number;
}

/**
 * The state at a starting point.
 * @example const root = startState(ctx, "psychology-degree-gbc");
 */
export function startState(ctx: RuleContext, node: string): StepState {
  const clock = ctx.personalClock;
  const since = clock?.monthsSinceTraining ?? 0;
  return {
    parent: null,
    edge: null,
    node,
    steps: 0,
    time: [0, 0, 0],
    wait: [0, 0, 0],
    inRole: [0, 0, 0],
    clock: clock === null ? null : [since, since, since],
    clockStep: -1,
    funding: "not-applicable",
    unknownDurations: 0,
    unpaidStudyCost: 0,
    feesMin: 0,
    feesMax: 0,
    feesUnknown: 0,
    selfFunded: 0,
    mixed: 0,
  };
}

/** What an explanation wants to know about a step beyond the next state. */
export interface StepRecord {
  applied: AppliedPrerequisite[];
  ageFunding: AgeFunding | null;
  assumptions: Assumption[];
}

function experienceCases(p: { months: number; typicalMonths?: MonthsSpan | undefined }): Triple {
  return [p.months, p.typicalMonths?.min ?? p.months, p.typicalMonths?.max ?? p.months];
}

function timing(t: Triple): { minimum: number; typical: MonthsSpan } {
  return {
    minimum: t[MINIMUM],
    typical: {
      min: Math.min(t[TYPICAL_SHORT], t[TYPICAL_LONG]),
      max: Math.max(t[TYPICAL_SHORT], t[TYPICAL_LONG]),
    },
  };
}

/** Who holds what a rule asks for at this state: a node, and the starting role it is assumed from (or null). */
function holdsMetBy(
  ctx: RuleContext,
  state: StepState,
  anyOf: readonly string[],
): { by: string; assumedFrom: string | null } | null {
  for (const id of anyOf) {
    if (ctx.heldNodes.has(id)) return { by: id, assumedFrom: ctx.assumedNodes.get(id) ?? null };
  }
  const key = ruleKey(anyOf);
  const fromRole = ctx.heldRules.get(key);
  if (fromRole !== undefined) return { by: fromRole, assumedFrom: fromRole };
  // A node on the route itself first, so the explanation names what the person reached, not what it implies.
  for (let s: StepState | null = state; s !== null; s = s.parent) {
    if (anyOf.includes(s.node)) return { by: s.node, assumedFrom: null };
  }
  // What the starting node implies is already in heldNodes and heldRules, less what the person said they lack.
  for (let s: StepState | null = state; s !== null && s.parent !== null; s = s.parent) {
    const implied = impliedBy(ctx.graph, s.node);
    if (implied.rules.has(key) || anyOf.some((id) => implied.nodes.has(id))) {
      return { by: s.node, assumedFrom: null };
    }
  }
  return null;
}

/** Months of experience in any of `anyOf` the person has at this state, per case, before any further wait. */
function accruedIn(ctx: RuleContext, state: StepState, anyOf: readonly string[]): Triple {
  const total: Triple = [0, 0, 0];
  for (const id of anyOf) {
    const given = ctx.givenMonths.get(id) ?? 0;
    for (let c = 0; c < 3; c++) total[c]! += given;
  }
  for (let s: StepState | null = state; s !== null; s = s.parent) {
    if (anyOf.includes(s.node)) for (let c = 0; c < 3; c++) total[c]! += s.inRole[c]!;
    if (s.parent !== null && anyOf.includes(s.parent.node)) {
      for (let c = 0; c < 3; c++) total[c]! += s.wait[c]!;
    }
  }
  return total;
}

function ageLimit(ctx: RuleContext, route: Route): number {
  const rule = route.fundingByAge!;
  return ctx.query.extendedAgeLimit && rule.extendedUnder !== undefined ? rule.extendedUnder : rule.under;
}

/**
 * Applies one step from a state: checks the rules that depend on the route so far, works out the wait and
 * timing in each case, the funding (age limits judged at the start of the step, in the latest case), fees and
 * costs. Returns null when the step cannot be taken (a holds rule unmet, or fees under `only: "funded"`).
 * Pass a record to collect how each prerequisite applied, for the explanation.
 * @example
 * const next = applyStep(ctx, startState(ctx, "psychology-degree-gbc"), edge);
 * next?.time; // [minimum, typical short, typical long] months at the end of the step
 */
export function applyStep(
  ctx: RuleContext,
  state: StepState,
  edge: RouteEdge,
  record?: StepRecord,
): StepState | null {
  const route = edge.route;
  const from = edge.from;
  const wait: Triple = [0, 0, 0];
  const isStart = state.parent === null;
  const given = isStart ? (ctx.givenMonths.get(from) ?? 0) : 0;

  for (const p of route.prerequisites) {
    switch (p.type) {
      case "holds": {
        const met = holdsMetBy(ctx, state, p.anyOf);
        if (met === null) return null;
        if (record) {
          record.applied.push({
            type: "holds",
            anyOf: [...p.anyOf],
            note: p.note,
            satisfiedBy: met.by,
            assumedFrom: met.assumedFrom,
          });
        }
        break;
      }
      case "experience-in-role": {
        const need = experienceCases(p).map((m) => Math.max(0, m - given)) as Triple;
        for (let c = 0; c < 3; c++) wait[c] = Math.max(wait[c]!, need[c]!);
        record?.applied.push({
          type: "experience-in-role",
          months: p.months,
          typicalMonths: p.typicalMonths === undefined ? null : { ...p.typicalMonths },
          note: p.note,
          role: from,
          alreadyMonths: given,
          waitMonths: timing(need),
        });
        break;
      }
      case "relevant-experience": {
        const already = accruedIn(ctx, state, p.anyOf);
        const need = experienceCases(p).map((m, c) => Math.max(0, m - already[c]!)) as Triple;
        for (let c = 0; c < 3; c++) wait[c] = Math.max(wait[c]!, need[c]!);
        record?.applied.push({
          type: "relevant-experience",
          months: p.months,
          typicalMonths: p.typicalMonths === undefined ? null : { ...p.typicalMonths },
          note: p.note,
          counts: p.counts,
          anyOf: [...p.anyOf],
          alreadyMonths: timing(already),
          waitMonths: timing(need),
        });
        break;
      }
      case "gap-after-funded-training": {
        const clock = state.clock;
        const need: Triple =
          clock === null ? [0, 0, 0] : (clock.map((since) => Math.max(0, p.months - since)) as Triple);
        for (let c = 0; c < 3; c++) wait[c] = Math.max(wait[c]!, need[c]!);
        if (record) record.applied.push(gapApplied(ctx, state, p, need));
        break;
      }
      case "statutory-registration": {
        if (record) {
          const node = ctx.graph.nodes.get(from);
          const registers = node?.nodeType === "role" ? [...node.registration.bodies] : [];
          record.applied.push({ type: "statutory-registration", note: p.note, role: from, registers });
        }
        break;
      }
      case "other":
        record?.applied.push({ type: "other", note: p.note });
        break;
    }
  }

  const known = route.durationMonths;
  const duration: Triple = known === undefined ? [0, 0, 0] : [known.min, known.min, known.max];
  const start = state.time.map((t, c) => t + wait[c]!) as Triple;
  const time = start.map((t, c) => t + duration[c]!) as Triple;

  let funding = route.funding;
  if (route.fundingByAge !== undefined) {
    const limit = ageLimit(ctx, route);
    const age = ctx.query.age;
    // The latest start in any case decides: cautious, as the funding must still apply on the day.
    const applies = age !== null && age + start[TYPICAL_LONG] / 12 < limit;
    if (applies) funding = route.fundingByAge.funding;
    if (record) {
      record.ageFunding = {
        under: limit,
        ageAtStart:
          age === null ? null : { min: age + start[MINIMUM] / 12, max: age + start[TYPICAL_LONG] / 12 },
        applies,
        note: route.fundingByAge.note,
      };
      if (age === null) {
        record.assumptions.push({
          type: "age-unknown",
          id: route.id,
          because: null,
          text: `No age was given, so “${route.programme}” is counted as for someone aged ${limit} or over: ${route.fundingByAge.note}`,
        });
      }
    }
  }
  if (ctx.query.only === "funded" && mayPayFees(funding)) return null;
  if (
    ctx.query.only === "apprenticeships" &&
    funding !== "not-applicable" &&
    route.apprenticeship === undefined
  ) {
    return null;
  }

  const employed =
    route.apprenticeship !== undefined ||
    funding === "salaried-trainee-post" ||
    funding === "employer-funded";
  const fees = route.fees?.pounds;
  const paysFees = mayPayFees(funding);
  let clock: Triple | null = null;
  let clockStep = state.clockStep;
  if (route.nhsFundedPsychologicalTraining) {
    clock = [0, 0, 0];
    clockStep = state.steps;
  } else if (state.clock !== null) {
    clock = state.clock.map((since, c) => since + wait[c]! + duration[c]!) as Triple;
  }
  return {
    parent: state,
    edge,
    node: edge.to,
    steps: state.steps + 1,
    time,
    wait,
    inRole: employed ? duration : [0, 0, 0],
    clock,
    clockStep,
    funding,
    unknownDurations: state.unknownDurations + (known === undefined ? 1 : 0),
    unpaidStudyCost: state.unpaidStudyCost + duration[MINIMUM] * FUNDING_WEIGHT[funding],
    feesMin: state.feesMin + (funding === "self-funded" && fees !== undefined ? fees.min : 0),
    feesMax: state.feesMax + (paysFees && fees !== undefined ? fees.max : 0),
    feesUnknown: state.feesUnknown + (paysFees && fees === undefined ? 1 : 0),
    selfFunded: state.selfFunded + (funding === "self-funded" ? 1 : 0),
    mixed: state.mixed + (funding === "mixed" ? 1 : 0),
  };
}

function gapApplied(
  ctx: RuleContext,
  state: StepState,
  p: Extract<Prerequisite, { type: "gap-after-funded-training" }>,
  need: Triple,
): AppliedPrerequisite {
  let clockFrom: { step: number; routeId: string } | null = null;
  let clockFromStartingRole: { role: string; monthsSinceTraining: number } | null = null;
  if (state.clock !== null && state.clockStep >= 0) {
    let s: StepState = state;
    while (s.steps > state.clockStep + 1) s = s.parent!;
    clockFrom = { step: state.clockStep, routeId: s.edge!.route.id };
  } else if (state.clock !== null && ctx.personalClock !== null) {
    clockFromStartingRole = { ...ctx.personalClock };
  }
  return {
    type: "gap-after-funded-training",
    months: p.months,
    note: p.note,
    clockFrom,
    clockFromStartingRole,
    waitMonths: timing(need),
  };
}

/**
 * The minimum and typical times of a triple, the typical range least to most.
 * @example toTiming([12, 24, 30]) // { minimum: 12, typical: { min: 24, max: 30 } }
 */
export function toTiming(t: Triple): { minimum: number; typical: MonthsSpan } {
  return timing(t);
}
