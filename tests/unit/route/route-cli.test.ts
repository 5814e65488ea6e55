import { describe, expect, it } from "vitest";
import { runScript } from "../../support/run-script";

interface CliStep {
  from: string;
  to: string;
  kind: string;
  funding: string;
  qualification: { level: number } | null;
}
interface CliResult {
  routes: { steps: CliStep[] }[];
  reason: string | null;
  opensWith: string[];
}

/** Runs the route finder with --json, expects exit 0, and returns every step of every route with the result. */
function routeJson(args: string[]): CliResult & { steps: CliStep[] } {
  const run = runScript("route.ts", [...args, "--json"]);
  expect(run.status, run.stderr).toBe(0);
  const result = JSON.parse(run.stdout) as CliResult;
  return { ...result, steps: result.routes.flatMap((route) => route.steps) };
}

const GCSES_TO_PWP = ["--from", "gcses", "--to", "psychological-wellbeing-practitioner"];

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
    // A year of relevant experience at the least, more typically, then the three-year doctorate.
    expect(run.stdout).toMatch(/Best route: at least 4 years; typically 5 to \d years/);
    expect(run.stdout).toContain("Doctorate in Clinical Psychology");
    expect(run.stdout).toContain("Competition: About 1 in 5 applicants got a place in 2020");
  });

  it("shows the two-year wait for someone who is a PWP now, and its end with --experience", () => {
    const args = ["--from", "PWP", "--from", "psychology degree with GBC", "--to", "clinical psychologist"];
    const run = runScript("route.ts", args);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Best route: 5 to 6 years, 1 step/);
    expect(run.stdout).toContain("Wait 2 to 3 years, then start at month 24 (typically 24–36)");
    expect(run.stdout).toContain(
      "24 months must pass after your NHS-funded training as a Psychological wellbeing practitioner ends",
    );
    const experienced = runScript("route.ts", [...args, "--experience", "PWP=30", "--alternatives", "0"]);
    expect(experienced.stdout).toMatch(/Best route: 3 to 3½ years/);
    expect(experienced.stdout).not.toContain("Wait 2 to 3 years");
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
      routes: {
        steps: Record<string, unknown>[];
        months: { minimum: number; typical: { min: number; max: number } };
        assumptions: unknown[];
      }[];
      unknownLengthRoutes: unknown[];
      reason: string | null;
    };
    expect(result.from).toEqual(["gcses", "lived-experience"]);
    expect(result.to).toBe("psychological-wellbeing-practitioner");
    expect(result.reason).toBeNull();
    expect(result.routes.length).toBeGreaterThan(0);
    expect(result.routes.length).toBeLessThanOrEqual(3);
    for (const route of result.routes) {
      expect(route.months).toEqual({
        minimum: expect.any(Number),
        typical: { min: expect.any(Number), max: expect.any(Number) },
      });
      expect(route.assumptions).toEqual(expect.any(Array));
      for (const step of route.steps) {
        for (const field of [
          "from",
          "to",
          "routeId",
          "kind",
          "programme",
          "durationMonths",
          "wait",
          "start",
          "end",
          "funding",
          "ageFunding",
          "fees",
          "competition",
          "intake",
          "apprenticeship",
        ]) {
          expect(step).toHaveProperty(field);
        }
      }
    }
  });

  it("judges level 7 apprenticeship funding by --age, with --care-leaver-or-ehcp raising the limit", () => {
    const cap = ["--from", "psychology degree", "--to", "CAP", "--alternatives", "0"];
    const step = (args: string[]) => routeJson([...cap, ...args]).steps.at(-1)!;
    expect(step(["--age", "21"]).funding).toBe("apprenticeship-levy");
    expect(step(["--age", "23"]).funding).toBe("employer-funded");
    expect(step(["--age", "23", "--care-leaver-or-ehcp"]).funding).toBe("apprenticeship-levy");
    const text = runScript("route.ts", [...cap, "--age", "30"]).stdout;
    expect(text).toContain("Age now: 30");
    expect(text).toContain("Funding by age: not under 22 (aged 30 at the start)");
    const noAge = runScript("route.ts", cap).stdout;
    expect(noAge).toMatch(/Assumed: No age was given/);
    const tooYoung = runScript("route.ts", [...cap, "--age", "9"]);
    expect(tooYoung.status).toBe(2);
    expect(tooYoung.stderr).toContain("--age must be a whole number from 14 to 80");
  });

  it("says what a starting role implies, and drops it with --not-held", () => {
    const args = ["--from", "assistant psychologist", "--to", "clinical psychologist", "--alternatives", "0"];
    const text = runScript("route.ts", args).stdout;
    expect(text).toContain(
      "Assumed: This route assumes you have “Psychology degree with GBC”, as an assistant psychologist normally does.",
    );
    const without = runScript("route.ts", [...args, "--not-held", "GBC"]);
    expect(without.status).toBe(0);
    expect(without.stdout).toContain("No route found.");
  });

  it("takes names as people type them, and lists the choices when a name fits several", () => {
    for (const [typed, id] of [
      ["A-levels", "a-levels"],
      ["GCSEs", "gcses"],
      ["psychology degree", "psychology-degree-gbc"],
      ["approved clinician", "approved-clinician"],
      ["Clinical-Psychologist", "clinical-psychologist"],
      // A job title people have, given in the data as another name of one role.
      ["support worker", "healthcare-support-worker"],
    ]) {
      const run = runScript("route.ts", ["--from", typed!, "--to", "counsellor", "--json"]);
      expect(run.status, run.stderr).toBe(0);
      expect((JSON.parse(run.stdout) as { from: string[] }).from).toEqual([id]);
    }
    const ambiguous = runScript("route.ts", ["--from", "wellbeing practitioner", "--to", "PWP"]);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toContain(
      '"wellbeing practitioner" could mean "Psychological wellbeing practitioner" (psychological-wellbeing-practitioner) or "Senior psychological wellbeing practitioner"',
    );
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
    expect(run.stderr).toContain(`--max-level must be a whole number from 1 to 8 (got "${level}")`);
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
    expect(run.stdout).toContain("Best route: 3 years, 2 steps");
  });

  it("never passes through a role given with --avoid, by title", () => {
    const touches = (step: CliStep) => [step.from, step.to].includes("healthcare-support-worker");
    expect(routeJson(GCSES_TO_PWP).steps.some(touches)).toBe(true);
    const avoiding = routeJson([...GCSES_TO_PWP, "--avoid", "mental health support worker"]);
    expect(avoiding.routes.length).toBeGreaterThan(0);
    expect(avoiding.steps.filter(touches)).toEqual([]);
  });

  it("never takes a kind of route given with --avoid-kind, repeated for several", () => {
    const kinds = routeJson(GCSES_TO_PWP).steps.map((step) => step.kind);
    expect(kinds).toContain("entry");
    expect(kinds).toContain("lateral");
    const avoiding = routeJson([...GCSES_TO_PWP, "--avoid-kind", "entry", "--avoid-kind", "lateral"]);
    expect(avoiding.routes.length).toBeGreaterThan(0);
    expect(avoiding.steps.filter((step) => ["entry", "lateral"].includes(step.kind))).toEqual([]);
  });

  it("studies no higher than --max-level, and says which level would open a route when none is left", () => {
    const args = [...GCSES_TO_PWP, "--avoid", "healthcare-support-worker"];
    const level = (step: CliStep) => step.qualification?.level ?? 0;
    expect(Math.max(...routeJson(args).steps.map(level))).toBe(7);
    const capped = routeJson([...args, "--max-level", "6"]);
    expect(capped.routes.length).toBeGreaterThan(0);
    expect(capped.steps.filter((step) => level(step) > 6)).toEqual([]);

    const none = routeJson(["--from", "gcses", "--to", "clinical-psychologist", "--max-level", "7"]);
    expect(none.routes).toEqual([]);
    expect(none.reason).toContain("Studying no higher than level 7");
    expect(none.opensWith).toContain("allow study up to level 8");
  });

  it("takes no self-funded step with --only funded", () => {
    const args = [...GCSES_TO_PWP, "--avoid", "healthcare-support-worker"];
    expect(routeJson(args).steps.map((step) => step.funding)).toContain("self-funded");
    const funded = routeJson([...args, "--only", "funded"]);
    expect(funded.routes.length).toBeGreaterThan(0);
    expect(funded.steps.filter((step) => step.funding === "self-funded")).toEqual([]);

    const none = routeJson(["--from", "gcses", "--to", "clinical-psychologist", "--only", "funded"]);
    expect(none.routes).toEqual([]);
    expect(none.reason).toContain("With no self-funded steps");
    expect(none.opensWith).toContain("allow self-funded steps");
  });

  it.each([
    [["--alternatives", "11"], "--alternatives can be at most 10"],
    [["--alternatives", "abc"], '--alternatives must be a whole number (got "abc")'],
    [["--alternatives=-1"], '--alternatives must be a whole number (got "-1")'],
    [["--experience", "PWP"], '--experience must look like <id or title>=<months> (got "PWP")'],
    [["--experience", "PWP=two"], '--experience must look like <id or title>=<months> (got "PWP=two")'],
    [["--avoid-kind", "shortcut"], "--avoid-kind must be one of: "],
    [["--only", "free"], "--only must be one of: apprenticeships, funded"],
  ])("exits 2 with a message for a bad value: %j", (extra, message) => {
    const run = runScript("route.ts", ["--from", "PWP", "--to", "clinical psychologist", ...extra]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
  });

  it("exits 2 when --from or --to is missing", () => {
    const noFrom = runScript("route.ts", ["--to", "clinical psychologist"]);
    expect(noFrom.status).toBe(2);
    expect(noFrom.stderr).toContain("Give at least one --from.");
    const noTo = runScript("route.ts", ["--from", "gcses"]);
    expect(noTo.status).toBe(2);
    expect(noTo.stderr).toContain("Give --to, the role to reach.");
  });
});
