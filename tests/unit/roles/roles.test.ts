import { describe, expect, it } from "vitest";
import { toExportRecord } from "../../../src/core/export/roles-export";
import { summariseRole, type RoleSummary } from "../../../src/core/roles/role-summary";
import { sortRoles } from "../../../src/core/roles/sort-roles";
import type { SortDirection } from "../../../src/core/url/roles-list";
import { loadBundledCareerData } from "../../support/bundled-data";

const { dataset, graph } = loadBundledCareerData();
const role = (id: string) => dataset.roles.find((r) => r.id === id)!;
const summaries = dataset.roles.map((r) => summariseRole(graph, r, dataset.payScales));

describe("summariseRole", () => {
  it("works out training length, highest level, funding and apprenticeships from the routes in", () => {
    const pwp = summariseRole(graph, role("psychological-wellbeing-practitioner"), dataset.payScales);
    expect(pwp.trainingMonths).toEqual({ min: 12, max: 15 });
    expect(pwp.highestQualification?.level).toBe(7);
    expect(pwp.apprenticeships.map((a) => a.standard)).toEqual(["ST0568"]);
    expect(pwp.fundingTypes).toEqual(
      expect.arrayContaining(["salaried-trainee-post", "apprenticeship-levy"]),
    );
    expect(pwp.band).toBe("Band 4 → 5");
  });

  it("leaves out job applications with no training when working out training length", () => {
    expect(summariseRole(graph, role("assistant-psychologist"), dataset.payScales).trainingMonths).toBeNull();
  });
});

describe("sortRoles", () => {
  const byTitle = (a: string, b: string) => a.localeCompare(b, "en-GB");

  /**
   * Checks a sorted list: every row with a value comes before every row without one, the values run in the
   * given direction, and rows with equal values (missing ones included) are in title order.
   */
  function expectSorted(
    sorted: ReadonlyArray<RoleSummary>,
    value: (row: RoleSummary) => number | null,
    direction: SortDirection,
  ) {
    const firstMissing = sorted.findIndex((row) => value(row) === null);
    expect(firstMissing, "some rows have no value, so the test checks where they go").toBeGreaterThan(0);
    expect(sorted.slice(firstMissing).every((row) => value(row) === null)).toBe(true);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      const [x, y] = [value(a), value(b)];
      if (x === y) expect(byTitle(a.title, b.title), `${a.title} before ${b.title}`).toBeLessThan(0);
      else if (x !== null && y !== null)
        expect(direction === "ascending" ? x < y : x > y, `${a.title} before ${b.title}`).toBe(true);
    }
  }

  it.each(["ascending", "descending"] as const)(
    "sorts by band %s, with missing bands last and equal bands in title order",
    (direction) => {
      expectSorted(sortRoles(summaries, "band", direction), (r) => r.bandRank, direction);
    },
  );

  it.each(["ascending", "descending"] as const)(
    "sorts by training length %s, with unrecorded lengths last and equal lengths in title order",
    (direction) => {
      expectSorted(
        sortRoles(summaries, "training", direction),
        (r) => r.trainingMonths?.min ?? null,
        direction,
      );
    },
  );

  it("breaks ties by title, and keeps missing values last, in both directions", () => {
    const base = summaries[0]!;
    const rows = [
      { ...base, title: "Beta", bandRank: 3 },
      { ...base, title: "No band", bandRank: null },
      { ...base, title: "Alpha", bandRank: 3 },
      { ...base, title: "Delta", bandRank: 5 },
      { ...base, title: "Also no band", bandRank: null },
    ];
    expect(sortRoles(rows, "band", "ascending").map((r) => r.title)).toEqual([
      "Alpha",
      "Beta",
      "Delta",
      "Also no band",
      "No band",
    ]);
    expect(sortRoles(rows, "band", "descending").map((r) => r.title)).toEqual([
      "Delta",
      "Alpha",
      "Beta",
      "Also no band",
      "No band",
    ]);
  });

  it("sorts by title either way", () => {
    const titles = sortRoles(summaries, "title", "ascending").map((r) => r.title);
    expect(titles).toEqual([...titles].sort(byTitle));
    expect(sortRoles(summaries, "title", "descending").map((r) => r.title)).toEqual([...titles].reverse());
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
    const record = toExportRecord(
      summariseRole(graph, role("peer-support-worker"), dataset.payScales),
      dataset.families,
    );
    expect(record).toEqual({
      id: "peer-support-worker",
      title: "Peer support worker",
      family: "Peer and lived experience workforce",
      band: "Bands 3–4",
      trainingLength: "15 months",
      trainingMonthsMin: 15,
      trainingMonthsMax: 15,
      highestQualification: "Peer worker apprenticeship (RQF level 3)",
      apprenticeship: "Yes: Peer worker, level 3 (ST0896)",
      registration: "No register",
      registrationBodies: "",
    });
  });
});
