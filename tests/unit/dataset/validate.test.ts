import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { datasetJsonSchema } from "../../../src/core/dataset/json-schema";
import { MAX_MONTHS } from "../../../src/core/dataset/schema";
import { validateDataset } from "../../../src/core/validate/validate-dataset";
import { readJson } from "../../support/bundled-data";

const fixture = (name: string) => readJson(`tests/fixtures/datasets/${name}.json`);
const codesAndPaths = (raw: unknown) =>
  validateDataset(raw).problems.map(({ code, path }) => ({ code, path }));

describe("validateDataset", () => {
  it("accepts the minimal valid fixture and fills in defaults", () => {
    const result = validateDataset(fixture("valid-minimal"));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    const role = result.dataset?.roles[0];
    expect(role?.otherNames).toEqual([]);
    expect(role?.caveats).toEqual([]);
    expect(result.dataset?.routes[0]?.nhsFundedPsychologicalTraining).toBe(false);
  });

  it("accepts the bundled dataset", () => {
    expect(validateDataset(readJson("data/careers.json")).problems).toEqual([]);
  });

  // One fixture per rule: each breaks exactly one thing, and exactly the expected problems come back.
  it.each([
    ["duplicate-id", [{ code: "duplicate-id", path: "$.roles[2].id" }]],
    ["unknown-node", [{ code: "unknown-node", path: "$.routes[2].from[0]" }]],
    ["self-loop", [{ code: "self-loop", path: "$.routes[2].to" }]],
    ["duration-min-above-max", [{ code: "duration-min-above-max", path: "$.routes[0].durationMonths" }]],
    ["band-range-reversed", [{ code: "band-range-reversed", path: "$.roles[1].pay.qualified" }]],
    [
      "training-band-above-qualified",
      [{ code: "training-band-above-qualified", path: "$.roles[0].pay.whileTraining" }],
    ],
    [
      "unreachable-role",
      [
        { code: "unreachable-role", path: "$.roles[0]" },
        { code: "unreachable-role", path: "$.roles[1]" },
      ],
    ],
    ["missing-source", [{ code: "missing-source", path: "$.roles[0].sources" }]],
    ["unknown-source", [{ code: "unknown-source", path: "$.routes[0].sources[0]" }]],
    // The fixtures are format 1: problems are reported against the format they are read as (links became a list).
    ["link-not-https", [{ code: "link-not-https", path: "$.roles[1].links[0].url" }]],
    [
      "invalid-id",
      [
        { code: "invalid-id", path: "$.startingPoints[0].id" },
        { code: "invalid-id", path: "$.routes[0].from[0]" },
      ],
    ],
    ["unknown-family", [{ code: "unknown-family", path: "$.roles[0].family" }]],
    [
      "apprenticeship-details-missing",
      [{ code: "apprenticeship-details-missing", path: "$.routes[0].apprenticeship" }],
    ],
    [
      "missing-fact-without-caveat",
      [{ code: "missing-fact-without-caveat", path: "$.routes[0].durationMonths" }],
    ],
    ["caveat-unknown-field", [{ code: "caveat-unknown-field", path: "$.roles[0].caveats[0].field" }]],
    ["registration-rule-unmet", [{ code: "registration-rule-unmet", path: "$.routes[2].from[0]" }]],
    ["invalid-format", [{ code: "invalid-format", path: "$.sources[0].seen" }]],
    ["out-of-range", [{ code: "out-of-range", path: "$.routes[0].durationMonths.min" }]],
    [
      "schema",
      [
        { code: "missing-field", path: "$.roles[0].title" },
        { code: "unknown-field", path: "$.roles[0].x" },
        { code: "wrong-type", path: "$.routes[0].durationMonths.min" },
        { code: "invalid-value", path: "$.routes[0].funding" },
      ],
    ],
  ])("reports %s with its code and path", (name, expected) => {
    expect(codesAndPaths(fixture(`bad-${name}`))).toEqual(expected);
  });

  it("reports every problem at once, each with the id involved and an actionable message", () => {
    const { ok, problems } = validateDataset(fixture("bad-several-problems"));
    expect(ok).toBe(false);
    expect(problems.map((p) => [p.code, p.id])).toEqual([
      ["missing-source", "trainee-role"],
      ["duration-min-above-max", "into-practice"],
      ["unknown-node", "step-up"],
      ["unreachable-role", "senior-role"],
    ]);
    expect(problems[1]?.message).toBe(
      "The shortest length (9 months) is longer than the longest (3 months): swap them.",
    );
  });

  it("checks a caveat's whole field path, and suggests the field meant", () => {
    const raw = fixture("valid-minimal") as { roles: { caveats?: unknown[] }[] };
    raw.roles[0]!.caveats = [
      { field: "pay.qualifed", confidence: "unverified", note: "Typo in the nested field." },
      { field: "pay.qualified", confidence: "unverified", note: "Fine." },
      { field: "links.healthCareers", confidence: "inferred", note: "Fine too." },
    ];
    const problems = validateDataset(raw).problems;
    expect(problems.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "caveat-unknown-field", path: "$.roles[0].caveats[0].field" },
    ]);
    expect(problems[0]?.message).toContain('Did you mean "pay.qualified"?');
  });

  it("treats built-in object names (constructor, toString) as unknown fields, not as schema fields", () => {
    const raw = fixture("valid-minimal") as { roles: { caveats?: unknown[] }[] };
    raw.roles[0]!.caveats = [
      { field: "constructor.name", confidence: "unverified", note: "Not a field." },
      { field: "pay.toString", confidence: "unverified", note: "Nor this." },
      { field: "hasOwnProperty", confidence: "unverified", note: "Nor this." },
    ];
    expect(codesAndPaths(raw)).toEqual([
      { code: "caveat-unknown-field", path: "$.roles[0].caveats[0].field" },
      { code: "caveat-unknown-field", path: "$.roles[0].caveats[1].field" },
      { code: "caveat-unknown-field", path: "$.roles[0].caveats[2].field" },
    ]);
  });

  it("caps months, which the route finder keeps in 32-bit integers, with a clear message", () => {
    const raw = fixture("valid-minimal") as {
      routes: { durationMonths?: unknown; prerequisites?: unknown[] }[];
    };
    raw.routes[0]!.durationMonths = { min: 12, max: 3_000_000_000 };
    raw.routes[1]!.prerequisites = [
      { type: "gap-after-funded-training", months: MAX_MONTHS + 1, note: "Far too long." },
    ];
    const problems = validateDataset(raw).problems;
    expect(problems.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "out-of-range", path: "$.routes[0].durationMonths.max" },
      { code: "out-of-range", path: "$.routes[1].prerequisites[0].months" },
    ]);
    expect(problems[0]?.message).toBe(`"max" must be at most ${MAX_MONTHS}, not 3000000000.`);
    raw.routes[0]!.durationMonths = { min: MAX_MONTHS, max: MAX_MONTHS };
    raw.routes[1]!.prerequisites = [];
    expect(validateDataset(raw).problems).toEqual([]);
  });

  it("accepts a missing fact only with a not-found caveat", () => {
    const raw = fixture("bad-missing-fact-without-caveat") as { routes: { caveats?: unknown[] }[] };
    raw.routes[0]!.caveats = [{ field: "durationMonths", confidence: "unverified", note: "Guessing." }];
    expect(codesAndPaths(raw)).toEqual([
      { code: "missing-fact-without-caveat", path: "$.routes[0].durationMonths" },
    ]);
    raw.routes[0]!.caveats = [
      { field: "durationMonths", confidence: "not-found", note: "Searched; no length published." },
    ];
    expect(codesAndPaths(raw)).toEqual([]);
  });

  it("says what a badly written date and a number out of range should be", () => {
    expect(validateDataset(fixture("bad-invalid-format")).problems[0]?.message).toBe(
      '"seen" "21/11/2026" must be a date written YYYY-MM-DD.',
    );
    expect(validateDataset(fixture("bad-out-of-range")).problems[0]?.message).toBe(
      '"min" must be at least 0, not -3.',
    );
    const raw = fixture("valid-minimal") as { routes: Record<string, unknown>[] };
    raw.routes[0]!.qualification = { name: "A doctorate and then some", framework: "RQF", level: 9 };
    expect(validateDataset(raw).problems.map(({ code, message }) => ({ code, message }))).toEqual([
      { code: "out-of-range", message: '"level" must be at most 8, not 9.' },
    ]);
  });

  it("suggests the closest id for a misspelt reference", () => {
    const [problem] = validateDataset(fixture("bad-unknown-node")).problems;
    expect(problem?.message).toContain('Did you mean "trainee-role"?');
  });

  it("says why layout fields do not belong in the data", () => {
    const [, problem] = validateDataset(fixture("bad-schema")).problems;
    expect(problem?.message).toMatch(/layout and on-screen state do not belong in the dataset/);
  });

  it.each([null, 42, "roles", [1, 2]])("rejects a root that is not an object (%j)", (raw) => {
    expect(codesAndPaths(raw)).toEqual([{ code: "not-an-object", path: "$" }]);
  });

  it("reports missing collections without crashing", () => {
    expect(
      codesAndPaths({ meta: { title: "t", description: "d", region: "r", lastReviewed: "2026-01-01" } }),
    ).toEqual([
      { code: "missing-field", path: "$.families" },
      { code: "missing-field", path: "$.sources" },
      { code: "missing-field", path: "$.startingPoints" },
      { code: "missing-field", path: "$.roles" },
      { code: "missing-field", path: "$.routes" },
    ]);
  });

  it("needs at least one family, as the published JSON Schema does", () => {
    const raw = fixture("valid-minimal") as { families: unknown[]; roles: unknown[]; routes: unknown[] };
    raw.families = [];
    const problems = validateDataset(raw).problems;
    expect(problems[0]).toMatchObject({ code: "out-of-range", path: "$.families" });
    expect(problems[0]?.message).toBe('"families" name at least one family.');
    expect(new Ajv2020({ strict: false }).validate(datasetJsonSchema(), raw)).toBe(false);
  });

  it("reports an entry that is not an object and keeps checking the rest", () => {
    const raw = fixture("valid-minimal") as { roles: unknown[] };
    raw.roles.push("a stray string");
    expect(codesAndPaths(raw)).toEqual([{ code: "not-an-object", path: "$.roles[2]" }]);
  });
});
