/**
 * The careers dataset format (version 2), defined once. The TypeScript types, the runtime parser and the
 * published JSON Schema (data/schema.json) all come from these zod schemas, so they cannot drift apart.
 *
 * The format is any profession's: the dataset declares its own career stages (the map's columns), families
 * (its lanes), route kinds and pay scales, and roles and routes refer to them by id. Files in format 1
 * (psychology's stages, kinds and Agenda for Change built in) are migrated on reading (migrate.ts).
 *
 * The schemas check shape only. Rules that need the whole dataset (unique ids, references, reachability, band
 * order) live in src/core/validate, so that every problem can be reported at once with a specific code.
 */
// zod/mini rather than zod: the same validation at a fifth of the download, which matters on a cheap phone.
import * as z from "zod/mini";
import {
  AGE_GROUPS,
  CONFIDENCE_LEVELS,
  FORMAT_VERSION,
  FUNDING_TYPES,
  HTTPS_URL_PATTERN,
  ID_PATTERN,
  INTAKE_FREQUENCIES,
  MAX_ID_LENGTH,
  MAX_MONTHS,
  MAX_QUALIFICATION_LEVEL,
  QUALIFICATION_FRAMEWORKS,
  REGISTRATION_TYPES,
  RESERVED_PAY_SCALE_IDS,
  ROLE_STATUSES,
  ROUTE_CATEGORIES,
  STARTING_POINT_KINDS,
} from "./constants";

// The plain constants live in constants.ts, with no zod, for the pages; every importer of the format may
// still take them from here.
export * from "./constants";

const ISO_DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** Attaches a description that the published JSON Schema shows to data authors. */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description));
}

export function matching(pattern: RegExp, error: string) {
  return z.string().check(z.regex(pattern, { error }));
}

export function wholeNumber(min: number, max?: number) {
  return max === undefined ? z.int().check(z.gte(min)) : z.int().check(z.gte(min), z.lte(max));
}

/** A whole number of months from `min` up to MAX_MONTHS. */
export function monthsCount(min: number) {
  return wholeNumber(min, MAX_MONTHS);
}

export function atLeastOne<T extends z.ZodMiniType>(item: T, error: string) {
  return z.array(item).check(z.minLength(1, { error }));
}

export function listOrEmpty<T extends z.ZodMiniType>(item: T) {
  return z._default(z.array(item), []);
}

/**
 * Characters that change how text is shown without being seen: control characters (terminal escape codes among
 * them) and the bidirectional overrides that can make text read differently from what it holds. No dataset text
 * needs them, and a reader could be misled by them.
 */
/* eslint-disable no-control-regex, no-misleading-character-class -- these match such characters on purpose */
const HIDDEN_CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Characters that take no space when shown: text made only of these (and spaces) reads as empty. */
const INVISIBLE =
  /[\s\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]/g;
/* eslint-enable no-control-regex, no-misleading-character-class */

export const nonEmptyText = z.string().check(
  z.trim(),
  z.minLength(1, { error: "must not be empty" }),
  z.refine((text) => !HIDDEN_CONTROL.test(text), {
    error: "must not hold control or text-direction characters: retype it as plain text",
    abort: true,
  }),
  z.refine((text) => text.replace(INVISIBLE, "").length > 0, {
    error: "must hold visible characters, not only invisible ones",
  }),
);
const optionalText = z.optional(nonEmptyText);

/** At least one source id. An empty list is reported as its own problem (missing-source) by the validator. */
const sourceIdsSchema = atLeastOne(z.string(), "cite at least one source");

export const idSchema = described(
  z.string().check(
    z.maxLength(MAX_ID_LENGTH, { error: `must be at most ${MAX_ID_LENGTH} characters`, abort: true }),
    z.regex(ID_PATTERN, {
      error: "must be kebab-case: lower-case letters and digits joined by single hyphens",
    }),
  ),
  "A stable kebab-case identifier, e.g. clinical-psychologist.",
);

export const isoDateSchema = described(
  matching(ISO_DATE_PATTERN, "must be a date written YYYY-MM-DD"),
  "A calendar date, YYYY-MM-DD.",
);

