import type { MonthsRange } from "../dataset/schema";
import { formatNumber } from "../text/format-number";

/** Whole or half years read better than months from a year up (but 18 months stays 18 months). */
function inYears(months: number): boolean {
  return months === 12 || (months >= 24 && months % 6 === 0);
}

function yearsText(months: number): string {
  const years = months / 12;
  return Number.isInteger(years) ? String(years) : `${Math.floor(years)}½`;
}

function one(months: number): string {
  if (!inYears(months)) return `${months} ${months === 1 ? "month" : "months"}`;
  return months === 12 ? "1 year" : `${yearsText(months)} years`;
}

/**
 * A length of time for people: "15 months", "3 years", "18 to 21 months", "1 to 2 years", "2 to 3½ years".
 * @example formatDuration({ min: 24, max: 42 }) // "2 to 3½ years"
 * @example formatDuration(undefined) // "Length not known"
 */
export function formatDuration(range: MonthsRange | undefined | null): string {
  if (range === undefined || range === null) return "Length not known";
  if (range.max === 0) return "No training before starting";
  if (range.min === range.max) return one(range.min);
  if (inYears(range.min) && inYears(range.max))
    return `${yearsText(range.min)} to ${yearsText(range.max)} years`;
  return `${range.min} to ${range.max} months`;
}

/** A span of months as a point or a range of points: "24", "24–30". */
function monthPoint(span: MonthsRange): string {
  return span.min === span.max ? String(span.min) : `${span.min}–${span.max}`;
}

/**
 * A route's total time: "Straight away", "3 years", "3 to 4 years".
 * @example formatTotalTime({ min: 36, max: 48 }) // "3 to 4 years"
 */
export function formatTotalTime(span: MonthsRange): string {
  return span.max === 0 ? "Straight away" : formatDuration(span);
}

/**
 * When a step happens, counted in months from now: "From month 24 to month 36", "At month 24", "Straight away".
 * @example formatWhen({ min: 0, max: 0 }, { min: 12, max: 12 }) // "From month 0 to month 12"
 */
export function formatWhen(start: MonthsRange, end: MonthsRange): string {
  if (end.max === 0) return "Straight away";
  if (start.min === end.min && start.max === end.max) return `At month ${monthPoint(start)}`;
  return `From month ${monthPoint(start)} to month ${monthPoint(end)}`;
}

/**
 * How long something takes in the finder's two counts (see Timing in core/route/types): the least the rules
 * allow and what is typical. Unknown stays unknown: steps of unknown length are named, never counted as 0.
 * @example formatTiming({ minimum: 48, typical: { min: 60, max: 84 } }) // "at least 4 years; typically 5 to 7 years"
 * @example formatTiming({ minimum: 36, typical: { min: 36, max: 48 } }) // "3 to 4 years"
 * @example formatTiming({ minimum: 12, typical: { min: 12, max: 12 } }, 1) // "at least 1 year, plus 1 step of unknown length"
 */
export function formatTiming(timing: { minimum: number; typical: MonthsRange }, unknownSteps = 0): string {
  const { minimum, typical } = timing;
  if (unknownSteps > 0 && typical.max === 0) return "length not known";
  let text: string;
  if (typical.min > minimum) text = `at least ${one(minimum)}; typically ${formatSpan(typical)}`;
  else text = formatSpan({ min: minimum, max: Math.max(minimum, typical.max) });
  if (unknownSteps > 0) {
    const steps = unknownSteps === 1 ? "1 step" : `${unknownSteps} steps`;
    text = `${typical.min > minimum ? text : `at least ${one(minimum)}`}, plus ${steps} of unknown length`;
  }
  return text;
}

/** A span of months in words, without the "no training" wording formatDuration uses for 0. */
function formatSpan(range: MonthsRange): string {
  if (range.min === range.max) return range.min === 0 ? "no time" : one(range.min);
  if (inYears(range.min) && inYears(range.max))
    return `${yearsText(range.min)} to ${yearsText(range.max)} years`;
  return `${range.min} to ${range.max} months`;
}

/**
 * Pounds for people: "£9,535", "£9,450 to £15,000", "up to £27,000" (when the least is nothing).
 * @example formatPounds({ min: 0, max: 27000 }) // "up to £27,000"
 */
export function formatPounds(range: { min: number; max: number }): string {
  const one = (n: number) => `£${formatNumber(n)}`;
  if (range.min === range.max) return one(range.min);
  if (range.min === 0) return `up to ${one(range.max)}`;
  return `${one(range.min)} to ${one(range.max)}`;
}
