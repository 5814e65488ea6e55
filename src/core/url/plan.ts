/**
 * The planner's question as it travels in the address:
 * /plan?from=a,b&to=c&prefer=…&only=…&exp=…&age=…&care=1&without=…&route=N.
 * Its serialiser is here, for every link to the planner (src/lib/paths.ts); its parser, which resolves names
 * with the route finder, is in plan-parse.ts, so it loads with the planner rather than with the first page.
 */
import { ownValue } from "../collections/own-value";
import { MAX_MONTHS } from "../dataset/constants";
import type { OnlyConstraint, Preference } from "../route/query";

/** How many route cards the planner shows: the best and four alternatives. */
export const PLAN_ROUTES = 5;

export interface PlanParams {
  from: string[];
  to: string | null;
  prefer: Preference;
  only: OnlyConstraint | null;
  /** Months already spent in a starting role, by id: it shortens waits for experience and the two-year gap. */
  experience: Readonly<Record<string, number>>;
  /** Which route card is chosen (0 = the best). */
  chosen: number;
  /** The person's age in years, for funding with an age limit; null when not given. */
  age: number | null;
  /** A care leaver or someone with an education, health and care plan: the higher age limit applies. */
  extendedAgeLimit: boolean;
  /** Things a starting role normally implies that the person says they do not have. */
  notHeld: string[];
}

/** The query-string names of the plan, shared by the serialiser and the parser. */
export const PLAN_PARAMS = {
  from: "from",
  to: "to",
  prefer: "prefer",
  only: "only",
  experience: "exp",
  chosen: "route",
  age: "age",
  extendedAgeLimit: "care",
  notHeld: "without",
} as const;

export const EMPTY_PLAN: PlanParams = {
  from: [],
  to: null,
  prefer: "fastest",
  only: null,
  experience: {},
  chosen: 0,
  age: null,
  extendedAgeLimit: false,
  notHeld: [],
};

/** As long as any wait the data may hold (MAX_MONTHS): more months than this change nothing. */
export const MAX_EXPERIENCE_MONTHS = MAX_MONTHS;

/**
 * Writes a plan as query-string pairs, leaving out defaults. The inverse of parsePlanParams for ids.
 * @example planToParams({ ...EMPTY_PLAN, from: ["gcses"], to: "mental-health-nurse" }) // [["from","gcses"],["to","mental-health-nurse"]]
 */
export function planToParams(plan: PlanParams): [string, string][] {
  const pairs: [string, string][] = [];
  if (plan.from.length > 0) pairs.push([PLAN_PARAMS.from, plan.from.join(",")]);
  if (plan.to !== null) pairs.push([PLAN_PARAMS.to, plan.to]);
  if (plan.prefer !== "fastest") pairs.push([PLAN_PARAMS.prefer, plan.prefer]);
  if (plan.only !== null) pairs.push([PLAN_PARAMS.only, plan.only]);
  const experience = plan.from
    .filter((id) => (ownValue(plan.experience, id) ?? 0) > 0)
    .map((id) => `${id}:${ownValue(plan.experience, id)}`);
  if (experience.length > 0) pairs.push([PLAN_PARAMS.experience, experience.join(",")]);
  if (plan.age !== null) pairs.push([PLAN_PARAMS.age, String(plan.age)]);
  if (plan.extendedAgeLimit) pairs.push([PLAN_PARAMS.extendedAgeLimit, "1"]);
  if (plan.notHeld.length > 0) pairs.push([PLAN_PARAMS.notHeld, plan.notHeld.join(",")]);
  if (plan.chosen > 0) pairs.push([PLAN_PARAMS.chosen, String(plan.chosen + 1)]);
  return pairs;
}
