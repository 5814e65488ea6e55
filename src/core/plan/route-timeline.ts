/**
 * A planned route as a timeline: where each wait and step falls, in months from now, for the planner's chart
 * (which maps months to pixels with d3 scales) and its text alternative. Pure: no DOM, no pixels.
 */
import type { BandRange, Competition, Funding } from "../dataset/schema";
import type { MonthsSpan, PlannedRoute } from "../route/types";
import { routeTimeText, yearsFromNow } from "../describe";
import { capitalise } from "../text/words";

/** A stretch of the route at the least it can take (the minimum count). */
export type TimelineSegment =
  | {
      type: "wait";
      /** The step the wait comes before. */
      step: number;
      start: number;
      end: number;
    }
  | {
      type: "step";
      step: number;
      start: number;
      /** Equal to start for a step with no length (applying for a post) or an unknown one. */
      end: number;
      funding: Funding;
      /** True when no source gives the step's length: it is drawn as a point, never as short. */
      lengthUnknown: boolean;
    };

/** A band the person is paid on from a point on the route: while training in a step, or once it is done. */
export interface PayMark {
  at: number;
  band: BandRange;
  whileTraining: boolean;
  step: number;
}

export interface RouteTimeline {
  segments: TimelineSegment[];
  /** When the route ends at the least (months from now), and typically (shortest to longest). */
  minimumEnd: number;
  typicalEnd: MonthsSpan;
  /** Steps with no known length: the ends above are then floors. */
  unknownLengthSteps: number;
  pay: PayMark[];
}

/**
 * Lays a route out in months from now, in the minimum count: each wait (time gaining experience or waiting out
 * a gap) before its step, then the step. The typical end is kept beside it for the lighter extension.
 * @example
 * routeTimeline(route).segments
 * // [{ type: "step", step: 0, start: 0, end: 24, … }, { type: "wait", step: 2, start: 60, end: 72 }, …]
 */
export function routeTimeline(route: PlannedRoute): RouteTimeline {
  const segments: TimelineSegment[] = [];
  const pay: PayMark[] = [];
  route.steps.forEach((step, index) => {
    const start = step.start.minimum;
    const waited = step.wait.minimum;
    if (waited > 0) segments.push({ type: "wait", step: index, start: start - waited, end: start });
    segments.push({
      type: "step",
      step: index,
      start,
      end: step.end.minimum,
      funding: step.funding,
      lengthUnknown: step.durationMonths === null,
    });
    if (step.pay.whileTraining !== null)
      pay.push({ at: start, band: step.pay.whileTraining, whileTraining: true, step: index });
    if (step.pay.after !== null)
      pay.push({ at: step.end.minimum, band: step.pay.after, whileTraining: false, step: index });
  });
  return {
    segments,
    minimumEnd: route.months.minimum,
    typicalEnd: { ...route.months.typical },
    unknownLengthSteps: route.totals.unknownDurationSteps,
    pay,
  };
}

/**
 * The months one axis needs to show every route to its typical end, rounded up to whole years (at least one).
 * @example timelineMonths([routeA, routeB]) // 144
 */
export function timelineMonths(routes: ReadonlyArray<PlannedRoute>): number {
  const longest = Math.max(
    12,
    ...routes.map((route) => Math.max(route.months.minimum, route.months.typical.max)),
  );
  return Math.ceil(longest / 12) * 12;
}

/**
 * The step of a route that is hardest to get into, by its published competition (fewest places per applicant);
 * null when no step has figures.
 * @example hardestCompetition(route)?.competition.year // "2020"
 */
export function hardestCompetition(route: PlannedRoute): { step: number; competition: Competition } | null {
  let hardest: { step: number; competition: Competition } | null = null;
  route.steps.forEach((step, index) => {
    const competition = step.competition;
    if (competition === null) return;
    const share = competition.places / competition.applicants;
    if (hardest === null || share < hardest.competition.places / hardest.competition.applicants)
      hardest = { step: index, competition };
  });
  return hardest;
}

/** Words for a stretch of months from now: "now to 2 years", "5 to 6 years", "at 5 years". */
function stretch(start: number, end: number): string {
  const point = (months: number) => (months === 0 ? "now" : yearsFromNow({ min: months, max: months }));
  if (start === end) return start === 0 ? "now" : `at ${point(start)}`;
  if (start === 0) return `now to ${point(end)}`;
  return `${point(start)} to ${point(end)}`.replace(/ years? to (\d)/, " to $1");
}

/**
 * The timeline of a route in words, for its text alternative: each step and wait where it falls at the least,
 * then when it ends typically.
 * @example timelineText(route, (step) => route.steps[step]!.toTitle)
 * // "A-levels, now to 2 years; Psychology degree with GBC, 2 to 5 years; wait or gain experience, 5 to 6 years; …"
 */
export function timelineText(route: PlannedRoute): string {
  const timeline = routeTimeline(route);
  const parts = timeline.segments.map((segment) => {
    if (segment.type === "wait") return `wait or gain experience, ${stretch(segment.start, segment.end)}`;
    const step = route.steps[segment.step]!;
    if (segment.lengthUnknown)
      return `${step.toTitle}, from ${stretch(segment.start, segment.start)}, length not known`;
    return `${step.toTitle}, ${stretch(segment.start, segment.end)}`;
  });
  return `${parts.join("; ")}. ${capitalise(routeTimeText(route))}.`;
}
