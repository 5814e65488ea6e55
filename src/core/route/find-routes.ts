/**
 * The route finder's front door: checks a query, runs the k-best search and explains what it found, or why
 * nothing was found.
 */
import type { CareerGraph } from "../graph/career-graph";
import { compileGraph, type CompiledGraph } from "./compile";
import { makeSearchContext, SLOTS } from "./context";
import { explainRoute } from "./explain";
import { normaliseQuery, type NormalisedQuery, type RouteQuery } from "./query";
import { explainNoRoute } from "./reasons";
import { unknownNode } from "./resolve-node";
import { computeLowerBound } from "./search";
import type { RouteResult } from "./types";
import { kBestRoutes, type RankedPaths } from "./yen";

function checkIds(graph: CareerGraph, q: NormalisedQuery): void {
  for (const id of [...q.from, q.to, ...q.avoidNodes]) {
    if (!graph.nodes.has(id)) throw unknownNode(graph, id);
  }
}

/**
 * Runs the search for a checked query. A target already held or avoided has no route to search for
 * (explainNoRoute says why).
 */
function search(cg: CompiledGraph, q: NormalisedQuery, count: number): RankedPaths {
  if (q.from.includes(q.to) || q.avoidNodes.includes(q.to)) return { paths: [], complete: true };
  const ctx = makeSearchContext(cg, q);
  if (ctx.starts.length === 0) return { paths: [], complete: true };
  if (count > 1) {
    // A lower bound pays for itself once alternatives need many spur searches; it also answers
    // "unreachable" at once.
    ctx.lowerBound = computeLowerBound(ctx);
    if (ctx.starts.every((s) => ctx.lowerBound![s * SLOTS] === Infinity))
      return { paths: [], complete: true };
  }
  return kBestRoutes(ctx, count);
}

/**
 * Finds the best route from one or more starting points to a role, and up to `alternatives` more, ranked by
 * the preference and filtered by the constraints. Routes are loopless, genuinely different (a different
 * sequence of route records) and in a deterministic order. The best route is the exact optimum over all simple
 * routes under the data's rules:
 * - a route starts at any `from` node not avoided and never enters another (they are all held already);
 * - `holds` rules are met by the `from` set and every node earlier on the route, the step's own from-node
 *   included; an unmet rule makes the step unavailable;
 * - each step waits max(experience-in-role still needed, gap-after-funded-training still to run) before its
 *   duration; experience given for a starting role counts; the gap runs from the end of the latest step
 *   marked nhsFundedPsychologicalTraining, through every later wait and step, and before any such step from
 *   the person's own funded training: a starting role whose every way in is NHS-funded training (PWP, say)
 *   ended its training `experienceMonths` of that role ago (0 when not given), whichever start a route
 *   leaves from (see startingGapClock);
 * - constraints remove steps: apprenticeships only (every programme step is an apprenticeship), funded (no
 *   self-funded step), avoided nodes and route kinds, a highest qualification level.
 *
 * Throws UnknownNodeError (with suggestions) for an id not in the graph and InvalidQueryError for a malformed
 * query. No route is not an error: `routes` is empty and `reason` and `opensWith` say why and what would help.
 * @example
 * const result = findRoutes(graph, { from: ["psychology-degree-gbc"], to: "clinical-psychologist" });
 * result.routes[0]?.steps.map((s) => s.routeId); // ["dclinpsy"]
 * @example
 * findRoutes(graph, { from: ["healthcare-support-worker"], to: "clinical-psychologist" }).opensWith;
 * // ["add Psychology degree with GBC as a starting point"]
 */
export function findRoutes(graph: CareerGraph, query: RouteQuery): RouteResult {
  const q = normaliseQuery(query);
  checkIds(graph, q);
  const result: RouteResult = {
    from: q.from,
    to: q.to,
    prefer: q.prefer,
    routes: [],
    reason: null,
    opensWith: [],
    relaxations: [],
    complete: true,
  };
  const cg = compileGraph(graph);
  const found = search(cg, q, 1 + q.alternatives);
  result.complete = found.complete;
  result.routes = found.paths.map((path) =>
    explainRoute(
      graph,
      path.edges.map((e) => cg.edges[e]!),
      { from: q.from, experienceMonths: q.experienceMonths },
    ),
  );
  if (result.routes.length === 0 && found.complete) {
    const explained = explainNoRoute(graph, q, (relaxed) => search(cg, relaxed, 1).paths.length > 0);
    result.reason = explained.reason;
    result.relaxations = explained.relaxations;
    result.opensWith = explained.relaxations.map((r) => r.text);
  } else if (!found.complete) {
    result.reason =
      result.routes.length === 0
        ? "The search stopped at its limit before it could prove a best route: the data has too many loops " +
          "through holds rules. Try a narrower question (fewer starting points, or avoid some roles)."
        : "Some better alternatives may be missing: the search stopped at its limit on loops in the data.";
  }
  return result;
}
