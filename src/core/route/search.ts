/**
 * The k best routes, exactly: a best-first search over partial routes (simple paths), ordered by cost so far
 * plus a lower bound on the cost still to come. Complete routes come off the queue in ranking order, so the
 * first k distinct ones are the answer, and every rule in step-rules.ts applies to each partial route as it
 * grows: nothing about a step needs to be known in advance.
 *
 * Why this is exact: every step adds a non-negative amount to each slot of the (lexicographic) cost, and the
 * bound never overestimates what is still to come (it ignores waits and the rules that only ever add time), so
 * no partial route is popped after a complete route it could beat. Ties go to the smaller sequence of edge keys,
 * which a prefix always precedes.
 *
 * It can take exponential time on adversarial graphs (many near-equal loops), so it has a budget of states
 * popped; running out is reported (`complete: false`), never hidden.
 */
import type { RouteEdge } from "../graph/career-graph";
import type { Preference } from "./query";
import {
  applyStep,
  FUNDING_WEIGHT,
  mayPayFees,
  MINIMUM,
  startState,
  stepAllowed,
  TYPICAL_LONG,
  TYPICAL_SHORT,
  type RuleContext,
  type StepState,
} from "./step-rules";

/** States the search may pop per query before giving up. */
export const SEARCH_BUDGET = 200_000;

/**
 * The cost vector a preference ranks by, compared slot by slot. Unknown lengths come first in every ranking:
 * a route with a step of unknown length is never ranked above a route whose lengths are all known.
 */
export function rankOf(state: StepState, prefer: Preference): number[] {
  const { time, unknownDurations: unknown, steps, unpaidStudyCost: cost } = state;
  switch (prefer) {
    case "fastest":
      return [unknown, time[TYPICAL_SHORT], time[MINIMUM], time[TYPICAL_LONG], steps];
    case "fewest-steps":
      return [unknown, steps, time[TYPICAL_SHORT], time[MINIMUM], time[TYPICAL_LONG]];
    case "earn-while-learning":
      return [unknown, cost, time[TYPICAL_SHORT], time[MINIMUM], time[TYPICAL_LONG], steps];
  }
}

/**
 * A lower bound on the first two slots of the rank still to come from each node to the target: a backward
 * Dijkstra over the steps the query's fixed constraints allow, counting unknown lengths, then the preference's
 * main measure (shortest months, steps, or unpaid-study cost) with every wait and rule left out. Infinity:
 * the target cannot be reached from there.
 */
function lowerBounds(ctx: RuleContext): { unknown: Map<string, number>; main: Map<string, number> } {
  const { graph, query } = ctx;
  const unknown = new Map<string, number>([[query.to, 0]]);
  const main = new Map<string, number>([[query.to, 0]]);
  const done = new Set<string>();
  const queue = new MinQueue<string, [number, number]>((a, b) => a[0] - b[0] || a[1] - b[1]);
  queue.push(query.to, [0, 0]);
  while (queue.size > 0) {
    const v = queue.pop()!;
    if (done.has(v)) continue;
    done.add(v);
    // Nothing passes through a blocked node; starting points are blocked but routes leave from them.
    if (v !== query.to && ctx.blocked.has(v)) continue;
    const base: [number, number] = [unknown.get(v)!, main.get(v)!];
    for (const edge of graph.inEdges.get(v) ?? []) {
      const u = edge.from;
      if (done.has(u) || !stepAllowed(ctx, edge)) continue;
      const candidate: [number, number] = [base[0] + (edge.route.durationMonths === undefined ? 1 : 0), base[1] + stepMain(ctx, edge)];
      const current: [number, number] = [unknown.get(u) ?? Infinity, main.get(u) ?? Infinity];
      if (candidate[0] < current[0] || (candidate[0] === current[0] && candidate[1] < current[1])) {
        unknown.set(u, candidate[0]);
        main.set(u, candidate[1]);
        queue.push(u, candidate);
      }
    }
  }
  return { unknown, main };
}

/** The least a step can add to the preference's main measure, whatever the route before it. */
function stepMain(ctx: RuleContext, edge: RouteEdge): number {
  const r = edge.route;
  const shortest = r.durationMonths?.min ?? 0;
  switch (ctx.query.prefer) {
    case "fewest-steps":
      return 1;
    case "earn-while-learning": {
      let weight = FUNDING_WEIGHT[r.funding];
      if (r.fundingByAge !== undefined) weight = Math.min(weight, FUNDING_WEIGHT[r.fundingByAge.funding]);
      if (ctx.query.only === "funded" && mayPayFees(r.funding) && r.fundingByAge !== undefined) {
        weight = FUNDING_WEIGHT[r.fundingByAge.funding];
      }
      return shortest * weight;
    }
    case "fastest": {
      // Experience in the from-role is needed in full unless the person brings some (a starting role).
      let experience = 0;
      for (const p of r.prerequisites) {
        if (p.type === "experience-in-role") experience = Math.max(experience, p.typicalMonths?.min ?? p.months);
      }
      return Math.max(0, experience - (ctx.givenMonths.get(edge.from) ?? 0)) + shortest;
    }
  }
}

