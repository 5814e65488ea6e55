import { describe, expect, it } from "vitest";
import { isTooBigToDraw, MAX_MAP_NODES, planMapGraph } from "../../../src/core/map/drawable-graph";

const graphOf = (nodes: number) => ({
  nodeIds: new Set(Array.from({ length: nodes }, (_, i) => `role-${i}`)),
  edgeKeys: new Set(Array.from({ length: nodes - 1 }, (_, i) => `e${i}`)),
});
const route = {
  steps: [
    { from: "role-0", to: "role-1", edgeKey: "e0" },
    { from: "role-1", to: "role-3", edgeKey: "e2" },
  ],
};

describe("how much of a map is drawn", () => {
  it("draws a map up to the limit, and not past it", () => {
    expect(isTooBigToDraw(graphOf(MAX_MAP_NODES))).toBe(false);
    expect(isTooBigToDraw(graphOf(MAX_MAP_NODES + 1))).toBe(true);
  });

  it("gives the planner the whole map when it can be drawn, and only the routes' roles when not", () => {
    const small = graphOf(50);
    expect(planMapGraph(small, [route])).toBe(small);
    const huge = graphOf(MAX_MAP_NODES + 1);
    const drawn = planMapGraph(huge, [route]);
    expect([...drawn.nodeIds].sort()).toEqual(["role-0", "role-1", "role-3"]);
    expect([...drawn.edgeKeys].sort()).toEqual(["e0", "e2"]);
    expect(isTooBigToDraw(drawn)).toBe(false);
  });
});
