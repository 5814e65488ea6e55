/**
 * Data-quality checks on the bundled dataset (issue 3). The validator proves the data is well formed; these
 * tests prove it is complete enough for the map and the route finder: every role and starting point the
 * issue names is there, every role can be reached and (bar the top leadership posts) left, every
 * apprenticeship names its standard, and the eligibility rules are structured prerequisites, not just text.
 */
import { describe, expect, it } from "vitest";
import type { Prerequisite, Role, Route } from "../../../src/core/dataset/schema";
import { validateDataset } from "../../../src/core/validate/validate-dataset";
import { reachableFrom } from "../../../src/core/graph/career-graph";
import { findRoutes } from "../../../src/core/route";
import { loadBundledCareerData, readJson } from "../../support/bundled-data";

const { dataset, graph } = loadBundledCareerData();
const rolesById = new Map(dataset.roles.map((role) => [role.id, role]));
const routesById = new Map(dataset.routes.map((r) => [r.id, r]));
const route = (id: string): Route => {
  const found = dataset.routes.find((r) => r.id === id);
  if (found === undefined) throw new Error(`No route "${id}" in the bundled dataset`);
  return found;
};
const routesTo = (roleId: string) => dataset.routes.filter((r) => r.to === roleId);
const prerequisitesOf = <T extends Prerequisite["type"]>(r: Route, type: T) =>
  r.prerequisites.filter((p): p is Extract<Prerequisite, { type: T }> => p.type === type);
const hasCaveat = (caveats: Route["caveats"], field: string, confidence?: string) =>
  caveats.some((c) => c.field === field && (confidence === undefined || c.confidence === confidence));

/** Every role the issue names, by the ids other parts of the app rely on. */
const REQUIRED_ROLES = [
  // Practitioner psychology
  "clinical-psychologist",
  "counselling-psychologist",
  "forensic-psychologist",
  "health-psychologist",
  "educational-psychologist",
  "assistant-psychologist",
  "clinical-associate-psychology",
  "principal-psychologist",
  "consultant-psychologist",
  // Psychological therapies and psychotherapy
  "high-intensity-cbt-therapist",
  "nhs-talking-therapies-counsellor",
  "counsellor",
  "child-adolescent-psychotherapist",
  "adult-psychotherapist",
  "family-systemic-psychotherapist",
  "senior-psychological-therapist",
  // Arts therapies
  "art-therapist",
  "dramatherapist",
  "music-therapist",
  // Wellbeing practitioners
  "psychological-wellbeing-practitioner",
  "senior-psychological-wellbeing-practitioner",
  "childrens-wellbeing-practitioner",
  "education-mental-health-practitioner",
  "senior-wellbeing-practitioner",
  "mental-health-wellbeing-practitioner",
  "youth-intensive-psychological-practitioner",
  // Peer and lived experience
  "peer-support-worker",
  "senior-peer-support-worker",
  "peer-support-lead",
  "family-ambassador",
  "lived-experience-connector",
  // Support workforce, nursing and the other core professions
  "healthcare-support-worker",
  "senior-healthcare-support-worker",
  "support-time-recovery-worker",
  "assistant-practitioner",
  "nursing-associate",
  "mental-health-nurse",
  "occupational-therapist",
  "social-worker",
  // Nursing beyond band 5
  "senior-mental-health-nurse",
  "nurse-consultant",
  // Peer leadership, specialist psychology, and the Mental Health Act roles of the core professions
  "peer-support-coordinator",
  "clinical-neuropsychologist",
  "approved-mental-health-professional",
  // Advanced, clinical authority, consultant and leadership
  "advanced-clinical-practitioner",
  "approved-clinician",
  "consultant-practitioner-psychological-therapies",
  "head-of-psychological-services",
  "chief-psychological-professions-officer",
] as const;

