import { describe, expect, it } from "vitest";
import {
  closestMatches,
  editDistance,
  MAX_QUERY_LENGTH,
  normaliseText,
  resolveName,
} from "../../../src/core/text/closest-matches";

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

describe("closestMatches: whole names before parts of names", () => {
  const support = [
    { id: "senior-peer-support-worker", labels: ["Senior peer support worker", "Senior PSW"] },
    { id: "support-time-recovery-worker", labels: ["Support, time and recovery worker", "Recovery worker"] },
    {
      id: "healthcare-support-worker",
      labels: ["Mental health support worker", "Healthcare assistant", "HCA"],
    },
    { id: "peer-support-worker", labels: ["Peer support worker", "Peer worker", "Peer mentor"] },
    { id: "mental-health-nurse", labels: ["Mental health nurse", "RMN"] },
    { id: "senior-mental-health-nurse", labels: ["Senior mental health nurse", "Charge nurse"] },
    { id: "nurse-consultant", labels: ["Nurse consultant (mental health)", "Consultant nurse"] },
  ];
  const first = (query: string) => closestMatches(query, support, { limit: 8 })[0];

  it("puts a role whose other name is exactly what was typed above roles whose titles contain it", () => {
    // "Peer mentor" is only another name; "Senior peer support worker" would otherwise compete on its title.
    expect(first("peer mentor")).toEqual({ id: "peer-support-worker", label: "Peer mentor", score: 1 });
    expect(first("peer support worker")?.id).toBe("peer-support-worker");
    const ranked = closestMatches("peer support worker", support, { limit: 8 });
    expect(ranked[1]?.score).toBeLessThan(0.97);
  });

  it("treats the same words in another order, without small words or with a plural, as the name", () => {
    expect(first("support time recovery worker")).toMatchObject({
      id: "support-time-recovery-worker",
      score: 0.97,
    });
    expect(first("Healthcare assistants")).toMatchObject({ id: "healthcare-support-worker", score: 0.97 });
  });

  it("finds a role by words spread across its names, below any name that holds them all", () => {
    // "Mental health support worker" and "Healthcare assistant" are the same role's names.
    const match = first("mental health assistant");
    expect(match?.id).toBe("healthcare-support-worker");
    expect(match!.score).toBeLessThan(0.8);
    // A name with every typed word in it ranks above names that share only some.
    expect(first("senior nurse")?.id).toBe("senior-mental-health-nurse");
  });

  it("prefers the title to another name for the same kind of part match, and shorter names for one word", () => {
    // "Charge nurse" and "Consultant nurse" are other names; "Mental health nurse" is a title, and the shortest
    // title with the word in it.
    expect(first("nurse")?.id).toBe("mental-health-nurse");
  });

  it("completes a short other name as readily as a title while someone is still typing", () => {
    const starts = [
      { id: "lived-experience", labels: ["Lived experience of mental health problems", "Lived experience"] },
      { id: "lived-experience-connector", labels: ["Lived experience connector"] },
    ];
    expect(closestMatches("lived exp", starts)[0]?.id).toBe("lived-experience");
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

describe("a pasted essay", () => {
  // Only the first MAX_QUERY_LENGTH characters are matched, so the work is bounded however much is pasted.
  const essay = `PWP${" ".repeat(MAX_QUERY_LENGTH)}${"and a great deal more text about clinical psychology ".repeat(2000)}`;

  it("is matched by what a text box would have taken: its first characters", () => {
    expect(closestMatches(essay, roles)).toEqual(closestMatches("PWP", roles));
    expect(resolveName(essay, roles)).toEqual({
      status: "found",
      id: "psychological-wellbeing-practitioner",
    });
  });
});
