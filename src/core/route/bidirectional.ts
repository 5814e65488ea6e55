/**
 * The exact best route by bidirectional Dijkstra, for queries whose step costs do not depend on the path: no
 * gap rule and no unmet holds rule among the allowed steps (then every step has a fixed cost, and the best
 * walk is always simple, since a loop only adds cost). With no gap rule allowed there is no gap clock at all,
 * the person's own (from funded training for a starting role) included, so every clock is 0 here. On large graphs it settles far fewer nodes than a
 * one-sided search.
 *
 * Ties are broken exactly as elsewhere, by the sequence of edge keys: the two searches run until the sum of
 * their frontiers passes the best cost, so every node of every best route is settled on one side or the other;
 * the route is then read off greedily, taking at each node the smallest-keyed step that still lies on a best
 * route.
 */
import type { CompiledGraph } from "./compile";
import { SLOTS, type SearchContext } from "./context";
import { IntHeap } from "./heap";
import { compareCost, LabelPool } from "./labels";
import { newStepResult, takeStep, type FoundPath, type SearchStart } from "./step";

/** One direction's search state, reused across queries on the same graph (stamps mark what is current). */
interface Side {
  pool: LabelPool;
  heap: IntHeap;
  dist: Float64Array;
  seen: Int32Array;
  done: Int32Array;
}

interface BiScratch {
  forward: Side;
  backward: Side;
  stamp: number;
}

const scratchOf = new WeakMap<CompiledGraph, BiScratch>();

function side(n: number): Side {
  const pool = new LabelPool();
  return {
    pool,
    heap: new IntHeap((a, b) => compareCost(pool.g, a * SLOTS, pool.g, b * SLOTS) < 0, 1024),
    dist: new Float64Array(n * SLOTS),
    seen: new Int32Array(n),
    done: new Int32Array(n),
  };
}

function scratch(cg: CompiledGraph): BiScratch {
  let s = scratchOf.get(cg);
  if (s === undefined) {
    s = { forward: side(cg.n), backward: side(cg.n), stamp: 0 };
    scratchOf.set(cg, s);
  }
  return s;
}

/**
 * True when step costs are fixed for this query, so the bidirectional search is exact. A gap rule makes costs
 * depend on the clock (a funded step on the path, or the person's own funded training), so any rule rules it
 * out, even when no start has a clock: a funded step can still start one on the way.
 * @example hasFixedCosts(makeSearchContext(cg, normaliseQuery({ from: ["gcses"], to: "nursing-associate" })))
 */
export function hasFixedCosts(ctx: SearchContext): boolean {
  return ctx.gapCap === 0 && ctx.rules === 0 && !ctx.pathOnly;
}

/**
 * The best route from a start to the target when step costs are fixed (see hasFixedCosts).
 * @example if (hasFixedCosts(ctx)) bidirectionalBest(ctx, origin)?.edges;
 */
export function bidirectionalBest(ctx: SearchContext, start: SearchStart): FoundPath | null {
  const { cg, target } = ctx;
  const s = scratch(cg);
  const stamp = ++s.stamp;
  const F = s.forward;
  const B = s.backward;
  for (const d of [F, B]) {
    d.pool.reset();
    d.heap.clear();
  }
  const sources = start.node >= 0 ? [start.node] : [...ctx.starts];
  const isSource = (u: number) => (start.node >= 0 ? u === start.node : sources.includes(u));
  const enterable = (u: number) =>
    ctx.blocked[u] === 0 && !(start.avoidRoot && ctx.rootMark![u] === ctx.rootStamp);

  const step = newStepResult();
  /** The fixed cost of a step, written into step.add; false when the query does not allow it. */
  const cost = (e: number, first: boolean): boolean => {
    if (ctx.allowed[e] === 0) return false;
    const v = cg.to[e]!;
    if (!enterable(v)) return false;
    if (first) {
      if (start.node < 0 && ctx.canonicalFirst !== null && !ctx.canonicalFirst.has(e)) return false;
      if (start.banned.has(cg.route[e]!)) return false;
    }
    // gapCap is 0 here (hasFixedCosts), so the clock is 0 and never delays a step.
    return takeStep(ctx, cg.from[e]!, 0, 0, 0, e, step);
  };
  const label = (d: Side, node: number, g: Float64Array | null, gi: number, add: Float64Array | null) => {
    const l = d.pool.add(node, -1, -1, 0, 0, 0);
    for (let k = 0; k < SLOTS; k++) {
      const value = (g === null ? 0 : g[gi + k]!) + (add === null ? 0 : add[k]!);
      d.pool.g[l * SLOTS + k] = value;
      d.dist[node * SLOTS + k] = value;
    }
    d.seen[node] = stamp;
    d.heap.push(l, d.pool.g[l * SLOTS]!);
  };
  /** Drops stale labels from the top of a heap; returns the live top or -1. */
  const top = (d: Side): number => {
    for (let l = d.heap.peek(); l >= 0; l = d.heap.peek()) {
      const node = d.pool.node[l]!;
      if (d.done[node] !== stamp && compareCost(d.pool.g, l * SLOTS, d.dist, node * SLOTS) === 0) return l;
      d.heap.pop();
    }
    return -1;
  };

  const best = new Float64Array(SLOTS).fill(Infinity);
  const sum = new Float64Array(SLOTS);
  const offer = (fDist: Float64Array, fi: number, add: Float64Array, bDist: Float64Array, bi: number) => {
    for (let k = 0; k < SLOTS; k++) sum[k] = fDist[fi + k]! + add[k]! + bDist[bi + k]!;
    if (compareCost(sum, 0, best, 0) < 0) best.set(sum);
  };

  for (const u of sources) label(F, u, null, 0, null);
  label(B, target, null, 0, null);

  for (;;) {
    const tf = top(F);
    const tb = top(B);
    if (tf < 0 || tb < 0) break;
    for (let k = 0; k < SLOTS; k++) sum[k] = F.pool.g[tf * SLOTS + k]! + B.pool.g[tb * SLOTS + k]!;
    // Run on while the frontiers could still touch a route as good as the best: then every node of every
    // best route is settled on one side, which the tie-breaking read-off below relies on.
    if (best[0] !== Infinity && compareCost(sum, 0, best, 0) > 0) break;
    if (F.heap.size <= B.heap.size) {
      const l = F.heap.pop();
      const u = F.pool.node[l]!;
      F.done[u] = stamp;
      if (u === target) continue;
      const first = isSource(u);
      for (let i = cg.outStart[u]!; i < cg.outStart[u + 1]!; i++) {
        const e = cg.outList[i]!;
        if (!cost(e, first)) continue;
        const v = cg.to[e]!;
        if (B.seen[v] === stamp) offer(F.dist, u * SLOTS, step.add, B.dist, v * SLOTS);
        if (F.done[v] === stamp) continue;
        if (F.seen[v] === stamp) {
          let order = 0;
          for (let k = 0; k < SLOTS && order === 0; k++) {
            order = F.dist[u * SLOTS + k]! + step.add[k]! - F.dist[v * SLOTS + k]!;
          }
          if (order >= 0) continue;
        }
        label(F, v, F.dist, u * SLOTS, step.add);
      }
    } else {
      const l = B.heap.pop();
      const v = B.pool.node[l]!;
      B.done[v] = stamp;
      // Routes leave a source but never pass through one.
      if (v !== target && isSource(v)) continue;
      for (let i = cg.inStart[v]!; i < cg.inStart[v + 1]!; i++) {
        const e = cg.inList[i]!;
        const u = cg.from[e]!;
        const first = isSource(u);
        if (!first && !enterable(u)) continue;
        if (!cost(e, first)) continue;
        if (F.seen[u] === stamp) offer(F.dist, u * SLOTS, step.add, B.dist, v * SLOTS);
        if (B.done[u] === stamp) continue;
        if (B.seen[u] === stamp) {
          let order = 0;
          for (let k = 0; k < SLOTS && order === 0; k++) {
            order = B.dist[v * SLOTS + k]! + step.add[k]! - B.dist[u * SLOTS + k]!;
          }
          if (order >= 0) continue;
        }
        label(B, u, B.dist, v * SLOTS, step.add);
      }
    }
  }
  if (best[0] === Infinity) return null;
  return readOff(ctx, sources, best, F, B, stamp, cost, step);
}

