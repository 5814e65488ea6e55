/**
 * People look for their own role by the title on their contract or in the advert they answered. The support
 * workforce alone has about 96 job titles in NHS staff records, so the dataset gives each role the common
 * ones as other names (data/README.md lists where each comes from). Each title below, typed into the search,
 * must offer its role first: the map's search and the planner's pickers use the same matching.
 */
import { describe, expect, it } from "vitest";
import { namesOf } from "../../../src/core/graph/career-graph";
import { closestMatches, prepareCandidates, TYPE_AHEAD } from "../../../src/core/text/closest-matches";
import { loadBundledCareerData } from "../../support/bundled-data";

const { graph } = loadBundledCareerData();
const everyNode = prepareCandidates([...graph.nodes.values()].map((n) => ({ id: n.id, labels: namesOf(n) })));

/** [what a person types, the role or starting point that is theirs] */
const JOB_TITLES: ReadonlyArray<readonly [string, string]> = [
  // Healthcare and mental health support workers (band 2 to 3)
  ["Healthcare assistant", "healthcare-support-worker"],
  ["Health care assistant", "healthcare-support-worker"],
  ["HCA", "healthcare-support-worker"],
  ["Healthcare support worker", "healthcare-support-worker"],
  ["Health care support worker", "healthcare-support-worker"],
  ["HCSW", "healthcare-support-worker"],
  ["Mental health support worker", "healthcare-support-worker"],
  ["Support worker", "healthcare-support-worker"],
  ["Clinical support worker", "healthcare-support-worker"],
  ["Nursing assistant", "healthcare-support-worker"],
  ["Nursing auxiliary", "healthcare-support-worker"],
  ["Apprentice healthcare support worker", "healthcare-support-worker"],
  ["Healthcare assistant trainee", "healthcare-support-worker"],
  // Senior support workers (band 3)
  ["Senior healthcare assistant", "senior-healthcare-support-worker"],
  ["Senior health care assistant", "senior-healthcare-support-worker"],
  ["Senior healthcare worker", "senior-healthcare-support-worker"],
  ["Senior HCA", "senior-healthcare-support-worker"],
  // Support, time and recovery workers (band 3 to 4)
  ["Recovery worker", "support-time-recovery-worker"],
  ["Support time recovery worker", "support-time-recovery-worker"],
  ["STR worker", "support-time-recovery-worker"],
  ["Recovery support worker", "support-time-recovery-worker"],
  ["Engagement and recovery worker", "support-time-recovery-worker"],
  ["Community support worker", "support-time-recovery-worker"],
  ["Recovery coordinator", "support-time-recovery-worker"],
  // Assistant practitioners and nursing associates (band 4)
  ["Assistant practitioner", "assistant-practitioner"],
  ["Associate practitioner", "assistant-practitioner"],
  ["Trainee nursing associate", "nursing-associate"],
  // Peer workers
  ["Peer worker", "peer-support-worker"],
  ["Peer mentor", "peer-support-worker"],
  ["Peer coach", "peer-support-worker"],
  ["Peer link worker", "peer-support-worker"],
  ["Peer care navigator", "peer-support-worker"],
  ["Carer peer support worker", "peer-support-worker"],
  ["Lived experience practitioner", "peer-support-worker"],
  ["Peer support co-ordinator", "peer-support-coordinator"],
  // Psychology and nursing posts
  ["Psychology assistant", "assistant-psychologist"],
  ["Community psychiatric nurse", "senior-mental-health-nurse"],
  ["CPN", "senior-mental-health-nurse"],
  ["Charge nurse", "senior-mental-health-nurse"],
  ["Community mental health nurse", "senior-mental-health-nurse"],
  ["Ward manager", "senior-mental-health-nurse"],
  ["Consultant nurse", "nurse-consultant"],
  ["AMHP", "approved-mental-health-professional"],
  ["Neuropsychologist", "clinical-neuropsychologist"],
  // Jobs that are experience for a later step
  ["Teaching assistant", "cyp-experience"],
  ["Youth worker", "cyp-experience"],
  ["Research assistant", "research-or-clinical-experience"],
  ["Graduate mental health worker", "research-or-clinical-experience"],
];

describe("search by the job titles people have", () => {
  it.each(JOB_TITLES)("offers the role first for “%s”", (title, id) => {
    const [first] = closestMatches(title, everyNode, TYPE_AHEAD);
    expect(first?.id).toBe(id);
  });

  it.each(JOB_TITLES)("gives “%s” to one role only", (title) => {
    // A title two roles share would be a coin toss for the person typing it.
    const exact = closestMatches(title, everyNode, { limit: 50, minScore: 0.97 });
    expect(exact.map((m) => m.id)).toHaveLength(1);
  });

  it("finds the same role as people type a title with different spacing, case or a plural", () => {
    for (const typed of [
      "healthcare  ASSISTANTS",
      "health-care assistant",
      "support, time and recovery workers",
    ]) {
      expect(closestMatches(typed, everyNode, TYPE_AHEAD)[0]?.score, typed).toBeGreaterThanOrEqual(0.97);
    }
  });
});
