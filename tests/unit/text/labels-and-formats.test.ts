import { describe, expect, it } from "vitest";
import { wrapLabel } from "../../../src/core/map/wrap-label";
import { mapNodeLabel } from "../../../src/core/map/node-label";
import { shortPayLabel } from "../../../src/core/describe/pay";
import { formatIsoDate } from "../../../src/core/text/format-date";
import { formatDuration } from "../../../src/core/describe/duration";
import { fieldLabel } from "../../../src/core/describe/labels";
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
