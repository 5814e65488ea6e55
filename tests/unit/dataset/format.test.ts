/**
 * The dataset format: a format 1 file (psychology's stages, kinds and pay scale built in) is read as format 2,
 * and a format 2 dataset declares its own stages, route kinds and pay scales, which every role and route must
 * use.
 */
import { describe, expect, it } from "vitest";
import { prepareCareerData } from "../../../src/core/career-data";
import { AGENDA_FOR_CHANGE, FORMAT_1_ROUTE_KINDS, FORMAT_1_STAGES } from "../../../src/core/dataset/format-1";
import { idFromTitle, migrateDataset } from "../../../src/core/dataset/migrate";
import type { Dataset } from "../../../src/core/dataset/schema";
import { validateDataset } from "../../../src/core/validate/validate-dataset";
import { validatePayTable } from "../../../src/core/validate/validate-pay-table";
import { readJson } from "../../support/bundled-data";

const fixture = (name: string) => readJson(`tests/fixtures/datasets/${name}.json`) as Record<string, unknown>;
/** A copy of the format 2 fixture, to break one thing in. */
const formatTwo = () => structuredClone(fixture("valid-format-2")) as unknown as Dataset;
const codesAndPaths = (raw: unknown) =>
  validateDataset(raw).problems.map(({ code, path }) => ({ code, path }));

describe("reading a format 1 file", () => {
  it("declares what format 1 built in, and says the file was format 1", () => {
    const result = validateDataset(fixture("valid-minimal"));
    expect(result.ok && result.fromVersion).toBe(1);
    const dataset = result.dataset!;
    expect(dataset.formatVersion).toBe(2);
    expect(dataset.stages).toEqual(FORMAT_1_STAGES);
    expect(dataset.routeKinds).toEqual(FORMAT_1_ROUTE_KINDS);
    expect(dataset.payScales).toEqual([AGENDA_FOR_CHANGE]);
    expect(dataset.meta).toMatchObject({ id: "minimal-careers-map", name: "Minimal careers map" });
  });

  it("puts consultant roles in the advanced column, and makes the NHS Health Careers link one of a list", () => {
    const raw = fixture("valid-minimal") as { roles: Record<string, unknown>[] };
    raw.roles[1]!.stage = "consultant";
    raw.roles[1]!.caveats = [{ field: "links.healthCareers", confidence: "inferred", note: "A guess." }];
    const migration = migrateDataset(raw);
    const role = (migration.ok ? (migration.value as typeof raw) : raw).roles[1]!;
    expect(role.stage).toBe("advanced");
    expect(role.links).toEqual([
      { title: "Senior practitioner on NHS Health Careers", url: "https://www.healthcareers.nhs.uk/example" },
    ]);
    expect(role.caveats).toEqual([{ field: "links", confidence: "inferred", note: "A guess." }]);
    expect(validateDataset(raw).problems).toEqual([]);
  });

  it("leaves a format 2 file as it is, and refuses a format it does not know yet", () => {
    const current = fixture("valid-format-2");
    expect(migrateDataset(current)).toEqual({ ok: true, value: current, fromVersion: 2 });
    expect(codesAndPaths({ ...current, formatVersion: 3 })).toEqual([
      { code: "unsupported-format-version", path: "$.formatVersion" },
    ]);
    expect(codesAndPaths({ ...current, formatVersion: "2" })).toContainEqual({
      code: "invalid-value",
      path: "$.formatVersion",
    });
  });

  it("makes a kebab-case id from any title", () => {
    expect(idFromTitle("Pharmacy careers (England): an example")).toBe("pharmacy-careers-england-an-example");
    expect(idFromTitle("Ergothérapie")).toBe("ergotherapie");
    expect(idFromTitle("!!!")).toBe("dataset");
  });
});

