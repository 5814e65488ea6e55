import { describe, expect, it } from "vitest";
import {
  AmbiguousNodeError,
  findRoutes,
  InvalidQueryError,
  resolveNode,
  RouteFinderError,
  UnknownNodeError,
} from "../../../src/core/route";
import { makeGraph } from "../../support/route-graphs";

/** The error a call throws; fails the test when it returns instead. */
function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("Expected the call to throw, but it returned.");
}

const graph = makeGraph(
  [
    { id: "degree", start: true, title: "Psychology degree with GBC", otherNames: ["GBC"] },
    { id: "school", start: true, title: "GCSEs" },
    { id: "assistant", title: "Assistant psychologist" },
    { id: "clinical", title: "Clinical psychologist", otherNames: ["DClinPsy"] },
    { id: "counselling", title: "Counselling psychologist", otherNames: ["Psychologist"] },
    { id: "forensic", title: "Forensic psychologist", otherNames: ["Psychologist"] },
  ],
  [
    { id: "ap-job", from: "degree", to: "assistant", months: 0, funding: "not-applicable", kind: "entry" },
    {
      id: "school-job",
      from: "school",
      to: "assistant",
      months: 0,
      funding: "not-applicable",
      kind: "entry",
    },
    {
      id: "dclinpsy",
      from: ["degree", "assistant"],
      to: "clinical",
      months: 36,
      level: 8,
      prerequisites: [{ type: "holds", anyOf: ["degree"], note: "GBC" }],
    },
    {
      id: "counselling-doc",
      from: "degree",
      to: "counselling",
      months: 36,
      funding: "self-funded",
      level: 8,
    },
  ],
);

describe("resolveNode", () => {
  it("matches ids exactly and titles and other names ignoring case", () => {
    expect(resolveNode(graph, "clinical")).toBe("clinical");
    expect(resolveNode(graph, "CLINICAL PSYCHOLOGIST")).toBe("clinical");
    expect(resolveNode(graph, "dclinpsy")).toBe("clinical");
    expect(resolveNode(graph, "psychology degree with gbc")).toBe("degree");
  });

  it("throws a typed error with the closest titles for an unknown name", () => {
    const error = thrownBy(() => resolveNode(graph, "clinicl psycholgist"));
    expect(error).toBeInstanceOf(UnknownNodeError);
    expect(error).toBeInstanceOf(RouteFinderError);
    const unknown = error as UnknownNodeError;
    expect(unknown.code).toBe("unknown-node");
    expect(unknown.suggestions[0]).toEqual({ id: "clinical", title: "Clinical psychologist" });
    expect(unknown.message).toContain('Did you mean "Clinical psychologist" (clinical)');
  });

  it("throws a typed error listing the candidates for a name several nodes share", () => {
    const error = thrownBy(() => resolveNode(graph, "psychologist"));
    expect(error).toBeInstanceOf(AmbiguousNodeError);
    expect((error as AmbiguousNodeError).candidates.map((c) => c.id)).toEqual(["counselling", "forensic"]);
  });
});

describe("findRoutes: errors a person can act on", () => {
  it("throws UnknownNodeError with suggestions for an id not in the data", () => {
    expect(() => findRoutes(graph, { from: ["degree"], to: "clinical-psychologist" })).toThrow(
      UnknownNodeError,
    );
    const error = thrownBy(() => findRoutes(graph, { from: ["degre"], to: "clinical" }));
    expect(error).toBeInstanceOf(UnknownNodeError);
    expect((error as UnknownNodeError).suggestions.map((s) => s.id)).toContain("degree");
  });

  it("throws InvalidQueryError for a query that cannot be asked", () => {
    expect(() => findRoutes(graph, { from: [], to: "clinical" })).toThrow(InvalidQueryError);
    expect(() =>
      findRoutes(graph, { from: ["degree"], to: "clinical", prefer: "cheapest" as never }),
    ).toThrow(/Unknown preference "cheapest"/);
    expect(() => findRoutes(graph, { from: ["degree"], to: "clinical", only: "free" as never })).toThrow(
      InvalidQueryError,
    );
    expect(() =>
      findRoutes(graph, { from: ["degree"], to: "clinical", avoidKinds: ["Short cut!" as never] }),
    ).toThrow(/is not a route kind id/);
    expect(() =>
      findRoutes(graph, { from: ["degree"], to: "clinical", experienceMonths: { assistant: 12 } }),
    ).toThrow(/not one of the starting points/);
    expect(() =>
      findRoutes(graph, { from: ["degree"], to: "clinical", experienceMonths: { degree: -1 } }),
    ).toThrow(/whole number of months/);
  });
});

