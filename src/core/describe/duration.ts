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
