/**
 * What the route finder returns: routes explained step by step, and, when there is no route, why not and what
 * would open one. Plain data, safe to serialise as JSON.
 */
import type {
  Apprenticeship,
  BandRange,
  Competition,
  Funding,
  Intake,
  Pay,
  PoundsRange,
  RouteKind,
} from "../dataset/schema";
import type { OnlyConstraint, Preference } from "./query";

/** A number of months as a range, least first. */
export interface MonthsSpan {
  min: number;
  max: number;
}

/**
 * A time worked out in the two ways the finder counts:
 * - minimum: every experience rule at the least it states and every step at its shortest ("at least");
 * - typical: experience as successful applicants typically have it (the minimum where no source gives a
 *   typical figure), steps from shortest (min) to longest (max).
 * Unknown stays unknown: a step with no known length adds nothing here and is counted in
 * totals.unknownDurationSteps, so a total with unknown steps is a floor, never the whole.
 */
export interface Timing {
  minimum: number;
  typical: MonthsSpan;
}

/** How one of a step's prerequisites applied on this route. */
export type AppliedPrerequisite =
  | {
      type: "experience-in-role";
      months: number;
      typicalMonths: MonthsSpan | null;
      note: string;
      /** The role the experience is in (the step's from-node). */
      role: string;
      /** Months already in the role when it was reached (given experience, for a starting role). */
      alreadyMonths: number;
      /** Months worked in the role before the step could start because of this rule. */
      waitMonths: Timing;
    }
  | {
      type: "relevant-experience";
      months: number;
      typicalMonths: MonthsSpan | null;
      note: string;
      /** What counts, in words, and the roles whose time counts. */
      counts: string;
      anyOf: string[];
      /** Months of such experience the person already had when the step could start, before any wait. */
      alreadyMonths: Timing;
      /** Months spent gaining it before the step could start because of this rule. */
      waitMonths: Timing;
    }
  | {
      type: "gap-after-funded-training";
      months: number;
      note: string;
      /** The latest earlier NHS-funded step, whose end started the clock; null when there is none. */
      clockFrom: { step: number; routeId: string } | null;
      /**
       * When no earlier step started the clock: the person's own NHS-funded training for a starting role (a
       * role whose every way in is NHS-funded psychological professions training, such as PWP), and the months
       * since it ended (the experience given in that role; 0, just qualified, when none is given). Null when a
       * step on the route started the clock, or when no starting role counts (then there is no clock and no
       * wait). At most one of clockFrom and clockFromStartingRole is set.
       */
      clockFromStartingRole: { role: string; monthsSinceTraining: number } | null;
      /** Months still to run when this step could otherwise start, least to most in the typical case. */
      waitMonths: Timing;
    }
  | {
      type: "holds";
      anyOf: string[];
      note: string;
      /** The held node that meets the rule: a starting point, something a role implies, or a node earlier on the route. */
      satisfiedBy: string;
      /** The starting role whose implications met the rule, when it was met only by assuming so; else null. */
      assumedFrom: string | null;
    }
  | {
      type: "statutory-registration";
      note: string;
      role: string;
      /** The regulators the role registers with. */
      registers: string[];
    }
  | { type: "other"; note: string };

/** How a step with an age limit on its funding was judged. */
export interface AgeFunding {
  /** The age limit in years that applied (the higher one for care leavers and people with an EHC plan). */
  under: number;
  /** The person's age when the step starts, youngest to oldest across the cases; null when no age was given. */
  ageAtStart: MonthsSpan | null;
  /** True when the person is under the limit in every case, so the age-limited funding applies. */
  applies: boolean;
  note: string;
}

