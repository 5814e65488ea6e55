import { describe, expect, it } from "vitest";
import { findRoutes } from "../../../src/core/route";
import { formatRouteResultText } from "../../../src/core/route-text/format-route-result";
import { makeGraph, routeIds } from "../../support/route-graphs";

/** A time with no typical-experience figures: the minimum case is the shortest, typical spans shortest to longest. */
const timing = (min: number, max = min) => ({ minimum: min, typical: { min, max } });
/** A gap wait, least to most: longest in the minimum case, when the earlier steps are shortest. */
const gapWait = (least: number, most = least) => ({ minimum: most, typical: { min: least, max: most } });

describe("findRoutes: preferences", () => {
  // Three ways from a degree to a senior role:
  //   fast: one self-funded 12-month course;  steps: one 30-month salaried post;
  //   paid: a 6-month job then an 18-month apprenticeship (24 months, nothing unpaid).
  const graph = makeGraph(
    [{ id: "degree", start: true }],
    [
      { id: "course", from: "degree", to: "senior", months: 12, funding: "self-funded" },
      { id: "long-post", from: "degree", to: "senior", months: 30, funding: "salaried-trainee-post" },
      { id: "job", from: "degree", to: "junior", months: 6, funding: "not-applicable", kind: "entry" },
      { id: "apprenticeship", from: "junior", to: "senior", months: 18, apprenticeship: true },
    ],
  );

  it("fastest ranks by total months, then longest months, then steps", () => {
    expect(routeIds(findRoutes(graph, { from: ["degree"], to: "senior" }))).toEqual([
      ["course"],
      ["job", "apprenticeship"],
      ["long-post"],
    ]);
  });

  it("fewest steps puts one-step routes first, the quicker of them first", () => {
    expect(routeIds(findRoutes(graph, { from: ["degree"], to: "senior", prefer: "fewest-steps" }))).toEqual([
      ["course"],
      ["long-post"],
      ["job", "apprenticeship"],
    ]);
  });

  it("earn-while-learning puts paid routes before self-funded study, then by time", () => {
    const result = findRoutes(graph, { from: ["degree"], to: "senior", prefer: "earn-while-learning" });
    expect(routeIds(result)).toEqual([["job", "apprenticeship"], ["long-post"], ["course"]]);
    expect(result.routes.map((r) => r.totals.unpaidStudyCost)).toEqual([0, 0, 36]);
  });

  it("weighs funded fees and mixed funding between paid and self-funded", () => {
    const weighted = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "fees", from: "s", to: "t", months: 10, funding: "funded-fees" },
        { id: "mixed", from: "s", to: "t", months: 6, funding: "mixed" },
        { id: "self", from: "s", to: "t", months: 5, funding: "self-funded" },
      ],
    );
    const result = findRoutes(weighted, { from: ["s"], to: "t", prefer: "earn-while-learning" });
    expect(routeIds(result)).toEqual([["fees"], ["mixed"], ["self"]]);
    expect(result.routes.map((r) => r.totals.unpaidStudyCost)).toEqual([10, 12, 15]);
  });

  it("breaks exact ties by the sequence of edge keys, so the order never depends on data order", () => {
    const routes = [
      { id: "b-route", from: "s", to: "t", months: 12 },
      { id: "a-route", from: "s", to: "t", months: 12 },
    ];
    const one = makeGraph([{ id: "s", start: true }], routes);
    const other = makeGraph([{ id: "s", start: true }], [...routes].reverse());
    expect(routeIds(findRoutes(one, { from: ["s"], to: "t" }))).toEqual([["a-route"], ["b-route"]]);
    expect(routeIds(findRoutes(other, { from: ["s"], to: "t" }))).toEqual([["a-route"], ["b-route"]]);
  });

  it("ranks two routes equal at their shortest by their longest: 12–13 months before 12–24", () => {
    const graph2 = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "wide", from: "s", to: "t", months: [12, 24] },
        { id: "narrow", from: "s", to: "t", months: [12, 13] },
      ],
    );
    const result = findRoutes(graph2, { from: ["s"], to: "t" });
    expect(routeIds(result)).toEqual([["narrow"], ["wide"]]);
    expect(result.routes[1]!.months).toEqual(timing(12, 24));
  });
});

