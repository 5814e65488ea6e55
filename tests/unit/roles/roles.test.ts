import { describe, expect, it } from "vitest";
import { toExportRecord } from "../../../src/core/export/roles-export";
import { parseCompareSelection } from "../../../src/core/roles/compare-selection";
import { summariseRole } from "../../../src/core/roles/role-summary";
import { sortRoles } from "../../../src/core/roles/sort-roles";
import { loadBundledCareerData } from "../../support/bundled-data";

const { dataset, graph } = loadBundledCareerData();
const role = (id: string) => dataset.roles.find((r) => r.id === id)!;
const summaries = dataset.roles.map((r) => summariseRole(graph, r));

describe("summariseRole", () => {
  it("works out training length, highest level, funding and apprenticeships from the routes in", () => {
    const pwp = summariseRole(graph, role("psychological-wellbeing-practitioner"));
    expect(pwp.trainingMonths).toEqual({ min: 12, max: 15 });
    expect(pwp.highestQualification?.level).toBe(7);
    expect(pwp.apprenticeships.map((a) => a.standard)).toEqual(["ST0568"]);
    expect(pwp.fundingTypes).toEqual(
      expect.arrayContaining(["salaried-trainee-post", "apprenticeship-levy"]),
    );
    expect(pwp.band).toBe("Band 4 → 5");
  });

  it("leaves out job applications with no training when working out training length", () => {
    expect(summariseRole(graph, role("assistant-psychologist")).trainingMonths).toBeNull();
  });
});

describe("sortRoles", () => {
  it("sorts by band either way, with missing values last both times", () => {
    const ascending = sortRoles(summaries, "band", "ascending");
    const ranks = ascending.map((r) => r.bandRank).filter((r) => r !== null);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const descending = sortRoles(summaries, "band", "descending")
      .map((r) => r.bandRank)
      .filter((r) => r !== null);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
  });

  it("sorts by training length with unrecorded lengths last, and breaks ties by title", () => {
    const sorted = sortRoles(summaries, "training", "ascending");
    expect(sorted.at(-1)?.trainingMonths).toBeNull();
    const titles = sortRoles(summaries, "title", "ascending").map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en-GB")));
  });

  it("sorts titles as people read them (accents and case aside), the same way it breaks ties", () => {
    const named = (title: string) => ({ ...summaries[0]!, id: title, title });
    const rows = ["Zeta therapist", "Éclair practitioner", "eclair lead", "Alpha nurse"].map(named);
    expect(sortRoles(rows, "title", "ascending").map((r) => r.title)).toEqual([
      "Alpha nurse",
      "eclair lead",
      "Éclair practitioner",
      "Zeta therapist",
    ]);
    expect(sortRoles(rows, "title", "descending").map((r) => r.title)).toEqual([
      "Zeta therapist",
      "Éclair practitioner",
      "eclair lead",
      "Alpha nurse",
    ]);
  });

  it("puts roles with an apprenticeship first, and statutory registration first", () => {
    const byApprenticeship = sortRoles(summaries, "apprenticeship", "ascending");
    const firstWithout = byApprenticeship.findIndex((r) => r.apprenticeships.length === 0);
    expect(byApprenticeship.slice(firstWithout).every((r) => r.apprenticeships.length === 0)).toBe(true);
    expect(sortRoles(summaries, "registration", "ascending")[0]?.registration).toBe("statutory");
  });
});

describe("export records", () => {
  it("flattens a role for CSV and JSON, with family names and plain-language columns", () => {
    const record = toExportRecord(summariseRole(graph, role("peer-support-worker")), dataset.families);
    expect(record).toEqual({
      id: "peer-support-worker",
      title: "Peer support worker",
      family: "Peer and lived experience workforce",
      band: "Bands 3–4",
      trainingLength: "15 months",
      trainingMonthsMin: 15,
      trainingMonthsMax: 15,
      highestQualification: "Peer worker apprenticeship (level 3)",
      apprenticeship: "Yes: Peer worker (ST0896, level 3)",
      registration: "No register",
      registrationBodies: "",
    });
  });
});

describe("parseCompareSelection", () => {
  it("keeps known roles in order, at most three, drops repeats, and reports the rest", () => {
    const selection = parseCompareSelection(
      "clinical-psychologist,clinical-psychologist,psychological-wellbeing-practitioner,clinical-psycholgist,gcses,mental-health-nurse,peer-support-worker",
      graph,
    );
    expect(selection.roleIds).toEqual([
      "clinical-psychologist",
      "psychological-wellbeing-practitioner",
      "mental-health-nurse",
    ]);
    expect(selection.leftOut).toEqual(["peer-support-worker"]);
    expect(selection.unknown.map((u) => u.text)).toEqual(["clinical-psycholgist", "gcses"]);
    expect(selection.unknown[0]?.suggestions[0]?.id).toBe("clinical-psychologist");
  });

  it("copes with nothing, blanks and absurdly long ids", () => {
    expect(parseCompareSelection(null, graph)).toEqual({ roleIds: [], unknown: [], leftOut: [] });
    expect(parseCompareSelection(" , ,", graph).roleIds).toEqual([]);
    const long = parseCompareSelection("x".repeat(5000), graph);
    expect(long.unknown[0]!.text.length).toBeLessThanOrEqual(61);
  });
});
