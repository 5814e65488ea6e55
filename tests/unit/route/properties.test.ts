import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findRoutes, impliedBy, type PlannedRoute, type RouteQuery } from "../../../src/core/route";
import { reachableFrom, type CareerGraph } from "../../../src/core/graph/career-graph";
import { graphCase } from "../../support/route-arbitraries";
import { makeGraph } from "../../support/route-graphs";
import {
  allRoutesBruteForce,
  fundedTrainingRole,
  heldAtStart,
  personalClock,
  rankFor,
  stepAllowed,
} from "../../support/route-oracle";

const reachable = (graph: CareerGraph, from: string) => reachableFrom(graph, [from]);

const RUNS = Number(process.env.ROUTE_RUNS ?? 800);

function keysOf(route: PlannedRoute): string[] {
  return route.steps.map((s) => s.edgeKey);
}

/** Every way a route could break the query's rules, checked directly on the explained route. */
function violations(graph: CareerGraph, query: RouteQuery, route: PlannedRoute): string[] {
  const problems: string[] = [];
  const held = heldAtStart(graph, query);
  const nodes = [route.steps[0]!.from, ...route.steps.map((s) => s.to)];
  if (new Set(nodes).size !== nodes.length) problems.push("repeats a node");
  if (!held.has(nodes[0]!)) problems.push("does not leave from something held");
  if (nodes.at(-1) !== query.to) problems.push("does not end at the target");
  if (nodes.slice(1).some((id) => held.has(id))) problems.push("re-enters something held");
  if (nodes.some((id) => (query.avoidNodes ?? []).includes(id))) problems.push("visits an avoided node");
  route.steps.forEach((step, i) => {
    const edge = graph.edges.find((e) => e.key === step.edgeKey)!;
    if (!stepAllowed(graph, query, edge)) problems.push(`step ${i} breaks a constraint`);
    if (!held.has(step.from) && !route.steps.slice(0, i).some((s) => s.to === step.from)) {
      problems.push(`step ${i} leaves from somewhere not reached`);
    }
    if (query.only === "funded" && (step.funding === "self-funded" || step.funding === "mixed")) {
      problems.push(`step ${i} may cost fees`);
    }
    if (
      query.only === "apprenticeships" &&
      step.funding !== "not-applicable" &&
      step.apprenticeship === null
    ) {
      problems.push(`step ${i} is not an apprenticeship`);
    }
    if (step.start.minimum > step.start.typical.min || step.end.minimum > step.end.typical.min) {
      problems.push(`step ${i} is typically quicker than its minimum`);
    }
    for (const p of step.appliedPrerequisites) {
      if (p.type === "holds" && p.satisfiedBy === "") problems.push(`step ${i} breaks a holds rule`);
      if (p.type === "gap-after-funded-training" && !gapClockExplained(graph, query, route, i, p)) {
        problems.push(`step ${i} names the wrong start of the gap clock`);
      }
    }
  });
  if (route.months.minimum > route.months.typical.min) problems.push("typically quicker than its minimum");
  if (route.steps[0] !== undefined && !query.from.includes(route.steps[0].from)) {
    if (!route.assumptions.some((a) => a.type === "holds" && a.id === route.steps[0]!.from)) {
      problems.push("leaves from an implied node without saying it assumed it");
    }
  }
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
      if (
        edges.some((e) =>
          e.route.prerequisites.some((p) => "typicalMonths" in p && p.typicalMonths !== undefined),
        )
      )
        seen.add("typical experience");
      if (edges.some((e) => e.route.fundingByAge !== undefined)) seen.add("funding by age");
      if (edges.some((e) => e.route.fees !== undefined)) seen.add("fees");
      if (graph.roles.some((r) => r.implies.length > 0)) seen.add("roles that imply");
      if (query.age !== undefined) seen.add("age");
      if ((query.notHeld ?? []).length > 0) seen.add("not held");
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
            p.waitMonths.typical.max > 0
          )
            seen.add("own funded training delays a step");
        }
      }
      if ((best?.assumptions ?? []).some((a) => a.type === "holds"))
        seen.add("route assumes an implied holding");
    }
    expect([...seen].sort()).toEqual(
      [
        "avoid kinds",
        "avoid nodes",
        "cycle",
        "experience",
        "experience-in-role",
        "funded training",
        "funding by age",
        "fees",
        "roles that imply",
        "age",
        "not held",
        "typical experience",
        "relevant-experience",
        "route assumes an implied holding",
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
          const want = expected[i]!;
          expect(route.months).toEqual({
            minimum: want.months[0],
            typical: { min: want.months[1], max: want.months[2] },
          });
          expect(route.totals.steps).toBe(want.steps);
          expect(route.totals.unknownDurationSteps).toBe(want.unknown);
          expect(route.totals.unpaidStudyCost).toBe(want.unpaidStudyCost);
          expect(route.totals.fees).toEqual({
            pounds: { min: want.fees.min, max: want.fees.max },
            unknownSteps: want.fees.unknown,
          });
        });
        expect(result.complete).toBe(true);
        if (expected.length === 0) expect(result.reason).toMatch(/\w/);
        else expect(result.reason).toBeNull();
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
          rankFor(query.prefer, {
            months: [r.months.minimum, r.months.typical.min, r.months.typical.max],
            steps: r.totals.steps,
            unknown: r.totals.unknownDurationSteps,
            unpaidStudyCost: r.totals.unpaidStudyCost,
          });
        for (let i = 1; i < routes.length; i++) {
          const [a, b] = [rank(routes[i - 1]!), rank(routes[i]!)];
          const order = a.findIndex((x, k) => x !== b[k]);
          expect(order === -1 || a[order]! < b[order]!).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("never ranks a route with a step of unknown length above one whose lengths are all known", () => {
    fc.assert(
      fc.property(graphCase(), ({ graph, query }) => {
        const unknown = findRoutes(graph, query).routes.map((r) => r.totals.unknownDurationSteps > 0);
        expect(unknown).toEqual([...unknown].sort((a, b) => Number(a) - Number(b)));
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it("finds the same routes with a loop to detour through: walks that loop to meet a holds rule are never returned", () => {
    fc.assert(
      fc.property(
        graphCase({ maxNodes: 6, maxRoutes: 20, holdsWeight: 4, detour: true }),
        ({ graph, query }) => {
          const expected = allRoutesBruteForce(graph, query).slice(0, 1 + (query.alternatives ?? 3));
          expect(findRoutes(graph, query).routes.map(keysOf)).toEqual(expected.map((r) => r.keys));
        },
      ),
      { numRuns: RUNS / 2 },
    );
  });
});

describe("implied holdings", () => {
  it("match the brute force: a role implies the starting points every route into it passes through", () => {
    // With no holds rules and no implies lists, what a role implies is exactly the starting points that lie on
    // every simple route to it from anywhere a person can simply be: a starting point, or a role with no way
    // in (valid data has none, but a role nobody can reach must not make others imply things).
    fc.assert(
      fc.property(graphCase({ holdsWeight: 0 }), ({ graph }) => {
        const starts = [
          ...graph.startingPoints.map((s) => s.id),
          ...graph.roles.filter((r) => (graph.inEdges.get(r.id) ?? []).length === 0).map((r) => r.id),
        ];
        for (const role of graph.roles) {
          if (role.implies.length > 0) return;
        }
        for (const role of graph.roles) {
          const paths: string[][] = [];
          const walk = (node: string, path: string[]) => {
            if (node === role.id) return void paths.push(path);
            for (const e of graph.outEdges.get(node) ?? [])
              if (!path.includes(e.to)) walk(e.to, [...path, e.to]);
          };
          for (const s of starts) walk(s, [s]);
          const points = graph.startingPoints.map((s) => s.id);
          const expected = points.filter((s) => s !== role.id && paths.every((p) => p.includes(s)));
          if (paths.length === 0) continue; // unreachable roles imply anything; nothing uses them
          expect([...impliedBy(graph, role.id).nodes].sort()).toEqual(expected.sort());
        }
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it("reads a role's implies list and what every way in requires, including either-or rules", () => {
    const graph = makeGraph(
      [
        { id: "degree", start: true },
        { id: "lived", start: true },
        { id: "carer", start: true },
        { id: "assistant", implies: ["degree"] },
      ],
      [
        { id: "job", from: "degree", to: "assistant" },
        { id: "peer-a", from: "lived", to: "peer" },
        { id: "peer-b", from: "carer", to: "peer" },
        {
          id: "lead",
          from: "peer",
          to: "lead",
          prerequisites: [{ type: "holds", anyOf: ["lived", "carer"], note: "x" }],
        },
      ],
    );
    expect([...impliedBy(graph, "assistant").nodes]).toEqual(["degree"]);
    expect(impliedBy(graph, "peer").nodes.size).toBe(0);
    expect([...impliedBy(graph, "peer").rules]).toEqual(["carer|lived"]);
    const result = findRoutes(graph, { from: ["peer"], to: "lead" });
    expect(result.routes.map(keysOf)).toEqual([["lead"]]);
    expect(result.routes[0]!.assumptions.map((a) => a.text)).toEqual([
      expect.stringMatching(/assumes you have “lived” or “carer”, as a peer normally does/),
    ]);
    // Saying you have neither takes the assumption away, and with it the route.
    expect(findRoutes(graph, { from: ["peer"], to: "lead", notHeld: ["lived", "carer"] }).routes).toEqual([]);
  });
});
