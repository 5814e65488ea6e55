import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileGraph } from "../../../src/core/route/compile";
import { makeSearchContext } from "../../../src/core/route/context";
import { findRoutes, normaliseQuery, type PlannedRoute, type RouteQuery } from "../../../src/core/route";
import { kBestRoutes } from "../../../src/core/route/yen";
import { reachableFrom, type CareerGraph } from "../../../src/core/graph/career-graph";
import { graphCase } from "../../support/route-arbitraries";
import {
  allRoutesBruteForce,
  fundedTrainingRole,
  personalClock,
  stepAllowed,
} from "../../support/route-oracle";

const reachable = (graph: CareerGraph, from: string) => reachableFrom(graph, [from]);

const RUNS = 800;

function keysOf(route: PlannedRoute): string[] {
  return route.steps.map((s) => s.edgeKey);
}

/** Every way a route could break the query's rules, checked directly on the explained route. */
function violations(graph: CareerGraph, query: RouteQuery, route: PlannedRoute): string[] {
  const problems: string[] = [];
  const nodes = [route.steps[0]!.from, ...route.steps.map((s) => s.to)];
  if (new Set(nodes).size !== nodes.length) problems.push("repeats a node");
  if (!query.from.includes(nodes[0]!)) problems.push("does not leave from a starting point");
  if (nodes.at(-1) !== query.to) problems.push("does not end at the target");
  if (nodes.slice(1).some((id) => query.from.includes(id))) problems.push("re-enters a starting point");
  if (nodes.some((id) => (query.avoidNodes ?? []).includes(id))) problems.push("visits an avoided node");
  route.steps.forEach((step, i) => {
    const edge = graph.edges.find((e) => e.key === step.edgeKey)!;
    if (!stepAllowed(graph, query, edge)) problems.push(`step ${i} breaks a constraint`);
    if (query.only === "funded" && step.funding === "self-funded") problems.push(`step ${i} is self-funded`);
    if (
      query.only === "apprenticeships" &&
      step.funding !== "not-applicable" &&
      step.apprenticeship === null
    ) {
      problems.push(`step ${i} is not an apprenticeship`);
    }
    for (const p of step.appliedPrerequisites) {
      if (p.type === "holds" && p.satisfiedBy === "") problems.push(`step ${i} breaks a holds rule`);
      if (p.type === "gap-after-funded-training" && !gapClockExplained(graph, query, route, i, p)) {
        problems.push(`step ${i} names the wrong start of the gap clock`);
      }
    }
  });
  return problems;
}

/**
 * A gap rule names what started its clock: the latest funded step before it, else the person's own funded
 * training for a starting role (with the months given for it), else nothing.
 */
function gapClockExplained(
  graph: CareerGraph,
  query: RouteQuery,
  route: PlannedRoute,
  index: number,
  p: { clockFrom: { step: number } | null; clockFromStartingRole: object | null },
): boolean {
  const funded = route.steps.slice(0, index).map((s) => s.nhsFundedPsychologicalTraining);
  const latest = funded.lastIndexOf(true);
  if (latest >= 0) return p.clockFrom?.step === latest && p.clockFromStartingRole === null;
  const personal = personalClock(graph, query);
  const expected = personal === null ? null : { role: personal.role, monthsSinceTraining: personal.months };
  return p.clockFrom === null && JSON.stringify(p.clockFromStartingRole) === JSON.stringify(expected);
}

describe("the random graph generator", () => {
  it("covers cycles, parallel routes, several origins and starts, every prerequisite and every constraint", () => {
    const seen = new Set<string>();
    for (const { graph, query } of fc.sample(graphCase(), { numRuns: 300, seed: 4 })) {
      const edges = graph.edges;
      const pairs = edges.map((e) => `${e.from}>${e.to}`);
      if (new Set(pairs).size < pairs.length) seen.add("parallel routes");
      if (edges.some((e) => e.route.from.length > 1)) seen.add("several origins");
      if (edges.some((a) => reachable(graph, a.to).has(a.from))) seen.add("cycle");
      for (const e of edges) for (const p of e.route.prerequisites) seen.add(p.type);
      if (edges.some((e) => e.route.durationMonths === undefined)) seen.add("unknown length");
      if (edges.some((e) => e.route.nhsFundedPsychologicalTraining)) seen.add("funded training");
      if (query.from.length > 1) seen.add("several starts");
      if (query.only !== undefined) seen.add(`only ${query.only}`);
      if ((query.avoidNodes ?? []).length > 0) seen.add("avoid nodes");
      if ((query.avoidKinds ?? []).length > 0) seen.add("avoid kinds");
      if (query.maxQualificationLevel !== undefined) seen.add("max level");
      if (Object.values(query.experienceMonths ?? {}).some((m) => m > 0)) seen.add("experience");
      for (const id of query.from) {
        if (graph.nodes.get(id)?.nodeType !== "role") continue;
        if (!fundedTrainingRole(graph, id)) seen.add("starting role without funded training");
        else if (query.experienceMonths?.[id] === undefined)
          seen.add("funded starting role, no experience given");
        else seen.add("funded starting role with experience");
      }
      // The person's own training delays a step on the best route.
      const best = findRoutes(graph, { ...query, alternatives: 0 }).routes[0];
      for (const step of best?.steps ?? []) {
        for (const p of step.appliedPrerequisites) {
          if (
            p.type === "gap-after-funded-training" &&
            p.clockFromStartingRole !== null &&
            p.waitMonths.max > 0
          )
            seen.add("own funded training delays a step");
        }
      }
    }
    expect([...seen].sort()).toEqual(
      [
        "avoid kinds",
        "avoid nodes",
        "cycle",
        "experience",
        "experience-in-role",
        "funded training",
        "funded starting role, no experience given",
        "funded starting role with experience",
        "own funded training delays a step",
        "starting role without funded training",
        "gap-after-funded-training",
        "holds",
        "max level",
        "only apprenticeships",
        "only funded",
        "other",
        "parallel routes",
        "several origins",
        "several starts",
        "statutory-registration",
        "unknown length",
      ].sort(),
    );
  });
});