describe("findRoutes: alternatives", () => {
  const chain = makeGraph(
    [{ id: "s", start: true }],
    Array.from({ length: 14 }, (_, i) => ({
      id: `r${String(i).padStart(2, "0")}`,
      from: "s",
      to: "t",
      months: i,
    })),
  );

  it("returns the best and 3 alternatives by default, at most 10 alternatives, and none when asked", () => {
    expect(findRoutes(chain, { from: ["s"], to: "t" }).routes).toHaveLength(4);
    expect(findRoutes(chain, { from: ["s"], to: "t", alternatives: 50 }).routes).toHaveLength(11);
    expect(findRoutes(chain, { from: ["s"], to: "t", alternatives: 0 }).routes).toHaveLength(1);
    expect(findRoutes(chain, { from: ["s"], to: "t", alternatives: -2 }).routes).toHaveLength(1);
  });

  it("counts one route record taken from two starting points as one option, from the better start", () => {
    const graph = makeGraph(
      [
        { id: "a", start: true },
        { id: "b", start: true },
      ],
      [
        {
          id: "shared",
          from: ["a", "b"],
          to: "t",
          months: 12,
          prerequisites: [{ type: "experience-in-role", months: 12, note: "a year in post" }],
        },
        { id: "other", from: "a", to: "t", months: 30 },
      ],
    );
    const result = findRoutes(graph, { from: ["a", "b"], to: "t", experienceMonths: { b: 12 } });
    expect(result.routes.map((r) => r.steps.map((s) => s.edgeKey))).toEqual([["shared@b"], ["other"]]);
    expect(result.routes[0]!.months).toEqual(timing(12, 12));
  });

  it("never returns a route that loops, even when the graph is full of cycles", () => {
    const graph = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "s-a", from: "s", to: "a", months: 1 },
        { id: "a-b", from: "a", to: "b", months: 1 },
        { id: "b-a", from: "b", to: "a", months: 1 },
        { id: "b-c", from: "b", to: "c", months: 1 },
        { id: "c-a", from: "c", to: "a", months: 1 },
        { id: "c-b", from: "c", to: "b", months: 1 },
        { id: "a-t", from: "a", to: "t", months: 5 },
        { id: "c-t", from: "c", to: "t", months: 1 },
      ],
    );
    const result = findRoutes(graph, { from: ["s"], to: "t", alternatives: 10 });
    expect(routeIds(result)).toEqual([
      ["s-a", "a-b", "b-c", "c-t"],
      ["s-a", "a-t"],
    ]);
  });
});

describe("findRoutes: several starting points", () => {
  const graph = makeGraph(
    [
      { id: "degree", start: true },
      { id: "lived", start: true },
      { id: "support", title: "Support worker" },
    ],
    [
      { id: "job", from: ["degree", "lived"], to: "support", months: 0, funding: "not-applicable" },
      {
        id: "peer",
        from: "support",
        to: "peer-worker",
        months: 6,
        prerequisites: [{ type: "holds", anyOf: ["lived"], note: "lived experience" }],
      },
    ],
  );

  it("starts from any of them and never re-enters one that is already held", () => {
    const result = findRoutes(graph, { from: ["degree", "lived", "support"], to: "peer-worker" });
    expect(routeIds(result)).toEqual([["peer"]]);
    expect(result.routes[0]!.steps[0]!.from).toBe("support");
  });

  it("still counts an avoided starting point as held: it is only not left from", () => {
    const result = findRoutes(graph, { from: ["degree", "lived"], to: "peer-worker", avoidNodes: ["lived"] });
    expect(routeIds(result)).toEqual([["job", "peer"]]);
    expect(result.routes[0]!.steps[0]!.from).toBe("degree");
    expect(result.routes[0]!.steps[1]!.appliedPrerequisites[0]).toMatchObject({ satisfiedBy: "lived" });
  });

  it("meets a holds rule with a starting point the route does not leave from, and finds nothing without it", () => {
    expect(routeIds(findRoutes(graph, { from: ["lived", "support"], to: "peer-worker" }))).toEqual([
      ["peer"],
    ]);
    expect(findRoutes(graph, { from: ["degree"], to: "peer-worker" }).routes).toEqual([]);
  });
});

