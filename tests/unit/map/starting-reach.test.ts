import { describe, expect, it } from "vitest";
import { reachFromStarts } from "../../../src/core/map/starting-reach";
import * as finder from "../../../src/core/route";
import { loadBundledCareerData } from "../../support/bundled-data";

const { graph } = loadBundledCareerData();
const reach = (starts: string[]) => reachFromStarts(graph, starts, finder);

describe("what starting points reach", () => {
  it("lists GCSEs' first steps quickest first: jobs open now before two-year courses", () => {
    const { firstSteps, roleCount, reachable } = reach(["gcses"]);
    expect(firstSteps.map((s) => s.to).slice(0, 2)).toEqual([
      "healthcare-support-worker",
      "support-time-recovery-worker",
    ]);
    const nursingAssociate = firstSteps.findIndex((s) => s.to === "nursing-associate");
    expect(nursingAssociate).toBeGreaterThan(1);
    for (let i = 1; i < firstSteps.length; i++) {
      expect(firstSteps[i]!.time.typical.min).toBeGreaterThanOrEqual(firstSteps[i - 1]!.time.typical.min);
    }
    // What the route finder says GCSEs reach, the roles among it counted.
    const expected = finder.reachableFromStarts(graph, ["gcses"]);
    expect([...reachable].sort()).toEqual(expected.map((n) => n.id).sort());
    expect(roleCount).toBe(
      expected.filter((n) => n.steps > 0 && graph.nodes.get(n.id)!.nodeType === "role").length,
    );
  });

  it("takes only steps the rules allow now: the peer worker apprenticeship needs lived experience", () => {
    expect(reach(["gcses"]).firstSteps.map((s) => s.to)).not.toContain("peer-support-worker");
    expect(reach(["gcses", "lived-experience"]).firstSteps.map((s) => s.to)).toContain("peer-support-worker");
  });

  it("starts from a job held now, without counting it, and lists one step per role it leads to", () => {
    const { starts, firstSteps, reachable } = reach(["healthcare-support-worker", "nobody"]);
    expect(starts).toEqual(["healthcare-support-worker"]);
    expect(reachable.has("healthcare-support-worker")).toBe(true);
    const ends = firstSteps.map((s) => s.to);
    expect(ends).not.toContain("healthcare-support-worker");
    expect(new Set(ends).size).toBe(ends.length);
    expect(ends).toContain("nursing-associate");
  });

  it("reaches nothing from nothing", () => {
    expect(reach([])).toMatchObject({ starts: [], roleCount: 0, firstSteps: [] });
  });
});
