import { describe, expect, it } from "vitest";
import { wrapLabel } from "../../../src/core/map/wrap-label";
import { mapNodeLabel } from "../../../src/core/map/node-label";
import {
  describeApprenticeship,
  describeApprenticeships,
  describeFunding,
  describeQualification,
  fieldLabel,
  formatDuration,
  formatTotalTime,
  formatWhen,
  shortPayLabel,
  ageAt,
  ageText,
  competitionShortText,
  competitionText,
  whenText,
  yearsFromNow,
} from "../../../src/core/describe";
import { formatIsoDate } from "../../../src/core/text/format-date";
import { loadBundledCareerData } from "../../support/bundled-data";

describe("formatDuration", () => {
  it.each([
    [{ min: 12, max: 12 }, "1 year"],
    [{ min: 36, max: 36 }, "3 years"],
    [{ min: 15, max: 15 }, "15 months"],
    [{ min: 18, max: 21 }, "18 to 21 months"],
    [{ min: 24, max: 42 }, "2 to 3½ years"],
    [{ min: 12, max: 24 }, "1 to 2 years"],
    [{ min: 12, max: 15 }, "12 to 15 months"],
    [{ min: 24, max: 27 }, "24 to 27 months"],
    [{ min: 0, max: 6 }, "0 to 6 months"],
    [{ min: 0, max: 0 }, "No training before starting"],
    [{ min: 1, max: 1 }, "1 month"],
  ])("%j → %s", (range, text) => {
    expect(formatDuration(range)).toBe(text);
  });

  it("says when a length is not known", () => {
    expect(formatDuration(undefined)).toBe("Length not known");
  });
});

describe("formatTotalTime and formatWhen", () => {
  it("say a route with no time in it starts straight away", () => {
    expect(formatTotalTime({ min: 0, max: 0 })).toBe("Straight away");
    expect(formatTotalTime({ min: 36, max: 48 })).toBe("3 to 4 years");
    expect(formatWhen({ min: 0, max: 0 }, { min: 0, max: 0 })).toBe("Straight away");
  });

  it("place a step on the timeline, as a range when the earlier steps vary", () => {
    expect(formatWhen({ min: 0, max: 0 }, { min: 12, max: 12 })).toBe("From month 0 to month 12");
    expect(formatWhen({ min: 24, max: 30 }, { min: 36, max: 42 })).toBe("From month 24–30 to month 36–42");
    expect(formatWhen({ min: 24, max: 24 }, { min: 24, max: 24 })).toBe("At month 24");
  });
});

describe("one wording for qualifications, apprenticeships and funding", () => {
  it("names a qualification with its framework and level", () => {
    expect(describeQualification({ name: "PGDip", framework: "FHEQ", level: 7 })).toBe(
      "PGDip (FHEQ level 7)",
    );
  });

  it("names an apprenticeship with its level and standard, saying when the standard was not found", () => {
    expect(describeApprenticeship({ title: "Peer worker", standard: "ST0896", level: 3 })).toBe(
      "Peer worker, level 3 (ST0896)",
    );
    expect(describeApprenticeship({ title: "Arts therapist", standard: null, level: 7 })).toBe(
      "Arts therapist, level 7 (standard reference not found)",
    );
    expect(describeApprenticeships([])).toBe("No");
    expect(
      describeApprenticeships([
        { title: "Peer worker", standard: "ST0896", level: 3 },
        { title: "Counsellor", standard: "ST1192", level: 4 },
      ]),
    ).toBe("Yes: Peer worker, level 3 (ST0896); Counsellor, level 4 (ST1192)");
  });

  it("says who pays, with the dataset's note when there is one", () => {
    expect(describeFunding("funded-fees")).toBe("Course fees funded");
    expect(describeFunding("salaried-trainee-post", "Paid at band 6.")).toBe(
      "Salaried trainee post. Paid at band 6.",
    );
  });
});

describe("shortPayLabel", () => {
  it.each([
    [
      {
        scale: "agenda-for-change" as const,
        whileTraining: { min: "4" as const, max: "4" as const },
        qualified: { min: "5" as const, max: "5" as const },
      },
      "Band 4 → 5",
    ],
    [
      { scale: "agenda-for-change" as const, qualified: { min: "8c" as const, max: "8d" as const } },
      "Bands 8c–8d",
    ],
    [{ scale: "agenda-for-change" as const, qualified: { min: "5" as const, max: "5" as const } }, "Band 5"],
    [
      { scale: "agenda-for-change" as const, whileTraining: { min: "6" as const, max: "6" as const } },
      "Band 6 in training",
    ],
    [{ scale: "agenda-for-change" as const }, "Band not published"],
    [{ scale: "voluntary" as const }, "Voluntary"],
    [{ scale: "other" as const, name: "Soulbury scale" }, "Soulbury scale"],
  ])("%j → %s", (pay, text) => {
    expect(shortPayLabel(pay)).toBe(text);
  });
});

