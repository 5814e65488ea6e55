import { describe, expect, it } from "vitest";
import { findRoutes } from "../../../src/core/route";
import { stepRuleText, stepWaitText } from "../../../src/features/plan/step-text";
import { makeGraph } from "../../support/route-graphs";

describe("the planner's words for a step", () => {
  it("says how long the wait is, and when it depends on the earlier steps", () => {
    const at = (minimum: number, min = minimum, max = min) => ({ minimum, typical: { min, max } });
    expect(stepWaitText(at(0))).toBeNull();
    expect(stepWaitText(at(24))).toBe("After a wait of 2 years.");
    // A gap wait: the longest when the earlier steps are quickest (the minimum case).
    expect(stepWaitText(at(18, 0, 18))).toBe(
      "After a wait of 0 to 18 months, depending on how long the earlier steps take.",
    );
    // Experience courses expect beyond their minimum.
    expect(stepWaitText(at(12, 24, 36))).toBe("After a wait of at least 1 year; typically 2 to 3 years.");
  });

  it("words each rule, with the right article before a role", () => {
    const gap = { type: "gap-after-funded-training" as const, months: 24, note: "Two-year rule." };
    const graph = makeGraph(
      [
        { id: "s", start: true },
        { id: "emhp", title: "Education mental health practitioner" },
        { id: "ot", title: "Occupational therapist", statutory: true },
      ],
      [
        { id: "emhp-training", from: "s", to: "emhp", nhsFunded: true },
        {
          id: "emhp-ot",
          from: "emhp",
          to: "ot",
          prerequisites: [{ type: "experience-in-role", months: 12, note: "A year in post." }],
        },
        {
          id: "ot-senior",
          from: "ot",
          to: "senior",
          prerequisites: [
            gap,
            { type: "statutory-registration", note: "Registered." },
            { type: "holds", anyOf: ["emhp"], note: "Been an EMHP." },
            { type: "other", note: "Right to work." },
          ],
        },
      ],
    );
    const route = findRoutes(graph, { from: ["s"], to: "senior" }).routes[0]!;
    const words = route.steps.flatMap((step) =>
      step.appliedPrerequisites.map((rule) => stepRuleText(graph, route, step, rule)),
    );
    expect(words).toEqual([
      "Work 1 year as an Education mental health practitioner first. A year in post.",
      // 12 months of training, then 12 in post and 12 of the step: the gap has run.
      "Two-year rule. The earlier steps already take long enough.",
      "Registered. Met: Occupational therapist registers with HCPC.",
      "Been an EMHP. Met by: Education mental health practitioner.",
      "Right to work.",
    ]);
    const fromOwnTraining = findRoutes(graph, { from: ["emhp"], to: "senior" }).routes[0]!;
    const step = fromOwnTraining.steps[1]!;
    // A year in post and a year of the step: the person's own training ended long enough before.
    expect(stepRuleText(graph, fromOwnTraining, step, step.appliedPrerequisites[0]!)).toBe(
      "Two-year rule. Already met: your NHS-funded training as an Education mental health practitioner ended long enough before.",
    );
  });
});
