/**
 * What a person asks the route finder, and the checks that turn it into one normalised form the search uses.
 */
import { ROUTE_KINDS, type RouteKind } from "../dataset/schema";
import { InvalidQueryError } from "./errors";

export const PREFERENCES = ["fastest", "fewest-steps", "earn-while-learning"] as const;
/**
 * How routes are ranked; every ranking is a lexicographic vector, ties broken by the sequence of edge keys.
 * - fastest: (months.min, months.max, steps)
 * - fewest-steps: (steps, months.min, months.max)
 * - earn-while-learning: (unpaid-study cost, months.min, months.max, steps)
 */
export type Preference = (typeof PREFERENCES)[number];

export const ONLY_CONSTRAINTS = ["apprenticeships", "funded"] as const;
/**
 * - apprenticeships: every step that is a programme (funding other than "not-applicable") must be an
 *   apprenticeship; job applications and appointments stay allowed.
 * - funded: no self-funded step ("mixed" is allowed and counted).
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
}

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
  for (const kind of avoidKinds) {
    if (!ROUTE_KINDS.includes(kind)) {
      throw new InvalidQueryError(`Unknown route kind "${String(kind)}": use ${ROUTE_KINDS.join(", ")}.`);
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
  };
}
