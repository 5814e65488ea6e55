/**
 * The exact single-route search: the best simple route from a start (the starting points, or a node at the end
 * of a fixed root path) to the target, under one query's rules and ranking.
 *
 * Costs depend on the path (the gap clock runs from the last NHS-funded step, or from the person's own funded
 * training for a starting role; `holds` rules look at everything held so far), so plain Dijkstra on nodes is
 * not exact. Two searches work together:
 * 1. A label-setting A* on states (node, gap clock under the preference's min and max durations, each capped
 *    at the largest gap, and the bitmask of unmet holds rules now met). A state fixes every future cost, so the
 *    best walk to each state is found exactly, ties broken by the sequence of edge keys. Every step adds one to
 *    the step count, which every ranking includes, so a state's label is final when popped.
 * 2. When that best walk repeats a node (only a `holds` rule met on a detour can make a cycle pay), a
 *    best-first search over partial simple paths with the same admissible lower bound finds the best simple
 *    route. It is exponential in the worst case, so it has a budget; running out is reported, never hidden.
 */
import { bidirectionalBest, hasFixedCosts } from "./bidirectional";
import type { CompiledGraph } from "./compile";
import { SLOTS, type SearchContext } from "./context";
import { IntHeap } from "./heap";
import { compareCost, LabelPool } from "./labels";
import {
  newStepResult,
  PATH_SEARCH_BUDGET,
  takeStep,
  type FoundPath,
  type SearchOutcome,
  type SearchStart,
  type StepResult,
} from "./step";

/**
 * The step a search may take from a label: allowed by the query, into a node it may enter, and for a first
 * step, not banned (and from the starting points, the one start chosen for each route record).
 */
function mayTake(ctx: SearchContext, start: SearchStart, e: number, first: boolean): boolean {
  const cg = ctx.cg;
  if (ctx.allowed[e] === 0) return false;
  const v = cg.to[e]!;
  if (ctx.blocked[v] === 1) return false;
  if (start.avoidRoot && ctx.rootMark![v] === ctx.rootStamp) return false;
  if (first) {
    if (start.node < 0 && ctx.canonicalFirst !== null && !ctx.canonicalFirst.has(e)) return false;
    if (start.banned.has(cg.route[e]!)) return false;
  }
  return true;
}

/**
 * Lexicographic lower bound on the cost from every node to the target, ignoring holds rules and gap waits:
 * a backward Dijkstra over the allowed steps. Admissible and consistent, so A* on it stays exact.
 * Starting points get a bound (routes leave from them) but are not passed through.
 * @example ctx.lowerBound = computeLowerBound(ctx); // before searching for alternatives
 */
