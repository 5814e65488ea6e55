import type { MonthsRange } from "../dataset/schema";

function monthsOrYears(months: number): { value: string; unit: "months" | "years" } {
  if (months >= 24 && months % 6 === 0) {
    const years = months / 12;
    return { value: Number.isInteger(years) ? String(years) : `${Math.floor(years)}½`, unit: "years" };
  }
  return { value: String(months), unit: "months" };
}

function one(months: number): string {
  if (months === 12) return "1 year";
  const { value, unit } = monthsOrYears(months);
  return `${value} ${value === "1" ? unit.slice(0, -1) : unit}`;
}

/**
 * A length of time for people: "12 months", "3 years", "18 to 21 months", "2 to 3½ years".
 * @example formatDuration({ min: 24, max: 42 }) // "2 to 3½ years"
 * @example formatDuration(undefined) // "Length not known"
 */
export function formatDuration(range: MonthsRange | undefined | null): string {
  if (range === undefined || range === null) return "Length not known";
  if (range.max === 0) return "No training before starting";
  if (range.min === range.max) return one(range.min);
  const low = monthsOrYears(range.min);
  const high = monthsOrYears(range.max);
  if (low.unit === high.unit) return `${low.value} to ${high.value} ${high.unit}`;
  return `${one(range.min)} to ${one(range.max)}`;
}
