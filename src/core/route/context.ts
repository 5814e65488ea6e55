/**
 * Everything one query needs in the compiled graph's integer terms: which steps its constraints allow, which
 * nodes are never entered, how the `holds` rules and the gap clock are tracked, and how a step's cost is
 * ranked under the chosen preference. Built once per query and shared by every search the query runs.
 */
import { FUNDING_TYPES, type Funding } from "../dataset/schema";
import { KIND_INDEX, type CompiledGraph } from "./compile";
import type { NormalisedQuery, Preference } from "./query";
import { startingGapClock } from "./starting-clock";

/** Cost vectors have four slots, compared lexicographically; unused slots stay 0. */
export const SLOTS = 4;

/**
 * Unpaid-study weight per funding type (earn-while-learning): a month of study costs this much. Waits are
 * months of paid work and cost nothing.
 */
export const FUNDING_WEIGHT: Readonly<Record<Funding, number>> = {
  "salaried-trainee-post": 0,
  "apprenticeship-levy": 0,
  "not-applicable": 0,
  "funded-fees": 1,
  mixed: 2,
  "self-funded": 3,
};

const WEIGHT_BY_FUNDING_INDEX = Float64Array.from(FUNDING_TYPES.map((f) => FUNDING_WEIGHT[f]));

/** Where each quantity goes in the cost vector for a preference; -1 means it does not count. */
interface Slots {
  min: number;
  max: number;
  steps: number;
  cost: number;
}
const PREFERENCE_SLOTS: Readonly<Record<Preference, Slots>> = {
  fastest: { min: 0, max: 1, steps: 2, cost: -1 },
  "fewest-steps": { steps: 0, min: 1, max: 2, cost: -1 },
  "earn-while-learning": { cost: 0, min: 1, max: 2, steps: 3 },
};

/** The held-set bitmask is a 32-bit integer; beyond this many distinct holds rules the path search is used. */
export const MAX_TRACKED_RULES = 30;

export interface SearchContext {
  cg: CompiledGraph;
  target: number;
  /** Starting points the search leaves from (those not avoided), in the order given. */
  starts: Int32Array;
  /** Every starting point, avoided or not: all are held throughout. */
  heldSet: ReadonlySet<number>;
  /** Per edge: the query's filters allow it. */
  allowed: Uint8Array;
  /** Per node: never entered (every starting point is already held; avoided nodes). */
  blocked: Uint8Array;
  /** Per node: months of experience already accrued (starting points only). */
  startExp: Float64Array;
  /**
   * First steps from the starts, one edge per route record: the start that makes the step soonest. Null when
   * there is one start, whose steps all belong to different records.
   */
  canonicalFirst: ReadonlySet<number> | null;
  /** Largest gap rule among allowed steps: the gap clock is capped here, and at the cap it means "no clock". */
  gapCap: number;
  /**
   * The gap clock every search from the starting points begins with, capped at gapCap: the months since the
   * person's own NHS-funded training for a starting role (see startingGapClock), or gapCap ("no clock") when
   * no starting role counts. It is the person's, so it is the same whichever start a route leaves from.
   */
  startGap: number;
  /** Number of holds rules not already met by the starting points, and their bitmasks. */
  rules: number;
  /**
   * The rules each rule node satisfies once held (by cg.ruleNodeSlot), and the rules each holds edge needs
   * (by cg.holdsSlot). Null when rules is 0.
   */
  satMask: Int32Array | null;
  reqMask: Int32Array | null;
  /** True when there are too many holds rules to track in a bitmask: only the path search is exact then. */
  pathOnly: boolean;
  slots: Slots;
  /** Per funding index, its unpaid-study weight. */
  fundingWeight: Float64Array;
  /** Lexicographic lower bound on the cost from each node to the target (SLOTS per node), or null. */
  lowerBound: Float64Array | null;
  /** How many searches of each kind ran: tests use it to prove the simple-path search is exercised. */
  stats: { stateSearches: number; pathSearches: number };
  /** Scratch for spur searches: rootMark[v] === rootStamp marks v as on the current root path. */
  rootMark: Int32Array | null;
  rootStamp: number;
}

function edgeFilter(cg: CompiledGraph, q: NormalisedQuery): Uint8Array {
  const kinds = q.avoidKinds.length === 0 ? "" : [...q.avoidKinds].sort().join(",");
  const signature = `${q.only}|${kinds}|${q.maxQualificationLevel}`;
  const cached = cg.filterCache.get(signature);
  if (cached !== undefined) return cached;
  const allowed = new Uint8Array(cg.m);
  const notApplicable = FUNDING_TYPES.indexOf("not-applicable");
  const selfFunded = FUNDING_TYPES.indexOf("self-funded");
  const avoidedKinds = new Set(q.avoidKinds.map((k) => KIND_INDEX.get(k)));
  const maxLevel = q.maxQualificationLevel ?? Infinity;
  for (let e = 0; e < cg.m; e++) {
    if (cg.ruleOk[e] === 0) continue;
    if (q.only === "apprenticeships" && cg.funding[e] !== notApplicable && cg.apprenticeship[e] === 0)
      continue;
    if (q.only === "funded" && cg.funding[e] === selfFunded) continue;
    if (avoidedKinds.has(cg.kind[e])) continue;
    if (cg.qualLevel[e]! > maxLevel) continue;
    allowed[e] = 1;
  }
  // A handful of constraint combinations per session; keep the cache from growing without bound.
  if (cg.filterCache.size >= 16) cg.filterCache.delete(cg.filterCache.keys().next().value!);
  cg.filterCache.set(signature, allowed);
  return allowed;
}

