/**
 * The dataset format's plain constants (its vocabularies, patterns and limits) and the one guard pages use,
 * with no zod: the pages of the first load import them from here, so the schemas and zod (schema.ts re-exports
 * all of this) load only where a dataset is validated.
 */
import type { BandedPay, Pay } from "./schema";
// Types only flow back from format-1.ts, so the two modules do not load each other.
import { FORMAT_1_ROUTE_KINDS } from "./format-1";

/** The format version this code reads and writes. Older files are migrated (migrate.ts); newer ones refused. */
export const FORMAT_VERSION = 2;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const HTTPS_URL_PATTERN = /^https:\/\/[^\s/?#]+\.[^\s]+$/;

/**
 * The most months any length or wait may be: 50 years, longer than any real training or rule. The route
 * finder keeps months in 32-bit integers and sums them along routes, so unbounded values would break its
 * rankings.
 */
export const MAX_MONTHS = 600;

/** The longest id: ids are read in addresses and error messages, so they stay short. */
export const MAX_ID_LENGTH = 100;

export const CONFIDENCE_LEVELS = ["unverified", "inferred", "conflicting", "not-found"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/**
 * What sort of step a route kind is, in terms the app understands: it draws each sort its own way and says
 * what it means in the map's key. Whether a step is a programme to fund is the route's own `funding`.
 */
export const ROUTE_CATEGORIES = [
  "entry",
  "training",
  "top-up",
  "apprenticeship",
  "progression",
  "lateral",
  "senior",
] as const;
export type RouteCategory = (typeof ROUTE_CATEGORIES)[number];

/** Pay values that are not a banded scale, so no scale may take their names. */
export const RESERVED_PAY_SCALE_IDS = ["other", "voluntary"] as const;

export const REGISTRATION_TYPES = ["statutory", "accredited-register", "none"] as const;
export type RegistrationType = (typeof REGISTRATION_TYPES)[number];

/**
 * Whether pay is on one of the dataset's banded scales (rather than another scale by name, or voluntary).
 * @example isBandedPay({ scale: "agenda-for-change", qualified: { min: "5", max: "5" } }) // true
 */
export function isBandedPay(pay: Pay): pay is BandedPay {
  return pay.scale !== "other" && pay.scale !== "voluntary";
}

export const ROLE_STATUSES = ["established", "new", "pilot"] as const;
export type RoleStatus = (typeof ROLE_STATUSES)[number];
export const AGE_GROUPS = ["children-and-young-people", "adults"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const STARTING_POINT_KINDS = ["qualification", "experience", "circumstance"] as const;

/** A route kind's id: one of the dataset's routeKinds. */
export type RouteKind = string;

/**
 * The route kinds of format 1 (psychology's), which a format 1 file is read with. The route finder checks the
 * kinds a query avoids against them; a dataset declares its own in routeKinds.
 */
export const ROUTE_KINDS: readonly RouteKind[] = FORMAT_1_ROUTE_KINDS.map((kind) => kind.id);

/**
 * How a step is paid for, from the learner's point of view:
 * - salaried-trainee-post: employed while training; the fees are paid;
 * - funded-fees: the fees are paid, but there is no salary (a bursary may help);
 * - self-funded: the person pays the fees (a loan may cover them);
 * - apprenticeship-levy: an apprenticeship paid for by apprenticeship funding;
 * - employer-funded: employed while training, the employer paying the fees with no public funding (an
 *   apprentice is never charged, but fewer employers offer such posts);
 * - mixed: paid partly or in some cases by the person, partly by an employer or a grant;
 * - not-applicable: no course, e.g. applying for a job.
 */
export const FUNDING_TYPES = [
  "salaried-trainee-post",
  "funded-fees",
  "self-funded",
  "apprenticeship-levy",
  "employer-funded",
  "mixed",
  "not-applicable",
] as const;
export type Funding = (typeof FUNDING_TYPES)[number];

export const QUALIFICATION_FRAMEWORKS = ["RQF", "FHEQ"] as const;
/** The highest RQF or FHEQ level (a doctorate). */
export const MAX_QUALIFICATION_LEVEL = 8;

export const INTAKE_FREQUENCIES = ["yearly", "twice-yearly", "several-a-year", "any-time"] as const;