describe("findRoutes: no route, why, and what would open one", () => {
  it("names the constraint that closes every route", () => {
    const result = findRoutes(graph, { from: ["degree"], to: "clinical", only: "apprenticeships" });
    expect(result.routes).toEqual([]);
    expect(result.reason).toBe(
      "With apprenticeships only, nothing leads from Psychology degree with GBC into Clinical psychologist.",
    );
    expect(result.opensWith).toEqual(['drop "apprenticeships only"']);
    expect(result.relaxations).toEqual([
      { type: "drop-only", only: "apprenticeships", text: 'drop "apprenticeships only"' },
    ]);
  });

  it("lists only the single changes that would each open a route", () => {
    const result = findRoutes(graph, {
      from: ["degree"],
      to: "counselling",
      only: "funded",
      maxQualificationLevel: 6,
    });
    expect(result.reason).toBe(
      "With no self-funded steps and studying no higher than level 6, nothing leads from Psychology degree with GBC into Counselling psychologist.",
    );
    // Each alone is not enough: both constraints block the only route.
    expect(result.opensWith).toEqual([]);
    const oneBlock = findRoutes(graph, {
      from: ["degree"],
      to: "clinical",
      maxQualificationLevel: 6,
      avoidKinds: ["training"],
    });
    expect(oneBlock.opensWith).toEqual([]);
    const levelOnly = findRoutes(graph, { from: ["degree"], to: "clinical", maxQualificationLevel: 6 });
    expect(levelOnly.opensWith).toEqual(["allow study up to level 8"]);
  });

  it("suggests stopping avoiding a role or a kind of route", () => {
    const result = findRoutes(graph, { from: ["school"], to: "clinical", avoidNodes: ["assistant"] });
    expect(result.reason).toMatch(
      /^Even without your filters, nothing in the data leads from GCSEs into Clinical psychologist/,
    );
    const avoided = findRoutes(graph, { from: ["degree"], to: "clinical", avoidKinds: ["training"] });
    expect(avoided.reason).toBe(
      "Avoiding training routes, nothing leads from Psychology degree with GBC into Clinical psychologist.",
    );
    expect(avoided.opensWith).toEqual(["stop avoiding training routes"]);
  });

  it("names a starting point that a holds rule asks for", () => {
    const result = findRoutes(graph, { from: ["school"], to: "clinical" });
    expect(result.reason).toBe(
      "Nothing in the data leads from GCSEs into Clinical psychologist: the routes there need Psychology degree with GBC.",
    );
    expect(result.opensWith).toEqual(["add Psychology degree with GBC as a starting point"]);
  });

  it("says when the target is already held or avoided", () => {
    expect(findRoutes(graph, { from: ["degree", "clinical"], to: "clinical" }).reason).toBe(
      "You already have Clinical psychologist: it is one of your starting points.",
    );
    const avoided = findRoutes(graph, { from: ["degree"], to: "clinical", avoidNodes: ["clinical"] });
    expect(avoided.reason).toBe("Clinical psychologist is on your avoid list, so no route can end there.");
    expect(avoided.opensWith).toEqual(["stop avoiding Clinical psychologist"]);
  });

  it("says when nothing leads into a role at all", () => {
    expect(findRoutes(graph, { from: ["degree"], to: "forensic" }).reason).toBe(
      "Nothing in the data leads into Forensic psychologist yet.",
    );
  });
});
