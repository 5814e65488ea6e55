/**
 * The k best genuinely different routes, in order: Yen's algorithm with Lawler's saving (a new route only
 * needs spur searches from the point where it left its parent), over the exact single-route search.
 *
 * Yen stays exact with path-dependent costs because every spur search starts from the state its root path
 * leaves (gap clocks, held rules) and adds its cost to the root's: the best route within each class of
 * "same root, then a step not yet used there" is found exactly, so the next best route overall is always
 * among the candidates. Routes are compared by cost vector, then by their sequence of edge keys.
 */
import { SLOTS, type SearchContext } from "./context";
import { compareCost } from "./labels";
import { bestRouteFrom } from "./search";
import { newStepResult, PATH_SEARCH_BUDGET, takeStep, type SearchStart } from "./step";

export interface RankedPath {
  /** Edge indexes of the compiled graph, first step first. */
  edges: number[];
  /** The route's cost vector under the query's preference (SLOTS long). */
  cost: Float64Array;
}

export interface RankedPaths {
  paths: RankedPath[];
  /** False when a simple-path search ran out of budget, so a better route may be missing. */
  complete: boolean;
}

interface Candidate extends RankedPath {
  /** Where it leaves the route it was found from: spur searches for it start here. */
  deviation: number;
}

const NO_BANS: ReadonlySet<number> = new Set();

/** The state at each node of a route: gap clocks, held-rules mask and cost so far. */
function statesAlong(ctx: SearchContext, edges: readonly number[]) {
  const cg = ctx.cg;
  const step = newStepResult();
  const states = [{ eMin: ctx.startGap, eMax: ctx.startGap, mask: 0, cost: new Float64Array(SLOTS) }];
  for (const e of edges) {
    const before = states[states.length - 1]!;
    takeStep(ctx, cg.from[e]!, before.eMin, before.eMax, before.mask, e, step);
    const cost = new Float64Array(SLOTS);
    for (let k = 0; k < SLOTS; k++) cost[k] = before.cost[k]! + step.add[k]!;
    states.push({ eMin: step.eMin, eMax: step.eMax, mask: step.mask, cost });
  }
  return states;
}

function comparePaths(ctx: SearchContext, a: RankedPath, b: RankedPath): number {
  const byCost = compareCost(a.cost, 0, b.cost, 0);
  if (byCost !== 0) return byCost;
  const rank = ctx.cg.keyRank;
  for (let i = 0; i < Math.min(a.edges.length, b.edges.length); i++) {
    const d = rank[a.edges[i]!]! - rank[b.edges[i]!]!;
    if (d !== 0) return d;
  }
  return a.edges.length - b.edges.length;
}

function samePrefix(a: readonly number[], b: readonly number[], length: number): boolean {
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The best `count` distinct simple routes to the target, best first (none when count is below 1, only the
 * best when it is 1). Distinct means a different sequence of route records; the first step from the starting
 * points is already the best start for its record.
 * `budget` caps each simple-path search (see search.ts); running out sets `complete` to false.
 * @example
 * const { paths } = kBestRoutes(ctx, 4); // the best route and up to 3 alternatives
 */
export function kBestRoutes(ctx: SearchContext, count: number, budget = PATH_SEARCH_BUDGET): RankedPaths {
  if (count < 1) return { paths: [], complete: true };
  const cg = ctx.cg;
  const origin: SearchStart = {
    node: -1,
    // The person's own gap clock (from funded training for a starting role), or "no clock".
    eMin: ctx.startGap,
    eMax: ctx.startGap,
    mask: 0,
    banned: NO_BANS,
    avoidRoot: false,
  };
  const first = bestRouteFrom(ctx, origin, budget);
  if (first === "limit") return { paths: [], complete: false };
  if (first === null || count === 1) return { paths: first === null ? [] : [first], complete: true };

  let complete = true;
  const accepted: Candidate[] = [{ ...first, deviation: 0 }];
  const signature = (edges: readonly number[]) => edges.map((e) => cg.route[e]).join(",");
  const seen = new Set([signature(first.edges)]);
  const candidates: Candidate[] = [];
  if (count > 1 && ctx.rootMark === null) ctx.rootMark = new Int32Array(cg.n);

  while (accepted.length < count) {
    const last = accepted[accepted.length - 1]!;
    const states = statesAlong(ctx, last.edges);
    for (let i = last.deviation; i < last.edges.length; i++) {
      const banned = new Set<number>();
      for (const path of accepted) {
        if (path.edges.length > i && samePrefix(path.edges, last.edges, i))
          banned.add(cg.route[path.edges[i]!]!);
      }
      // The root's nodes are off limits to the spur, which keeps every route simple.
      const mark = ctx.rootMark!;
      const stamp = ++ctx.rootStamp;
      if (i > 0) mark[cg.from[last.edges[0]!]!] = stamp;
      for (let j = 0; j < i - 1; j++) mark[cg.to[last.edges[j]!]!] = stamp;
      const state = states[i]!;
      const found = bestRouteFrom(
        ctx,
        {
          node: i === 0 ? -1 : cg.to[last.edges[i - 1]!]!,
          eMin: state.eMin,
          eMax: state.eMax,
          mask: state.mask,
          banned,
          avoidRoot: i > 0,
        },
        budget,
      );
      if (found === "limit") {
        complete = false;
        continue;
      }
      if (found === null) continue;
      const edges = [...last.edges.slice(0, i), ...found.edges];
      const key = signature(edges);
      if (seen.has(key)) continue;
      seen.add(key);
      const cost = new Float64Array(SLOTS);
      for (let k = 0; k < SLOTS; k++) cost[k] = state.cost[k]! + found.cost[k]!;
      candidates.push({ edges, cost, deviation: i });
    }
    if (candidates.length === 0) break;
    let best = 0;
    for (let c = 1; c < candidates.length; c++) {
      if (comparePaths(ctx, candidates[c]!, candidates[best]!) < 0) best = c;
    }
    accepted.push(candidates[best]!);
    candidates[best] = candidates[candidates.length - 1]!;
    candidates.pop();
  }
  return { paths: accepted.map(({ edges, cost }) => ({ edges, cost })), complete };
}
