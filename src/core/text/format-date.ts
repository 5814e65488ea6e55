/** What a date reads as when what was stored is not a real calendar date. */
export const UNKNOWN_DATE = "an unknown date";

// One formatter for every date: toLocaleDateString builds a new one on each call, which took about 0.7 ms a
// date on a slow phone, and a role page or a plan lists dozens of sources with their dates. Made on first use
// (not when the module loads) to keep it off the first page's start-up.
let britishDates: Intl.DateTimeFormat | undefined;

/**
 * Formats an ISO date (YYYY-MM-DD) the British way, independent of the reader's time zone. Anything that is
 * not a real calendar date (a month 13, the 30th of February, text) reads as an unknown date, never as
 * "Invalid Date" or as a day the calendar rolled over to.
 * @example formatIsoDate("2026-11-21") // "21 November 2026"
 * @example formatIsoDate("2026-02-30") // "an unknown date"
 */
export function formatIsoDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) return UNKNOWN_DATE;
  if (date.toISOString().slice(0, 10) !== isoDate) return UNKNOWN_DATE;
  britishDates ??= new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return britishDates.format(date);
}
