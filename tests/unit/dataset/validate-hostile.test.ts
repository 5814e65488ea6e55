/**
 * Datasets built to mislead: each of these was accepted, or echoed whole, before the validator was hardened
 * (the second outside review). A valid dataset is the minimal fixture with one thing changed.
 */
import { describe, expect, it } from "vitest";
import { forTerminal, formatProblems } from "../../../src/core/dataset/problems";
import { parseJsonText } from "../../../src/core/dataset/parse-json";
import { validateDataset } from "../../../src/core/validate/validate-dataset";
import { readJson } from "../../support/bundled-data";
import { runScript } from "../../support/run-script";

type Fixture = Record<string, unknown> & {
  sources: { url: string }[];
  roles: Record<string, unknown>[];
  routes: Record<string, unknown>[];
  startingPoints: Record<string, unknown>[];
};
const minimal = () => readJson("tests/fixtures/datasets/valid-minimal.json") as Fixture;
const problemsOf = (data: unknown) =>
  validateDataset(data).problems.map(({ code, path }) => ({ code, path }));

describe("validateDataset refuses data built to mislead", () => {
  it("refuses a link that hides where it goes behind a user name or password", () => {
    for (const url of ["https://user:pass@example.org/a", "https://www.healthcareers.nhs.uk@other.host/"]) {
      const data = minimal();
      data.sources[0]!.url = url;
      const { problems } = validateDataset(data);
      expect(problems.map(({ code, path }) => ({ code, path }))).toEqual([
        { code: "invalid-format", path: "$.sources[0].url" },
      ]);
      expect(problems[0]!.message).toContain("must not hold a user name or password");
    }
  });

  it("refuses text-direction and control characters, and text made only of invisible characters", () => {
    const cases: [string, string][] = [
      ["Practi\u202etioner", "control or text-direction"],
      ["Practitioner\u001b[32m", "control or text-direction"],
      ["\u200b\u200b\u2060", "visible characters"],
      ["\u00ad ", "visible characters"],
    ];
    for (const [title, words] of cases) {
      const data = minimal();
      data.roles[0]!.title = title;
      const { problems } = validateDataset(data);
      expect(problems.map((p) => p.path)).toEqual(["$.roles[0].title"]);
      expect(problems[0]!.message).toContain(words);
    }
  });

  it("refuses an id of a million characters, and never repeats it whole", () => {
    const data = minimal();
    const id = "a".repeat(1_000_000);
    data.startingPoints[0]!.id = id;
    const { problems } = validateDataset(data);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.code === "out-of-range" && p.path === "$.startingPoints[0].id")).toBe(true);
    for (const p of problems) {
      expect(p.id?.length ?? 0).toBeLessThanOrEqual(80);
      expect(p.message.length).toBeLessThanOrEqual(600);
      expect(p.path.length).toBeLessThanOrEqual(200);
    }
  });

  it("finds a role that routes lead to only through a holds rule nobody can meet", () => {
    const data = minimal();
    // A second route into the senior role, and a way on from it to a lead role that asks for being a lead.
    data.roles.push({ ...data.roles[1], id: "lead-role", title: "Lead practitioner" });
    data.routes.push({
      ...data.routes[1],
      id: "to-lead",
      from: ["senior-role"],
      to: "lead-role",
      prerequisites: [{ type: "holds", anyOf: ["lead-role"], note: "Must already be a lead." }],
    });
    expect(problemsOf(data)).toEqual([{ code: "unreachable-role", path: "$.roles[2]" }]);
  });

  it("writes problems for a terminal with control characters shown, not acted on", () => {
    const line = formatProblems([
      {
        code: "invalid-id",
        path: "$.roles[0].id",
        id: "x\r✓ data/careers.json: valid\u001b[2K",
        message: "m",
      },
    ]);
    expect(line.includes("\r") || line.includes("\u001b")).toBe(false);
    expect(line).toContain("x\\u{d}✓ data/careers.json: valid\\u{1b}[2K");
    expect(forTerminal("two\nlines")).toBe("two\nlines");
  });
});

describe("a file with a byte-order mark", () => {
  it("is read alike by the app's parser and the command line", () => {
    expect(parseJsonText('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    const run = runScript("validate-data.ts", ["tests/fixtures/datasets/valid-minimal-bom.json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("valid");
  });
});
