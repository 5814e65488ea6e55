/**
 * The route finder on the bundled dataset: the routes a careers adviser would expect. The dataset grows, so
 * these tests name only ids that exist now and assert what stays true as routes are added: that a route
 * exists and how it starts or ends, that no route breaks a rule, not exact counts.
 */
import { describe, expect, it } from "vitest";
import {
  findRoutes,
  nextSteps,
  prepareRouteFinder,
  PREFERENCES,
  reachableFromStarts,
  resolveNode,
  trainedWithNhsFunding,
  waysInto,
  type PlannedRoute,
  type RouteQuery,
} from "../../../src/core/route";
import { competitionText } from "../../../src/core/describe";
import { loadBundledCareerData } from "../../support/bundled-data";

const { dataset, graph } = loadBundledCareerData();

/** Every rule a returned route must keep, checked from its explanation, in the minimum case. */
function brokenRules(query: RouteQuery, route: PlannedRoute): string[] {
  const problems: string[] = [];
  const nodes = [route.steps[0]!.from, ...route.steps.map((s) => s.to)];
  if (new Set(nodes).size !== nodes.length) problems.push("loops");
  const assumedStart = route.assumptions.some((a) => a.type === "holds" && a.id === nodes[0]);
  if ((!query.from.includes(nodes[0]!) && !assumedStart) || nodes.at(-1) !== query.to)
    problems.push("wrong ends");
  let previousEnd = 0;
  route.steps.forEach((step, i) => {
    const waited = step.start.minimum - previousEnd;
    if (step.start.typical.min < step.start.minimum)
      problems.push(`step ${i} typically starts before its minimum`);
    for (const p of step.appliedPrerequisites) {
      if (p.type === "experience-in-role" && waited < p.months - p.alreadyMonths) {
        problems.push(`step ${i} starts before ${p.months} months in ${p.role}`);
      }
      if (p.type === "relevant-experience" && waited < p.months - p.alreadyMonths.minimum) {
        problems.push(`step ${i} starts before ${p.months} months of relevant experience`);
      }
      if (p.type === "gap-after-funded-training" && p.clockFrom !== null) {
        const clockStart = route.steps[p.clockFrom.step]!.end.minimum;
        if (step.start.minimum - clockStart < p.months) problems.push(`step ${i} starts inside the gap`);
      }
      if (p.type === "gap-after-funded-training" && p.clockFromStartingRole !== null) {
        // The person's own training ended monthsSinceTraining before month 0.
        const { monthsSinceTraining } = p.clockFromStartingRole;
        if (step.start.minimum + monthsSinceTraining < p.months) {
          problems.push(`step ${i} starts inside the gap after the person's own training`);
        }
      }
      if (p.type === "holds" && p.assumedFrom === null && !p.anyOf.includes(p.satisfiedBy)) {
        if (!nodes.slice(0, i + 1).includes(p.satisfiedBy)) problems.push(`step ${i} breaks holds`);
      }
    }
    previousEnd = step.end.minimum;
  });
  return problems;
}

const dclinpsyStep = (route: PlannedRoute) =>
  route.steps.find((s) => /Doctorate in Clinical Psychology/.test(s.programme))!;

