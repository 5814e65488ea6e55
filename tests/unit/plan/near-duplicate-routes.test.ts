import { describe, expect, it } from "vitest";
import { findRoutes } from "../../../src/core/route";
import { groupNearDuplicateRoutes, groupOf } from "../../../src/core/plan/near-duplicate-routes";
import { makeGraph } from "../../support/route-graphs";
import { loadBundledCareerData } from "../../support/bundled-data";

describe("near-duplicate routes", () => {
  it("folds routes that differ only in a place passed through, and names those places", () => {
    // Two equal first steps (a and b) into the same qualifying training; c is a slower third way.
    const graph = makeGraph(
      [{ id: "s", start: true }, { id: "a" }, { id: "b" }, { id: "c" }, { id: "goal" }],
      [
        { id: "s-a", from: "s", to: "a", months: 24 },
        { id: "s-b", from: "s", to: "b", months: 24 },
        { id: "s-c", from: "s", to: "c", months: 36 },
        { id: "qualify", from: ["a", "b", "c"], to: "goal", months: 36 },
      ],
    );
    const { routes } = findRoutes(graph, { from: ["s"], to: "goal", alternatives: 4 });
    expect(routes.map((r) => r.steps.map((s) => s.to))).toEqual([
      ["a", "goal"],
      ["b", "goal"],
      ["c", "goal"],
    ]);
    const groups = groupNearDuplicateRoutes(routes);
    expect(groups).toEqual([
      { main: 0, members: [0, 1], alsoVia: ["b"] },
      { main: 2, members: [2], alsoVia: [] },
    ]);
    expect(groupOf(groups, 1)?.main).toBe(0);
  });

  it("keeps routes apart when they cost different fees or end in different training", () => {
    const graph = makeGraph(
      [{ id: "s", start: true }, { id: "a" }, { id: "b" }, { id: "goal" }],
      [
        { id: "s-a", from: "s", to: "a", months: 24 },
        { id: "s-b", from: "s", to: "b", months: 24, funding: "self-funded", fees: [1000, 1000] },
        { id: "a-goal", from: "a", to: "goal", months: 12 },
        { id: "b-goal", from: "b", to: "goal", months: 12 },
      ],
    );
    const { routes } = findRoutes(graph, { from: ["s"], to: "goal", alternatives: 4 });
    expect(routes).toHaveLength(2);
    expect(groupNearDuplicateRoutes(routes).map((g) => g.members)).toEqual([[0], [1]]);
  });

  it("shows GCSEs → clinical psychologist as fewer routes than the finder returns, each still reachable", () => {
    const { graph } = loadBundledCareerData();
    const { routes } = findRoutes(graph, { from: ["gcses"], to: "clinical-psychologist", alternatives: 4 });
    const groups = groupNearDuplicateRoutes(routes);
    expect(groups.length).toBeLessThan(routes.length);
    expect(groups.flatMap((g) => g.members).sort()).toEqual(routes.map((_, i) => i));
    // The A-levels route stands for the T Level one, which takes as long and costs the same.
    expect(groups[0]!.alsoVia).toContain("t-level-health");
  });
});