describe("findRoutes: prerequisites", () => {
  it("waits for experience in the from-role, less what the person already has there", () => {
    const graph = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "into-pwp", from: "s", to: "pwp", months: 12 },
        {
          id: "pwp-to-hi",
          from: "pwp",
          to: "hi",
          months: 12,
          prerequisites: [{ type: "experience-in-role", months: 24, note: "two years as a PWP" }],
        },
      ],
    );
    const fresh = findRoutes(graph, { from: ["s"], to: "hi" }).routes[0]!;
    expect(fresh.months).toEqual(timing(48, 48));
    expect(fresh.steps[1]!.wait).toEqual(gapWait(24, 24));
    expect(fresh.steps[1]!.start).toEqual(timing(36, 36));
    expect(fresh.steps[1]!.appliedPrerequisites).toEqual([
      {
        type: "experience-in-role",
        months: 24,
        typicalMonths: null,
        note: "two years as a PWP",
        role: "pwp",
        alreadyMonths: 0,
        waitMonths: timing(24),
      },
    ]);
    const experienced = findRoutes(graph, { from: ["pwp"], to: "hi", experienceMonths: { pwp: 18 } })
      .routes[0]!;
    expect(experienced.months).toEqual(timing(18, 18));
  });

  it("runs the gap clock from the end of the latest NHS-funded step, through later steps", () => {
    const gap = { type: "gap-after-funded-training" as const, months: 24, note: "two-year rule" };
    const graph = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "funded", from: "s", to: "pwp", months: 12, nhsFunded: true },
        { id: "job", from: "pwp", to: "assistant", months: [6, 10], funding: "not-applicable" },
        { id: "doctorate", from: "assistant", to: "psychologist", months: 36, prerequisites: [gap] },
        { id: "direct", from: "s", to: "psychologist-2", months: 36, prerequisites: [gap] },
      ],
    );
    const route = findRoutes(graph, { from: ["s"], to: "psychologist" }).routes[0]!;
    // 12 funded, then 6–10 months as an assistant, then 14–18 more months of the gap (18 when the job takes
    // 6 months, 14 when it takes 10), then 36.
    expect(route.steps[2]!.wait).toEqual(gapWait(14, 18));
    expect(route.months).toEqual(timing(72, 72));
    expect(route.steps[2]!.appliedPrerequisites[0]).toMatchObject({
      type: "gap-after-funded-training",
      clockFrom: { step: 0, routeId: "funded" },
      waitMonths: gapWait(14, 18),
    });
    // With no funded step on the route, there is no clock and no wait.
    const direct = findRoutes(graph, { from: ["s"], to: "psychologist-2" }).routes[0]!;
    expect(direct.months).toEqual(timing(36, 36));
    expect(direct.steps[0]!.appliedPrerequisites[0]).toMatchObject({
      clockFrom: null,
      waitMonths: gapWait(0, 0),
    });
  });

  it("never loses a gap wait that only the quickest earlier steps leave: waits run least to most", () => {
    const gap = { type: "gap-after-funded-training" as const, months: 24, note: "two-year rule" };
    const graph = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "funded", from: "s", to: "pwp", months: 12, nhsFunded: true },
        { id: "job", from: "pwp", to: "assistant", months: [6, 30], funding: "not-applicable" },
        { id: "doctorate", from: "assistant", to: "psychologist", months: 36, prerequisites: [gap] },
      ],
    );
    const result = findRoutes(graph, { from: ["s"], to: "psychologist" });
    const route = result.routes[0]!;
    // A 6-month job leaves 18 months of the gap to wait; a 30-month one leaves none.
    expect(route.steps[2]!.wait).toEqual(gapWait(0, 18));
    expect(route.steps[2]!.appliedPrerequisites[0]).toMatchObject({ waitMonths: gapWait(0, 18) });
    expect(route.totals.waitMonths).toEqual(gapWait(0, 18));
    expect(route.steps[2]!.start).toEqual(timing(36, 42));
    expect(route.months).toEqual(timing(72, 78));
    expect(formatRouteResultText(graph, result)).toContain(
      "Wait 0 to 18 months, depending on how long the earlier steps take, then start at month 36 (typically 36–42)",
    );
  });

  it("prefers a slower route without a funded step when the gap makes the funded one slower overall", () => {
    const gap = { type: "gap-after-funded-training" as const, months: 24, note: "two-year rule" };
    const graph = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "funded-way", from: "s", to: "m", months: 6, nhsFunded: true },
        { id: "unfunded-way", from: "s", to: "m", months: 12 },
        { id: "last", from: "m", to: "t", months: 12, prerequisites: [gap] },
      ],
    );
    // funded: 6 + 24 + 12 = 42; unfunded: 12 + 12 = 24. Node-based Dijkstra would keep the 6 at m and be wrong.
    const result = findRoutes(graph, { from: ["s"], to: "t" });
    expect(routeIds(result)).toEqual([
      ["unfunded-way", "last"],
      ["funded-way", "last"],
    ]);
    expect(result.routes.map((r) => r.months.minimum)).toEqual([24, 42]);
  });

  it("needs a statutory register for a statutory-registration step", () => {
    const rule = { type: "statutory-registration" as const, note: "registered professionals only" };
    const graph = makeGraph(
      [{ id: "s", start: true }, { id: "nurse", statutory: true }, { id: "assistant" }],
      [
        { id: "to-nurse", from: "s", to: "nurse", months: 36 },
        { id: "to-assistant", from: "s", to: "assistant", months: 1 },
        { id: "acp", from: ["nurse", "assistant"], to: "acp", months: 24, prerequisites: [rule] },
      ],
    );
    const result = findRoutes(graph, { from: ["s"], to: "acp" });
    expect(routeIds(result)).toEqual([["to-nurse", "acp"]]);
    expect(result.routes[0]!.steps[1]!.appliedPrerequisites[0]).toMatchObject({
      type: "statutory-registration",
      role: "nurse",
      registers: ["HCPC"],
    });
  });

  it("meets a holds rule with a node earlier on the route, and says which", () => {
    const graph = makeGraph(
      [
        { id: "s", start: true },
        { id: "gbc", start: true },
      ],
      [
        { id: "conversion", from: "s", to: "conv", months: 12 },
        {
          id: "hold-conv",
          from: "conv",
          to: "t",
          months: 1,
          prerequisites: [{ type: "holds", anyOf: ["gbc", "conv"], note: "GBC" }],
        },
      ],
    );
    const route = findRoutes(graph, { from: ["s"], to: "t" }).routes[0]!;
    expect(route.steps[1]!.appliedPrerequisites[0]).toMatchObject({ type: "holds", satisfiedBy: "conv" });
  });

  it("never meets a holds rule by looping back through a node", () => {
    const needsX = [{ type: "holds" as const, anyOf: ["x"], note: "needs x" }];
    const graph = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "s-a", from: "s", to: "a", months: 1 },
        { id: "a-x", from: "a", to: "x", months: 1 },
        { id: "x-a", from: "x", to: "a", months: 1 },
        { id: "a-t", from: "a", to: "t", months: 1, prerequisites: needsX },
      ],
    );
    // s → a → x → a → t meets the rule but visits a twice: it is not a route.
    expect(findRoutes(graph, { from: ["s"], to: "t" }).routes).toEqual([]);
    const withWayRound = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "s-a", from: "s", to: "a", months: 1 },
        { id: "a-x", from: "a", to: "x", months: 1 },
        { id: "x-a", from: "x", to: "a", months: 1 },
        { id: "a-t", from: "a", to: "t", months: 1, prerequisites: needsX },
        { id: "s-x", from: "s", to: "x", months: 10 },
      ],
    );
    expect(routeIds(findRoutes(withWayRound, { from: ["s"], to: "t" }))).toEqual([["s-x", "x-a", "a-t"]]);
  });

  it("passes other prerequisites through to the step as notes", () => {
    const graph = makeGraph(
      [{ id: "s", start: true }],
      [{ id: "r", from: "s", to: "t", prerequisites: [{ type: "other", note: "Right to work in the UK" }] }],
    );
    expect(findRoutes(graph, { from: ["s"], to: "t" }).routes[0]!.steps[0]!.appliedPrerequisites).toEqual([
      { type: "other", note: "Right to work in the UK" },
    ]);
  });

  it("never counts a step of unknown length as short: it adds nothing, is counted, and the text says so", () => {
    const graph = makeGraph([{ id: "s", start: true }], [{ id: "r", from: "s", to: "t", months: null }]);
    const result = findRoutes(graph, { from: ["s"], to: "t" });
    const route = result.routes[0]!;
    expect(route.steps[0]!.durationMonths).toBeNull();
    expect(route.totals.unknownDurationSteps).toBe(1);
    expect(route.months).toEqual(timing(0, 0));
    const text = formatRouteResultText(graph, result);
    expect(text).toContain("Best route: length not known, 1 step");
    expect(text).toContain("length not known");
    expect(text).not.toMatch(/ends at month/);
  });

  it("ranks a route with a step of unknown length after every known one, and lists it apart when it would beat them", () => {
    const graph = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "quick-unknown", from: "s", to: "t", months: null },
        { id: "slow", from: "s", to: "a", months: 60 },
        { id: "slow-2", from: "a", to: "t", months: 12 },
      ],
    );
    const result = findRoutes(graph, { from: ["s"], to: "t", alternatives: 0 });
    expect(routeIds(result)).toEqual([["slow", "slow-2"]]);
    expect(result.unknownLengthRoutes.map((r) => r.steps.map((s) => s.routeId))).toEqual([["quick-unknown"]]);
    expect(formatRouteResultText(graph, result)).toContain(
      "Also possible, with a step of unknown length: length not known, 1 step",
    );
    // With room for it among the alternatives, it is ranked last there and not listed twice.
    const roomy = findRoutes(graph, { from: ["s"], to: "t", alternatives: 3 });
    expect(routeIds(roomy)).toEqual([["slow", "slow-2"], ["quick-unknown"]]);
    expect(roomy.unknownLengthRoutes).toEqual([]);
  });
});

