/**
 * Formats an ISO date (YYYY-MM-DD) the British way, independent of the reader's time zone.
 * @example formatIsoDate("2026-11-21") // "21 November 2026"
 */
export function formatIsoDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
