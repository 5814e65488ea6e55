/**
 * Points in time on a plan, in years from now and in age: what a person plans a life by, rather than "month 60".
 * Durations (how long something lasts) are in ./duration.ts; these say when something happens.
 */
import type { MonthsRange } from "../dataset/schema";

/** A time in the route finder's two counts (Timing in core/route/types), described here without importing it. */
interface Timing {
  minimum: number;
  typical: MonthsRange;
}

/** Months as years where they fall on a whole or half year, else years and months: "2½ years", "2 years 3 months". */
function yearsAndMonths(months: number): string {
  if (months < 12) return months === 1 ? "1 month" : `${months} months`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const yearWord = years === 1 ? "year" : "years";
  if (rest === 0) return `${years} ${yearWord}`;
  if (rest === 6) return `${years}½ years`;
  return `${years} ${yearWord} ${rest} ${rest === 1 ? "month" : "months"}`;
}

/** Whether a number of months reads as whole or half years, so a range of them can share one "years". */
function onHalfYear(months: number): boolean {
  return months >= 12 && months % 6 === 0;
}

/**
 * How far from now, as a span: "6 years", "7 to 9 years", "2 years 3 months to 3 years".
 * @example yearsFromNow({ min: 84, max: 108 }) // "7 to 9 years"
 */
export function yearsFromNow(span: MonthsRange): string {
  if (span.min === span.max) return yearsAndMonths(span.min);
  if (onHalfYear(span.min) && onHalfYear(span.max)) {
    const half = (m: number) => (m % 12 === 0 ? String(m / 12) : `${Math.floor(m / 12)}½`);
    return `${half(span.min)} to ${half(span.max)} years`;
  }
  return `${yearsAndMonths(span.min)} to ${yearsAndMonths(span.max)}`;
}

/**
 * A person's age at a point months from now, from their age in whole years today: the age they will have
 * reached at least (a birthday may come sooner).
 * @example ageAt(18, 30) // 20
 */
export function ageAt(ageNow: number, months: number): number {
  return Math.floor(ageNow + months / 12);
}

/**
 * An age, or ages, at a span of months from now: "age 24", "age 25 to 27".
 * @example ageText(18, { min: 84, max: 108 }) // "age 25 to 27"
 */
export function ageText(ageNow: number, span: MonthsRange): string {
  const least = ageAt(ageNow, span.min);
  const most = ageAt(ageNow, span.max);
  return least === most ? `age ${least}` : `age ${least} to ${most}`;
}

/**
 * When something on a plan happens, in the two counts, in years from now (and age, when given):
 * "now", "in 2 years (age 18)", "in 6 years at the earliest (age 24); typically in 7 to 9 years (age 25 to 27)".
 * @example whenText({ minimum: 72, typical: { min: 84, max: 108 } }, 18)
 * // "in 6 years at the earliest (age 24); typically in 7 to 9 years (age 25 to 27)"
 */
export function whenText(timing: Timing, ageNow: number | null = null): string {
  const point = (span: MonthsRange) => {
    const when = span.max === 0 ? "now" : `in ${yearsFromNow(span)}`;
    return ageNow === null ? when : `${when} (${ageText(ageNow, span)})`;
  };
  const { minimum, typical } = timing;
  const least = { min: minimum, max: minimum };
  if (typical.min === minimum && typical.max === minimum) return point(least);
  if (typical.min === minimum) {
    // Nothing typical waits longer than the least, but the step's own length varies: one range says it.
    return point({ min: minimum, max: typical.max });
  }
  const earliest =
    ageNow === null
      ? `${point(least)} at the earliest`
      : `${minimum === 0 ? "now" : `in ${yearsFromNow(least)}`} at the earliest (${ageText(ageNow, least)})`;
  return `${earliest}; typically ${point(typical)}`;
}