describe("findRoutes: the person's own NHS-funded training starts the gap clock", () => {
  const gap = { type: "gap-after-funded-training" as const, months: 24, note: "two-year rule" };
  // pwp can only be entered through funded training; counsellor also through a self-funded course.
  const graph = makeGraph(
    [
      { id: "degree", start: true },
      { id: "pwp", title: "Psychological wellbeing practitioner" },
      { id: "emhp", title: "Education mental health practitioner" },
      { id: "counsellor", title: "Counsellor" },
    ],
    [
      { id: "pwp-training", from: "degree", to: "pwp", months: 12, nhsFunded: true },
      { id: "emhp-training", from: "degree", to: "emhp", months: 12, nhsFunded: true },
      { id: "counselling-diploma", from: "degree", to: "counsellor", months: 24, funding: "self-funded" },
      { id: "counselling-funded", from: "degree", to: "counsellor", months: 24, nhsFunded: true },
      { id: "doctorate", from: "degree", to: "psychologist", months: 36, prerequisites: [gap] },
      {
        id: "doctorate-after",
        from: ["pwp", "emhp", "counsellor"],
        to: "psychologist",
        months: 36,
        prerequisites: [gap],
      },
      { id: "job", from: "pwp", to: "assistant", months: [6, 10], funding: "not-applicable" },
      {
        id: "assistant-doctorate",
        from: "assistant",
        to: "psychologist-2",
        months: 36,
        prerequisites: [gap],
      },
      { id: "funded-top-up", from: "pwp", to: "top-up", months: 3, nhsFunded: true },
      { id: "top-up-doctorate", from: "top-up", to: "psychologist-3", months: 36, prerequisites: [gap] },
    ],
  );
  const gapRule = (route: { steps: { appliedPrerequisites: { type: string }[] }[] }, step: number) =>
    route.steps[step]!.appliedPrerequisites.find((p) => p.type === "gap-after-funded-training");

  it("makes someone who is a PWP now wait the whole gap, as if just qualified, when no experience is given", () => {
    const route = findRoutes(graph, { from: ["pwp"], to: "psychologist" }).routes[0]!;
    expect(route.steps[0]!.wait).toEqual(gapWait(24, 24));
    expect(route.months).toEqual(timing(60, 60));
    expect(gapRule(route, 0)).toEqual({
      ...gap,
      clockFrom: null,
      clockFromStartingRole: { role: "pwp", monthsSinceTraining: 0 },
      waitMonths: gapWait(24, 24),
    });
  });

  it("counts months in post since the training towards the gap", () => {
    const partly = findRoutes(graph, { from: ["pwp"], to: "psychologist", experienceMonths: { pwp: 10 } });
    expect(partly.routes[0]!.steps[0]!.wait).toEqual(gapWait(14, 14));
    const done = findRoutes(graph, { from: ["pwp"], to: "psychologist", experienceMonths: { pwp: 30 } });
    expect(done.routes[0]!.steps[0]!.wait).toEqual(gapWait(0, 0));
    expect(gapRule(done.routes[0]!, 0)).toMatchObject({
      clockFromStartingRole: { role: "pwp", monthsSinceTraining: 30 },
      waitMonths: gapWait(0, 0),
    });
  });

  it("applies whichever starting point the route leaves from: the clock is the person's", () => {
    // The two one-step routes; longer ones (degree, then funded training, then the doctorate) come after.
    const result = findRoutes(graph, { from: ["pwp", "degree"], to: "psychologist", alternatives: 1 });
    expect(routeIds(result)).toEqual([["doctorate"], ["doctorate-after"]]);
    for (const route of result.routes) {
      expect(route.months).toEqual(timing(60, 60));
      expect(gapRule(route, 0)).toMatchObject({ clockFromStartingRole: { role: "pwp" } });
    }
  });

  it("keeps running through later steps, until a funded step on the route restarts it", () => {
    // 6–10 months as an assistant after being a PWP: 14–18 months of the gap still to run.
    const viaJob = findRoutes(graph, { from: ["pwp"], to: "psychologist-2" }).routes[0]!;
    expect(viaJob.steps[1]!.wait).toEqual(gapWait(14, 18));
    expect(gapRule(viaJob, 1)).toMatchObject({ clockFromStartingRole: { role: "pwp" }, clockFrom: null });
    // A funded top-up on the route is later training: the clock runs from its end instead.
    const viaTopUp = findRoutes(graph, {
      from: ["pwp"],
      to: "psychologist-3",
      experienceMonths: { pwp: 30 },
    }).routes[0]!;
    expect(viaTopUp.steps[1]!.wait).toEqual(gapWait(24, 24));
    expect(gapRule(viaTopUp, 1)).toMatchObject({
      clockFrom: { step: 0, routeId: "funded-top-up" },
      clockFromStartingRole: null,
    });
  });

  it("says in the text that the wait comes from the person's own training", () => {
    const text = (experienceMonths: Record<string, number>) =>
      formatRouteResultText(
        graph,
        findRoutes(graph, { from: ["pwp"], to: "psychologist", alternatives: 0, experienceMonths }),
      );
    expect(text({})).toContain(
      "24 months must pass after your NHS-funded training as a Psychological wellbeing practitioner ends " +
        "(0 months in post so far): two-year rule",
    );
    expect(text({})).toContain("Wait 2 years, then start at month 24");
    expect(text({ pwp: 30 })).toContain(
      "as a Psychological wellbeing practitioner ends (30 months in post so far), so no wait: two-year rule",
    );
    const emhp = formatRouteResultText(graph, findRoutes(graph, { from: ["emhp"], to: "psychologist" }));
    expect(emhp).toContain("as an Education mental health practitioner ends (0 months in post so far)");
    const counsellor = formatRouteResultText(
      graph,
      findRoutes(graph, { from: ["counsellor"], to: "psychologist" }),
    );
    expect(counsellor).toContain(
      "No NHS-funded training earlier on this route or for your starting roles, so the 24-month gap rule does not delay it.",
    );
  });

  it("takes the most recent training when several starting roles count", () => {
    const route = findRoutes(graph, {
      from: ["pwp", "emhp"],
      to: "psychologist",
      experienceMonths: { pwp: 20, emhp: 6 },
    }).routes[0]!;
    expect(route.steps[0]!.wait).toEqual(gapWait(18, 18));
    expect(gapRule(route, 0)).toMatchObject({
      clockFromStartingRole: { role: "emhp", monthsSinceTraining: 6 },
    });
  });

  it("does not count a role with any way in that is not NHS-funded training, or a starting point", () => {
    for (const from of [["counsellor"], ["counsellor", "degree"], ["degree"]]) {
      const route = findRoutes(graph, { from, to: "psychologist" }).routes[0]!;
      expect(route.months).toEqual(timing(36, 36));
      expect(gapRule(route, 0)).toMatchObject({ clockFrom: null, clockFromStartingRole: null });
    }
    // Whatever the query's filters: the self-funded way into counselling still exists for someone else.
    const funded = findRoutes(graph, { from: ["counsellor"], to: "psychologist", only: "funded" });
    expect(funded.routes[0]!.months).toEqual(timing(36, 36));
  });

  it("still counts an avoided starting role: the person had the training even if no route leaves from it", () => {
    const route = findRoutes(graph, { from: ["pwp", "degree"], to: "psychologist", avoidNodes: ["pwp"] })
      .routes[0]!;
    expect(route.steps.map((s) => s.routeId)).toEqual(["doctorate"]);
    expect(route.steps[0]!.wait).toEqual(gapWait(24, 24));
  });

  it("picks the start for a shared route record by the whole first wait, gap included, then by edge key", () => {
    // From a (a funded-training role, just qualified) or b (a starting point with a year's experience): both
    // wait the person's 24-month gap, so a's 12 months of experience still needed against b's none does not
    // decide between them: the edge key does.
    const tie = makeGraph(
      [{ id: "b", start: true }],
      [
        { id: "into-a", from: "b", to: "a", nhsFunded: true },
        {
          id: "shared",
          from: ["b", "a"],
          to: "t",
          prerequisites: [gap, { type: "experience-in-role", months: 12, note: "a year in post" }],
        },
      ],
    );
    const route = findRoutes(tie, { from: ["a", "b"], to: "t", experienceMonths: { a: 0, b: 12 } })
      .routes[0]!;
    expect(route.steps[0]!.edgeKey).toBe("shared@a");
    expect(route.steps[0]!.wait).toEqual(gapWait(24, 24));
  });
});

