/**
 * The Agenda for Change pay table: band → yearly pay range, for one pay year, with its source. Kept in its own
 * data file so that a new pay year is one edit, and roles carry bands, never pounds.
 */
import * as z from "zod/mini";
import { formatJsonPath, type Problem } from "../dataset/problems";
import { formatBandRange } from "./describe-pay";
import { problemsFromIssue } from "../dataset/schema-issues";
import {
  AFC_BANDS,
  atLeastOne,
  bandSchema,
  caveatSchema,
  listOrEmpty,
  matching,
  nonEmptyText,
  sourceSchema,
  wholeNumber,
  type AfcBand,
  type BandRange,
} from "../dataset/schema";

export const payTableSchema = z.strictObject({
  $schema: z.optional(z.string()),
  scale: z.literal("agenda-for-change"),
  payYear: matching(/^\d{4}\/\d{2}$/, "must be a pay year such as 2025/26"),
  region: nonEmptyText,
  sources: atLeastOne(sourceSchema, "cite at least one source"),
  caveats: listOrEmpty(caveatSchema),
  bands: z.array(
    z.strictObject({
      band: bandSchema,
      minPounds: wholeNumber(1),
      maxPounds: wholeNumber(1),
    }),
  ),
});
export type PayTable = z.infer<typeof payTableSchema>;

interface PayRange {
  minPounds: number;
  maxPounds: number;
}

export type PayTableValidation =
  { ok: true; payTable: PayTable; problems: [] } | { ok: false; payTable?: undefined; problems: Problem[] };

/**
 * Checks the pay table: its shape, every band present once, each range the right way round and bands rising.
 * @example validatePayTable(JSON.parse(text)).ok
 */
export function validatePayTable(raw: unknown): PayTableValidation {
  const parsed = payTableSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => problemsFromIssue(issue, [])) };
  }
  const problems: Problem[] = [];
  const table = parsed.data;
  const seen = new Set<AfcBand>();
  table.bands.forEach((row, index) => {
    const path = formatJsonPath(["bands", index]);
    if (seen.has(row.band)) {
      problems.push({
        code: "duplicate-pay-band",
        path,
        id: row.band,
        message: `Band ${row.band} appears twice: keep one row per band.`,
      });
    }
    seen.add(row.band);
    if (row.minPounds > row.maxPounds) {
      problems.push({
        code: "pay-range-reversed",
        path,
        id: row.band,
        message: `Band ${row.band} starts at £${row.minPounds} but ends at £${row.maxPounds}: swap them.`,
      });
    }
    const previous = table.bands[index - 1];
    if (
      previous !== undefined &&
      (AFC_BANDS.indexOf(previous.band) >= AFC_BANDS.indexOf(row.band) || previous.minPounds > row.minPounds)
    ) {
      problems.push({
        code: "pay-bands-out-of-order",
        path,
        id: row.band,
        message: `Band ${row.band} comes after band ${previous.band}: list bands from 2 up to 9, each paying at least as much as the one before.`,
      });
    }
  });
  for (const band of AFC_BANDS) {
    if (!seen.has(band)) {
      problems.push({
        code: "pay-band-missing",
        path: "$.bands",
        id: band,
        message: `Band ${band} has no pay range: add a row for it.`,
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, payTable: table, problems: [] };
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
 * A band range with the yearly pounds it pays, in the middle of a sentence (capitalise it to start one):
 * "band 6 (£38,682–£46,580)", "bands 8a–8b (£55,690–£74,896 a year)" with perYear. Just the bands when the
 * table has no row for them.
 * @example formatBandWithPay({ min: "6", max: "6" }, table) // "band 6 (£38,682–£46,580)"
 */
export function formatBandWithPay(
  range: BandRange,
  table: PayTable,
  options: { perYear?: boolean } = {},
): string {
  const pounds = payRangeFor(table, range);
  if (pounds === undefined) return formatBandRange(range);
  return `${formatBandRange(range)} (${formatPayRange(pounds)}${options.perYear === true ? " a year" : ""})`;
}

/**
 * Formats pounds for people: £31,049.
 * @example formatPounds(31049) // "£31,049"
 */
function formatPounds(pounds: number): string {
  return `£${pounds.toLocaleString("en-GB")}`;
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
