import { describe, expect, it } from "vitest";
import { buildCareerGraph, reachableFrom } from "../../../src/core/graph/career-graph";
import { reachable } from "../../../src/core/collections/reachable";
import { loadBundledCareerData } from "../../support/bundled-data";

describe("career graph", () => {
  const { dataset, graph } = loadBundledCareerData();

  it("has one node per role and starting point, and one edge per route origin", () => {
    expect(graph.nodes.size).toBe(dataset.roles.length + dataset.startingPoints.length);
    expect(graph.edges).toHaveLength(dataset.routes.reduce((n, r) => n + r.from.length, 0));
  });

  it("splits a route with several origins into edges with distinct keys that share the route", () => {
    const edges = graph.edges.filter((e) => e.route.id === "dclinpsy");
    expect(edges.map((e) => [e.key, e.from])).toEqual([
      ["dclinpsy@psychology-degree-gbc", "psychology-degree-gbc"],
      ["dclinpsy@assistant-psychologist", "assistant-psychologist"],
    ]);
    expect(new Set(graph.edges.map((e) => e.key)).size).toBe(graph.edges.length);
    expect(graph.edgesByKey.size).toBe(graph.edges.length);
    for (const edge of edges) expect(graph.edgesByKey.get(edge.key)).toBe(edge);
  });

  it("indexes routes out of and into each node", () => {
    const out = graph.outEdges.get("psychological-wellbeing-practitioner")!.map((e) => e.to);
    expect(out).toContain("high-intensity-cbt-therapist");
    const into = graph.inEdges.get("psychological-wellbeing-practitioner")!.map((e) => e.from);
    expect(into).toEqual(
      expect.arrayContaining(["psychology-degree-gbc", "other-degree", "lived-experience"]),
    );
  });

  it("reaches every role from the starting points", () => {
    const reached = reachableFrom(
      graph,
      dataset.startingPoints.map((s) => s.id),
    );
    expect(dataset.roles.filter((r) => !reached.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it("ignores routes to or from unknown nodes and self-loops", () => {
    const [role] = dataset.roles;
    const small = buildCareerGraph({
      startingPoints: [],
      roles: [role!],
      routes: [
        { ...dataset.routes[0]!, from: ["ghost"], to: role!.id },
        { ...dataset.routes[0]!, from: [role!.id], to: role!.id },
      ],
    });
    expect(small.edges).toEqual([]);
  });
});

describe("reachable", () => {
  it("terminates on cycles and returns nodes in the order first reached", () => {
    const next: Record<string, string[]> = { a: ["b"], b: ["c", "a"], c: ["a", "d"], d: [] };
    expect([...reachable(["a"], (id) => next[id] ?? [])]).toEqual(["a", "b", "c", "d"]);
  });
});
