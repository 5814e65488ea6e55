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
import { graphIndex } from "./graph-index";
import {
  applyStep,
  edgeAllowed,
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
 * a route with a step of unknown length is never ranked above a route whose lengths are all known. With
 * `unknownFirst` false they come last instead, to find the routes that would rank well if the unknown steps
 * took no time (findRoutes lists the best of those separately).
 */
export function rankOf(state: StepState, prefer: Preference, unknownFirst = true): number[] {
  const { time, unknownDurations: unknown, steps, unpaidStudyCost: cost } = state;
  let rest: number[];
  switch (prefer) {
    case "fastest":
      rest = [time[TYPICAL_SHORT], time[MINIMUM], time[TYPICAL_LONG], steps];
      break;
    case "fewest-steps":
      rest = [steps, time[TYPICAL_SHORT], time[MINIMUM], time[TYPICAL_LONG]];
      break;
    case "earn-while-learning":
      rest = [cost, time[TYPICAL_SHORT], time[MINIMUM], time[TYPICAL_LONG], steps];
      break;
  }
  return unknownFirst ? [unknown, ...rest] : [...rest, unknown];
}

/** Lower bounds on the rank still to come from each node (see lowerBounds), by node number (graphIndex). */
interface Bounds {
  /** The two slots' bounds for the nodes the backward search settled; NaN for the rest. */
  first: Float64Array;
  second: Float64Array;
  /**
   * The bound for a node the backward search did not settle before it stopped: Dijkstra settles nodes in
   * order, so any node left has at least the last key settled.
   */
  rest: [number, number];
  /** 1 for every node from which the target can be reached at all under the fixed constraints. */
  canReach: Uint8Array;
}

/**
 * A lower bound on two slots of the rank still to come from each node to the target: a backward Dijkstra over
 * the steps the query's fixed constraints allow, with every wait and rule left out. With unknown lengths
 * ranked first it bounds (unknown lengths, then the preference's main measure: shortest months, steps or
 * unpaid-study cost) together; otherwise the main measure alone. It stops once every starting point is
 * settled, so on a large graph it explores little more than the forward search will.
 */
function lowerBounds(ctx: RuleContext, unknownFirst: boolean): Bounds {
  const { graph, query } = ctx;
  const { ids, nodeIndex, inStart, inList, edgeFrom } = graphIndex(graph);
  const n = ids.length;
  const edges = graph.edges;
  const target = nodeIndex.get(query.to)!;
  const passable = (v: number) => v === target || !ctx.blocked.has(ids[v]!);
  // Which nodes can reach the target at all: a plain sweep backwards, cheap even on a large graph, so that a
  // partial route that can never arrive is dropped however the bounds below were cut short.
  const canReach = new Uint8Array(n);
  canReach[target] = 1;
  const sweep = new Int32Array(n);
  let size = 0;
  sweep[size++] = target;
  for (let i = 0; i < size; i++) {
    const v = sweep[i]!;
    if (!passable(v)) continue;
    for (let k = inStart[v]!; k < inStart[v + 1]!; k++) {
      const e = inList[k]!;
      const u = edgeFrom[e]!;
      if (canReach[u] === 0 && edgeAllowed(ctx, e)) {
        canReach[u] = 1;
        sweep[size++] = u;
      }
    }
  }
  const first = new Float64Array(n).fill(Infinity);
  const second = new Float64Array(n).fill(Infinity);
  const settled = new Uint8Array(n);
  first[target] = 0;
  second[target] = 0;
  let waiting = 0;
  const isStart = new Uint8Array(n);
  for (const id of ctx.starts) {
    const s = nodeIndex.get(id)!;
    if (isStart[s] === 0 && canReach[s] === 1) waiting++;
    isStart[s] = 1;
  }
  const queue = new PairHeap();
  queue.push(target, 0, 0);
  const unsettledAsNaN = () => {
    for (let v = 0; v < n; v++) {
      if (settled[v] === 0) {
        first[v] = NaN;
        second[v] = NaN;
      }
    }
  };
  while (queue.size > 0) {
    const v = queue.pop();
    if (settled[v] === 1) continue;
    settled[v] = 1;
    if (isStart[v] === 1 && --waiting === 0) {
      unsettledAsNaN();
      return { first, second, rest: [first[v]!, second[v]!], canReach };
    }
    // Nothing passes through a blocked node; starting points are blocked but routes leave from them.
    if (!passable(v)) continue;
    for (let k = inStart[v]!; k < inStart[v + 1]!; k++) {
      const e = inList[k]!;
      const u = edgeFrom[e]!;
      const edge = edges[e]!;
      if (settled[u] === 1 || !edgeAllowed(ctx, e)) continue;
      const a = first[v]! + (unknownFirst && edge.route.durationMonths === undefined ? 1 : 0);
      const b = second[v]! + stepMain(ctx, edge);
      if (a < first[u]! || (a === first[u]! && b < second[u]!)) {
        first[u] = a;
        second[u] = b;
        queue.push(u, a, b);
      }
    }
  }
  unsettledAsNaN();
  return { first, second, rest: [Infinity, Infinity], canReach };
}

/**
 * A binary min-heap of node numbers keyed by a pair of numbers, in typed arrays: the lower bound's backward
 * search pushes an entry per relaxed edge, which on a large graph is hundreds of thousands of them.
 */
class PairHeap {
  private nodes = new Int32Array(1024);
  private first = new Float64Array(1024);
  private second = new Float64Array(1024);
  size = 0;

  private less(i: number, j: number): boolean {
    return (
      this.first[i]! < this.first[j]! ||
      (this.first[i] === this.first[j] && this.second[i]! < this.second[j]!)
    );
  }

  private swap(i: number, j: number): void {
    const n = this.nodes[i]!;
    const a = this.first[i]!;
    const b = this.second[i]!;
    this.nodes[i] = this.nodes[j]!;
    this.first[i] = this.first[j]!;
    this.second[i] = this.second[j]!;
    this.nodes[j] = n;
    this.first[j] = a;
    this.second[j] = b;
  }

  push(node: number, a: number, b: number): void {
    if (this.size === this.nodes.length) {
      const grow = <T extends Int32Array | Float64Array>(array: T): T => {
        const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      this.nodes = grow(this.nodes);
      this.first = grow(this.first);
      this.second = grow(this.second);
    }
    let i = this.size++;
    this.nodes[i] = node;
    this.first[i] = a;
    this.second[i] = b;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): number {
    const top = this.nodes[0]!;
    this.size--;
    if (this.size > 0) {
      this.swap(0, this.size);
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < this.size && this.less(left, smallest)) smallest = left;
        if (right < this.size && this.less(right, smallest)) smallest = right;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  }
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
        if (p.type === "experience-in-role")
          experience = Math.max(experience, p.typicalMonths?.min ?? p.months);
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
    for (let s: StepState | null = entry.state; s !== null && s.edge !== null; s = s.parent)
      keys.push(s.edge.key);
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
 * record taken from two starting points is one option, from the better start), best first; with
 * `unknownFirst` false, ranked as if steps of unknown length took no time.
 * @example searchRoutes(makeRuleContext(graph, normaliseQuery({ from: ["gcses"], to: "nursing-associate" })), 4)
 */
export function searchRoutes(
  ctx: RuleContext,
  count: number,
  budget = SEARCH_BUDGET,
  unknownFirst = true,
): SearchResult {
  const { query } = ctx;
  if (
    count <= 0 ||
    ctx.starts.length === 0 ||
    ctx.heldNodes.has(query.to) ||
    query.avoidNodes.includes(query.to)
  ) {
    return { routes: [], complete: true };
  }
  const bounds = lowerBounds(ctx, unknownFirst);
  const { nodeIndex } = graphIndex(ctx.graph);
  const boundOf = (node: string): readonly [number, number] | null => {
    const v = nodeIndex.get(node)!;
    if (bounds.canReach[v] === 0) return null;
    const a = bounds.first[v]!;
    return Number.isNaN(a) ? bounds.rest : [a, bounds.second[v]!];
  };
  const withBound = (state: StepState): number[] | null => {
    const bound = boundOf(state.node);
    if (bound === null) return null;
    const f = rankOf(state, query.prefer, unknownFirst);
    if (unknownFirst) {
      f[0]! += bound[0];
      f[1]! += bound[1];
    } else f[0]! += bound[1];
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
      if (boundOf(v) === null) continue;
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