describe("route finder on the bundled dataset", () => {
  it("takes a psychology graduate with GBC to clinical psychologist through a doctorate", () => {
    const query = { from: ["psychology-degree-gbc"], to: "clinical-psychologist" };
    const result = findRoutes(graph, query);
    expect(result.routes.length).toBeGreaterThan(0);
    const best = result.routes[0]!;
    expect(best.steps.at(-1)!.programme).toMatch(/Doctorate in Clinical Psychology/);
    for (const route of result.routes) expect(brokenRules(query, route)).toEqual([]);
  });

  it("makes a PWP wait two years after funded training before clinical psychology, and two years in post before high-intensity CBT", () => {
    const viaPwp = findRoutes(graph, {
      from: ["psychology-degree-gbc"],
      to: "clinical-psychologist",
      avoidNodes: ["assistant-psychologist", "clinical-associate-psychology"],
      alternatives: 10,
    });
    const pwpRoute = viaPwp.routes.find((r) => r.steps[0]!.to === "psychological-wellbeing-practitioner")!;
    expect(pwpRoute.steps[1]!.wait.typical.min).toBeGreaterThanOrEqual(24);

    const query = {
      from: ["psychological-wellbeing-practitioner"],
      to: "high-intensity-cbt-therapist",
      alternatives: 10,
    };
    const result = findRoutes(graph, query);
    expect(result.routes.length).toBeGreaterThan(0);
    for (const route of result.routes) {
      expect(route.months.minimum).toBeGreaterThanOrEqual(24);
      expect(brokenRules(query, route)).toEqual([]);
    }
    const experienced = findRoutes(graph, {
      ...query,
      experienceMonths: { "psychological-wellbeing-practitioner": 24 },
    });
    expect(experienced.routes[0]!.steps[0]!.wait).toEqual({ minimum: 0, typical: { min: 0, max: 0 } });
  });

  it("counts a role as trained with NHS funding only when every way into it is NHS-funded training", () => {
    const trained = dataset.roles.filter((role) => trainedWithNhsFunding(graph, role.id)).map((r) => r.id);
    expect(trained).toEqual(
      expect.arrayContaining([
        "psychological-wellbeing-practitioner",
        "childrens-wellbeing-practitioner",
        "education-mental-health-practitioner",
        "mental-health-wellbeing-practitioner",
        "clinical-associate-psychology",
        "high-intensity-cbt-therapist",
        "youth-intensive-psychological-practitioner",
      ]),
    );
    // Counsellors also train on self-funded diplomas; support workers are not trained at all.
    for (const id of ["counsellor", "healthcare-support-worker", "assistant-psychologist"]) {
      expect(trained).not.toContain(id);
    }
  });

  it("makes someone who is a PWP now wait two years from their own funded training before DClinPsy", () => {
    const query = {
      from: ["psychological-wellbeing-practitioner", "psychology-degree-gbc"],
      to: "clinical-psychologist",
      alternatives: 10,
    };
    const result = findRoutes(graph, query);
    const best = result.routes[0]!;
    const dclinpsy = dclinpsyStep(best);
    expect(dclinpsy.wait.minimum).toBe(24);
    expect(dclinpsy.appliedPrerequisites).toContainEqual(
      expect.objectContaining({
        type: "gap-after-funded-training",
        clockFrom: null,
        clockFromStartingRole: { role: "psychological-wellbeing-practitioner", monthsSinceTraining: 0 },
        waitMonths: { minimum: 24, typical: { min: 24, max: 24 } },
      }),
    );
    // Whichever start a route leaves from, DClinPsy never starts inside the gap.
    for (const route of result.routes) expect(brokenRules(query, route)).toEqual([]);
    expect(Math.min(...result.routes.map((r) => r.months.minimum))).toBeGreaterThanOrEqual(24 + 36);

    // Thirty months in post: the gap has run, and the time as a PWP is the relevant experience courses ask for.
    const experienced = findRoutes(graph, {
      ...query,
      experienceMonths: { "psychological-wellbeing-practitioner": 30 },
    }).routes[0]!;
    expect(dclinpsyStep(experienced).wait).toEqual({ minimum: 0, typical: { min: 0, max: 6 } });
    expect(experienced.months).toEqual({ minimum: 36, typical: { min: 36, max: 42 } });
  });

  it("gives no gap wait from a counsellor start: counselling training need not be NHS-funded", () => {
    const result = findRoutes(graph, {
      from: ["counsellor", "psychology-degree-gbc"],
      to: "clinical-psychologist",
      experienceMonths: { counsellor: 36 },
    });
    const best = result.routes[0]!;
    expect(best.steps).toHaveLength(1);
    expect(best.steps[0]!.wait.minimum).toBe(0);
    expect(best.steps[0]!.appliedPrerequisites).toContainEqual(
      expect.objectContaining({
        type: "gap-after-funded-training",
        clockFrom: null,
        clockFromStartingRole: null,
      }),
    );
  });

  it("from every role trained with NHS funding to every role: searches completely, and no route loops, skips a wait or breaks a holds rule", () => {
    const trained = dataset.roles.filter((role) => trainedWithNhsFunding(graph, role.id));
    for (const start of trained) {
      for (const role of dataset.roles) {
        const query = { from: [start.id], to: role.id, alternatives: 3 };
        const result = findRoutes(graph, query);
        expect(result.complete).toBe(true);
        for (const route of result.routes) expect(brokenRules(query, route)).toEqual([]);
      }
    }
  });

  it("finds an apprenticeship ladder from school to mental health nursing", () => {
    const result = findRoutes(graph, {
      from: ["gcses"],
      to: "mental-health-nurse",
      only: "apprenticeships",
      alternatives: 6,
    });
    expect(result.routes.length).toBeGreaterThan(0);
    // The ladder starts as a support worker; one of the options climbs through nursing associate.
    expect(result.routes[0]!.steps.map((s) => s.to)).toContain("healthcare-support-worker");
    expect(result.routes.some((route) => route.steps.some((s) => s.to === "nursing-associate"))).toBe(true);
    for (const route of result.routes) {
      for (const step of route.steps) {
        expect(step.funding === "not-applicable" || step.apprenticeship !== null).toBe(true);
      }
    }
  });

  it("offers peer support work only to someone with lived or caring experience, and says so", () => {
    const withLived = findRoutes(graph, { from: ["lived-experience"], to: "peer-support-worker" });
    expect(withLived.routes.length).toBeGreaterThan(0);
    const asCarer = findRoutes(graph, { from: ["carer-experience"], to: "peer-support-worker" });
    expect(asCarer.routes.length).toBeGreaterThan(0);
    const without = findRoutes(graph, { from: ["healthcare-support-worker"], to: "peer-support-worker" });
    expect(without.routes).toEqual([]);
    expect(without.opensWith).toContain("add Lived experience of mental health problems as a starting point");
  });

  it("starts from whichever of several starting points is best, never re-entering another", () => {
    const from = ["psychology-degree-gbc", "lived-experience", "healthcare-support-worker"];
    const result = findRoutes(graph, { from, to: "psychological-wellbeing-practitioner", alternatives: 10 });
    expect(result.routes[0]!.steps).toHaveLength(1);
    for (const route of result.routes) {
      expect(from).toContain(route.steps[0]!.from);
      expect(route.steps.slice(1).some((s) => from.includes(s.from) || from.includes(s.to))).toBe(false);
    }
  });

  it("answers with no route and the reason when a constraint closes clinical psychology", () => {
    const result = findRoutes(graph, {
      from: ["psychology-degree-gbc"],
      to: "clinical-psychologist",
      only: "apprenticeships",
    });
    expect(result.routes).toEqual([]);
    expect(result.reason).toBe(
      "With apprenticeships only, nothing leads from Psychology degree with GBC into Clinical psychologist.",
    );
    expect(result.opensWith).toContain('drop "apprenticeships only"');
  });

  it("from every starting point to every role, under every preference: searches completely, gives a reason when there is no route, and no route breaks a rule", () => {
    for (const start of dataset.startingPoints) {
      for (const role of dataset.roles) {
        for (const prefer of PREFERENCES) {
          const query = { from: [start.id], to: role.id, prefer, alternatives: 5 };
          const result = findRoutes(graph, query);
          expect(result.complete).toBe(true);
          if (result.routes.length === 0) expect(result.reason).toMatch(/\w/);
          for (const route of result.routes) expect(brokenRules(query, route)).toEqual([]);
        }
      }
    }
    // Every pair, three times: about 2,100 searches with five alternatives each, which take 15 s alone on a
    // shared two-core machine and longer beside other test files, so the default 20 s is too tight.
  }, 90_000);

  it("resolves a title in any case and the abbreviation PWP to their ids", () => {
    expect(resolveNode(graph, "psychology degree with GBC")).toBe("psychology-degree-gbc");
    expect(resolveNode(graph, "PWP")).toBe("psychological-wellbeing-practitioner");
    expect(resolveNode(graph, "clinical psychologist")).toBe("clinical-psychologist");
  });

  it("lists PWP's next steps with their waits, the ways into clinical psychology, and the roles apprenticeships reach from GCSEs", () => {
    const fromPwp = nextSteps(graph, "psychological-wellbeing-practitioner");
    expect(fromPwp.find((s) => s.to === "high-intensity-cbt-therapist")?.experience.minimum).toBe(24);
    expect(waysInto(graph, "clinical-psychologist").map((s) => s.from)).toEqual(
      expect.arrayContaining(["psychology-degree-gbc", "assistant-psychologist"]),
    );
    const byApprenticeship = reachableFromStarts(graph, ["gcses"], { only: "apprenticeships" }).map(
      (n) => n.id,
    );
    expect(byApprenticeship).toEqual(
      expect.arrayContaining(["healthcare-support-worker", "mental-health-nurse"]),
    );
    expect(byApprenticeship).not.toContain("clinical-psychologist");
  });

  describe("answers an applicant would recognise (the November audit's questions)", () => {
    it("counts the experience clinical psychology courses expect, and says how competitive they are", () => {
      const best = findRoutes(graph, { from: ["psychology-degree-gbc"], to: "clinical-psychologist" })
        .routes[0]!;
      // A year of relevant experience at the least, two to three typically, then the three-year doctorate.
      expect(best.months.minimum).toBeGreaterThanOrEqual(48);
      expect(best.months.typical.min).toBeGreaterThanOrEqual(60);
      const step = dclinpsyStep(best);
      expect(step.competition?.year).toBe("2020");
      expect(competitionText(step.competition!)).toMatch(/^About 1 in 5 applicants got a place in 2020/);
      expect(step.intake?.frequency).toBe("yearly");
    });

    it("routes an assistant psychologist, a peer support worker and a mental health nurse, saying what it assumed", () => {
      const assistant = findRoutes(graph, { from: ["assistant-psychologist"], to: "clinical-psychologist" });
      expect(assistant.routes.length).toBeGreaterThan(0);
      expect(assistant.routes[0]!.steps.at(-1)!.appliedPrerequisites).toContainEqual(
        expect.objectContaining({ type: "holds", assumedFrom: "assistant-psychologist" }),
      );
      expect(assistant.routes[0]!.assumptions[0]?.text).toMatch(
        /Psychology degree with GBC.*an assistant psychologist/,
      );
      // Saying you do not have GBC takes the assumption away, and with it the doctorate.
      const withoutGbc = findRoutes(graph, {
        from: ["assistant-psychologist"],
        to: "clinical-psychologist",
        notHeld: ["psychology-degree-gbc"],
      });
      expect(withoutGbc.routes).toEqual([]);

      const peer = findRoutes(graph, { from: ["peer-support-worker"], to: "peer-support-lead" });
      expect(peer.routes.length).toBeGreaterThan(0);

      const nurse = findRoutes(graph, { from: ["mental-health-nurse"], to: "clinical-psychologist" });
      expect(nurse.routes.length).toBeGreaterThan(0);
      expect(nurse.routes[0]!.assumptions.map((a) => a.id)).toContain("other-degree");
    });

    it("makes a counsellor become accredited before counting as a core profession for CBT training", () => {
      const result = findRoutes(graph, {
        from: ["counsellor"],
        to: "high-intensity-cbt-therapist",
        alternatives: 10,
      });
      expect(result.routes.length).toBeGreaterThan(0);
      // At least three years' practice for accreditation before any route into CBT training.
      for (const route of result.routes) expect(route.months.minimum).toBeGreaterThanOrEqual(36 + 12);
    });

    it("judges level 7 apprenticeship funding by age: under 22 it is levy-funded, older it is the employer's", () => {
      const at = (age: number | undefined) =>
        findRoutes(graph, {
          from: ["psychology-degree-gbc"],
          to: "clinical-associate-psychology",
          ...(age === undefined ? {} : { age }),
        }).routes[0]!.steps.at(-1)!;
      expect(at(20).funding).toBe("apprenticeship-levy");
      expect(at(20).ageFunding?.applies).toBe(true);
      expect(at(30).funding).toBe("employer-funded");
      expect(at(30).ageFunding).toMatchObject({
        applies: false,
        under: 22,
        ageAtStart: { min: 30, max: 30 },
      });
      expect(at(undefined).funding).toBe("employer-funded");
      const unknownAge = findRoutes(graph, {
        from: ["psychology-degree-gbc"],
        to: "clinical-associate-psychology",
      });
      expect(unknownAge.routes[0]!.assumptions.map((a) => a.type)).toContain("age-unknown");
    });

    it("never shows an appointment whose timing nobody publishes as quick: it stays of unknown length", () => {
      const result = findRoutes(graph, {
        from: ["clinical-psychologist"],
        to: "head-of-psychological-services",
      });
      expect(result.routes.length).toBeGreaterThan(0);
      for (const route of result.routes) expect(route.totals.unknownDurationSteps).toBeGreaterThan(0);
      // And the route no longer runs through approved clinician, which is a credential, not a rung.
      for (const route of result.routes)
        expect(route.steps.map((s) => s.to)).not.toContain("approved-clinician");
    });

    it("charges fees on self-funded steps and says when a figure is not known", () => {
      const best = findRoutes(graph, { from: ["other-degree"], to: "counselling-psychologist" }).routes[0]!;
      expect(best.totals.fees.pounds.min).toBeGreaterThan(9000);
      expect(best.steps.every((s) => s.funding !== "self-funded" || s.fees !== null || s.feesUnknown)).toBe(
        true,
      );
    });
  });
});

describe("prepareRouteFinder", () => {
  it("leaves every answer as it was: a prepared graph finds the same routes as one never prepared", () => {
    const prepared = loadBundledCareerData().graph;
    const fresh = loadBundledCareerData().graph;
    prepareRouteFinder(prepared);
    prepareRouteFinder(prepared);
    for (const query of [
      { from: ["psychology-degree-gbc"], to: "clinical-psychologist" },
      { from: ["gcses"], to: "mental-health-nurse", prefer: "earn-while-learning" as const },
      { from: ["assistant-psychologist"], to: "clinical-psychologist", notHeld: ["psychology-degree-gbc"] },
    ]) {
      expect(findRoutes(prepared, query), query.to).toEqual(findRoutes(fresh, query));
    }
  });
});
