import { describe, expect, it } from "vitest";
import { runScript } from "../../support/run-script";

describe("npm run validate:data", () => {
  it("checks the bundled dataset and pay table by default and exits 0", () => {
    const run = runScript("validate-data.ts", []);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /✓ data\/careers\.json: valid \(\d+ roles, \d+ starting points, \d+ routes, \d+ sources\)/,
    );
    expect(run.stdout).toMatch(/✓ data\/pay-bands\.json: valid \(pay table for 2025\/26, 11 bands\)/);
  });

  it("lists every problem of a bad file readably and exits 1", () => {
    const run = runScript("validate-data.ts", ["tests/fixtures/datasets/bad-several-problems.json"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("✗ tests/fixtures/datasets/bad-several-problems.json: 4 problems");
    expect(run.stdout).toContain("unknown-node  $.routes[1].from[0]  (step-up)");
    expect(run.stdout).toContain('The route starts from "nowhere", which is not a role or starting point.');
  });

  it("exits 2 with the line and column when the file is not JSON", () => {
    const run = runScript("validate-data.ts", ["tests/fixtures/datasets/not-json.json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Not valid JSON at line 1, column 32/);
  });

  it("exits 2 when the file cannot be read", () => {
    const run = runScript("validate-data.ts", ["tests/fixtures/datasets/no-such-file.json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("cannot be read");
  });

  it("exits with the worst result when given several files", () => {
    const run = runScript("validate-data.ts", [
      "tests/fixtures/datasets/valid-minimal.json",
      "tests/fixtures/datasets/bad-self-loop.json",
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("✓ tests/fixtures/datasets/valid-minimal.json");
  });
});