const REQUIRED_STARTING_POINTS = [
  "gcses",
  "a-levels",
  "psychology-degree-gbc",
  "other-degree",
  "lived-experience",
  "care-experience",
  "t-level-health",
  "carer-experience",
  "arts-degree",
  "cyp-experience",
  "research-or-clinical-experience",
  "psychology-masters",
] as const;

/**
 * The top of the leadership ladder: the only roles allowed to have no route onward. The head of psychological
 * services is a leadership role too, but it leads on to chief psychological professions officer.
 */
const TOP_LEADERSHIP_ROLES = ["chief-psychological-professions-officer"];

/**
 * Roles held alongside a senior post rather than rungs of a ladder: nothing leads on from them. Approved
 * clinician status is an approval a senior clinician holds; heads of service are appointed from the senior
 * post, not from the approval (the November audit found "via approved clinician" read as a career path). An
 * approved mental health professional is likewise a social worker, nurse, occupational therapist or
 * psychologist approved by a local authority, who goes on in their own profession; no source names a step
 * onward from the approval itself.
 */
const HELD_ALONGSIDE_ROLES = ["approved-clinician", "approved-mental-health-professional"];

/** Professions on voluntary (accredited) registers only, which cannot take the ACP apprenticeship. */
const VOLUNTARY_REGISTER_ROLES = [
  "psychological-wellbeing-practitioner",
  "high-intensity-cbt-therapist",
  "counsellor",
  "nhs-talking-therapies-counsellor",
  "child-adolescent-psychotherapist",
  "adult-psychotherapist",
];

/** Prior professional qualifications AFT accepts for family and systemic psychotherapy training. */
/** The AFT foundation and intermediate years, a qualification core professionals take before the qualifying level. */
const FOUNDATION_YEARS = "systemic-practice-foundation-intermediate";

const FAMILY_THERAPY_CORE_PROFESSIONS = new Set([
  "mental-health-nurse",
  "social-worker",
  "occupational-therapist",
  "clinical-psychologist",
  "counselling-psychologist",
  "educational-psychologist",
  "art-therapist",
  "dramatherapist",
  "music-therapist",
  "counsellor",
  "adult-psychotherapist",
  "child-adolescent-psychotherapist",
]);

/** Professions that can be approved clinicians besides doctors (Mental Health Act 1983 as amended in 2007). */
const APPROVED_CLINICIAN_PROFESSIONS = new Set([
  "clinical-psychologist",
  "counselling-psychologist",
  "forensic-psychologist",
  "health-psychologist",
  "educational-psychologist",
  "principal-psychologist",
  "consultant-psychologist",
  "mental-health-nurse",
  "occupational-therapist",
  "social-worker",
]);

describe("bundled dataset: validity", () => {
  it("passes the validator with no problems", () => {
    expect(validateDataset(readJson("data/careers.json")).problems).toEqual([]);
  });

  it("keeps the number of families small enough to be lanes on a map, each with roles", () => {
    expect(dataset.families.length).toBeLessThanOrEqual(9);
    const empty = dataset.families.filter((f) => !dataset.roles.some((r) => r.family === f.id));
    expect(empty.map((f) => f.id)).toEqual([]);
  });
});