export const httpsUrlSchema = described(
  z.string().check(
    z.regex(HTTPS_URL_PATTERN, { error: "must be an https:// link" }),
    // https://www.healthcareers.nhs.uk@other.host/ goes to other.host: a user name hides where a link leads.
    z.refine((url) => !/^https:\/\/[^/?#]*@/.test(url), {
      error: "must not hold a user name or password (before an @): it hides which site the link goes to",
    }),
    z.refine((url) => !HIDDEN_CONTROL.test(url), {
      error: "must not hold control or text-direction characters",
    }),
  ),
  "An absolute https:// link.",
);

export const bandSchema = described(nonEmptyText, "A band of the role's pay scale, e.g. 5 or 8a.");

export const bandRangeSchema = described(
  z.strictObject({ min: bandSchema, max: bandSchema }),
  "A band or a range of bands; a single band has min equal to max.",
);
export type BandRange = z.infer<typeof bandRangeSchema>;

export const monthsRangeSchema = described(
  z.strictObject({ min: monthsCount(0), max: monthsCount(0) }),
  `A length of time in whole months, shortest to longest, at most ${MAX_MONTHS}.`,
);
export type MonthsRange = z.infer<typeof monthsRangeSchema>;

/**
 * A caveat marks one field whose value is less than certain. `not-found` means the fact was searched for and
 * not found: the field is then left out rather than guessed.
 */
export const caveatSchema = z.strictObject({
  field: described(
    matching(/^[a-zA-Z]+(?:\.[a-zA-Z]+)*$/, "must be a field name such as pay.qualified"),
    "The field the caveat is about, as a dotted path within the role or route, e.g. pay.qualified.",
  ),
  confidence: z.enum(CONFIDENCE_LEVELS),
  note: described(nonEmptyText, "What is uncertain and why, in words a reader can act on."),
  sources: described(z.optional(z.array(idSchema)), "Sources behind the caveat, e.g. the two that disagree."),
});
export type Caveat = z.infer<typeof caveatSchema>;

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  url: httpsUrlSchema,
  publisher: optionalText,
  seen: described(isoDateSchema, "The date the source was last read."),
});
export type Source = z.infer<typeof sourceSchema>;

export const familySchema = described(
  z.strictObject({
    id: idSchema,
    name: nonEmptyText,
    description: optionalText,
  }),
  "A family of roles: a lane of the map, in the order listed.",
);
export type Family = z.infer<typeof familySchema>;

export const stageSchema = described(
  z.strictObject({
    id: idSchema,
    name: described(nonEmptyText, "The column's heading on the map."),
    description: optionalText,
  }),
  "A career stage: a column of the map, in the order listed.",
);
export type Stage = z.infer<typeof stageSchema>;

export const routeKindSchema = described(
  z.strictObject({
    id: idSchema,
    name: described(nonEmptyText, "The kind's name on the page."),
    category: described(
      z.enum(ROUTE_CATEGORIES),
      "What sort of step it is; the map draws each sort its own way (see data/README.md).",
    ),
    description: optionalText,
  }),
  "A kind of route, e.g. training.",
);
export type RouteKindDeclaration = z.infer<typeof routeKindSchema>;

export const payScaleSchema = described(
  z.strictObject({
    id: idSchema,
    name: described(nonEmptyText, "The scale's name, e.g. Agenda for Change."),
    bands: described(atLeastOne(nonEmptyText, "name at least one band"), "The scale's bands, lowest first."),
  }),
  "A banded pay scale; pounds come from the pay table.",
);
export type PayScale = z.infer<typeof payScaleSchema>;

export const registrationSchema = z.strictObject({
  type: described(
    z.enum(REGISTRATION_TYPES),
    "statutory: a regulator protects the title (HCPC, NMC, Social Work England); accredited-register: a voluntary register accredited by the Professional Standards Authority; none.",
  ),
  bodies: described(z.array(nonEmptyText), "The regulator or registers, e.g. HCPC, CBT Register UK."),
  note: optionalText,
});
export type Registration = z.infer<typeof registrationSchema>;