export function computeLowerBound(ctx: SearchContext): Float64Array {
  const { cg } = ctx;
  const bound = new Float64Array(cg.n * SLOTS).fill(Infinity);
  const settled = new Uint8Array(cg.n);
  const isStart = new Set(ctx.starts);
  // A lean label store (node and cost only): this search touches most of a large graph.
  let labelNode = new Int32Array(1024);
  let labelCost = new Float64Array(1024 * SLOTS);
  let labels = 0;
  const heap = new IntHeap((a, b) => compareCost(labelCost, a * SLOTS, labelCost, b * SLOTS) < 0, 1024);
  const push = (node: number, cost: Float64Array, ci: number) => {
    if (labels === labelNode.length) {
      const grownNode = new Int32Array(labels * 2);
      grownNode.set(labelNode);
      labelNode = grownNode;
      const grownCost = new Float64Array(labels * 2 * SLOTS);
      grownCost.set(labelCost);
      labelCost = grownCost;
    }
    labelNode[labels] = node;
    for (let k = 0; k < SLOTS; k++) labelCost[labels * SLOTS + k] = cost[ci + k]!;
    heap.push(labels, labelCost[labels * SLOTS]!);
    labels++;
  };
  const slots = ctx.slots;
  const cand = new Float64Array(SLOTS);
  bound.fill(0, ctx.target * SLOTS, ctx.target * SLOTS + SLOTS);
  push(ctx.target, bound, ctx.target * SLOTS);
  while (heap.size > 0) {
    const v = labelNode[heap.pop()]!;
    if (settled[v] === 1) continue;
    settled[v] = 1;
    if (ctx.blocked[v] === 1 && v !== ctx.target) continue;
    const vb = v * SLOTS;
    for (let i = cg.inStart[v]!; i < cg.inStart[v + 1]!; i++) {
      const e = cg.inList[i]!;
      const u = cg.from[e]!;
      if (ctx.allowed[e] === 0 || settled[u] === 1) continue;
      if (ctx.blocked[u] === 1 && !isStart.has(u)) continue;
      let wait = cg.expReq[e]!;
      if (wait > 0) wait = Math.max(0, wait - ctx.startExp[u]!);
      for (let k = 0; k < SLOTS; k++) cand[k] = bound[vb + k]!;
      cand[slots.min]! += wait + cg.durMin[e]!;
      cand[slots.max]! += wait + cg.durMax[e]!;
      if (slots.steps >= 0) cand[slots.steps]! += 1;
      if (slots.cost >= 0) cand[slots.cost]! += cg.durMin[e]! * ctx.fundingWeight[cg.funding[e]!]!;
      if (compareCost(cand, 0, bound, u * SLOTS) < 0) {
        bound.set(cand, u * SLOTS);
        push(u, cand, 0);
      }
    }
  }
  return bound;
}

/** Largest state space kept in dense arrays (stamped, never cleared); bigger ones use a Map. */
const DENSE_STATES = 1 << 18;

/** Scratch reused by every state search on a graph, so spur searches and queries do not allocate per call. */
interface Scratch {
  /** This search's state encoding: node only, or node × gap clocks × held-rules mask. */
  nodeOnly: boolean;
  /** States index the dense arrays directly (masks are not interned). */
  dense: boolean;
  stride: number;
  target: number;
  n: number;
  pool: LabelPool;
  heap: IntHeap;
  /** Dense states: best label per state, valid when stamp matches. */
  bestLabel: Int32Array;
  bestStamp: Int32Array;
  stamp: number;
  /** Expanded states: best label per state key. */
  bestByKey: Map<number, number>;
  maskIds: Map<number, number>;
  step: StepResult;
}

// Per compiled graph, not per query: searches never nest, and reuse spares large allocations per query.
const scratchOf = new WeakMap<CompiledGraph, Scratch>();

function scratch(ctx: SearchContext): Scratch {
  let s = scratchOf.get(ctx.cg);
  if (s === undefined) {
    const pool = new LabelPool();
    const lessLabel = (a: number, b: number) => {
      const byF = compareCost(pool.f, a * SLOTS, pool.f, b * SLOTS);
      return byF !== 0 ? byF < 0 : compareCost(pool.g, a * SLOTS, pool.g, b * SLOTS) < 0;
    };
    s = {
      nodeOnly: true,
      dense: true,
      stride: 1,
      target: -1,
      n: ctx.cg.n,
      pool,
      heap: new IntHeap(lessLabel, 1024),
      bestLabel: new Int32Array(ctx.cg.n),
      bestStamp: new Int32Array(ctx.cg.n),
      stamp: 0,
      bestByKey: new Map(),
      maskIds: new Map(),
      step: newStepResult(),
    };
    scratchOf.set(ctx.cg, s);
  }
  return s;
}

/** The state key: the node alone, or node × gap clocks × held-rules mask (masks interned to small ids). */
function keyOf(s: Scratch, v: number, eMin: number, eMax: number, mask: number): number {
  if (s.nodeOnly || v === s.target) return v;
  if (s.dense) return v + s.n * (eMin + s.stride * (eMax + s.stride * mask));
  let maskId = s.maskIds.get(mask);
  if (maskId === undefined) {
    maskId = s.maskIds.size;
    s.maskIds.set(mask, maskId);
  }
  return v + s.n * (eMin + s.stride * (eMax + s.stride * maskId));
}

