import { describe, expect, it } from "vitest";
import { findRoutes, normaliseQuery, reachableFromStarts } from "../../../src/core/route";
import { compileGraph } from "../../../src/core/route/compile";
import { makeSearchContext, MAX_TRACKED_RULES } from "../../../src/core/route/context";
import { computeLowerBound } from "../../../src/core/route/search";
import { kBestRoutes } from "../../../src/core/route/yen";
import { makeGraph, routeIds, type RouteSpec } from "../../support/route-graphs";
import { allRoutesBruteForce } from "../../support/route-oracle";

describe("route finder limits", () => {
  it("stays exact with more holds rules than a bitmask tracks, using the simple-path search", () => {
    const count = MAX_TRACKED_RULES + 4;
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
    const ctx = makeSearchContext(compileGraph(graph), normaliseQuery(query));
    expect(ctx.pathOnly).toBe(true);
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

  it("reports an incomplete answer, never a wrong or hanging one, when the simple-path search runs out", () => {
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
    const ctx = makeSearchContext(compileGraph(graph), normaliseQuery({ from: ["s"], to: "t" }));
    expect(kBestRoutes(ctx, 1, 1)).toEqual({ paths: [], complete: false });
    expect(kBestRoutes(ctx, 1).complete).toBe(true);
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
    const ctx = makeSearchContext(compileGraph(graph), normaliseQuery({ from: ["s"], to: "t" }));
    expect(kBestRoutes(ctx, 0)).toEqual({ paths: [], complete: true });
    expect(kBestRoutes(ctx, -1)).toEqual({ paths: [], complete: true });
    expect(kBestRoutes(ctx, 1).paths).toHaveLength(1);
    expect(kBestRoutes(ctx, 2).paths).toHaveLength(2);
  });

  it("never queues a start that cannot reach the target: it would cost the search budget for nothing", () => {
    const graph = makeGraph(
      [{ id: "dead", start: true }, { id: "s", start: true }, { id: "y" }],
      [
        { id: "dead-island", from: "dead", to: "island" },
        { id: "s-t", from: "s", to: "t" },
        // An unmet holds rule elsewhere: with no bits to track it, only the simple-path search runs.
        { id: "t-x", from: "t", to: "x", prerequisites: [{ type: "holds", anyOf: ["y"], note: "needs y" }] },
      ],
    );
    const ctx = makeSearchContext(compileGraph(graph), normaliseQuery({ from: ["dead", "s"], to: "t" }), {
      maxTrackedRules: 0,
    });
    expect(ctx.pathOnly).toBe(true);
    ctx.lowerBound = computeLowerBound(ctx);
    // Two pops: s, then t. The dead start must not take one of them.
    const { paths, complete } = kBestRoutes(ctx, 1, 2);
    expect(complete).toBe(true);
    expect(paths.map((p) => p.edges.map((e) => graph.edges[e]!.key))).toEqual([["s-t"]]);
  });

  it("numbers only the rules still to meet, so a rule the starting points meet takes no bit", () => {
    const graph = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "s-a", from: "s", to: "a", prerequisites: [{ type: "holds", anyOf: ["s"], note: "met by s" }] },
        { id: "a-t", from: "a", to: "t", prerequisites: [{ type: "holds", anyOf: ["b"], note: "needs b" }] },
        { id: "s-b", from: "s", to: "b" },
        { id: "b-a", from: "b", to: "a" },
      ],
    );
    const ctx = makeSearchContext(compileGraph(graph), normaliseQuery({ from: ["s"], to: "t" }), {
      maxTrackedRules: 1,
    });
    expect(ctx.rules).toBe(1);
    expect(ctx.pathOnly).toBe(false);
    const { paths } = kBestRoutes(ctx, 1);
    expect(paths.map((p) => p.edges.map((e) => graph.edges[e]!.key))).toEqual([["s-b", "b-a", "a-t"]]);
  });
});
