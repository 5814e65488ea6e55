/**
 * The example datasets in data/examples/ show that the app can load another profession's careers: pharmacy in
 * psychology's shape, and allied health in its own (its own stages, route kinds and no age groups). Each must
 * pass the same validator as the bundled data, in the current format, be big enough to draw a useful map, and
 * cite every source it lists; the route finder must find the routes each is about.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FORMAT_VERSION, type Dataset } from "../../../src/core/dataset/schema";
import { validateDataset } from "../../../src/core/validate/validate-dataset";
import { buildCareerGraph } from "../../../src/core/graph/career-graph";
import { findRoutes } from "../../../src/core/route";
import { readJson } from "../../support/bundled-data";

const EXAMPLES_DIR = "data/examples";
const exampleFiles = readdirSync(EXAMPLES_DIR)
  .filter((name) => name.endsWith(".json"))
  .sort();

function loadExample(name: string): Dataset {
  const result = validateDataset(readJson(join(EXAMPLES_DIR, name)));
  if (!result.ok) {
    throw new Error(`${name} is not valid:\n${result.problems.map((p) => `${p.code} ${p.path}`).join("\n")}`);
  }
  return result.dataset;
}

describe("example datasets", () => {
  it("includes at least one dataset", () => {
    expect(exampleFiles.length).toBeGreaterThan(0);
  });

  describe.each(exampleFiles)("%s", (name) => {
    it("passes the validator with no problems, written in the current format", () => {
      const result = validateDataset(readJson(join(EXAMPLES_DIR, name)));
      expect(result.problems).toEqual([]);
      expect(result.ok && result.fromVersion).toBe(FORMAT_VERSION);
    });

    it("names itself, and uses every stage and route kind it declares", () => {
      const dataset = loadExample(name);
      expect(dataset.meta.name).not.toBe("");
      expect(
        dataset.stages.map((s) => s.id).filter((id) => !dataset.roles.some((r) => r.stage === id)),
      ).toEqual([]);
      expect(
        dataset.routeKinds.map((k) => k.id).filter((id) => !dataset.routes.some((r) => r.kind === id)),
      ).toEqual([]);
    });

    it("has at least five roles", () => {
      expect(loadExample(name).roles.length).toBeGreaterThanOrEqual(5);
    });

    it("cites every source it lists", () => {
      const dataset = loadExample(name);
      const cited = new Set<string>();
      for (const item of [...dataset.startingPoints, ...dataset.roles, ...dataset.routes]) {
        for (const id of item.sources) cited.add(id);
        for (const caveat of item.caveats) for (const id of caveat.sources ?? []) cited.add(id);
      }
      expect(dataset.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
    });
  });
});

describe("pharmacy careers example", () => {
  const dataset = loadExample("pharmacy-careers.json");
  const graph = buildCareerGraph(dataset);

  it("finds a route from A-levels to pharmacist through the MPharm and the foundation training year", () => {
    const result = findRoutes(graph, { from: ["a-levels"], to: "pharmacist" });
    expect(result.routes.length).toBeGreaterThanOrEqual(1);
    expect(result.routes[0]?.steps.map((step) => step.routeId)).toEqual([
      "mpharm",
      "foundation-training-year",
    ]);
  });

  it("finds a route from GCSEs to pharmacist, through pharmacy technician", () => {
    const result = findRoutes(graph, { from: ["gcses"], to: "pharmacist" });
    expect(result.routes.length).toBeGreaterThanOrEqual(1);
    expect(result.routes[0]?.steps.map((step) => step.routeId)).toContain("technician-to-mpharm");
  });
});

describe("allied health careers example", () => {
  const dataset = loadExample("allied-health-careers.json");
  const graph = buildCareerGraph(dataset);

  it("is shaped differently from psychology's: its own stages and route kinds, and no age groups", () => {
    expect(dataset.stages.map((s) => s.name)).toEqual([
      "Support roles",
      "Registered professionals",
      "Advanced practice",
      "Consultant practice",
    ]);
    expect(dataset.routeKinds.map((k) => k.id)).toContain("preceptorship");
    expect(dataset.roles.every((r) => r.ageGroups.length === 0)).toBe(true);
  });

  it("finds the ambulance route to paramedic: emergency care assistant, two years in post, the apprenticeship, the preceptorship", () => {
    const result = findRoutes(graph, { from: ["gcses"], to: "paramedic" });
    const best = result.routes[0]!;
    expect(best.steps.map((step) => step.routeId)).toEqual([
      "eca-post",
      "paramedic-apprenticeship",
      "paramedic-preceptorship",
    ]);
    expect(best.steps[1]!.wait).toEqual({ minimum: 24, typical: { min: 24, max: 24 } });
  });

  it("lets a therapy support worker earn while learning to be a physiotherapist", () => {
    const result = findRoutes(graph, {
      from: ["therapy-support-worker", "a-levels"],
      to: "physiotherapist",
      prefer: "earn-while-learning",
    });
    expect(result.routes[0]!.steps.map((step) => step.routeId)).toEqual(["physiotherapy-apprenticeship"]);
  });
});