describe("bundled dataset: coverage", () => {
  it.each(REQUIRED_ROLES)("has the role %s", (id) => {
    expect(rolesById.has(id)).toBe(true);
  });

  it.each(REQUIRED_STARTING_POINTS)("has the starting point %s", (id) => {
    expect(dataset.startingPoints.some((s) => s.id === id)).toBe(true);
  });

  it("covers the other NHS Talking Therapies high-intensity modalities as routes into one role", () => {
    const modalityRoutes = routesTo("nhs-talking-therapies-counsellor").map((r) => r.id);
    expect(modalityRoutes).toEqual(
      expect.arrayContaining([
        "counselling-for-depression-top-up",
        "ipt-training",
        "dit-training",
        "couple-therapy-for-depression-training",
        "psychotherapeutic-counselling-salaried-route",
      ]),
    );
  });

  it("covers the eating disorder specialism as routes", () => {
    expect(route("cbt-for-eating-disorders-diploma").to).toBe("high-intensity-cbt-therapist");
    expect(route("cyp-systemic-practice-to-family-therapy").programme).toMatch(/eating disorders/i);
  });

  it("puts roles in the columns the map expects", () => {
    const stageOf = (id: string) => rolesById.get(id)?.stage;
    expect(stageOf("healthcare-support-worker")).toBe("support");
    expect(stageOf("clinical-psychologist")).toBe("practitioner");
    expect(stageOf("principal-psychologist")).toBe("senior");
    expect(stageOf("advanced-clinical-practitioner")).toBe("advanced");
    // Consultant roles share the advanced column (format 1 had a stage of their own for them).
    expect(stageOf("consultant-psychologist")).toBe("advanced");
    expect(
      dataset.roles
        .filter((r) => r.stage === "leadership")
        .map((r) => r.id)
        .sort(),
    ).toEqual(["chief-psychological-professions-officer", "head-of-psychological-services"]);
  });
});