/**
 * Reads off the best route with the smallest sequence of edge keys: from the start, the smallest-keyed step
 * that still lies on a best route, and so on. A step into a node settled backwards is checked exactly against
 * its distance to the target; into a node settled only forwards, by looking further ahead (memoised per node,
 * since on a best route each node is reached at its forward distance).
 */
function readOff(
  ctx: SearchContext,
  sources: readonly number[],
  best: Float64Array,
  F: Side,
  B: Side,
  stamp: number,
  cost: (e: number, first: boolean) => boolean,
  step: { add: Float64Array },
): FoundPath {
  const { cg, target } = ctx;
  const rank = cg.keyRank;
  const memo = new Map<number, boolean>();
  const g2 = new Float64Array(SLOTS);
  const total = new Float64Array(SLOTS);

  const stepsFrom = (nodes: readonly number[], first: boolean): number[] => {
    const edges: number[] = [];
    for (const u of nodes) {
      for (let i = cg.outStart[u]!; i < cg.outStart[u + 1]!; i++) edges.push(cg.outList[i]!);
    }
    return edges.filter((e) => cost(e, first)).sort((a, b) => rank[a]! - rank[b]!);
  };

  /** Whether the step e, taken at cost g (SLOTS from gi), still lies on a best route. */
  const onBest = (e: number, g: Float64Array, first: boolean): Float64Array | null => {
    if (!cost(e, first)) return null;
    const next = new Float64Array(SLOTS);
    for (let k = 0; k < SLOTS; k++) next[k] = g[k]! + step.add[k]!;
    const v = cg.to[e]!;
    if (v === target) return compareCost(next, 0, best, 0) === 0 ? next : null;
    if (B.done[v] === stamp) {
      for (let k = 0; k < SLOTS; k++) total[k] = next[k]! + B.dist[v * SLOTS + k]!;
      return compareCost(total, 0, best, 0) === 0 ? next : null;
    }
    if (F.done[v] !== stamp || compareCost(next, 0, F.dist, v * SLOTS) !== 0) return null;
    let ok = memo.get(v);
    if (ok === undefined) {
      memo.set(v, false);
      ok = stepsFrom([v], false).some((e2) => onBest(e2, next, false) !== null);
      memo.set(v, ok);
    }
    return ok ? next : null;
  };

  const edges: number[] = [];
  let g = new Float64Array(SLOTS);
  let at = -1;
  while (at !== target) {
    const first = edges.length === 0;
    const candidates = stepsFrom(first ? sources : [at], first);
    let taken = -1;
    for (const e of candidates) {
      const next = onBest(e, g, first);
      if (next !== null) {
        g2.set(next);
        taken = e;
        break;
      }
    }
    // Unreachable when the searches are right: a best route exists, so some step continues it.
    if (taken < 0) throw new Error("route finder: best route lost while reading it off");
    edges.push(taken);
    g = Float64Array.from(g2);
    at = cg.to[taken]!;
  }
  return { edges, cost: g };
}