describe("a format 2 dataset", () => {
  it("may declare stages, route kinds and a pay scale of its own, and leave out age groups", () => {
    const result = validateDataset(fixture("valid-format-2"));
    expect(result.problems).toEqual([]);
    expect(result.dataset?.stages.map((s) => s.name)).toEqual(["Learning the job", "Qualified", "Leading"]);
    expect(result.dataset?.roles[1]?.ageGroups).toEqual([]);
  });

  it("reports a stage, route kind or pay scale it does not declare, with the closest it does", () => {
    const dataset = formatTwo();
    dataset.roles[0]!.stage = "qualifed";
    dataset.routes[0]!.kind = "courses";
    dataset.roles[1]!.pay = { scale: "example-scales", qualified: { min: "B", max: "B" } };
    const problems = validateDataset(dataset).problems;
    expect(problems.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "unknown-stage", path: "$.roles[0].stage" },
      { code: "unknown-pay-scale", path: "$.roles[1].pay.scale" },
      { code: "unknown-route-kind", path: "$.routes[0].kind" },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('Did you mean "qualified"?'),
      expect.stringContaining('Did you mean "example-scale"?'),
      expect.stringContaining('Did you mean "course"?'),
    ]);
  });

  it("checks bands against the role's own scale, and orders them by it", () => {
    const dataset = formatTwo();
    dataset.roles[0]!.pay = { scale: "example-scale", qualified: { min: "5", max: "5" } };
    dataset.roles[1]!.pay = { scale: "example-scale", qualified: { min: "C", max: "B" } };
    expect(codesAndPaths(dataset)).toEqual([
      { code: "unknown-band", path: "$.roles[0].pay.qualified.min" },
      { code: "unknown-band", path: "$.roles[0].pay.qualified.max" },
      { code: "band-range-reversed", path: "$.roles[1].pay.qualified" },
    ]);
  });

  it("asks an apprenticeship kind's routes to name their apprenticeship, whatever the kind is called", () => {
    const dataset = formatTwo();
    dataset.routeKinds[0] = { id: "course", name: "Course", category: "apprenticeship" };
    expect(codesAndPaths(dataset)).toEqual([
      { code: "apprenticeship-details-missing", path: "$.routes[0].apprenticeship" },
    ]);
  });

  it("keeps the names of pay that is not a scale, and lists each band and id once", () => {
    const dataset = formatTwo();
    dataset.payScales.push({ id: "voluntary", name: "Unpaid", bands: ["A"] });
    dataset.payScales[0]!.bands.push("A");
    dataset.stages.push({ id: "learning", name: "Again" });
    expect(codesAndPaths(dataset)).toEqual([
      { code: "duplicate-id", path: "$.stages[3].id" },
      { code: "invalid-value", path: "$.payScales[0].bands[3]" },
      { code: "invalid-id", path: "$.payScales[1].id" },
    ]);
  });

  it("reports a role's pay that fits no form by the form it came closest to", () => {
    const dataset = formatTwo() as unknown as { roles: { pay: unknown }[] };
    dataset.roles[0]!.pay = { scale: "example-scale", qualified: { min: "B", max: 3 } };
    expect(codesAndPaths(dataset)).toEqual([{ code: "wrong-type", path: "$.roles[0].pay.qualified.max" }]);
    dataset.roles[0]!.pay = { scale: "other" };
    expect(codesAndPaths(dataset)).toEqual([{ code: "missing-field", path: "$.roles[0].pay.name" }]);
  });
});

describe("a pay table for a dataset's own scale", () => {
  const table = {
    scale: "example-scale",
    payYear: "2026/27",
    region: "England",
    sources: [{ id: "s", title: "S", url: "https://example.org/s", seen: "2026-11-21" }],
    bands: [
      { band: "A", minPounds: 20000, maxPounds: 22000 },
      { band: "B", minPounds: 23000, maxPounds: 26000 },
      { band: "C", minPounds: 27000, maxPounds: 30000 },
    ],
  };

  it("is checked against the scale the dataset declares", () => {
    const { payScales } = formatTwo();
    expect(validatePayTable(table, payScales).problems).toEqual([]);
    const short = { ...table, bands: [table.bands[1]!, table.bands[0]!] };
    expect(validatePayTable(short, payScales).problems.map((p) => [p.code, p.id])).toEqual([
      ["pay-bands-out-of-order", "A"],
      ["pay-band-missing", "C"],
    ]);
  });

  it("loads with its dataset, and a table for another scale loads too but prices no role", () => {
    expect(prepareCareerData(fixture("valid-format-2"), table).ok).toBe(true);
    expect(prepareCareerData(fixture("valid-format-2"), readJson("data/pay-bands.json")).ok).toBe(true);
  });
});