describe("bundled dataset: the graph", () => {
  const startingPointIds = dataset.startingPoints.map((s) => s.id);

  it("reaches every role from at least one starting point", () => {
    const reached = reachableFrom(graph, startingPointIds);
    expect(dataset.roles.filter((r) => !reached.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it("reaches every role from each of the starting points a school leaver, a graduate or a support worker would pick", () => {
    // A narrower check than the one above: the entry points most users pick must open up most of the map.
    const fromSchool = reachableFrom(graph, ["gcses"]);
    for (const id of [
      "healthcare-support-worker",
      "nursing-associate",
      "mental-health-nurse",
      "clinical-psychologist",
    ]) {
      expect(fromSchool.has(id), `${id} from GCSEs`).toBe(true);
    }
    const fromLivedExperience = reachableFrom(graph, ["lived-experience"]);
    expect(fromLivedExperience.has("peer-support-lead")).toBe(true);
    expect(fromLivedExperience.has("psychological-wellbeing-practitioner")).toBe(true);
  });

  it("gives every role a way onward except the top leadership roles and approvals held alongside a post", () => {
    const deadEnds = dataset.roles
      .filter((r) => (graph.outEdges.get(r.id) ?? []).length === 0)
      .map((r) => r.id)
      .filter((id) => !TOP_LEADERSHIP_ROLES.includes(id) && !HELD_ALONGSIDE_ROLES.includes(id));
    expect(deadEnds).toEqual([]);
    for (const id of TOP_LEADERSHIP_ROLES) expect(rolesById.get(id)?.stage).toBe("leadership");
  });

  it("only leads into starting points that are qualifications gained on the way", () => {
    const startingPoints = new Map(dataset.startingPoints.map((p) => [p.id, p]));
    const intoStartingPoints = dataset.routes.filter((r) => startingPoints.has(r.to));
    expect(intoStartingPoints.length).toBeGreaterThan(0);
    for (const r of intoStartingPoints) expect(startingPoints.get(r.to)!.kind, r.id).toBe("qualification");
    // Roles lead only into qualifications taken after qualifying (family therapy's first two years).
    const fromRoles = intoStartingPoints.filter((r) => r.from.some((f) => !startingPoints.has(f)));
    expect([...new Set(fromRoles.map((r) => r.to))]).toEqual(["systemic-practice-foundation-intermediate"]);
  });
});

describe("bundled dataset: apprenticeships", () => {
  const apprenticeshipRoutes = dataset.routes.filter(
    (r) => r.kind === "apprenticeship" || r.apprenticeship !== undefined,
  );

  // A standard reference may be left null only when a not-found caveat says it was searched for; today every
  // apprenticeship has one. References that are inferred or seen in a single source carry their own caveat.
  it("names the standard of every apprenticeship route, or says it was not found", () => {
    expect(apprenticeshipRoutes.length).toBeGreaterThan(10);
    for (const r of apprenticeshipRoutes) {
      expect(r.apprenticeship, r.id).toBeDefined();
      const standard = r.apprenticeship?.standard;
      if (standard === null)
        expect(hasCaveat(r.caveats, "apprenticeship.standard", "not-found"), r.id).toBe(true);
      else expect(standard, r.id).toMatch(/^ST\d{4}$/);
    }
  });

  it("includes every apprenticeship the issue lists, at its level", () => {
    const levels = new Map(
      apprenticeshipRoutes.map((r) => [r.apprenticeship?.standard ?? "", r.apprenticeship?.level]),
    );
    expect(Object.fromEntries([...levels].filter(([standard]) => standard !== ""))).toMatchObject({
      ST0216: 2, // healthcare support worker
      ST0217: 3, // senior healthcare support worker
      ST0827: 5, // nursing associate
      ST0781: 6, // registered nurse degree
      ST0568: 6, // psychological wellbeing practitioner (non-degree)
      ST0896: 3, // peer worker
      ST1192: 4, // counsellor
      ST1310: 7, // family and systemic psychotherapist
      ST0820: 7, // clinical associate in psychology
      ST0564: 7, // advanced clinical practitioner
      ST0633: 7, // arts therapist
    });
  });

  it("marks the standard references that are only inferred, and no others", () => {
    // ST0820 and ST0564 are read off occupational map numbers; the rest were seen on an official page or with
    // two providers (ST0781 Skills for Health, ST0517 two universities, ST0215 two assessment organisations,
    // ST0633 Skills for Health), so a caveat on them would now be wrong.
    const inferred = ["ST0820", "ST0564"];
    for (const r of apprenticeshipRoutes) {
      const standard = r.apprenticeship?.standard ?? "";
      expect(hasCaveat(r.caveats, "apprenticeship.standard"), `${r.id} (${standard})`).toBe(
        inferred.includes(standard),
      );
    }
    for (const standard of inferred) {
      expect(
        apprenticeshipRoutes.some((r) => r.apprenticeship?.standard === standard),
        standard,
      ).toBe(true);
    }
  });

  it("explains the January 2026 end of levy funding on every Level 7 apprenticeship", () => {
    const level7 = apprenticeshipRoutes.filter((r) => r.apprenticeship?.level === 7);
    expect(level7.length).toBeGreaterThanOrEqual(6);
    for (const r of level7) {
      expect(r.fundingNote, r.id).toMatch(/January 2026/);
      expect(r.funding, r.id).not.toBe("apprenticeship-levy");
      expect(hasCaveat(r.caveats, "funding", "inferred"), r.id).toBe(true);
    }
  });
});

describe("bundled dataset: eligibility rules the route finder applies", () => {
  it("asks PWPs for at least two years in post before high-intensity CBT training", () => {
    const r = route("pwp-to-high-intensity-cbt");
    expect(r.from).toEqual(["psychological-wellbeing-practitioner"]);
    const [experience] = prerequisitesOf(r, "experience-in-role");
    expect(experience?.months).toBeGreaterThanOrEqual(24);
  });

  it("puts the two-year gap and GBC on every route into clinical psychology", () => {
    const dclinpsy = routesTo("clinical-psychologist");
    expect(dclinpsy.map((r) => r.id)).toEqual(
      expect.arrayContaining(["dclinpsy", "dclinpsy-after-funded-training"]),
    );
    for (const r of dclinpsy) {
      expect(
        prerequisitesOf(r, "gap-after-funded-training").map((p) => p.months),
        r.id,
      ).toEqual([24]);
      expect(
        prerequisitesOf(r, "holds").flatMap((p) => p.anyOf),
        r.id,
      ).toEqual(["psychology-degree-gbc"]);
    }
  });

  it("marks the NHS-funded psychological trainings that start the two-year gap", () => {
    for (const id of [
      "pwp-postgraduate-certificate",
      "pwp-graduate-certificate",
      "pwp-apprenticeship",
      "cwp-training",
      "emhp-training",
      "mhwp-postgraduate-certificate",
      "cap-apprenticeship",
      "pwp-to-high-intensity-cbt",
      "core-profession-to-high-intensity-cbt",
    ]) {
      expect(route(id).nhsFundedPsychologicalTraining, id).toBe(true);
    }
    // A later NHS-funded training that changes occupation waits for the gap too, not only clinical psychology.
    expect(
      prerequisitesOf(route("cap-apprenticeship-after-funded-training"), "gap-after-funded-training"),
    ).toHaveLength(1);
  });

  it("requires statutory registration for the ACP apprenticeship and keeps voluntary-register roles out", () => {
    const acp = dataset.routes.filter((r) => r.apprenticeship?.standard === "ST0564");
    expect(acp.map((r) => r.id)).toEqual(["acp-apprenticeship"]);
    const [r] = acp;
    expect(r?.to).toBe("advanced-clinical-practitioner");
    expect(prerequisitesOf(r!, "statutory-registration")).toHaveLength(1);
    for (const from of r!.from) expect(rolesById.get(from)?.registration.type, from).toBe("statutory");
    expect(r!.from.filter((f) => VOLUNTARY_REGISTER_ROLES.includes(f))).toEqual([]);
    expect(rolesById.get("advanced-clinical-practitioner")?.entryRequirements.join(" ")).toMatch(
      /cannot take the apprenticeship/,
    );
  });

  it("restricts family therapy training to core professions, in from and as a holds rule", () => {
    const routes = [...routesTo("family-systemic-psychotherapist"), ...routesTo(FOUNDATION_YEARS)];
    expect(routes.length).toBeGreaterThanOrEqual(3);
    for (const r of routes) {
      // The apprenticeship is the qualifying level only: it leaves from the foundation and intermediate years.
      expect(
        r.from.filter((f) => !FAMILY_THERAPY_CORE_PROFESSIONS.has(f) && f !== FOUNDATION_YEARS),
        r.id,
      ).toEqual([]);
      const holds = prerequisitesOf(r, "holds");
      expect(holds.length, r.id).toBe(1);
      expect(
        holds[0]!.anyOf.filter((f) => !FAMILY_THERAPY_CORE_PROFESSIONS.has(f)),
        r.id,
      ).toEqual([]);
    }
  });

  it("asks for lived experience on every route into a peer role, and caring experience for family ambassadors", () => {
    const peerRoles = dataset.roles.filter((role) => role.family === "peer-support");
    expect(peerRoles.length).toBeGreaterThanOrEqual(5);
    for (const role of peerRoles) {
      const needed = role.id === "family-ambassador" ? "carer-experience" : "lived-experience";
      for (const r of routesTo(role.id)) {
        expect(
          prerequisitesOf(r, "holds").some((p) => p.anyOf.includes(needed)),
          `${r.id} into ${role.id}`,
        ).toBe(true);
      }
    }
  });

  it("limits approved clinician approval to the eligible professions on a statutory register", () => {
    for (const r of routesTo("approved-clinician")) {
      expect(prerequisitesOf(r, "statutory-registration"), r.id).toHaveLength(1);
      const anyOf = prerequisitesOf(r, "holds").flatMap((p) => p.anyOf);
      expect(anyOf.length, r.id).toBeGreaterThan(0);
      expect(
        anyOf.filter((id) => !APPROVED_CLINICIAN_PROFESSIONS.has(id)),
        r.id,
      ).toEqual([]);
    }
  });

  it("models the senior wellbeing practitioner top-up from CWP and EMHP with the experience it needs", () => {
    const r = route("senior-wellbeing-practitioner-training");
    expect([...r.from].sort()).toEqual([
      "childrens-wellbeing-practitioner",
      "education-mental-health-practitioner",
    ]);
    expect(prerequisitesOf(r, "experience-in-role")[0]?.months).toBeGreaterThan(0);
    expect(hasCaveat(r.caveats, "prerequisites", "conflicting")).toBe(true);
  });
});

describe("bundled dataset: durations and funding the route finder ranks by", () => {
  const JOB_KINDS: ReadonlyArray<Route["kind"]> = [
    "entry",
    "progression",
    "lateral",
    "consultant",
    "leadership",
  ];

  it("treats applying for a job as taking no time and costing nothing, or as of unknown length when no source says how long people are in post first", () => {
    for (const r of dataset.routes.filter((x) => JOB_KINDS.includes(x.kind))) {
      if (r.durationMonths === undefined)
        expect(hasCaveat(r.caveats, "durationMonths", "not-found"), r.id).toBe(true);
      else expect(r.durationMonths, r.id).toEqual({ min: 0, max: 0 });
      expect(r.funding, r.id).toBe("not-applicable");
    }
  });

  it("gives every course a real length, or a not-found caveat", () => {
    for (const r of dataset.routes.filter((x) => !JOB_KINDS.includes(x.kind))) {
      if (r.durationMonths === undefined)
        expect(hasCaveat(r.caveats, "durationMonths", "not-found"), r.id).toBe(true);
      else expect(r.durationMonths.max, r.id).toBeGreaterThan(0);
    }
  });

  it("uses experience-in-role for the waits in progression by appointment", () => {
    for (const id of [
      "pwp-to-senior-pwp",
      "psychologist-to-principal",
      "principal-to-consultant-psychologist",
    ]) {
      expect(prerequisitesOf(route(id), "experience-in-role").length, id).toBe(1);
    }
  });
});

describe("bundled dataset: sources and pay", () => {
  const citedSources = new Set<string>();
  const cite = (item: { sources: string[]; caveats: { sources?: string[] | undefined }[] }) => {
    for (const id of item.sources) citedSources.add(id);
    for (const caveat of item.caveats) for (const id of caveat.sources ?? []) citedSources.add(id);
  };
  for (const item of [...dataset.startingPoints, ...dataset.roles, ...dataset.routes]) cite(item);
  const sourceIds = new Set(dataset.sources.map((s) => s.id));

  it("cites every source it lists, and lists every source it cites", () => {
    expect(dataset.sources.filter((s) => !citedSources.has(s.id)).map((s) => s.id)).toEqual([]);
    expect([...citedSources].filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  it("gives every source a publisher and a date seen, and every item a review date no later than the dataset's", () => {
    for (const source of dataset.sources) {
      expect(source.publisher, source.id).toBeDefined();
      expect(source.url, source.id).toMatch(/^https:\/\//);
      // A real calendar date, and not after the dataset says it was reviewed.
      expect(source.seen, source.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${source.seen}T00:00:00Z`).toISOString().slice(0, 10), source.id).toBe(source.seen);
      expect(source.seen <= dataset.meta.lastReviewed, `${source.id} seen ${source.seen}`).toBe(true);
    }
    for (const item of [...dataset.startingPoints, ...dataset.roles, ...dataset.routes]) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      expect(item.lastReviewed <= dataset.meta.lastReviewed, item.id).toBe(true);
    }
  });

  it("keeps pounds out of roles: pay comes from the Agenda for Change table", () => {
    const withPounds = (role: Role) => JSON.stringify(role.pay).includes("£");
    expect(dataset.roles.filter(withPounds).map((r) => r.id)).toEqual([]);
  });

  it("records a band for most Agenda for Change roles and a caveat wherever one is missing", () => {
    const afc = dataset.roles.filter((r) => r.pay.scale === "agenda-for-change");
    const banded = afc.filter((r) => r.pay.scale === "agenda-for-change" && r.pay.qualified !== undefined);
    expect(banded.length / afc.length).toBeGreaterThan(0.8);
    for (const r of afc.filter((x) => !banded.includes(x))) {
      expect(
        r.caveats.some((c) => c.field.startsWith("pay") && c.confidence === "not-found"),
        r.id,
      ).toBe(true);
    }
  });
});

describe("bundled dataset: what a real applicant faces (experience, competition, cost, age)", () => {
  it("gives every step a person may pay for its fees in pounds, or says they were not found", () => {
    const payable = dataset.routes.filter((r) => r.funding === "self-funded" || r.funding === "mixed");
    expect(payable.length).toBeGreaterThan(10);
    for (const r of payable) {
      expect(r.fees !== undefined || hasCaveat(r.caveats, "fees", "not-found"), r.id).toBe(true);
    }
  });

  it("counts the experience clinical psychology courses expect, with a typical figure above the minimum", () => {
    for (const id of ["dclinpsy", "dclinpsy-after-funded-training"]) {
      const experience = prerequisitesOf(routesById.get(id)!, "relevant-experience");
      expect(experience, id).toHaveLength(1);
      expect(experience[0]!.months, id).toBe(12);
      expect(experience[0]!.typicalMonths!.min, id).toBeGreaterThan(12);
      expect(routesById.get(id)!.competition, id).toBeDefined();
      expect(routesById.get(id)!.intake?.frequency, id).toBe("yearly");
    }
  });

  it("makes counsellors wait for accreditation on every route that treats them as a core profession", () => {
    const fromCounsellor = dataset.routes.filter(
      (r) => r.from.includes("counsellor") && r.to !== "counsellor" && r.kind !== "progression",
    );
    const intoTherapy = fromCounsellor.filter((r) =>
      ["high-intensity-cbt-therapist", "nhs-talking-therapies-counsellor"].includes(r.to),
    );
    expect(intoTherapy.length).toBeGreaterThanOrEqual(4);
    for (const r of intoTherapy) {
      expect(r.from, r.id).toEqual(["counsellor"]);
      const wait = prerequisitesOf(r, "experience-in-role")[0];
      expect(wait?.months, r.id).toBeGreaterThanOrEqual(36);
    }
  });

  it("limits level 7 apprenticeship funding by age, and says what happens to older apprentices", () => {
    const level7 = dataset.routes.filter((r) => r.apprenticeship?.level === 7);
    expect(level7.length).toBeGreaterThanOrEqual(5);
    for (const r of level7) {
      expect(r.fundingByAge, r.id).toMatchObject({
        under: 22,
        extendedUnder: 25,
        funding: "apprenticeship-levy",
      });
      expect(r.funding, r.id).toBe("employer-funded");
    }
  });

  it("says what holding a role implies, where every applicant has it", () => {
    expect(rolesById.get("assistant-psychologist")!.implies).toContain("psychology-degree-gbc");
    expect(rolesById.get("clinical-associate-psychology")!.implies).toContain("psychology-degree-gbc");
    for (const id of ["mental-health-nurse", "occupational-therapist", "social-worker"]) {
      expect(rolesById.get(id)!.implies, id).toContain("other-degree");
    }
  });
});

describe("bundled dataset: the whole workforce (issue 11)", () => {
  /** Starting points a real person has, and a role each should be able to reach under every rule. */
  const REAL_STARTS: ReadonlyArray<[string, readonly string[], Record<string, number>?]> = [
    ["approved-mental-health-professional", ["a-levels"]],
    ["approved-mental-health-professional", ["social-worker"], { "social-worker": 24 }],
    ["clinical-neuropsychologist", ["psychology-degree-gbc"]],
    ["clinical-neuropsychologist", ["clinical-psychologist"]],
    ["senior-mental-health-nurse", ["gcses"]],
    ["nurse-consultant", ["a-levels"]],
    ["nurse-consultant", ["senior-mental-health-nurse"]],
    ["peer-support-coordinator", ["lived-experience"]],
    ["peer-support-coordinator", ["carer-experience"]],
    ["adult-psychotherapist", ["high-intensity-cbt-therapist"]],
    ["childrens-wellbeing-practitioner", ["cyp-experience"]],
    ["education-mental-health-practitioner", ["healthcare-support-worker"]],
    ["educational-psychologist", ["psychology-degree-gbc", "cyp-experience"]],
    ["clinical-psychologist", ["psychology-degree-gbc", "research-or-clinical-experience"]],
    ["clinical-psychologist", ["psychology-degree-gbc", "psychology-masters"]],
    ["clinical-psychologist", ["mental-health-nurse"]],
  ];

  it.each(REAL_STARTS)("reaches %s from %j under every rule", (to, from, experienceMonths) => {
    const result = findRoutes(graph, { from: [...from], to, experienceMonths, alternatives: 0 });
    expect(result.routes.length, result.reason ?? "").toBeGreaterThan(0);
  });

  it("gives every role added for the issue its sources, a review date and a way onward or a reason for none", () => {
    for (const id of [
      "approved-mental-health-professional",
      "clinical-neuropsychologist",
      "senior-mental-health-nurse",
      "nurse-consultant",
      "peer-support-coordinator",
    ]) {
      const role = rolesById.get(id)!;
      expect(role.sources.length, id).toBeGreaterThan(0);
      expect(role.lastReviewed, id).toBe("2026-11-30");
      const onward = (graph.outEdges.get(id) ?? []).length;
      expect(onward > 0 || HELD_ALONGSIDE_ROLES.includes(id), id).toBe(true);
    }
  });

  it("counts the new kinds of experience on the routes that ask for them", () => {
    const experienceOn = (id: string) => prerequisitesOf(route(id), "relevant-experience")[0]!.anyOf;
    expect(experienceOn("dclinpsy")).toContain("research-or-clinical-experience");
    expect(experienceOn("educational-psychology-doctorate")).toContain("cyp-experience");
    // Months of research or clinical work a person already has shorten the wait before clinical psychology.
    const query = {
      from: ["psychology-degree-gbc", "research-or-clinical-experience"],
      to: "clinical-psychologist",
    };
    const without = findRoutes(graph, { ...query, alternatives: 0 }).routes[0]!;
    const withAYear = findRoutes(graph, {
      ...query,
      experienceMonths: { "research-or-clinical-experience": 12 },
      alternatives: 0,
    }).routes[0]!;
    expect(withAYear.months.minimum).toBe(without.months.minimum - 12);
  });

  it("opens the graduate-level CWP and EMHP courses to people without a degree, and says what they ask", () => {
    for (const id of ["cwp-graduate-level-training", "emhp-graduate-diploma"]) {
      const r = route(id);
      expect(r.from, id).toEqual(
        expect.arrayContaining(["care-experience", "healthcare-support-worker", "cyp-experience"]),
      );
      expect(
        prerequisitesOf(r, "other").some((p) => /Level 6/.test(p.note)),
        id,
      ).toBe(true);
      expect(hasCaveat(r.caveats, "from", "inferred"), id).toBe(true);
    }
  });

  it("lets carers take the peer worker apprenticeship, as the standard's job titles include carer peer support worker", () => {
    expect(route("peer-worker-apprenticeship").from).toContain("carer-experience");
  });

  it("links roles to NHS Health Careers pages only at clean addresses, and to role pages rather than their sub-pages", () => {
    const healthCareers = dataset.roles.flatMap((r) =>
      r.links
        .filter((l) => l.url.startsWith("https://www.healthcareers.nhs.uk/"))
        .map((l) => ({ id: r.id, ...l })),
    );
    // 22 roles had a link before this issue; dramatherapist's page was confirmed since.
    expect(healthCareers.length).toBeGreaterThanOrEqual(23);
    for (const link of healthCareers) {
      expect(link.url, link.id).toMatch(/^https:\/\/www\.healthcareers\.nhs\.uk\/[a-z0-9\-/?=_]+$/);
      expect(link.url, link.id).not.toMatch(/entry-requirements/);
      // A comparison page is a stand-in, and its link text must say so.
      if (link.url.includes("compare-roles")) expect(link.title, link.id).toMatch(/compare roles/);
    }
  });
});