function bestOf(s: Scratch, key: number): number {
  if (s.dense) return s.bestStamp[key] === s.stamp ? s.bestLabel[key]! : -1;
  return s.bestByKey.get(key) ?? -1;
}

function setBest(s: Scratch, key: number, label: number): void {
  if (s.dense) {
    s.bestStamp[key] = s.stamp;
    s.bestLabel[key] = label;
  } else s.bestByKey.set(key, label);
}

/**
 * True when the chain ending (parent a, step ea) has a smaller sequence of edge keys than (parent b, step eb).
 * Both chains have the same length (equal costs mean equal step counts), so walk back in step until they meet.
 */
function keysBefore(
  ctx: SearchContext,
  pool: LabelPool,
  a: number,
  ea: number,
  b: number,
  eb: number,
): boolean {
  const rank = ctx.cg.keyRank;
  let diff = rank[ea]! - rank[eb]!;
  while (a !== b && pool.parent[a]! >= 0 && pool.parent[b]! >= 0) {
    const d = rank[pool.edge[a]!]! - rank[pool.edge[b]!]!;
    if (d !== 0) diff = d;
    a = pool.parent[a]!;
    b = pool.parent[b]!;
  }
  return diff < 0;
}

/**
 * Adds the search's first labels (one per start, cost 0) to an empty pool: they are ids 0 .. count-1. A start
 * that cannot reach the target (by the lower bound) gets no label, as a later label would not.
 */
function initialLabels(ctx: SearchContext, start: SearchStart, pool: LabelPool): number {
  const count = start.node >= 0 ? 1 : ctx.starts.length;
  for (let i = 0; i < count; i++) {
    const node = start.node >= 0 ? start.node : ctx.starts[i]!;
    const label = pool.add(node, -1, -1, start.eMin, start.eMax, start.mask);
    pool.g.fill(0, label * SLOTS, label * SLOTS + SLOTS);
    if (!setPriority(ctx, pool, label)) pool.size--;
  }
  return pool.size;
}

/** f = g + lower bound; returns false when the target cannot be reached from the label's node. */
function setPriority(ctx: SearchContext, pool: LabelPool, label: number): boolean {
  const bound = ctx.lowerBound;
  const base = label * SLOTS;
  if (bound === null) {
    for (let k = 0; k < SLOTS; k++) pool.f[base + k] = pool.g[base + k]!;
    return true;
  }
  const b = pool.node[label]! * SLOTS;
  if (bound[b] === Infinity) return false;
  for (let k = 0; k < SLOTS; k++) pool.f[base + k] = pool.g[base + k]! + bound[b + k]!;
  return true;
}

