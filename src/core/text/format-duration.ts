import type { MonthsRange } from "../dataset/schema";

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
  const one = (n: number) => `£${n.toLocaleString("en-GB")}`;
  if (range.min === range.max) return one(range.min);
  if (range.min === 0) return `up to ${one(range.max)}`;
  return `${one(range.min)} to ${one(range.max)}`;
}