const voluntaryPaySchema = z.strictObject({ scale: z.literal("voluntary"), note: optionalText });
const otherPaySchema = z.strictObject({
  scale: z.literal("other"),
  name: described(nonEmptyText, "The pay scale, e.g. Soulbury (local authorities) or a Civil Service grade."),
  note: optionalText,
});
const bandedPaySchema = z.strictObject({
  scale: described(
    idSchema.check(
      z.refine((id) => !(RESERVED_PAY_SCALE_IDS as ReadonlyArray<string>).includes(id), {
        error: `must be a pay scale's id, not ${RESERVED_PAY_SCALE_IDS.join(" or ")}`,
        // A failed check here rules this form out, so the value is reported as the form it came closest to.
        abort: true,
      }),
    ),
    "The id of one of the dataset's payScales.",
  ),
  whileTraining: z.optional(bandRangeSchema),
  qualified: z.optional(bandRangeSchema),
  note: optionalText,
});
/** Pay on one of the dataset's banded scales (every scale but "other" and "voluntary"). */
export type BandedPay = z.infer<typeof bandedPaySchema>;

export const paySchema = described(
  z.union([voluntaryPaySchema, otherPaySchema, bandedPaySchema]),
  "How the role is paid: bands on one of the payScales, another scale by name, or voluntary.",
);
export type Pay = z.infer<typeof paySchema>;

const linkSchema = described(
  z.strictObject({
    title: described(nonEmptyText, "The link's text."),
    url: httpsUrlSchema,
  }),
  "A page about the role elsewhere.",
);
export type Link = z.infer<typeof linkSchema>;

export const roleSchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  otherNames: described(listOrEmpty(nonEmptyText), "Other titles and abbreviations, e.g. PWP."),
  family: described(idSchema, "The id of one of the dataset's families."),
  stage: described(idSchema, "The id of one of the dataset's stages."),
  careerFrameworkLevel: described(
    z.optional(wholeNumber(1, 9)),
    "Skills for Health career framework level, 1 to 9.",
  ),
  pay: paySchema,
  registration: registrationSchema,
  status: z.enum(ROLE_STATUSES),
  summary: described(nonEmptyText, "What the role does, in the dataset's own words."),
  settings: listOrEmpty(nonEmptyText),
  ageGroups: described(listOrEmpty(z.enum(AGE_GROUPS)), "Who the role works with, where that matters."),
  entryRequirements: listOrEmpty(nonEmptyText),
  implies: described(
    listOrEmpty(idSchema),
    "Starting points or roles anyone in this role normally has (an assistant psychologist has GBC). The route finder counts them as held, and says it assumed so.",
  ),
  links: listOrEmpty(linkSchema),
  sources: described(sourceIdsSchema, "Ids of the sources behind the role's facts."),
  lastReviewed: isoDateSchema,
  caveats: listOrEmpty(caveatSchema),
});
export type Role = z.infer<typeof roleSchema>;
export type RoleInput = z.input<typeof roleSchema>;

export const startingPointSchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  otherNames: listOrEmpty(nonEmptyText),
  kind: z.enum(STARTING_POINT_KINDS),
  summary: nonEmptyText,
  sources: sourceIdsSchema,
  lastReviewed: isoDateSchema,
  caveats: listOrEmpty(caveatSchema),
});
export type StartingPoint = z.infer<typeof startingPointSchema>;

export const qualificationSchema = z.strictObject({
  name: described(nonEmptyText, "The award, e.g. PGDip, Doctorate in Clinical Psychology."),
  framework: z.enum(QUALIFICATION_FRAMEWORKS),
  level: wholeNumber(1, MAX_QUALIFICATION_LEVEL),
});
export type Qualification = z.infer<typeof qualificationSchema>;

export const apprenticeshipSchema = z.strictObject({
  title: nonEmptyText,
  standard: described(
    z.nullable(matching(/^ST\d{4}$/, "must be a standard reference such as ST0568")),
    "The apprenticeship standard reference, or null where none was found (add a caveat).",
  ),
  level: wholeNumber(2, 7),
});
export type Apprenticeship = z.infer<typeof apprenticeshipSchema>;

/**
 * What successful applicants usually have, in months, where a source says so: a range, shortest first. The
 * rule's `months` is the minimum the rule itself sets; this is what selection expects in practice.
 */
