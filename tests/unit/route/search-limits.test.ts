import { describe, expect, it } from "vitest";
import { findRoutes, normaliseQuery, reachableFromStarts } from "../../../src/core/route";
import { searchRoutes } from "../../../src/core/route/search";
import { makeRuleContext } from "../../../src/core/route/step-rules";
import { makeGraph, routeIds, type RouteSpec } from "../../support/route-graphs";
import { allRoutesBruteForce } from "../../support/route-oracle";

const contextFor = (graph: ReturnType<typeof makeGraph>, query: Parameters<typeof normaliseQuery>[0]) =>
  makeRuleContext(graph, normaliseQuery(query));

describe("route finder limits", () => {
  it("stays exact with many distinct holds rules (no bitmask to run out of)", () => {
    const count = 40;
    const routes: RouteSpec[] = [
      { id: "s-a", from: "s", to: "a", months: 1 },
      { id: "s-b", from: "s", to: "b", months: 2 },
      { id: "b-a", from: "b", to: "a", months: 1 },
      ...Array.from({ length: count }, (_, i) => ({
        id: `p${String(i).padStart(2, "0")}`,
        from: "a",
        to: "t",
        months: (i * 7) % 11,
        // Each rule is distinct, and only some are met (by b, on the longer way round).
        prerequisites: [{ type: "holds" as const, anyOf: [`x${i}`, i % 3 === 0 ? "b" : "a"], note: "rule" }],
      })),
    ];
    // The x nodes exist (so each rule stays distinct) but nothing leads to them.
    const xs = Array.from({ length: count }, (_, i) => ({ id: `x${i}` }));
    const graph = makeGraph([{ id: "s", start: true }, ...xs], routes);
    const query = { from: ["s"], to: "t", alternatives: 10 };
    const expected = allRoutesBruteForce(graph, query).slice(0, 11);
    expect(routeIds(findRoutes(graph, query))).toEqual(expected.map((r) => r.edges.map((e) => e.route.id)));
    // Reachability applies the rules too: only the rules met on some route count.
    const unreachable = makeGraph(
      [{ id: "s", start: true }, ...xs],
      [
        { id: "s-a", from: "s", to: "a" },
        ...Array.from({ length: count }, (_, i) => ({
          id: `q${i}`,
          from: "a",
          to: `y${i}`,
          prerequisites: [
            { type: "holds" as const, anyOf: [`x${i}`, i === 0 ? "a" : "s-none"], note: "rule" },
          ],
        })),
      ],
    );
    expect(reachableFromStarts(unreachable, ["s"]).map((n) => n.id)).toEqual(["s", "a", "y0"]);
  });

  it("reports an incomplete answer, never a wrong or hanging one, when the search runs out of budget", () => {
    const needsX = [{ type: "holds" as const, anyOf: ["x"], note: "needs x" }];
    const graph = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "s-a", from: "s", to: "a", months: 1 },
        { id: "a-x", from: "a", to: "x", months: 1 },
        { id: "x-a", from: "x", to: "a", months: 1 },
        { id: "a-t", from: "a", to: "t", months: 1, prerequisites: needsX },
        { id: "s-x", from: "s", to: "x", months: 10 },
      ],
    );
    const ctx = contextFor(graph, { from: ["s"], to: "t" });
    expect(searchRoutes(ctx, 1, 1)).toEqual({ routes: [], complete: false });
    const full = searchRoutes(ctx, 1);
    expect(full.complete).toBe(true);
    expect(full.routes.map((s) => s.steps)).toEqual([3]);
  });

  it("finds exactly as many routes as asked for: none for a count below 1", () => {
    const graph = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "s-t", from: "s", to: "t", months: 1 },
        { id: "s-a", from: "s", to: "a", months: 1 },
        { id: "a-t", from: "a", to: "t", months: 1 },
      ],
    );
    const ctx = contextFor(graph, { from: ["s"], to: "t" });
    expect(searchRoutes(ctx, 0)).toEqual({ routes: [], complete: true });
    expect(searchRoutes(ctx, -1)).toEqual({ routes: [], complete: true });
    expect(searchRoutes(ctx, 1).routes).toHaveLength(1);
    expect(searchRoutes(ctx, 2).routes).toHaveLength(2);
  });

  it("never queues a start that cannot reach the target: it would cost the search budget for nothing", () => {
    const graph = makeGraph(
      [
        { id: "dead", start: true },
        { id: "s", start: true },
      ],
      [
        { id: "dead-island", from: "dead", to: "island" },
        { id: "s-t", from: "s", to: "t" },
      ],
    );
    // Two pops: s, then t. The dead start must not take one of them.
    const { routes, complete } = searchRoutes(contextFor(graph, { from: ["dead", "s"], to: "t" }), 1, 2);
    expect(complete).toBe(true);
    expect(routes.map((s) => s.edge!.key)).toEqual(["s-t"]);
  });

  it("answers a graph of many equal loops within its budget, and says when it cannot", () => {
    // A ladder of 18 rungs with two equal ways up each: 2^18 equally good routes, and a target that needs a
    // node no route reaches, so every partial route must be tried before "no route" is certain.
    const routes: RouteSpec[] = [];
    for (let i = 0; i < 18; i++) {
      routes.push({ id: `u${i}`, from: `n${i}`, to: `n${i + 1}`, months: 1 });
      routes.push({ id: `v${i}`, from: `n${i}`, to: `m${i}`, months: 0 });
      routes.push({ id: `w${i}`, from: `m${i}`, to: `n${i + 1}`, months: 1 });
    }
    routes.push({
      id: "end",
      from: "n18",
      to: "t",
      prerequisites: [{ type: "holds", anyOf: ["never"], note: "x" }],
    });
    const graph = makeGraph([{ id: "n0", start: true }, { id: "never" }], routes);
    const result = findRoutes(graph, { from: ["n0"], to: "t" });
    expect(result.routes).toEqual([]);
    expect(result.complete).toBe(false);
    expect(result.reason).toMatch(/stopped at its limit/);
  });
});
