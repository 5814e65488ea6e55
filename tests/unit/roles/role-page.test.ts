import { describe, expect, it } from "vitest";
import { waysInto } from "../../../src/core/route";
import { programmeCards } from "../../../src/core/roles/programme-cards";
import { groupNextSteps } from "../../../src/core/roles/next-step-moves";
import { entryFacts } from "../../../src/core/roles/entry-facts";
import { loadBundledCareerData } from "../../support/bundled-data";
import { makeGraph } from "../../support/route-graphs";

const { graph, dataset } = loadBundledCareerData();

describe("one card per programme", () => {
  it("shows the doctorate once for all the roles it is open from", () => {
    const steps = waysInto(graph, "clinical-psychologist");
    const cards = programmeCards(steps);
    expect(cards.map((c) => c.routeId)).toEqual(["dclinpsy", "dclinpsy-after-funded-training"]);
    expect(cards.reduce((n, c) => n + c.from.length, 0)).toBe(steps.length);
    expect(cards[1]!.from.map((f) => f.id)).toContain("psychological-wellbeing-practitioner");
  });
});

describe("next steps as moves", () => {
  const bands = (min: string, max = min) => ({ qualified: { min, max } });
  const parts = {
    payScales: [
      { id: "agenda-for-change", name: "Agenda for Change", bands: ["3", "4", "5", "6", "7", "8a"] },
    ],
    routeKinds: dataset.routeKinds,
  };
  const small = makeGraph(
    [
      { id: "pwp", bands: bands("5") },
      { id: "senior", bands: bands("6") },
      { id: "lead", bands: bands("8a") },
      { id: "assistant", bands: bands("4", "5") },
      { id: "nurse", bands: bands("5"), family: "nursing" },
    ],
    [
      { id: "up", from: "pwp", to: "senior", kind: "progression" },
      { id: "up-more", from: "pwp", to: "lead", kind: "progression" },
      { id: "across", from: "pwp", to: "assistant", kind: "lateral" },
      { id: "retrain", from: "pwp", to: "nurse", kind: "training" },
    ],
  );

  it("groups step up, sideways and retrain, and orders each by the band it leads to", () => {
    const groups = groupNextSteps(small, parts, "pwp");
    expect(groups.map((g) => [g.move, g.destinations.map((d) => d.to)])).toEqual([
      ["step-up", ["lead", "senior"]],
      ["sideways", ["assistant"]],
      ["retrain", ["nurse"]],
    ]);
  });

  it("puts promotions before sideways moves for a real role, one entry per destination", () => {
    const groups = groupNextSteps(graph, dataset, "psychological-wellbeing-practitioner");
    expect(groups[0]!.move).toBe("step-up");
    expect(groups[0]!.destinations.map((d) => d.to)).toContain("senior-psychological-wellbeing-practitioner");
    const destinations = groups.flatMap((g) => g.destinations.map((d) => d.to));
    expect(new Set(destinations).size).toBe(destinations.length);
    const cp = groupNextSteps(graph, dataset, "clinical-psychologist");
    expect(cp.find((g) => g.move === "step-up")?.destinations[0]?.to).toBe("principal-psychologist");
  });

  it("calls everything from a starting point a first step", () => {
    expect(groupNextSteps(graph, dataset, "gcses").map((g) => g.move)).toEqual(["first-step"]);
  });
});

describe("what it takes to get in, for compare", () => {
  it("finds the quickest way in, the hardest competition and the fees a person may pay", () => {
    const cp = entryFacts(graph, "clinical-psychologist");
    expect(cp.quickest?.to).toBe("clinical-psychologist");
    expect(cp.competition).toMatchObject({ applicants: 4225, places: 770, year: "2020" });
    // Every way into clinical psychology is a salaried trainee post: nothing to pay.
    expect(cp.fees).toEqual({ pounds: null, years: [], unknown: 0, selfPaying: 0 });
    const counsellor = entryFacts(graph, "counsellor");
    expect(counsellor.fees.selfPaying).toBeGreaterThan(0);
    expect(
      counsellor.fees.pounds === null ? counsellor.fees.unknown : counsellor.fees.pounds.max,
    ).toBeGreaterThan(0);
  });

  it("takes the quickest way by typical time", () => {
    const pwp = entryFacts(graph, "psychological-wellbeing-practitioner");
    const typicals = waysInto(graph, "psychological-wellbeing-practitioner").map((w) => w.time.typical.min);
    expect(pwp.quickest!.time.typical.min).toBe(Math.min(...typicals));
  });
});