describe("wrapLabel", () => {
  it("wraps at spaces within the width", () => {
    expect(wrapLabel("Psychological wellbeing practitioner", 21)).toEqual([
      "Psychological",
      "wellbeing",
      "practitioner",
    ]);
    expect(wrapLabel("Clinical psychologist", 21)).toEqual(["Clinical psychologist"]);
  });

  it("breaks a word longer than a line and cuts text beyond the last line with an ellipsis", () => {
    expect(wrapLabel("Supercalifragilisticexpialidocious", 10)).toEqual([
      "Supercali-",
      "fragilist-",
      "icexpiali…",
    ]);
    const lines = wrapLabel("one two three four five six seven eight", 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(9);
  });

  it("treats a width below 2 as 2 and fewer than one line as one, instead of looping forever", () => {
    expect(wrapLabel("Psychologist", 1)).toEqual(["P-", "s-", "y…"]);
    expect(wrapLabel("Psychologist", 0)).toEqual(["P-", "s-", "y…"]);
    expect(wrapLabel("Psychologist", -3)).toEqual(["P-", "s-", "y…"]);
    expect(wrapLabel("Psychologist", 1.5, 1)).toEqual(["P…"]);
    expect(wrapLabel("Two words", 10, 0)).toEqual(["Two words"]);
  });
});

describe("labels", () => {
  it("names caveat fields for readers", () => {
    expect(fieldLabel("pay.qualified")).toBe("Band when qualified");
    expect(fieldLabel("apprenticeship.standard")).toBe("Apprenticeship standard");
    expect(fieldLabel("somethingNew")).toBe("Something new");
  });

  it("formats dates the British way whatever the time zone", () => {
    expect(formatIsoDate("2026-01-05")).toBe("5 January 2026");
  });

  it("gives map nodes a full spoken description", () => {
    const { dataset, graph } = loadBundledCareerData();
    const pwp = graph.nodes.get("psychological-wellbeing-practitioner")!;
    expect(mapNodeLabel(pwp, dataset.families, 3, 1)).toBe(
      "Psychological wellbeing practitioner. Wellbeing practitioners. Band 4 while training, band 5 when qualified. 3 routes in, 1 route out.",
    );
    expect(mapNodeLabel(graph.nodes.get("gcses")!, dataset.families, 0, 2)).toBe(
      "GCSEs or other Level 2 qualifications. Where you start. 2 routes out.",
    );
  });
});

describe("when things happen, in years and ages", () => {
  it.each([
    [{ min: 0, max: 0 }, "0 months"],
    [{ min: 6, max: 6 }, "6 months"],
    [{ min: 12, max: 12 }, "1 year"],
    [{ min: 30, max: 30 }, "2½ years"],
    [{ min: 27, max: 27 }, "2 years 3 months"],
    [{ min: 84, max: 108 }, "7 to 9 years"],
    [{ min: 27, max: 36 }, "2 years 3 months to 3 years"],
  ])("%j from now → %s", (span, text) => {
    expect(yearsFromNow(span)).toBe(text);
  });

  it("gives both counts, and ages when an age is given", () => {
    const at = (minimum: number, min = minimum, max = min) => ({ minimum, typical: { min, max } });
    expect(whenText(at(0))).toBe("now");
    expect(whenText(at(24))).toBe("in 2 years");
    expect(whenText(at(24), 16)).toBe("in 2 years (age 18)");
    expect(whenText(at(60, 60, 72))).toBe("in 5 to 6 years");
    expect(whenText(at(72, 84, 108))).toBe("in 6 years at the earliest; typically in 7 to 9 years");
    expect(whenText(at(72, 84, 108), 18)).toBe(
      "in 6 years at the earliest (age 24); typically in 7 to 9 years (age 25 to 27)",
    );
    expect(ageText(18, { min: 6, max: 6 })).toBe("age 18");
    expect(ageAt(18, 30)).toBe(20);
  });

  it("says how hard a place is to get in a few words", () => {
    const competition = { applicants: 4225, places: 770, year: "2020", scope: "UK", sources: ["s"] };
    expect(competitionShortText(competition)).toBe("about 1 in 5 applicants got a place in 2020");
    expect(competitionText(competition)).toBe(
      "About 1 in 5 applicants got a place in 2020 (4,225 applicants for 770 places; UK).",
    );
  });
});
