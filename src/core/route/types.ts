/**
 * What the route finder returns: routes explained step by step, and, when there is no route, why not and what
 * would open one. Plain data, safe to serialise as JSON.
 */
import type { Apprenticeship, BandRange, Funding, Pay, RouteKind } from "../dataset/schema";
import type { OnlyConstraint, Preference } from "./query";

/**
 * A number of months as a range, min <= max. Times on a route's timeline (startMonth, endMonth, totalMonths)
 * are the two cases, every step at its shortest (min) and every step at its longest (max). Waits are the least
 * and the most the wait can be, which come the other way round: a gap wait is longest when the steps before it
 * are quickest.
 */
export interface MonthsSpan {
  min: number;
  max: number;
}

/** How one of a step's prerequisites applied on this route. */
export type AppliedPrerequisite =
  | {
      type: "experience-in-role";
      months: number;
      note: string;
      /** The role the experience is in (the step's from-node). */
      role: string;
      /** Months already in the role when it was reached (given experience, for a starting role). */
      alreadyMonths: number;
      /** Months worked in the role before the step could start because of this rule. */
      waitMonths: number;
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
      /**
       * Months still to run when this step could otherwise start, least to most: fewer when the steps since
       * the clock started take longer.
       */
      waitMonths: MonthsSpan;
    }
  | {
      type: "holds";
      anyOf: string[];
      note: string;
      /** The held node that meets the rule: a starting point or a node earlier on the route. */
      satisfiedBy: string;
    }
  | {
      type: "statutory-registration";
      note: string;
      role: string;
      /** The regulators the role registers with. */
      registers: string[];
    }
  | { type: "other"; note: string };

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
  /** Null when the data has no length for the step (counted as 0 months and in totals.unknownDurationSteps). */
  durationMonths: MonthsSpan | null;
  /**
   * Months between reaching the from-node and starting the step (experience and gap rules), least to most. A
   * gap wait depends on how long the earlier steps take: with every step shortest it is waitMonths.max, with
   * every step longest waitMonths.min. Show it whenever max > 0.
   */
  waitMonths: MonthsSpan;
  /** Months from now when the step starts and ends, for a timeline (each case: start = previous end + wait). */
  startMonth: MonthsSpan;
  endMonth: MonthsSpan;
  qualification: { name: string; framework: "RQF" | "FHEQ"; level: number } | null;
  funding: Funding;
  fundingNote: string | null;
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

export interface RouteTotals {
  steps: number;
  selfFundedSteps: number;
  mixedFundingSteps: number;
  unknownDurationSteps: number;
  /** Σ shortest study months × funding weight (earn-while-learning ranks on it; 0 is fully paid). */
  unpaidStudyCost: number;
  /** All the waits, least to most (with every step longest, and with every step shortest). */
  waitMonths: MonthsSpan;
}

export interface PlannedRoute {
  steps: RouteStep[];
  totalMonths: MonthsSpan;
  totals: RouteTotals;
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
  /** The best route first, then the alternatives, in ranking order. Empty when there is none. */
  routes: PlannedRoute[];
  /** Why there is no route (or why the list may be short); null when nothing needs explaining. */
  reason: string | null;
  /** Each single change that would open a route, in words; the same as relaxations[].text. */
  opensWith: string[];
  relaxations: Relaxation[];
  /** False when the search hit its limit on a pathological graph: a better route may be missing. */
  complete: boolean;
}
