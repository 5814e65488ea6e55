import { describe, expect, it } from "vitest";
import { runScript } from "../../support/run-script";

describe("npm run route", () => {
  it("prints readable routes for titles typed in any case, and exits 0", () => {
    const run = runScript("route.ts", [
      "--from",
      "psychology degree with GBC",
      "--to",
      "clinical psychologist",
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("From Psychology degree with GBC to Clinical psychologist");
    expect(run.stdout).toMatch(/Best route: \d+ months/);
    expect(run.stdout).toContain("Doctorate in Clinical Psychology");
  });

  it("shows the two-year wait for someone who is a PWP now, and its end with --experience", () => {
    const args = ["--from", "PWP", "--from", "psychology degree with GBC", "--to", "clinical psychologist"];
    const run = runScript("route.ts", args);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Best route: 60 months/);
    expect(run.stdout).toContain("Wait 24 months first");
    expect(run.stdout).toContain(
      "24 months must pass after your NHS-funded training as a Psychological wellbeing practitioner ends",
    );
    const experienced = runScript("route.ts", [...args, "--experience", "PWP=30", "--alternatives", "0"]);
    expect(experienced.stdout).toMatch(/Best route: 36 months/);
    expect(experienced.stdout).not.toContain("Wait 24 months first");
  });

  it("prints one JSON object with the documented fields", () => {
    const run = runScript("route.ts", [
      "--from",
      "gcses",
      "--from",
      "lived-experience",
      "--to",
      "PWP",
      "--prefer",
      "earn-while-learning",
      "--alternatives",
      "2",
      "--json",
    ]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as {
      from: string[];
      to: string;
      routes: { steps: Record<string, unknown>[]; totalMonths: { min: number; max: number } }[];
      reason: string | null;
    };
    expect(result.from).toEqual(["gcses", "lived-experience"]);
    expect(result.to).toBe("psychological-wellbeing-practitioner");
    expect(result.reason).toBeNull();
    expect(result.routes.length).toBeGreaterThan(0);
    expect(result.routes.length).toBeLessThanOrEqual(3);
    for (const route of result.routes) {
      expect(route.totalMonths).toEqual({ min: expect.any(Number), max: expect.any(Number) });
      for (const step of route.steps) {
        for (const field of [
          "from",
          "to",
          "routeId",
          "kind",
          "programme",
          "durationMonths",
          "funding",
          "apprenticeship",
        ]) {
          expect(step).toHaveProperty(field);
        }
      }
    }
  });

  it("exits 0 with the reason and what would help when there is no route", () => {
    const run = runScript("route.ts", [
      "--from",
      "psychology-degree-gbc",
      "--to",
      "clinical-psychologist",
      "--only",
      "apprenticeships",
      "--json",
    ]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { routes: unknown[]; reason: string; opensWith: string[] };
    expect(result.routes).toEqual([]);
    expect(result.reason).toContain("With apprenticeships only");
    expect(result.opensWith).toContain('drop "apprenticeships only"');
  });

  it("exits 2 with suggestions for an unknown role, and for a bad flag", () => {
    const unknown = runScript("route.ts", ["--from", "gcses", "--to", "clinicl psycholgist"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Did you mean "Clinical psychologist" (clinical-psychologist)');
    const badFlag = runScript("route.ts", ["--from", "gcses", "--to", "PWP", "--prefer", "cheapest"]);
    expect(badFlag.status).toBe(2);
    expect(badFlag.stderr).toContain("--prefer must be one of");
  });

  it.each(["0", "9", "2.5", "six"])("exits 2 for --max-level %s, outside 1 to 8", (level) => {
    const run = runScript("route.ts", ["--from", "gcses", "--to", "PWP", "--max-level", level]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--max-level must be a whole number from 1 to 8");
  });

  it("exits 2 for a data file it cannot read, and lists the problems of an invalid one", () => {
    const missing = runScript("route.ts", [
      "--from",
      "degree",
      "--to",
      "senior-role",
      "--data",
      "tests/fixtures/datasets/no-such-file.json",
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("cannot be read");
    const invalid = runScript("route.ts", [
      "--from",
      "degree",
      "--to",
      "senior-role",
      "--data",
      "tests/fixtures/datasets/bad-self-loop.json",
    ]);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain("self-loop");
  });

  it("reads another dataset with --data", () => {
    const run = runScript("route.ts", [
      "--from",
      "degree",
      "--to",
      "senior-role",
      "--data",
      "tests/fixtures/datasets/valid-minimal.json",
    ]);
    expect(run.status).toBe(0);
    // 12 months of training, then two years in post before the senior post.
    expect(run.stdout).toContain("Best route: 36 months, 2 steps");
  });
});