/** The best walk under the state model (null: none), and whether it visits a node twice. */
function stateSearch(ctx: SearchContext, start: SearchStart): { path: FoundPath; simple: boolean } | null {
  const { cg, target } = ctx;
  ctx.stats.stateSearches++;
  const s = scratch(ctx);
  const { pool, heap, step } = s;
  pool.reset();
  heap.clear();
  s.nodeOnly = ctx.gapCap === 0 && ctx.rules === 0;
  s.stride = ctx.gapCap + 1;
  s.target = target;
  s.n = cg.n;
  // Small state spaces (the real dataset, with its gap rule) index typed arrays; large ones use a Map.
  const states = cg.n * s.stride * s.stride * 2 ** ctx.rules;
  s.dense = s.nodeOnly || states <= DENSE_STATES;
  if (s.dense && s.bestLabel.length < states) {
    s.bestLabel = new Int32Array(states);
    s.bestStamp = new Int32Array(states);
  }
  s.stamp++;
  if (!s.dense) {
    s.bestByKey.clear();
    s.maskIds.clear();
  }

  const firstLabels = initialLabels(ctx, start, pool);
  for (let label = 0; label < firstLabels; label++) {
    const key = keyOf(s, pool.node[label]!, pool.eMin[label]!, pool.eMax[label]!, pool.mask[label]!);
    pool.key[label] = key;
    setBest(s, key, label);
    heap.push(label, pool.f[label * SLOTS]!);
  }

  while (heap.size > 0) {
    const label = heap.pop();
    if (pool.popped[label] === 1 || bestOf(s, pool.key[label]!) !== label) continue;
    pool.popped[label] = 1;
    const u = pool.node[label]!;
    if (u === target) {
      const edges = pool.edgesTo(label);
      const cost = pool.g.slice(label * SLOTS, label * SLOTS + SLOTS);
      return { path: { edges, cost }, simple: isSimple(ctx, pool.node[pool.rootOf(label)]!, edges) };
    }
    const first = pool.parent[label]! < 0;
    const eMin = pool.eMin[label]!;
    const eMax = pool.eMax[label]!;
    const mask = pool.mask[label]!;
    for (let i = cg.outStart[u]!; i < cg.outStart[u + 1]!; i++) {
      const e = cg.outList[i]!;
      if (!mayTake(ctx, start, e, first)) continue;
      if (!takeStep(ctx, u, eMin, eMax, mask, e, step)) continue;
      const v = cg.to[e]!;
      const atTarget = v === target;
      const key = atTarget ? v : keyOf(s, v, step.eMin, step.eMax, step.mask);
      const existing = bestOf(s, key);
      const base = label * SLOTS;
      if (existing >= 0) {
        if (pool.popped[existing] === 1) continue;
        let order = 0;
        for (let k = 0; k < SLOTS && order === 0; k++) {
          order = pool.g[base + k]! + step.add[k]! - pool.g[existing * SLOTS + k]!;
        }
        if (order > 0) continue;
        if (order === 0 && !keysBefore(ctx, pool, label, e, pool.parent[existing]!, pool.edge[existing]!)) {
          continue;
        }
      }
      const next = atTarget
        ? pool.add(v, label, e, 0, 0, 0)
        : pool.add(v, label, e, step.eMin, step.eMax, step.mask);
      const nb = next * SLOTS;
      for (let k = 0; k < SLOTS; k++) pool.g[nb + k] = pool.g[base + k]! + step.add[k]!;
      if (!setPriority(ctx, pool, next)) {
        pool.size--;
        continue;
      }
      pool.key[next] = key;
      setBest(s, key, next);
      heap.push(next, pool.f[next * SLOTS]!);
    }
  }
  return null;
}

function isSimple(ctx: SearchContext, first: number, edges: readonly number[]): boolean {
  // Routes are short: a quadratic scan beats building a set.
  const to = ctx.cg.to;
  for (let i = 0; i < edges.length; i++) {
    const v = to[edges[i]!]!;
    if (v === first) return false;
    for (let j = 0; j < i; j++) if (to[edges[j]!] === v) return false;
  }
  return true;
}

