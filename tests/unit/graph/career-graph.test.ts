import { describe, expect, it } from "vitest";
import {
  buildCareerGraph,
  isApprenticeship,
  isProgramme,
  reachableFrom,
} from "../../../src/core/graph/career-graph";
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
    const origins = dataset.routes.find((r) => r.id === "dclinpsy")!.from;
    expect(origins.length).toBeGreaterThan(1);
    expect(origins.slice(0, 2)).toEqual(["psychology-degree-gbc", "assistant-psychologist"]);
    // One edge per origin, in the route's order, keyed by route and origin.
    expect(edges.map((e) => [e.key, e.from])).toEqual(origins.map((from) => [`dclinpsy@${from}`, from]));
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

describe("what a route is", () => {
  const { graph } = loadBundledCareerData();
  const route = (id: string) => graph.edges.find((edge) => edge.route.id === id)!.route;

  it("is a programme when there is something to fund, and not when it is applying for a post", () => {
    expect(isProgramme(route("dclinpsy"))).toBe(true);
    const applications = graph.edges.filter((edge) => edge.route.funding === "not-applicable");
    expect(applications.length).toBeGreaterThan(0);
    for (const edge of applications) expect(isProgramme(edge.route), edge.key).toBe(false);
  });

  it("is an apprenticeship when it names one, as every route of an apprenticeship kind must", () => {
    const apprenticeships = graph.edges.filter((edge) => isApprenticeship(edge.route));
    expect(apprenticeships.length).toBeGreaterThan(0);
    for (const edge of graph.edges.filter((e) => e.route.kind === "apprenticeship"))
      expect(isApprenticeship(edge.route), edge.key).toBe(true);
  });
});
