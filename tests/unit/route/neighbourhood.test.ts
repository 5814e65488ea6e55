import { describe, expect, it } from "vitest";
import { nextSteps, reachableFromStarts, UnknownNodeError, waysInto } from "../../../src/core/route";
import { makeGraph } from "../../support/route-graphs";

const graph = makeGraph(
  [
    { id: "s", start: true, title: "Degree" },
    { id: "lived", start: true, title: "Lived experience" },
    {
      id: "pwp",
      title: "PWP",
      bands: { whileTraining: { min: "4", max: "4" }, qualified: { min: "5", max: "5" } },
    },
    {
      id: "hi",
      title: "High-intensity therapist",
      bands: { whileTraining: { min: "6", max: "6" }, qualified: { min: "7", max: "7" } },
    },
    { id: "cp", title: "Clinical psychologist" },
    { id: "ap", title: "Assistant psychologist" },
    { id: "peer", title: "Peer worker" },
  ],
  [
    { id: "into-pwp", from: "s", to: "pwp", months: 12 },
    { id: "ap-job", from: "s", to: "ap", months: 0, funding: "not-applicable" },
    {
      id: "pwp-hi",
      from: "pwp",
      to: "hi",
      months: 12,
      prerequisites: [{ type: "experience-in-role", months: 24, note: "two years" }],
    },
    { id: "pwp-cp", from: "pwp", to: "cp", months: 36 },
    { id: "pwp-ap", from: "pwp", to: "ap", months: 0, funding: "not-applicable" },
    { id: "ap-pwp", from: "ap", to: "pwp", months: 12, apprenticeship: true },
    {
      id: "peer-job",
      from: ["ap", "pwp"],
      to: "peer",
      months: 0,
      funding: "not-applicable",
      prerequisites: [{ type: "holds", anyOf: ["lived"], note: "lived experience" }],
    },
  ],
);

describe("nextSteps", () => {
  it("lists the steps out of a role, quickest first (experience wait included), then by title", () => {
    const steps = nextSteps(graph, "pwp");
    expect(steps.map((s) => s.to)).toEqual(["ap", "peer", "cp", "hi"]);
    const hi = steps.find((s) => s.to === "hi")!;
    expect(hi).toMatchObject({
      experience: { minimum: 24, typical: { min: 24, max: 24 } },
      time: { minimum: 36, typical: { min: 36, max: 36 } },
      bands: {
        from: { min: "5", max: "5" },
        whileTraining: { min: "6", max: "6" },
        after: { min: "7", max: "7" },
      },
    });
  });

  it("throws UnknownNodeError for an unknown id", () => {
    expect(() => nextSteps(graph, "ppw")).toThrow(UnknownNodeError);
  });
});

describe("waysInto", () => {
  it("lists every way into a role, one per origin", () => {
    expect(waysInto(graph, "pwp").map((s) => [s.from, s.routeId])).toEqual([
      ["ap", "ap-pwp"],
      ["s", "into-pwp"],
    ]);
    expect(waysInto(graph, "peer").map((s) => s.edgeKey)).toEqual(["peer-job@ap", "peer-job@pwp"]);
  });
});

describe("reachableFromStarts", () => {
  it("lists everything reachable with the fewest steps, through cycles", () => {
    expect(reachableFromStarts(graph, ["s"]).map((n) => [n.id, n.steps])).toEqual([
      ["s", 0],
      ["ap", 1],
      ["pwp", 1],
      ["cp", 2],
      ["hi", 2],
    ]);
  });

  it("applies holds rules with the whole set of starting points held", () => {
    expect(reachableFromStarts(graph, ["s", "lived"]).map((n) => n.id)).toContain("peer");
  });

  it("applies constraints", () => {
    const reached = reachableFromStarts(graph, ["s"], { avoidNodes: ["pwp"] }).map((n) => n.id);
    expect(reached).toEqual(["s", "ap"]);
    expect(reachableFromStarts(graph, ["s"], { only: "apprenticeships" }).map((n) => n.id)).toEqual([
      "s",
      "ap",
      "pwp",
    ]);
  });

  it("does not count a node reachable only by looping back to meet a holds rule", () => {
    const loop = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "s-a", from: "s", to: "a" },
        { id: "a-x", from: "a", to: "x" },
        { id: "x-a", from: "x", to: "a" },
        { id: "a-t", from: "a", to: "t", prerequisites: [{ type: "holds", anyOf: ["x"], note: "x" }] },
        { id: "x-b", from: "x", to: "b" },
        { id: "b-a2", from: "b", to: "a2" },
        { id: "a2-u", from: "a2", to: "u", prerequisites: [{ type: "holds", anyOf: ["x"], note: "x" }] },
      ],
    );
    const reached = reachableFromStarts(loop, ["s"]).map((n) => n.id);
    expect(reached).not.toContain("t");
    expect(reached).toContain("u");
  });
});