/** Compares two edge-key sequences lexicographically (a proper prefix comes first). */
function compareKeySequences(ctx: SearchContext, a: readonly number[], b: readonly number[]): number {
  const rank = ctx.cg.keyRank;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = rank[a[i]!]! - rank[b[i]!]!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/**
 * Whether a step's holds rules are met by what is held at a label: the starting points, the root path before
 * the search's start, and every node of the label's chain. Used when there are too many rules for a bitmask.
 */
function holdsMetOnPath(
  ctx: SearchContext,
  start: SearchStart,
  pool: LabelPool,
  label: number,
  e: number,
): boolean {
  const rules = ctx.cg.holds[e];
  if (rules === null || rules === undefined) return true;
  for (const rule of rules) {
    let met = false;
    for (const v of ctx.cg.holdsRules[rule]!) {
      if (ctx.heldSet.has(v) || (start.avoidRoot && ctx.rootMark![v] === ctx.rootStamp)) met = true;
      for (let l = label; l >= 0 && !met; l = pool.parent[l]!) met = pool.node[l] === v;
      if (met) break;
    }
    if (!met) return false;
  }
  return true;
}

/**
 * Best-first search over partial simple paths, ordered by (g + lower bound, then edge keys). The first
 * complete path popped is the best simple route: every other completion is ranked at or after its prefix.
 */
function simplePathSearch(ctx: SearchContext, start: SearchStart, budget: number): SearchOutcome {
  const { cg, target } = ctx;
  ctx.stats.pathSearches++;
  const pool = new LabelPool();
  const edgesCache = new Map<number, number[]>();
  const edgesOf = (label: number): number[] => {
    let edges = edgesCache.get(label);
    if (edges === undefined) {
      edges = pool.edgesTo(label);
      edgesCache.set(label, edges);
    }
    return edges;
  };
  const heap = new IntHeap((a, b) => {
    const byF = compareCost(pool.f, a * SLOTS, pool.f, b * SLOTS);
    return byF !== 0 ? byF < 0 : compareKeySequences(ctx, edgesOf(a), edgesOf(b)) < 0;
  });
  const step = newStepResult();
  const firstLabels = initialLabels(ctx, start, pool);
  for (let label = 0; label < firstLabels; label++) heap.push(label, pool.f[label * SLOTS]!);
  let pops = 0;
  while (heap.size > 0) {
    if (++pops > budget) return "limit";
    const label = heap.pop();
    edgesCache.delete(label);
    const u = pool.node[label]!;
    if (u === target) {
      return { edges: pool.edgesTo(label), cost: pool.g.slice(label * SLOTS, label * SLOTS + SLOTS) };
    }
    const first = pool.parent[label]! < 0;
    for (let i = cg.outStart[u]!; i < cg.outStart[u + 1]!; i++) {
      const e = cg.outList[i]!;
      if (!mayTake(ctx, start, e, first)) continue;
      const v = cg.to[e]!;
      let onPath = false;
      for (let l = label; l >= 0 && !onPath; l = pool.parent[l]!) onPath = pool.node[l] === v;
      if (onPath) continue;
      if (ctx.pathOnly && !holdsMetOnPath(ctx, start, pool, label, e)) continue;
      if (!takeStep(ctx, u, pool.eMin[label]!, pool.eMax[label]!, pool.mask[label]!, e, step)) continue;
      const next = pool.add(v, label, e, step.eMin, step.eMax, step.mask);
      for (let k = 0; k < SLOTS; k++) pool.g[next * SLOTS + k] = pool.g[label * SLOTS + k]! + step.add[k]!;
      if (!setPriority(ctx, pool, next)) {
        pool.size--;
        continue;
      }
      heap.push(next, pool.f[next * SLOTS]!);
    }
  }
  return null;
}

/**
 * The best simple route from a start to the query's target, exactly, under the query's rules and ranking.
 * @example
 * const found = bestRouteFrom(ctx, { node: -1, eMin: ctx.startGap, eMax: ctx.startGap, mask: 0, banned: new Set(), avoidRoot: false });
 * if (found !== null && found !== "limit") found.edges.map((e) => ctx.cg.edges[e]!.key);
 */
export function bestRouteFrom(
  ctx: SearchContext,
  start: SearchStart,
  budget = PATH_SEARCH_BUDGET,
): SearchOutcome {
  if (ctx.pathOnly) return simplePathSearch(ctx, start, budget);
  // Without a lower bound to guide it, a one-sided search settles most of a large graph; two-sided far less.
  if (ctx.lowerBound === null && hasFixedCosts(ctx)) return bidirectionalBest(ctx, start);
  const walk = stateSearch(ctx, start);
  if (walk === null) return null;
  if (walk.simple) return walk.path;
  return simplePathSearch(ctx, start, budget);
}
