/** The pay table's own rules: every band present once, each range the right way round, bands rising. */
import { formatJsonPath, type Problem } from "../dataset/problems";
import { payTableSchema, type PayTable } from "../dataset/pay-table";
import { problemsFromIssue } from "../dataset/schema-issues";
import { AFC_BANDS, type AfcBand } from "../dataset/schema";

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
