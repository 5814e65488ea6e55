/** The pay table's own rules: every band of its scale present once, each range the right way round, bands rising. */
import { AGENDA_FOR_CHANGE } from "../dataset/format-1";
import { payTableSchema, type PayTable } from "../dataset/pay-table";
import { boundProblem, formatJsonPath, type Problem } from "../dataset/problems";
import type { PayScale } from "../dataset/schema";
import { problemsFromIssue } from "../dataset/schema-issues";

export type PayTableValidation =
  { ok: true; payTable: PayTable; problems: [] } | { ok: false; payTable?: undefined; problems: Problem[] };

/**
 * Checks the pay table: its shape, each range the right way round, pay rising from band to band, and, when its
 * scale is known (declared by the dataset, or Agenda for Change), every band of the scale present once, in
 * the scale's order. A table for a scale the dataset does not declare is checked for shape alone: it applies
 * to no role, so no pounds are shown.
 * @example validatePayTable(JSON.parse(text), dataset.payScales).ok
 */
export function validatePayTable(raw: unknown, scales: ReadonlyArray<PayScale> = []): PayTableValidation {
  const parsed = payTableSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => problemsFromIssue(issue, [])) };
  }
  const problems: Problem[] = [];
  const table = parsed.data;
  const scale =
    scales.find((s) => s.id === table.scale) ??
    (table.scale === AGENDA_FOR_CHANGE.id ? AGENDA_FOR_CHANGE : undefined);
  const rank = (band: string) => scale?.bands.indexOf(band) ?? -1;
  const seen = new Set<string>();
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
    if (scale !== undefined && rank(row.band) === -1) {
      problems.push({
        code: "unknown-band",
        path: formatJsonPath(["bands", index, "band"]),
        id: row.band,
        message: `"${row.band}" is not a band of ${scale.name}: use one of ${scale.bands.join(", ")}.`,
      });
    }
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
      ((scale !== undefined && rank(previous.band) >= rank(row.band)) || previous.minPounds > row.minPounds)
    ) {
      const order =
        scale === undefined ? "from the lowest up" : `from ${scale.bands[0]} up to ${scale.bands.at(-1)}`;
      problems.push({
        code: "pay-bands-out-of-order",
        path,
        id: row.band,
        message: `Band ${row.band} comes after band ${previous.band}: list bands ${order}, each paying at least as much as the one before.`,
      });
    }
  });
  for (const band of scale?.bands ?? []) {
    if (!seen.has(band)) {
      problems.push({
        code: "pay-band-missing",
        path: "$.bands",
        id: band,
        message: `Band ${band} has no pay range: add a row for it.`,
      });
    }
  }
  return problems.length > 0
    ? { ok: false, problems: problems.map(boundProblem) }
    : { ok: true, payTable: table, problems: [] };
}
