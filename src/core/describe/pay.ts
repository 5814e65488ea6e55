import type { PayTable } from "../dataset/pay-table";
import type { BandRange, Pay, PayScale } from "../dataset/schema";
import { isBandedPay } from "../dataset/constants";
import { capitalise } from "../text/words";
import { formatNumber } from "../text/format-number";

/**
 * A pay scale's name as the dataset declares it; the id itself for a scale it does not declare.
 * @example payScaleName(dataset.payScales, "agenda-for-change") // "Agenda for Change"
 */
export function payScaleName(scales: ReadonlyArray<PayScale>, scale: string): string {
  return scales.find((declared) => declared.id === scale)?.name ?? scale;
}

/**
 * "band 5" or "bands 8a–8b".
 * @example formatBandRange({ min: "8a", max: "8b" }) // "bands 8a–8b"
 */
export function formatBandRange(range: BandRange): string {
  return range.min === range.max ? `band ${range.min}` : `bands ${range.min}–${range.max}`;
}

/**
 * A short, readable account of how a role is paid, for lists and cards.
 * @example describePay({ scale: "agenda-for-change", whileTraining: { min: "4", max: "4" }, qualified: { min: "5", max: "5" } })
 * // "Band 4 while training, band 5 when qualified"
 */
export function describePay(pay: Pay): string {
  if (!isBandedPay(pay)) return pay.scale === "voluntary" ? "Voluntary (unpaid)" : `Paid on the ${pay.name}`;
  const parts: string[] = [];
  if (pay.whileTraining !== undefined) parts.push(`${formatBandRange(pay.whileTraining)} while training`);
  if (pay.qualified !== undefined) {
    parts.push(
      pay.whileTraining === undefined
        ? formatBandRange(pay.qualified)
        : `${formatBandRange(pay.qualified)} when qualified`,
    );
  }
  if (parts.length === 0) return "Band not published";
  return capitalise(parts.join(", "));
}

/**
 * A label short enough for a map box: "Band 5", "Band 4 → 5" (while training → when qualified), "Bands 8c–8d".
 * @example shortPayLabel({ scale: "agenda-for-change", whileTraining: { min: "4", max: "4" }, qualified: { min: "5", max: "5" } }) // "Band 4 → 5"
 */
export function shortPayLabel(pay: Pay): string {
  if (!isBandedPay(pay)) return pay.scale === "voluntary" ? "Voluntary" : pay.name;
  const { whileTraining, qualified } = pay;
  const bands = (range: BandRange) => (range.min === range.max ? range.min : `${range.min}–${range.max}`);
  if (qualified === undefined) {
    return whileTraining === undefined ? "Band not published" : `Band ${bands(whileTraining)} in training`;
  }
  if (whileTraining !== undefined) return `Band ${bands(whileTraining)} → ${bands(qualified)}`;
  return `${qualified.min === qualified.max ? "Band" : "Bands"} ${bands(qualified)}`;
}

/**
 * How pay changes along a step: "Band 5 → band 6 while training → band 7". Parts that are not known are left out.
 * @example describeBandChange({ min: "5", max: "5" }, { min: "6", max: "6" }, { min: "7", max: "7" })
 * // "Band 5 → band 6 while training → band 7"
 */
export function describeBandChange(
  from: BandRange | null,
  whileTraining: BandRange | null,
  after: BandRange | null,
): string | null {
  const parts: string[] = [];
  if (from !== null) parts.push(formatBandRange(from));
  if (whileTraining !== null) parts.push(`${formatBandRange(whileTraining)} while training`);
  if (after !== null) parts.push(formatBandRange(after));
  if (parts.length === 0) return null;
  return capitalise(parts.join(" → "));
}

interface PayRange {
  minPounds: number;
  maxPounds: number;
}

/**
 * The pounds a band range pays, from the bottom of its lowest band to the top of its highest.
 * @example payRangeFor(table, { min: "8a", max: "8b" }) // { minPounds: 55690, maxPounds: 74896 }
 */
function payRangeFor(table: PayTable, range: BandRange): PayRange | undefined {
  const low = table.bands.find((row) => row.band === range.min);
  const high = table.bands.find((row) => row.band === range.max);
  if (low === undefined || high === undefined) return undefined;
  return { minPounds: low.minPounds, maxPounds: high.maxPounds };
}

/**
 * A band range with the yearly pounds it pays and the pay year they are for, in the middle of a sentence
 * (capitalise it to start one): "band 6 (£38,682–£46,580 in 2025/26)", "bands 8a–8b (£55,690–£74,896 a year
 * in 2025/26)" with perYear. Pounds always carry their year: pay tables change every April, and a figure
 * without a year reads as this year's. Just the bands when the pay table is for another scale, or has no row
 * for them.
 * @example formatBandWithPay({ min: "6", max: "6" }, "agenda-for-change", table) // "band 6 (£38,682–£46,580 in 2025/26)"
 */
export function formatBandWithPay(
  range: BandRange,
  scale: string | null,
  table: PayTable,
  options: { perYear?: boolean } = {},
): string {
  const pounds = scale === table.scale ? payRangeFor(table, range) : undefined;
  if (pounds === undefined) return formatBandRange(range);
  const perYear = options.perYear === true ? " a year" : "";
  return `${formatBandRange(range)} (${formatPayRange(pounds)}${perYear} in ${table.payYear})`;
}

/**
 * Formats pounds for people: £31,049.
 * @example formatPounds(31049) // "£31,049"
 */
function formatPounds(pounds: number): string {
  return `£${formatNumber(pounds)}`;
}

/**
 * Formats a pay range: "£31,049–£37,796", or one figure when the band has a single spine point.
 * @example formatPayRange({ minPounds: 24465, maxPounds: 24465 }) // "£24,465"
 */
function formatPayRange(range: PayRange): string {
  return range.minPounds === range.maxPounds
    ? formatPounds(range.minPounds)
    : `${formatPounds(range.minPounds)}–${formatPounds(range.maxPounds)}`;
}
