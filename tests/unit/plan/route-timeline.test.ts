import { describe, expect, it } from "vitest";
import { findRoutes } from "../../../src/core/route";
import {
  hardestCompetition,
  routeTimeline,
  timelineMonths,
  timelineText,
} from "../../../src/core/plan/route-timeline";
import { makeGraph } from "../../support/route-graphs";
import { loadBundledCareerData } from "../../support/bundled-data";

describe("a route as a timeline", () => {
  it("lays out waits before their steps in the minimum count, and keeps the typical end beside it", () => {
    const graph = makeGraph(
      [{ id: "s", start: true }, { id: "a", bands: { qualified: { min: "4", max: "4" } } }, { id: "goal" }],
      [
        { id: "s-a", from: "s", to: "a", months: [24, 36] },
        {
          id: "a-goal",
          from: "a",
          to: "goal",
          months: 12,
          prerequisites: [
            {
              type: "experience-in-role",
              months: 12,
              typicalMonths: { min: 24, max: 24 },
              note: "A year in post.",
            },
          ],
        },
      ],
    );
    const [route] = findRoutes(graph, { from: ["s"], to: "goal" }).routes;
    const timeline = routeTimeline(route!);
    expect(timeline.segments.map(({ type, start, end }) => [type, start, end])).toEqual([
      ["step", 0, 24],
      ["wait", 24, 36],
      ["step", 36, 48],
    ]);
    expect(timeline.minimumEnd).toBe(48);
    expect(timeline.typicalEnd).toEqual({ min: 60, max: 72 });
    expect(timeline.pay).toEqual([
      { at: 24, band: { min: "4", max: "4" }, whileTraining: false, step: 0 },
      { at: 48, band: { min: "5", max: "5" }, whileTraining: false, step: 1 },
    ]);
    expect(timelineMonths([route!])).toBe(72);
  });

  it("draws a step of unknown length as a point, and says so", () => {
    const graph = makeGraph(
      [{ id: "s", start: true }, { id: "goal" }],
      [{ id: "s-goal", from: "s", to: "goal", months: null }],
    );
    const result = findRoutes(graph, { from: ["s"], to: "goal" });
    const route = result.routes[0] ?? result.unknownLengthRoutes[0]!;
    const timeline = routeTimeline(route);
    expect(timeline.segments).toEqual([
      { type: "step", step: 0, start: 0, end: 0, funding: "salaried-trainee-post", lengthUnknown: true },
    ]);
    expect(timeline.unknownLengthSteps).toBe(1);
  });

  it("finds the doctorate as the hardest step to get into on the way to clinical psychology", () => {
    const { graph } = loadBundledCareerData();
    const [route] = findRoutes(graph, { from: ["gcses"], to: "clinical-psychologist" }).routes;
    const hardest = hardestCompetition(route!);
    expect(route!.steps[hardest!.step]!.to).toBe("clinical-psychologist");
    expect(hardest!.competition.year).toBe("2020");
    expect(hardestCompetition({ ...route!, steps: route!.steps.slice(0, 1) })).toBeNull();
  });
});

describe("a timeline in words", () => {
  it("says where each step and wait falls, in years, and the time in both counts", () => {
    const { graph } = loadBundledCareerData();
    const [route] = findRoutes(graph, { from: ["gcses"], to: "clinical-psychologist" }).routes;
    expect(timelineText(route!)).toBe(
      "A-levels or other Level 3 qualifications, now to 2 years; Psychology degree with GBC, 2 to 5 years; " +
        "wait or gain experience, 5 to 6 years; Clinical psychologist, 6 to 9 years. " +
        "At least 9 years; typically 10 to 12 years.",
    );
  });
});
