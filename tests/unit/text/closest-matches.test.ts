import { describe, expect, it } from "vitest";
import { closestMatches, editDistance, normaliseText } from "../../../src/core/text/closest-matches";

const roles = [
  { id: "psychological-wellbeing-practitioner", labels: ["Psychological wellbeing practitioner", "PWP"] },
  { id: "clinical-psychologist", labels: ["Clinical psychologist"] },
  { id: "counselling-psychologist", labels: ["Counselling psychologist"] },
  { id: "mental-health-nurse", labels: ["Mental health nurse", "RMN"] },
  { id: "education-mental-health-practitioner", labels: ["Education mental health practitioner"] },
];

describe("closestMatches", () => {
  it("finds an abbreviation given as another name, and one that is only an initialism", () => {
    expect(closestMatches("pwp", roles)[0]?.id).toBe("psychological-wellbeing-practitioner");
    expect(closestMatches("EMHP", roles)[0]?.id).toBe("education-mental-health-practitioner");
  });

  it("tolerates typos and case", () => {
    expect(closestMatches("clinicl psycholgist", roles)[0]?.id).toBe("clinical-psychologist");
    expect(closestMatches("COUNSELING PSYCHOLOGIST", roles)[0]?.id).toBe("counselling-psychologist");
  });

  it("ranks an exact title first and respects the limit", () => {
    const matches = closestMatches("Clinical psychologist", roles, { limit: 2 });
    expect(matches).toHaveLength(2);
    expect(matches[0]).toEqual({ id: "clinical-psychologist", label: "Clinical psychologist", score: 1 });
  });

  it("can keep only names nearly as close as the best", () => {
    const loose = closestMatches("clinical psycholgist", roles, { limit: 5, minScore: 0.3 });
    expect(loose.length).toBeGreaterThan(1);
    expect(
      closestMatches("clinical psycholgist", roles, { limit: 5, minScore: 0.3, maxGapFromBest: 0.1 }).map(
        (m) => m.id,
      ),
    ).toEqual(["clinical-psychologist"]);
  });

  it("gives the same answers when the same list is passed again, and sees a list that grew", () => {
    const list = [...roles];
    const first = closestMatches("psycholgist", list, { limit: 5 });
    expect(closestMatches("psycholgist", list, { limit: 5 })).toEqual(first);
    list.push({ id: "forensic-psychologist", labels: ["Forensic psychologist"] });
    expect(closestMatches("forensic", list)[0]?.id).toBe("forensic-psychologist");
  });

  it("returns nothing for an empty query or nonsense", () => {
    expect(closestMatches("   ", roles)).toEqual([]);
    expect(closestMatches("zzqx", roles)).toEqual([]);
  });
});

describe("editDistance and normaliseText", () => {
  it("counts an adjacent swap as one edit", () => {
    expect(editDistance("nurse", "nusre")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("normalises punctuation, accents and case", () => {
    expect(normaliseText("Children's  Wellbeing-Practitioner")).toBe("childrens wellbeing practitioner");
    expect(normaliseText("Café")).toBe("cafe");
  });
});
