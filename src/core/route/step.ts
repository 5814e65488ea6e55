/**
 * One step's rules and timing, shared by every search: the types that describe where a search starts and what
 * it finds, and the function that applies a step from a state.
 */
import { SLOTS, type SearchContext } from "./context";

/** Where a search begins. */
export interface SearchStart {
  /** A node, or -1 for the starting points themselves. */
  node: number;
  /** Gap clocks (min and max durations) and held-rules mask at that node. */
  eMin: number;
  eMax: number;
  mask: number;
  /** Route records the first step may not use (Yen: the next steps of earlier routes sharing the root). */
  banned: ReadonlySet<number>;
  /** Nodes marked in ctx.rootMark with ctx.rootStamp are off limits (the root path). */
  avoidRoot: boolean;
}

export interface FoundPath {
  edges: number[];
  /** Cost from the search's start, SLOTS long. */
  cost: Float64Array;
}

/** A path; null when there is none; "limit" when the simple-path search ran out of budget. */
export type SearchOutcome = FoundPath | null | "limit";

/** Partial paths the simple-path search may expand per call before giving up. */
export const PATH_SEARCH_BUDGET = 200_000;

/** The state after one step, and what the step adds to the cost vector. */
export interface StepResult {
  eMin: number;
  eMax: number;
  mask: number;
  add: Float64Array;
}

/**
 * Applies one step's rules and timing from a state. Returns false when a `holds` rule is not met.
 * Step time = wait + duration; wait = max(experience still needed in the from-node, gap still to run).
 * @example
 * const out = newStepResult();
 * takeStep(ctx, ctx.starts[0]!, ctx.startGap, ctx.startGap, 0, edge, out) && out.add[0];
 */
export function takeStep(
  ctx: SearchContext,
  u: number,
  eMin: number,
  eMax: number,
  mask: number,
  e: number,
  out: StepResult,
): boolean {
  const cg = ctx.cg;
  if (ctx.reqMask !== null) {
    const slot = cg.holdsSlot[e]!;
    if (slot >= 0 && (ctx.reqMask[slot]! & ~mask) !== 0) return false;
  }
  // Starting points are never re-entered, so a step from one is always the first: its experience counts.
  let wait = cg.expReq[e]!;
  if (wait > 0) wait = Math.max(0, wait - ctx.startExp[u]!);
  let waitMin = wait;
  let waitMax = wait;
  const gap = cg.gapReq[e]!;
  if (gap > 0) {
    waitMin = Math.max(waitMin, gap - eMin);
    waitMax = Math.max(waitMax, gap - eMax);
  }
  const stepMin = waitMin + cg.durMin[e]!;
  const stepMax = waitMax + cg.durMax[e]!;
  const cap = ctx.gapCap;
  if (cg.nhsFunded[e] === 1) {
    out.eMin = 0;
    out.eMax = 0;
  } else {
    out.eMin = Math.min(cap, eMin + stepMin);
    out.eMax = Math.min(cap, eMax + stepMax);
  }
  if (ctx.satMask === null) out.mask = 0;
  else {
    const slot = cg.ruleNodeSlot[cg.to[e]!]!;
    out.mask = slot >= 0 ? mask | ctx.satMask[slot]! : mask;
  }
  const add = out.add;
  add.fill(0);
  const slots = ctx.slots;
  add[slots.min] = stepMin;
  add[slots.max] = stepMax;
  if (slots.steps >= 0) add[slots.steps] = 1;
  if (slots.cost >= 0) add[slots.cost] = cg.durMin[e]! * ctx.fundingWeight[cg.funding[e]!]!;
  return true;
}

/**
 * A reusable output record for takeStep, so the hot loop does not allocate.
 * @example const out = newStepResult(); // then takeStep(ctx, u, eMin, eMax, mask, e, out)
 */
export function newStepResult(): StepResult {
  return { eMin: 0, eMax: 0, mask: 0, add: new Float64Array(SLOTS) };
}
