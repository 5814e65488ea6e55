/**
 * The route finder's front door: checks a query, runs the k-best search and explains what it found, or why
 * nothing was found.
 */
import type { CareerGraph } from "../graph/career-graph";
import { edgesOf, explainRoute } from "./explain";
import { normaliseQuery, type NormalisedQuery, type RouteQuery } from "./query";
import { graphIndex } from "./graph-index";
import { impliedBy } from "./holdings";
import { explainNoRoute } from "./reasons";
import { unknownNode } from "./resolve-node";
import { rankOf, SEARCH_BUDGET, searchRoutes, type SearchResult } from "./search";
import { makeRuleContext, type RuleContext, type StepState } from "./step-rules";
import type { RouteResult } from "./types";

function checkIds(graph: CareerGraph, q: NormalisedQuery): void {
  for (const id of [...q.from, q.to, ...q.avoidNodes, ...q.notHeld]) {
    if (!graph.nodes.has(id)) throw unknownNode(graph, id);
  }
}

function search(graph: CareerGraph, q: NormalisedQuery, count: number): SearchResult {
  return searchRoutes(makeRuleContext(graph, q), count);
}

/**
 * Builds, ahead of any query, the tables every query on this graph shares (the graph in integer terms, what
 * holding each node implies), which the first query would otherwise build: a page can call it while the
 * browser is idle, so the first plan asked for is as quick as the next. Each table is built once per graph.
 * @example prepareRouteFinder(graph); // later: findRoutes(graph, query) skips building them
 */
export function prepareRouteFinder(graph: CareerGraph): void {
  graphIndex(graph);
  const [first] = graph.nodes.keys();
  if (first !== undefined) impliedBy(graph, first);
}

/** How many routes with a step of unknown length are shown apart from the ranked ones, at most. */
const UNKNOWN_LENGTH_ROUTES = 2;

/**
 * Routes with a step of unknown length that the ranking puts after every fully known route, but that would be
 * among the routes shown if the unknown steps took no time: the direct way for a nurse to become an approved
 * clinician, say, whose time in post first is not known. They are listed apart, never ranked as known.
 */
function unknownLengthRoutes(ctx: RuleContext, found: SearchResult, count: number): StepState[] {
  if (!found.complete || !ctx.graph.edges.some((e) => e.route.durationMonths === undefined)) return [];
  const shown = found.routes;
  if (shown.length > 0 && shown[shown.length - 1]!.unknownDurations > 0) return [];
  const prefer = ctx.query.prefer;
  const worst = shown.length === count ? rankOf(shown[shown.length - 1]!, prefer, false) : null;
  const beats = (state: StepState) => {
    if (worst === null) return true;
    const rank = rankOf(state, prefer, false);
    const k = rank.findIndex((x, i) => x !== worst[i]);
    return k === -1 || rank[k]! < worst[k]!;
  };
  return searchRoutes(ctx, count, SEARCH_BUDGET, false)
    .routes.filter((state) => state.unknownDurations > 0 && beats(state))
    .slice(0, UNKNOWN_LENGTH_ROUTES);
}

/**
 * Finds the best route from one or more starting points to a role, and up to `alternatives` more, ranked by
 * the preference and filtered by the constraints. Routes are loopless, genuinely different (a different
 * sequence of route records) and in a deterministic order; they are the exact best over all simple routes
 * under the rules in README.md ("Route finder") and step-rules.ts:
 * - a route starts at any `from` node not avoided, or at anything a starting role implies (an assistant
 *   psychologist has GBC), and never enters another held node; what was assumed is listed on the route;
 * - `holds` rules are met by what is held from the start, by implication, or earlier on the route;
 * - each step waits for the longest of its rules (experience in the from-role, relevant experience gained on
 *   the route or given, the gap after NHS-funded training) before its duration, in the minimum and the typical
 *   case; a step of unknown length adds nothing to the totals but makes its route rank after known ones;
 * - funding with an age limit is judged at the person's age on the day the step starts;
 * - constraints remove steps: apprenticeships only, funded (no fees to pay), avoided nodes and kinds, a
 *   highest qualification level.
 *
 * Throws UnknownNodeError (with suggestions) for an id not in the graph and InvalidQueryError for a malformed
 * query. No route is not an error: `routes` is empty and `reason` and `opensWith` say why and what would help.
 * @example
 * const result = findRoutes(graph, { from: ["psychology-degree-gbc"], to: "clinical-psychologist" });
 * result.routes[0]?.months.typical; // at least the doctorate and the experience courses expect
 */
export function findRoutes(graph: CareerGraph, query: RouteQuery): RouteResult {
  const q = normaliseQuery(query);
  checkIds(graph, q);
  const result: RouteResult = {
    from: q.from,
    to: q.to,
    prefer: q.prefer,
    age: q.age,
    routes: [],
    unknownLengthRoutes: [],
    reason: null,
    opensWith: [],
    relaxations: [],
    complete: true,
  };
  const ctx = makeRuleContext(graph, q);
  const count = 1 + q.alternatives;
  const found = searchRoutes(ctx, count);
  result.complete = found.complete;
  result.routes = found.routes.map((state) => explainRoute(ctx, edgesOf(state)));
  result.unknownLengthRoutes = unknownLengthRoutes(ctx, found, count).map((state) =>
    explainRoute(ctx, edgesOf(state)),
  );
  if (result.routes.length === 0 && found.complete) {
    const explained = explainNoRoute(graph, q, (relaxed) => search(graph, relaxed, 1).routes.length > 0);
    result.reason = explained.reason;
    result.relaxations = explained.relaxations;
    result.opensWith = explained.relaxations.map((r) => r.text);
  } else if (!found.complete) {
    result.reason =
      result.routes.length === 0
        ? "The search stopped at its limit before it could find a route: the data has too many loops to try " +
          "them all. Try a narrower question (fewer starting points, or avoid some roles)."
        : "Some better alternatives may be missing: the search stopped at its limit on loops in the data.";
  }
  return result;
}