export const typicalMonthsSchema = described(
  z.strictObject({ min: monthsCount(1), max: monthsCount(1) }),
  `What successful applicants usually have, in months (shortest to longest, at most ${MAX_MONTHS}); leave out when no source says.`,
);

const experienceFields = {
  months: described(monthsCount(1), "The least experience the rule or course states, in months."),
  typicalMonths: z.optional(typicalMonthsSchema),
  note: nonEmptyText,
  sources: described(
    z.optional(z.array(idSchema)),
    "Sources for the minimum and typical figures, when they differ from the route's own.",
  ),
};

/**
 * Eligibility rules the route finder respects, not only shows.
 * - experience-in-role: months in the route's from-role before the step can start (minimum, and typical).
 * - relevant-experience: months of experience that selection requires or expects before the step, gained in
 *   any of `anyOf` (the roles whose time counts; e.g. a year of relevant clinical work before clinical
 *   psychology training). Time in those roles earlier on a route counts; the rest is a wait spent gaining it.
 * - gap-after-funded-training: months that must pass after the end of the latest route marked
 *   nhsFundedPsychologicalTraining before this step starts (the clinical psychology two-year rule). A
 *   starting role whose every way in is so marked (PWP, say) counts as such training, ended as many months
 *   ago as the person has been in post.
 * - statutory-registration: the from-role must be on a statutory register.
 * - holds: the person must have one of these nodes already, as a starting point, as something a role they
 *   hold implies, or earlier on the route (e.g. lived experience for peer roles, GBC for clinical psychology).
 * - other: a condition shown to the reader that the finder cannot check (e.g. right to work in the UK).
 */
export const prerequisiteSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("experience-in-role"), ...experienceFields }),
  z.strictObject({
    type: z.literal("relevant-experience"),
    ...experienceFields,
    anyOf: described(
      atLeastOne(idSchema, "name at least one role whose time counts"),
      "The roles whose time counts as this experience.",
    ),
    counts: described(
      nonEmptyText,
      "What counts, in words a reader can act on, e.g. paid clinical work with adults.",
    ),
  }),
  z.strictObject({
    type: z.literal("gap-after-funded-training"),
    months: monthsCount(1),
    note: nonEmptyText,
  }),
  z.strictObject({ type: z.literal("statutory-registration"), note: nonEmptyText }),
  z.strictObject({
    type: z.literal("holds"),
    anyOf: atLeastOne(idSchema, "name at least one node"),
    note: nonEmptyText,
  }),
  z.strictObject({ type: z.literal("other"), note: nonEmptyText }),
]);
export type Prerequisite = z.infer<typeof prerequisiteSchema>;

/** A year a figure applies to: an academic or financial year ("2025/26") or a calendar year ("2020"). */
export const figureYearSchema = described(
  matching(/^\d{4}(?:\/\d{2})?$/, 'must be a year such as "2020" or "2025/26"'),
  'The year a figure applies to, e.g. "2025/26" or "2020".',
);

/**
 * Funding that depends on age at the start of the step: people under `under` (or under `extendedUnder` for
 * care leavers and people with an education, health and care plan) get `funding`; everyone else gets the
 * route's own `funding`. Since January 2026 apprenticeship funding for level 7 standards is for under-22s only.
 */
export const fundingByAgeSchema = z.strictObject({
  under: described(wholeNumber(1, 120), "The age, in years, below which this funding applies."),
  extendedUnder: described(
    z.optional(wholeNumber(1, 120)),
    "The higher age limit for care leavers and people with an education, health and care plan.",
  ),
  funding: described(z.enum(FUNDING_TYPES), "How the step is funded for people under the age limit."),
  note: nonEmptyText,
  sources: z.optional(z.array(idSchema)),
});
export type FundingByAge = z.infer<typeof fundingByAgeSchema>;

/** Pounds, least to most. */
export const poundsRangeSchema = described(
  z.strictObject({ min: wholeNumber(0, 10_000_000), max: wholeNumber(0, 10_000_000) }),
  "An amount in whole pounds, least to most; a single figure has min equal to max.",
);
export type PoundsRange = z.infer<typeof poundsRangeSchema>;

