/**
 * The example datasets in data/examples/ show that the app can load another profession's careers. Each must
 * pass the same validator as the bundled data, be big enough to draw a useful map, and cite every source it
 * lists; the pharmacy example must also give the route finder a way to become a pharmacist.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/core/dataset/schema";
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
    it("passes the validator with no problems", () => {
      const result = validateDataset(readJson(join(EXAMPLES_DIR, name)));
      expect(result.problems).toEqual([]);
      expect(result.ok).toBe(true);
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
