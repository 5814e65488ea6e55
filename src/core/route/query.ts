/**
 * What a person asks the route finder, and the checks that turn it into one normalised form the search uses.
 */
import type { RouteKind } from "../dataset/schema";
import { ID_PATTERN } from "../dataset/constants";
import { InvalidQueryError } from "./errors";

export const PREFERENCES = ["fastest", "fewest-steps", "earn-while-learning"] as const;
/**
 * How routes are ranked; every ranking is a lexicographic vector, ties broken by the sequence of edge keys.
 * Routes with a step of unknown length always come after routes whose every length is known.
 * - fastest: (unknown lengths, typical months at the short end, minimum months, typical months at the long
 *   end, steps)
 * - fewest-steps: (unknown lengths, steps, typical short end, minimum, typical long end)
 * - earn-while-learning: (unknown lengths, unpaid-study cost, typical short end, minimum, typical long end,
 *   steps)
 */
export type Preference = (typeof PREFERENCES)[number];

export const ONLY_CONSTRAINTS = ["apprenticeships", "funded"] as const;
/**
 * - apprenticeships: every step that is a programme (funding other than "not-applicable") must be an
 *   apprenticeship; job applications and appointments stay allowed.
 * - funded: no step the person may have to pay fees for: neither self-funded nor mixed (paid by the person or
 *   an employer). Funding that depends on age is judged at the person's age, or as for an adult when no age
 *   is given.
 */
export type OnlyConstraint = (typeof ONLY_CONSTRAINTS)[number];

const DEFAULT_ALTERNATIVES = 3;
export const MAX_ALTERNATIVES = 10;

/** Filters that remove steps or nodes from the search. Shared by route finding and reachability. */
export interface RouteConstraints {
  only?: OnlyConstraint | undefined;
  /** Node ids never visited. A starting point listed here is not left from, but still counts as held. */
  avoidNodes?: readonly string[] | undefined;
  avoidKinds?: readonly RouteKind[] | undefined;
  /** The highest qualification level (RQF or FHEQ, 1–8) the person is willing to study for. */
  maxQualificationLevel?: number | undefined;
}

/** A route-finding question. All ids are node ids; resolve typed names first with `resolveNode`. */
export interface RouteQuery extends RouteConstraints {
  /** Where the person is now: one or more roles or starting points, all of which they hold. */
  from: readonly string[];
  to: string;
  prefer?: Preference | undefined;
  /** Routes wanted beyond the best one: default 3, clamped to 0–10. */
  alternatives?: number | undefined;
  /** Months the person already has in one of their starting roles, e.g. `{ "psychological-wellbeing-practitioner": 24 }`. */
  experienceMonths?: Readonly<Record<string, number>> | undefined;
  /** The person's age now, in whole years, for funding with an age limit (level 7 apprenticeships). */
  age?: number | undefined;
  /** A care leaver or someone with an education, health and care plan: the higher age limit applies. */
  extendedAgeLimit?: boolean | undefined;
  /** Things a starting role normally implies that the person says they do not have (e.g. no GBC). */
  notHeld?: readonly string[] | undefined;
}

/** Youngest and oldest age the finder accepts, in years. */
export const MIN_AGE = 14;
export const MAX_AGE = 80;

/** A query after checking: every field present, lists de-duplicated, numbers in range. */
export interface NormalisedQuery {
  from: string[];
  to: string;
  prefer: Preference;
  alternatives: number;
  only: OnlyConstraint | null;
  avoidNodes: string[];
  avoidKinds: RouteKind[];
  maxQualificationLevel: number | null;
  experienceMonths: Map<string, number>;
  age: number | null;
  extendedAgeLimit: boolean;
  notHeld: string[];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * Checks a query's shape (not its ids: the caller checks those against the graph) and fills in defaults.
 * @example normaliseQuery({ from: ["gcses"], to: "mental-health-nurse" }).alternatives // 3
 */
export function normaliseQuery(query: RouteQuery): NormalisedQuery {
  const from = unique(query.from);
  if (from.length === 0) throw new InvalidQueryError("Give at least one starting point (from).");
  const prefer = query.prefer ?? "fastest";
  if (!PREFERENCES.includes(prefer)) {
    throw new InvalidQueryError(`Unknown preference "${String(prefer)}": use ${PREFERENCES.join(", ")}.`);
  }
  const only = query.only ?? null;
  if (only !== null && !ONLY_CONSTRAINTS.includes(only)) {
    throw new InvalidQueryError(
      `Unknown constraint "${String(only)}": use ${ONLY_CONSTRAINTS.join(" or ")}.`,
    );
  }
  const avoidKinds = unique(query.avoidKinds ?? []);
  // Kinds are the dataset's own, so any id will do: avoiding a kind no route has changes nothing.
  for (const kind of avoidKinds) {
    if (typeof kind !== "string" || !ID_PATTERN.test(kind)) {
      throw new InvalidQueryError(
        `"${String(kind)}" is not a route kind id (lower-case words joined by hyphens).`,
      );
    }
  }
  const level = query.maxQualificationLevel ?? null;
  if (level !== null && !Number.isFinite(level)) {
    throw new InvalidQueryError("The highest qualification level must be a number, e.g. 6.");
  }
  const requested = query.alternatives ?? DEFAULT_ALTERNATIVES;
  const alternatives = Number.isFinite(requested)
    ? Math.min(MAX_ALTERNATIVES, Math.max(0, Math.floor(requested)))
    : DEFAULT_ALTERNATIVES;
  const experienceMonths = new Map<string, number>();
  for (const [id, months] of Object.entries(query.experienceMonths ?? {})) {
    if (!from.includes(id)) {
      throw new InvalidQueryError(
        `Experience is given for "${id}", which is not one of the starting points.`,
      );
    }
    // Whole months keep every total an exact integer, so rankings never depend on rounding.
    if (!Number.isInteger(months) || months < 0) {
      throw new InvalidQueryError(`Experience in "${id}" must be a whole number of months, 0 or more.`);
    }
    experienceMonths.set(id, months);
  }
  const age = query.age ?? null;
  if (age !== null && (!Number.isInteger(age) || age < MIN_AGE || age > MAX_AGE)) {
    throw new InvalidQueryError(`Age must be a whole number of years from ${MIN_AGE} to ${MAX_AGE}.`);
  }
  return {
    from,
    to: query.to,
    prefer,
    alternatives,
    only,
    avoidNodes: unique(query.avoidNodes ?? []),
    avoidKinds,
    maxQualificationLevel: level,
    experienceMonths,
    age,
    extendedAgeLimit: query.extendedAgeLimit === true,
    notHeld: unique(query.notHeld ?? []),
  };
}
