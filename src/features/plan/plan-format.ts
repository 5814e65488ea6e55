import type { MonthsSpan } from "../../core/route";
import { formatDuration } from "../../core/describe/duration";

/** A route's total time: "Straight away", "3 years", "3 to 4 years". */
export function formatTotalTime(span: MonthsSpan): string {
  return span.max === 0 ? "Straight away" : formatDuration(span);
}

/** When a step happens, counted in months from now: "From month 24 to month 36", "Straight away". */
export function formatWhen(start: MonthsSpan, end: MonthsSpan): string {
  const point = (span: MonthsSpan) => (span.min === span.max ? String(span.min) : `${span.min}–${span.max}`);
  if (end.max === 0) return "Straight away";
  if (start.min === end.min && start.max === end.max) return `At month ${point(start)}`;
  return `From month ${point(start)} to month ${point(end)}`;
}