describe("findRoutes: constraints", () => {
  const graph = makeGraph(
    [{ id: "s", start: true }],
    [
      { id: "job", from: "s", to: "hcsw", months: 0, funding: "not-applicable", kind: "entry" },
      { id: "degree", from: "s", to: "nurse", months: 36, funding: "mixed", level: 6 },
      { id: "self", from: "s", to: "nurse", months: 24, funding: "self-funded", level: 7 },
      { id: "app", from: "hcsw", to: "nurse", months: 48, apprenticeship: { level: 6 }, level: 6 },
    ],
  );
  const ids = (extra: object) =>
    routeIds(findRoutes(graph, { from: ["s"], to: "nurse", alternatives: 10, ...extra }));

  it("with apprenticeships only, keeps just the job step and the apprenticeship", () => {
    expect(ids({ only: "apprenticeships" })).toEqual([["job", "app"]]);
  });

  it("with funded only, drops every step the person may pay fees for: self-funded and mixed", () => {
    expect(ids({ only: "funded" })).toEqual([["job", "app"]]);
    expect(findRoutes(graph, { from: ["s"], to: "nurse" }).routes[0]!.totals.selfFundedSteps).toBe(1);
    expect(
      findRoutes(graph, { from: ["s"], to: "nurse", avoidNodes: ["hcsw"], avoidKinds: [] }).routes.map(
        (r) => r.totals.mixedFundingSteps,
      ),
    ).toEqual([0, 1]);
  });

  it("with an avoided node or route kind, returns only the routes that use neither", () => {
    expect(ids({ avoidNodes: ["hcsw"] })).toEqual([["self"], ["degree"]]);
    expect(ids({ avoidKinds: ["training"] })).toEqual([["job", "app"]]);
  });

  it("with a highest level of study, drops steps above it: level 6 keeps two routes, level 5 none", () => {
    expect(ids({ maxQualificationLevel: 6 })).toEqual([["degree"], ["job", "app"]]);
    expect(ids({ maxQualificationLevel: 5 })).toEqual([]);
  });

  it("never leaves from an avoided starting point, and answers no route when none is left", () => {
    const result = findRoutes(graph, { from: ["s"], to: "nurse", avoidNodes: ["s"] });
    expect(result.routes).toEqual([]);
    expect(result.reason).toBe("Every starting point you gave (s) is on your avoid list.");
    expect(result.opensWith).toEqual(["stop avoiding s"]);
  });
});