/**
 * What a person pays in fees for the whole step when it is not paid for them (self-funded, or mixed and the
 * employer does not pay), for one year's prices. Leave it out when no source gives a figure.
 */
export const feesSchema = z.strictObject({
  pounds: poundsRangeSchema,
  year: figureYearSchema,
  note: described(
    nonEmptyText,
    "What the figure covers and which providers it comes from; loans or bursaries that help.",
  ),
  sources: sourceIdsSchema,
});
export type Fees = z.infer<typeof feesSchema>;

/** How many people applied and how many got a place, for one year, where a source gives the figures. */
export const competitionSchema = z.strictObject({
  applicants: described(wholeNumber(1, 10_000_000), "People who applied."),
  places: described(wholeNumber(1, 10_000_000), "Places filled or offered."),
  year: figureYearSchema,
  scope: described(nonEmptyText, 'What the figures count, e.g. "all NHS-funded places in the UK".'),
  note: optionalText,
  sources: sourceIdsSchema,
});
export type Competition = z.infer<typeof competitionSchema>;

/** When a programme takes people on: a yearly intake means applying months before an autumn start. */
export const intakeSchema = z.strictObject({
  frequency: z.enum(INTAKE_FREQUENCIES),
  note: described(
    nonEmptyText,
    "When to apply and when it starts, e.g. apply by early December to start in the autumn.",
  ),
  sources: sourceIdsSchema,
});
export type Intake = z.infer<typeof intakeSchema>;

export const routeSchema = z.strictObject({
  id: idSchema,
  from: described(
    atLeastOne(idSchema, "name at least one role or starting point"),
    "Where the route starts: one or more role or starting-point ids that share this programme.",
  ),
  to: idSchema,
  kind: described(idSchema, "The id of one of the dataset's routeKinds."),
  programme: described(nonEmptyText, "The programme, course or step, e.g. Doctorate in Clinical Psychology."),
  summary: optionalText,
  durationMonths: described(
    z.optional(monthsRangeSchema),
    "How long the step takes; leave out when not found and add a not-found caveat.",
  ),
  qualification: z.optional(qualificationSchema),
  funding: z.enum(FUNDING_TYPES),
  fundingNote: optionalText,
  apprenticeship: z.optional(apprenticeshipSchema),
  nhsFundedPsychologicalTraining: described(
    z._default(z.boolean(), false),
    "True for NHS-funded psychological-professions training that starts the clinical psychology gap.",
  ),
  fundingByAge: z.optional(fundingByAgeSchema),
  fees: z.optional(feesSchema),
  competition: z.optional(competitionSchema),
  intake: z.optional(intakeSchema),
  prerequisites: listOrEmpty(prerequisiteSchema),
  sources: sourceIdsSchema,
  lastReviewed: isoDateSchema,
  caveats: listOrEmpty(caveatSchema),
});
export type Route = z.infer<typeof routeSchema>;

export const datasetMetaSchema = z.strictObject({
  id: described(idSchema, "A stable id for the dataset: saved plans are kept under it."),
  name: described(nonEmptyText, "The map's name, for its header and page titles."),
  strapline: described(optionalText, "A line under the name."),
  title: described(nonEmptyText, "What the dataset covers."),
  description: nonEmptyText,
  region: nonEmptyText,
  lastReviewed: isoDateSchema,
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

export const datasetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  formatVersion: described(
    z.literal(FORMAT_VERSION),
    `The format's version, ${FORMAT_VERSION}. Files without one are format 1 and are migrated on reading: npm run migrate:data rewrites them.`,
  ),
  meta: datasetMetaSchema,
  stages: atLeastOne(stageSchema, "name at least one stage"),
  families: atLeastOne(familySchema, "name at least one family"),
  routeKinds: atLeastOne(routeKindSchema, "name at least one route kind"),
  payScales: listOrEmpty(payScaleSchema),
  sources: z.array(sourceSchema),
  startingPoints: z.array(startingPointSchema),
  roles: z.array(roleSchema),
  routes: z.array(routeSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;

/** A node of the careers graph: a role, or a starting point such as a degree or lived experience. */
export type CareerNode = ({ nodeType: "role" } & Role) | ({ nodeType: "starting-point" } & StartingPoint);