/**
 * Prepares a query for searching. Ids in the query must already be known nodes. `maxTrackedRules` lowers the
 * bitmask limit, so that tests can run the simple-path search on its own.
 * @example
 * const ctx = makeSearchContext(compileGraph(graph), normaliseQuery({ from: ["gcses"], to: "nursing-associate" }));
 * ctx.starts.length; // 1
 */
export function makeSearchContext(
  cg: CompiledGraph,
  q: NormalisedQuery,
  options: { maxTrackedRules?: number } = {},
): SearchContext {
  const maxTracked = options.maxTrackedRules ?? MAX_TRACKED_RULES;
  const { n } = cg;
  const allowed = edgeFilter(cg, q);
  const blocked = new Uint8Array(n);
  for (const id of q.from) blocked[cg.index.get(id)!] = 1;
  for (const id of q.avoidNodes) blocked[cg.index.get(id)!] = 1;
  const usable = q.avoidNodes.length === 0 ? q.from : q.from.filter((id) => !q.avoidNodes.includes(id));
  const starts = new Int32Array(usable.length);
  usable.forEach((id, i) => (starts[i] = cg.index.get(id)!));
  let startExp = cg.noExperience;
  if (q.experienceMonths.size > 0) {
    startExp = new Float64Array(n);
    for (const [id, months] of q.experienceMonths) startExp[cg.index.get(id)!] = months;
  }

  let gapCap = 0;
  for (const e of cg.gapEdges) if (allowed[e] === 1) gapCap = Math.max(gapCap, cg.gapReq[e]!);
  const personal = gapCap === 0 ? null : startingGapClock(cg.graph, q.from, q.experienceMonths);
  const startGap = personal === null ? gapCap : Math.min(gapCap, personal.monthsSinceTraining);

  // Holds rules: every starting point is held throughout (an avoided one is only not left from), so rules
  // they meet are dropped; the rest get bits.
  const held = new Set<number>();
  for (const id of q.from) held.add(cg.index.get(id)!);
  const ruleBit = new Map<number, number>();
  let nextBit = 0;
  const edgeRules: [number, number][] = [];
  for (const e of cg.holdsEdges) {
    if (allowed[e] === 0) continue;
    let mask = 0;
    for (const rule of cg.holds[e]!) {
      let bit = ruleBit.get(rule);
      if (bit === undefined) {
        bit = cg.holdsRules[rule]!.some((v) => held.has(v)) ? -1 : nextBit++;
        ruleBit.set(rule, bit);
      }
      if (bit >= 0 && bit < maxTracked) mask |= 1 << bit;
    }
    if (mask !== 0) edgeRules.push([e, mask]);
  }
  const rules = nextBit;
  const pathOnly = rules > maxTracked;
  let satMask: Int32Array | null = null;
  let reqMask: Int32Array | null = null;
  if (rules > 0 && !pathOnly) {
    satMask = new Int32Array(cg.ruleNodes.length);
    reqMask = new Int32Array(cg.holdsEdges.length);
    for (const [rule, bit] of ruleBit) {
      if (bit < 0) continue;
      for (const v of cg.holdsRules[rule]!) satMask[cg.ruleNodeSlot[v]!]! |= 1 << bit;
    }
    for (const [e, mask] of edgeRules) reqMask[cg.holdsSlot[e]!] = mask;
  }

  const target = cg.index.get(q.to)!;
  // One first step per route record: all starts are held alike and share the person's gap clock, so only the
  // first wait differs between them (the larger of the experience still needed and the gap still to run).
  let canonicalFirst: Set<number> | null = null;
  if (starts.length > 1) {
    const bestFirst = new Map<number, number>();
    for (const s of starts) {
      for (let i = cg.outStart[s]!; i < cg.outStart[s + 1]!; i++) {
        const e = cg.outList[i]!;
        if (allowed[e] === 0 || blocked[cg.to[e]!] === 1) continue;
        const r = cg.route[e]!;
        const current = bestFirst.get(r);
        if (current === undefined) {
          bestFirst.set(r, e);
          continue;
        }
        // Both steps are the same route record, so they share a gap rule and a duration.
        const gapWait = Math.max(0, cg.gapReq[e]! - startGap);
        const wait = Math.max(gapWait, cg.expReq[e]! - startExp[s]!);
        const currentWait = Math.max(gapWait, cg.expReq[current]! - startExp[cg.from[current]!]!);
        if (wait < currentWait || (wait === currentWait && cg.keyRank[e]! < cg.keyRank[current]!)) {
          bestFirst.set(r, e);
        }
      }
    }
    canonicalFirst = new Set(bestFirst.values());
  }

  return {
    cg,
    target,
    starts,
    heldSet: held,
    allowed,
    blocked,
    startExp,
    canonicalFirst,
    gapCap,
    startGap,
    rules,
    satMask,
    reqMask,
    pathOnly,
    slots: PREFERENCE_SLOTS[q.prefer],
    fundingWeight: WEIGHT_BY_FUNDING_INDEX,
    lowerBound: null,
    stats: { stateSearches: 0, pathSearches: 0 },
    rootMark: null,
    rootStamp: 0,
  };
}