describe("route finder properties on random graphs with cycles", () => {
  it("returns exactly the brute-force best routes, in order, with the same totals", () => {
    fc.assert(
      fc.property(graphCase(), ({ graph, query }) => {
        const expected = allRoutesBruteForce(graph, query).slice(0, 1 + (query.alternatives ?? 3));
        const result = findRoutes(graph, query);
        expect(result.routes.map(keysOf)).toEqual(expected.map((r) => r.keys));
        result.routes.forEach((route, i) => {
          expect(route.totalMonths).toEqual(expected[i]!.months);
          expect(route.totals.steps).toBe(expected[i]!.steps);
          expect(route.totals.unpaidStudyCost).toBe(expected[i]!.unpaidStudyCost);
        });
        expect(result.complete).toBe(true);
        if (expected.length === 0) expect(result.reason).toMatch(/\w/);
        else expect(result.reason).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it("finds the brute-force best route when asked for no alternatives (the two-sided search)", () => {
    // Mostly fixed step costs (no holds or gap rules), where the two-sided search is used; some not.
    fc.assert(
      fc.property(fc.oneof(graphCase({ holdsWeight: 0, gapWeight: 0 }), graphCase()), ({ graph, query }) => {
        const single = { ...query, alternatives: 0 };
        const expected = allRoutesBruteForce(graph, single).slice(0, 1);
        expect(findRoutes(graph, single).routes.map(keysOf)).toEqual(expected.map((r) => r.keys));
      }),
      { numRuns: RUNS },
    );
  });

  it("keeps alternatives loopless, distinct, in ranking order and within every constraint", () => {
    fc.assert(
      fc.property(graphCase(), ({ graph, query }) => {
        const { routes } = findRoutes(graph, query);
        for (const route of routes) expect(violations(graph, query, route)).toEqual([]);
        const options = routes.map((r) => r.steps.map((s) => `${s.routeId}>${s.to}`).join("|"));
        expect(new Set(options).size).toBe(options.length);
        const rank = (r: PlannedRoute) =>
          query.prefer === "fewest-steps"
            ? [r.totals.steps, r.totalMonths.min, r.totalMonths.max]
            : query.prefer === "earn-while-learning"
              ? [r.totals.unpaidStudyCost, r.totalMonths.min, r.totalMonths.max, r.totals.steps]
              : [r.totalMonths.min, r.totalMonths.max, r.totals.steps];
        for (let i = 1; i < routes.length; i++) {
          const [a, b] = [rank(routes[i - 1]!), rank(routes[i]!)];
          const order = a.findIndex((x, k) => x !== b[k]);
          expect(order === -1 || a[order]! < b[order]!).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("exercises the simple-path search: walks that loop to meet a holds rule are never returned", () => {
    let pathSearches = 0;
    fc.assert(
      fc.property(
        graphCase({ maxNodes: 6, maxRoutes: 20, holdsWeight: 4, detour: true }),
        ({ graph, query }) => {
          const q = normaliseQuery(query);
          if (q.from.includes(q.to) || q.avoidNodes.includes(q.to)) return;
          const ctx = makeSearchContext(compileGraph(graph), q);
          const { paths } = kBestRoutes(ctx, 1 + q.alternatives);
          pathSearches += ctx.stats.pathSearches;
          const expected = allRoutesBruteForce(graph, query).slice(0, 1 + q.alternatives);
          expect(paths.map((p) => p.edges.map((e) => graph.edges[e]!.key))).toEqual(
            expected.map((r) => r.keys),
          );
        },
      ),
      { numRuns: RUNS },
    );
    expect(pathSearches).toBeGreaterThan(0);
  });

  it("gives the same answers with the simple-path search alone, as when holds rules are too many to track", () => {
    fc.assert(
      fc.property(graphCase({ maxNodes: 6, holdsWeight: 4, detour: true }), ({ graph, query }) => {
        const q = normaliseQuery(query);
        if (q.from.includes(q.to) || q.avoidNodes.includes(q.to)) return;
        const ctx = makeSearchContext(compileGraph(graph), q, { maxTrackedRules: 0 });
        const { paths, complete } = kBestRoutes(ctx, 1 + q.alternatives);
        expect(complete).toBe(true);
        const expected = allRoutesBruteForce(graph, query).slice(0, 1 + q.alternatives);
        expect(paths.map((p) => p.edges.map((e) => graph.edges[e]!.key))).toEqual(
          expected.map((r) => r.keys),
        );
      }),
      { numRuns: RUNS },
    );
  });
});