describe("findRoutes: explanations", () => {
  it("describes each step: kind, programme, qualification, funding, apprenticeship and pay", () => {
    const graph = makeGraph(
      [
        { id: "s", start: true, title: "School leaver" },
        {
          id: "na",
          title: "Nursing associate",
          bands: { whileTraining: { min: "3", max: "3" }, qualified: { min: "4", max: "4" } },
        },
      ],
      [
        {
          id: "na-app",
          from: "s",
          to: "na",
          months: [18, 24],
          apprenticeship: { title: "Nursing associate", standard: "ST0827", level: 5 },
          level: 5,
        },
      ],
    );
    const step = findRoutes(graph, { from: ["s"], to: "na" }).routes[0]!.steps[0]!;
    expect(step).toMatchObject({
      from: "s",
      fromTitle: "School leaver",
      to: "na",
      toTitle: "Nursing associate",
      routeId: "na-app",
      kind: "apprenticeship",
      programme: "Programme na-app",
      durationMonths: { min: 18, max: 24 },
      qualification: { name: "Award na-app", framework: "FHEQ", level: 5 },
      funding: "apprenticeship-levy",
      apprenticeship: { title: "Nursing associate", standard: "ST0827", level: 5 },
      pay: {
        scale: "agenda-for-change",
        whileTraining: { min: "3", max: "3" },
        after: { min: "4", max: "4" },
      },
    });
  });

  it("names kinds and funding in the text with the app's words", () => {
    const graph = makeGraph(
      [{ id: "s", start: true }],
      [
        { id: "top", from: "s", to: "a", kind: "top-up", funding: "funded-fees" },
        { id: "move", from: "a", to: "b", kind: "lateral", funding: "mixed" },
      ],
    );
    const text = formatRouteResultText(graph, findRoutes(graph, { from: ["s"], to: "b" }));
    expect(text).toContain("Programme top (top-up; route top)");
    expect(text).toContain("1 year · course fees funded · ends at month 12");
    expect(text).toContain("Programme move (lateral move; route move)");
    expect(text).toContain("1 year · partly funded · ends at month 24");
    const avoided = findRoutes(graph, { from: ["s"], to: "b", avoidKinds: ["top-up"] });
    expect(avoided.opensWith).toEqual(["stop avoiding top-up routes"]);
  });
});