export interface RouteStep {
  from: string;
  fromTitle: string;
  to: string;
  toTitle: string;
  routeId: string;
  /** The graph edge: the route id, with the origin when the route has several. */
  edgeKey: string;
  kind: RouteKind;
  programme: string;
  /** Null when the data has no length for the step (counted in totals.unknownDurationSteps, never as 0 months). */
  durationMonths: MonthsSpan | null;
  /**
   * Months between reaching the from-node and starting the step (experience and gap rules). The typical wait is
   * given least to most: a gap wait is longest when the earlier steps are quickest.
   */
  wait: Timing;
  /** Months from now when the step starts and ends, for a timeline. */
  start: Timing;
  end: Timing;
  qualification: { name: string; framework: "RQF" | "FHEQ"; level: number } | null;
  /** How the step is funded for this person (after any age limit). */
  funding: Funding;
  fundingNote: string | null;
  /** The age rule on the step's funding and how it was judged; null when the funding has no age limit. */
  ageFunding: AgeFunding | null;
  /** Fees the person may pay for the step, when it is not paid for them and a source gives a figure. */
  fees: { pounds: PoundsRange; year: string; note: string } | null;
  /** True when the person may pay fees for the step but no source gives a figure. */
  feesUnknown: boolean;
  competition: Competition | null;
  intake: Intake | null;
  apprenticeship: Apprenticeship | null;
  nhsFundedPsychologicalTraining: boolean;
  /** Pay in the role the step leads to, while training and once qualified (bands; null when not banded). */
  pay: {
    scale: Pay["scale"] | null;
    whileTraining: BandRange | null;
    after: BandRange | null;
    text: string | null;
  };
  appliedPrerequisites: AppliedPrerequisite[];
}

/** Something the finder took as true without being told, so the person can correct it. */
export interface Assumption {
  /** What was assumed: the node assumed held (type "holds"), or the funding rule judged without an age. */
  type: "holds" | "age-unknown";
  /** The node assumed held, or the route whose funding depended on age. */
  id: string;
  /** The starting role the assumption comes from (for "holds"). */
  because: string | null;
  text: string;
}

export interface RouteTotals {
  steps: number;
  selfFundedSteps: number;
  mixedFundingSteps: number;
  unknownDurationSteps: number;
  /**
   * Months of study weighted by how little of it is paid (earn-while-learning ranks on it; 0 is fully paid):
   * Σ shortest study months × funding weight. Not pounds: see fees.
   */
  unpaidStudyCost: number;
  /** All the waits added up. */
  waitMonths: Timing;
  /**
   * Fees the person may pay along the route, in pounds (mixed steps count from nothing to their figure, as an
   * employer may pay), and how many such steps have no figure (then the total is a floor).
   */
  fees: { pounds: PoundsRange; unknownSteps: number };
}

export interface PlannedRoute {
  steps: RouteStep[];
  /** How long the whole route takes, from now to the end of the last step. */
  months: Timing;
  totals: RouteTotals;
  /** What the route assumed the person has or is: say so, so they can correct it. */
  assumptions: Assumption[];
}

/** One change to the question that would open a route. */
export type Relaxation = { text: string } & (
  | { type: "drop-only"; only: OnlyConstraint }
  | { type: "stop-avoiding-node"; id: string }
  | { type: "stop-avoiding-kind"; kind: RouteKind }
  | { type: "raise-qualification-level"; level: number }
  | { type: "add-start"; id: string }
);

export interface RouteResult {
  from: string[];
  to: string;
  prefer: Preference;
  /** The person's age, when given. */
  age: number | null;
  /** The best route first, then the alternatives, in ranking order. Empty when there is none. */
  routes: PlannedRoute[];
  /**
   * Routes with a step of unknown length that rank after every known route but would be among those shown if
   * the unknown steps took no time (at most two), listed apart so that an unknown is never shown as short.
   */
  unknownLengthRoutes: PlannedRoute[];
  /** Why there is no route (or why the list may be short); null when nothing needs explaining. */
  reason: string | null;
  /** Each single change that would open a route, in words; the same as relaxations[].text. */
  opensWith: string[];
  relaxations: Relaxation[];
  /** False when the search hit its limit on a pathological graph: a better route may be missing. */
  complete: boolean;
}