interface Entry {
  state: StepState;
  /** Cost so far plus the bound: what the queue orders by. */
  f: number[];
  /** The route's edge keys, built when a tie needs them. */
  keys?: string[];
}

function keysOf(entry: Entry): string[] {
  if (entry.keys === undefined) {
    const keys: string[] = [];
    for (let s: StepState | null = entry.state; s !== null && s.edge !== null; s = s.parent) keys.push(s.edge.key);
    entry.keys = keys.reverse();
  }
  return entry.keys;
}

/** Edge-key sequences in code-unit order (the same on every machine and locale), a prefix first. */
function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

function compareEntries(a: Entry, b: Entry): number {
  for (let i = 0; i < a.f.length; i++) if (a.f[i] !== b.f[i]) return a.f[i]! - b.f[i]!;
  return compareKeys(keysOf(a), keysOf(b));
}

function onRoute(state: StepState, node: string): boolean {
  for (let s: StepState | null = state; s !== null; s = s.parent) if (s.node === node) return true;
  return false;
}

/** The sequence of (route, destination) that makes two routes the same option. */
function signatureOf(state: StepState): string {
  const parts: string[] = [];
  for (let s: StepState | null = state; s !== null && s.edge !== null; s = s.parent) {
    parts.push(`${s.edge.route.id}>${s.node}`);
  }
  return parts.reverse().join("|");
}

export interface SearchResult {
  /** The final state of each route, best first. */
  routes: StepState[];
  /** False when the budget ran out first: a better route may be missing. */
  complete: boolean;
}

/**
 * Up to `count` genuinely different routes (different sequences of route and destination; the same route
 * record taken from two starting points is one option, from the better start), best first.
 * @example searchRoutes(makeRuleContext(graph, normaliseQuery({ from: ["gcses"], to: "nursing-associate" })), 4)
 */
export function searchRoutes(ctx: RuleContext, count: number, budget = SEARCH_BUDGET): SearchResult {
  const { query } = ctx;
  if (count <= 0 || ctx.starts.length === 0 || ctx.heldNodes.has(query.to) || query.avoidNodes.includes(query.to)) {
    return { routes: [], complete: true };
  }
  const bound = lowerBounds(ctx);
  const withBound = (state: StepState): number[] | null => {
    const unknown = bound.unknown.get(state.node);
    if (unknown === undefined) return null;
    const f = rankOf(state, query.prefer);
    f[0]! += unknown;
    f[1]! += bound.main.get(state.node)!;
    return f;
  };
  const queue = new MinQueue<Entry>(compareEntries);
  for (const start of ctx.starts) {
    const state = startState(ctx, start);
    const f = withBound(state);
    if (f !== null) queue.push({ state, f }, { state, f });
  }
  const found: StepState[] = [];
  const seen = new Set<string>();
  let pops = 0;
  while (queue.size > 0) {
    if (++pops > budget) return { routes: found, complete: false };
    const { state } = queue.pop()!;
    if (state.node === query.to) {
      const signature = signatureOf(state);
      if (seen.has(signature)) continue;
      seen.add(signature);
      found.push(state);
      if (found.length === count) break;
      continue;
    }
    for (const edge of ctx.graph.outEdges.get(state.node) ?? []) {
      const v = edge.to;
      if (ctx.blocked.has(v) || !stepAllowed(ctx, edge) || onRoute(state, v)) continue;
      if (!bound.unknown.has(v)) continue;
      const next = applyStep(ctx, state, edge);
      if (next === null) continue;
      const entry: Entry = { state: next, f: withBound(next)! };
      queue.push(entry, entry);
    }
  }
  return { routes: found, complete: true };
}

/** A binary min-heap of items ordered by a key and a comparison. */
class MinQueue<T, K = T> {
  private items: T[] = [];
  private keys: K[] = [];
  constructor(private readonly less: (a: K, b: K) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T, key: K): void {
    const items = this.items;
    const keys = this.keys;
    let i = items.length;
    items.push(item);
    keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.less(keys[i]!, keys[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      [keys[i], keys[parent]] = [keys[parent]!, keys[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const keys = this.keys;
    if (items.length === 0) return undefined;
    const top = items[0];
    const lastItem = items.pop()!;
    const lastKey = keys.pop()!;
    if (items.length > 0) {
      items[0] = lastItem;
      keys[0] = lastKey;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.less(keys[left]!, keys[smallest]!) < 0) smallest = left;
        if (right < items.length && this.less(keys[right]!, keys[smallest]!) < 0) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest]!, items[i]!];
        [keys[i], keys[smallest]] = [keys[smallest]!, keys[i]!];
        i = smallest;
      }
    }
    return top;
  }
}
