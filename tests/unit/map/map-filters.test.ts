import { describe, expect, it } from "vitest";
import {
  countActiveFilters,
  hasActiveFilters,
  NO_FILTERS,
  visibleGraph,
  type MapFilters,
} from "../../../src/core/filters/map-filters";
import { loadBundledCareerData } from "../../support/bundled-data";
import { makeGraph } from "../../support/route-graphs";

const { dataset, graph } = loadBundledCareerData();

describe("visibleGraph", () => {
  it("shows everything without filters", () => {
    const visible = visibleGraph(graph, NO_FILTERS);
    expect(visible.nodeIds.size).toBe(graph.nodes.size);
    expect(visible.edgeKeys.size).toBe(graph.edges.length);
  });

  it("keeps only roles of the chosen families, and the starting points that still lead somewhere", () => {
    const visible = visibleGraph(graph, { ...NO_FILTERS, families: ["nursing"] });
    const roles = [...visible.nodeIds].filter((id) => graph.nodes.get(id)?.nodeType === "role");
    expect(roles.sort()).toEqual(
      dataset.roles
        .filter((r) => r.family === "nursing")
        .map((r) => r.id)
        .sort(),
    );
    for (const id of visible.nodeIds) {
      if (graph.nodes.get(id)?.nodeType === "starting-point") {
        expect([...visible.edgeKeys].some((key) => graph.edges.find((e) => e.key === key)?.from === id)).toBe(
          true,
        );
      }
    }
  });

  it("keeps a starting point that leads to a shown role only through another starting point", () => {
    const small = makeGraph(
      [
        { id: "a", start: true },
        { id: "b", start: true },
        { id: "c", start: true },
      ],
      [
        { id: "a-b", from: "a", to: "b", kind: "training" },
        { id: "b-r", from: "b", to: "r", kind: "training" },
        { id: "c-r", from: "c", to: "r", kind: "entry" },
      ],
    );
    const visible = visibleGraph(small, { ...NO_FILTERS, kinds: ["training"] });
    expect([...visible.nodeIds].sort()).toEqual(["a", "b", "r"]);
    expect([...visible.edgeKeys].sort()).toEqual(["a-b", "b-r"]);
  });

  it("keeps only routes of the chosen kinds, between visible nodes", () => {
    const visible = visibleGraph(graph, { ...NO_FILTERS, kinds: ["apprenticeship"] });
    for (const key of visible.edgeKeys) {
      const edge = graph.edges.find((e) => e.key === key)!;
      expect(edge.route.kind).toBe("apprenticeship");
      expect(visible.nodeIds.has(edge.from) && visible.nodeIds.has(edge.to)).toBe(true);
    }
    expect(visible.edgeKeys.size).toBeGreaterThan(0);
  });

  it("with 'apprenticeship available', keeps exactly the roles an apprenticeship route leads into", () => {
    const visible = visibleGraph(graph, { ...NO_FILTERS, apprenticeshipOnly: true });
    const expected = new Set(
      graph.edges
        .filter((e) => e.route.kind === "apprenticeship" || e.route.apprenticeship !== undefined)
        .map((e) => e.to),
    );
    const roles = [...visible.nodeIds].filter((id) => graph.nodes.get(id)?.nodeType === "role");
    expect(new Set(roles)).toEqual(
      new Set([...expected].filter((id) => graph.nodes.get(id)?.nodeType === "role")),
    );
    expect(roles).toContain("psychological-wellbeing-practitioner");
    expect(roles).not.toContain("clinical-psychologist");
  });

  // Each role filter against an oracle written from the data: exactly the roles that match, and some but not
  // all of them, so a filter that hides everything, or nothing, fails here.
  it.each<[string, MapFilters, (role: (typeof dataset.roles)[number]) => boolean]>([
    ["a family", { ...NO_FILTERS, families: ["nursing"] }, (role) => role.family === "nursing"],
    [
      "statutory registration",
      { ...NO_FILTERS, registration: ["statutory"] },
      (role) => role.registration.type === "statutory",
    ],
    [
      "an accredited register",
      { ...NO_FILTERS, registration: ["accredited-register"] },
      (role) => role.registration.type === "accredited-register",
    ],
    [
      "children and young people",
      { ...NO_FILTERS, ageGroups: ["children-and-young-people"] },
      (role) => role.ageGroups.includes("children-and-young-people"),
    ],
    ["adults", { ...NO_FILTERS, ageGroups: ["adults"] }, (role) => role.ageGroups.includes("adults")],
    [
      "an apprenticeship available",
      { ...NO_FILTERS, apprenticeshipOnly: true },
      (role) => (graph.inEdges.get(role.id) ?? []).some((edge) => edge.route.apprenticeship !== undefined),
    ],
  ])("filtered to %s, shows exactly the roles that match", (_name, filters, matches) => {
    const expected = dataset.roles.filter(matches).map((role) => role.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(dataset.roles.length);
    const shown = [...visibleGraph(graph, filters).nodeIds].filter(
      (id) => graph.nodes.get(id)?.nodeType === "role",
    );
    expect(shown.sort()).toEqual(expected.sort());
  });

  it("filtered to a kind of route, shows only routes of that kind, and every one between shown roles", () => {
    const visible = visibleGraph(graph, { ...NO_FILTERS, kinds: ["top-up"] });
    const expected = graph.edges
      .filter((edge) => edge.route.kind === "top-up")
      .filter((edge) => visible.nodeIds.has(edge.from) && visible.nodeIds.has(edge.to))
      .map((edge) => edge.key);
    expect(expected.length).toBeGreaterThan(0);
    expect([...visible.edgeKeys].sort()).toEqual(expected.sort());
  });
});

describe("countActiveFilters", () => {
  it("counts the filter values chosen", () => {
    expect(countActiveFilters(NO_FILTERS)).toBe(0);
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    const some: MapFilters = {
      families: ["nursing", "therapies"],
      kinds: ["apprenticeship"],
      registration: ["statutory"],
      ageGroups: ["adults"],
      apprenticeshipOnly: true,
    };
    expect(countActiveFilters(some)).toBe(6);
    expect(hasActiveFilters(some)).toBe(true);
    expect(countActiveFilters({ ...NO_FILTERS, apprenticeshipOnly: true })).toBe(1);
  });
});
