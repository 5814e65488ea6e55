import { describe, expect, it } from "vitest";
import { changesADecision, splitCaveats } from "../../../src/core/caveats/changes-a-decision";
import { loadBundledCareerData } from "../../support/bundled-data";

describe("which caveats change a decision", () => {
  it.each([
    ["fees", "not-found", true],
    ["prerequisites", "conflicting", true],
    ["pay.qualified", "conflicting", true],
    ["durationMonths", "not-found", true],
    ["fundingNote", "conflicting", true],
    // Probably right: listed behind "how sure are we".
    ["fees", "unverified", false],
    ["prerequisites", "inferred", false],
    // Not something people decide by.
    ["apprenticeship.standard", "conflicting", false],
    ["summary", "not-found", false],
    ["payYear", "conflicting", false],
  ] as const)("%s, %s → %s", (field, confidence, shown) => {
    expect(changesADecision({ field, confidence })).toBe(shown);
  });

  it("keeps the clinical psychologist's page to a handful of caveats in view, the rest behind one line", () => {
    const { graph } = loadBundledCareerData();
    const caveats = [
      ...(graph.nodes.get("clinical-psychologist")?.caveats ?? []),
      ...[
        ...(graph.inEdges.get("clinical-psychologist") ?? []),
        ...(graph.outEdges.get("clinical-psychologist") ?? []),
      ]
        .map((edge) => edge.route)
        .filter((route, i, all) => all.indexOf(route) === i)
        .flatMap((route) => route.caveats),
    ];
    const { decisive, other } = splitCaveats(caveats);
    expect(decisive.length + other.length).toBe(caveats.length);
    expect(decisive.length).toBeGreaterThan(0);
    // One or two per route a person is weighing (fees not found, providers that disagree): a handful, never twenty.
    expect(decisive.length).toBeLessThanOrEqual(8);
    expect(other.length).toBeGreaterThan(decisive.length);
  });
});
