import { describe, expect, it } from "vitest";
import { EMPTY_PLAN, PLAN_ROUTES, type PlanParams } from "../../../src/core/url/plan";
import {
  adoptLegacyPlans,
  makeSavedPlan,
  parseSavedPlans,
  parseStoredPlans,
  storedPlansText,
  savedPlansKey,
} from "../../../src/features/plan/saved-plans";
import { loadBundledCareerData } from "../../support/bundled-data";

describe("saved plans", () => {
  const plan: PlanParams = { ...EMPTY_PLAN, from: ["gcses"], to: "mental-health-nurse" };

  it("makes a record with an id, a title and the time it was saved", () => {
    const saved = makeSavedPlan(
      plan,
      "GCSEs → Mental health nurse",
      new Date("2026-11-21T10:00:00Z"),
      () => 0.5,
    );
    expect(saved).toMatchObject({
      title: "GCSEs → Mental health nurse",
      savedAt: "2026-11-21T10:00:00.000Z",
      plan,
    });
    expect(saved.id).toMatch(/^[a-z0-9-]+$/);
  });

  it("keeps only well-formed plans from storage and drops the rest", () => {
    const good = makeSavedPlan(plan, "A plan", new Date("2026-11-21T10:00:00Z"));
    const stored = [
      good,
      { ...good, id: "BAD ID" },
      { id: "x" },
      "junk",
      null,
      { ...good, plan: { ...good.plan, prefer: "cheapest" } },
      good,
    ];
    expect(parseSavedPlans(stored)).toEqual([good]);
    expect(parseSavedPlans({ not: "a list" })).toEqual([]);
    expect(parseSavedPlans(undefined)).toEqual([]);
  });

  it("keeps a chosen route only if the planner shows that many routes", () => {
    const good = makeSavedPlan(plan, "A plan", new Date("2026-11-21T10:00:00Z"));
    const chosen = (n: number) => ({ ...good, id: `plan-${n}`, plan: { ...good.plan, chosen: n } });
    expect(parseSavedPlans([chosen(PLAN_ROUTES - 1), chosen(PLAN_ROUTES), chosen(9)])).toEqual([
      chosen(PLAN_ROUTES - 1),
    ]);
  });

  it("reads back what it stores, and knows a list written by a newer version", () => {
    const good = makeSavedPlan(plan, "A plan", new Date("2026-11-21T10:00:00Z"));
    expect(parseStoredPlans(storedPlansText([good]))).toEqual({
      plans: [good],
      writtenByNewerVersion: false,
    });
    const newer = JSON.stringify({ state: { savedPlans: [good] }, version: 2 });
    expect(parseStoredPlans(newer)).toEqual({ plans: [good], writtenByNewerVersion: true });
    for (const junk of [null, "", "not json", "null", "[]", '{"state":null}'])
      expect(parseStoredPlans(junk)).toEqual({ plans: [], writtenByNewerVersion: false });
  });

  it("keeps each dataset's plans under its own key", () => {
    const { dataset } = loadBundledCareerData();
    expect(savedPlansKey(dataset)).toBe("careers-map:saved-plans:psychological-professions");
    expect(savedPlansKey({ meta: { ...dataset.meta, id: "pharmacy" } })).toBe(
      "careers-map:saved-plans:pharmacy",
    );
  });

  it("gives a dataset the plans saved before plans were kept per dataset, if it knows every place they name", () => {
    const { graph } = loadBundledCareerData();
    const now = new Date("2026-11-21T10:00:00Z");
    const ours = makeSavedPlan({ ...EMPTY_PLAN, from: ["gcses"], to: "mental-health-nurse" }, "Ours", now);
    const theirs = makeSavedPlan({ ...EMPTY_PLAN, from: ["a-levels"], to: "pharmacist" }, "Theirs", now);
    const { adopted, kept } = adoptLegacyPlans([ours, theirs], (id) => graph.nodes.has(id));
    expect(adopted).toEqual([ours]);
    expect(kept).toEqual([theirs]);
  });
});
