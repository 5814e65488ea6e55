import { describe, expect, it } from "vitest";
import { formatBandWithPay } from "../../../src/core/describe/pay";
import { validatePayTable } from "../../../src/core/validate/validate-pay-table";
import { describePay } from "../../../src/core/describe/pay";
import { readJson } from "../../support/bundled-data";

const AFC = "agenda-for-change";

const bundled = () =>
  readJson("data/pay-bands.json") as { bands: { band: string; minPounds: number; maxPounds: number }[] };

describe("pay table", () => {
  it("validates the bundled 2025/26 table", () => {
    const result = validatePayTable(bundled());
    expect(result.problems).toEqual([]);
    expect(result.payTable?.bands).toHaveLength(11);
  });

  it("reports a missing band, a duplicate, a reversed range and bands out of order, all at once", () => {
    const table = bundled();
    table.bands.splice(10, 1); // drop band 9
    table.bands[2] = { ...table.bands[2]!, minPounds: 31000, maxPounds: 28000 }; // band 4 reversed
    table.bands.push({ ...table.bands[0]! }); // band 2 again, at the end
    const codes = validatePayTable(table).problems.map((p) => [p.code, p.id]);
    expect(codes).toEqual([
      ["pay-range-reversed", "4"],
      ["duplicate-pay-band", "2"],
      ["pay-bands-out-of-order", "2"],
      ["pay-band-missing", "9"],
    ]);
  });

  it("reports a shape error with its path", () => {
    const table = bundled();
    (table.bands[0] as { minPounds: unknown }).minPounds = "lots";
    expect(validatePayTable(table).problems.map((p) => [p.code, p.path])).toEqual([
      ["wrong-type", "$.bands[0].minPounds"],
    ]);
  });

  it("turns a band range into pounds, bottom of the lowest band to top of the highest", () => {
    const table = validatePayTable(bundled()).payTable!;
    expect(formatBandWithPay({ min: "8a", max: "8b" }, AFC, table)).toBe(
      "bands 8a–8b (£55,690–£74,896 in 2025/26)",
    );
    expect(formatBandWithPay({ min: "5", max: "5" }, AFC, table)).toBe("band 5 (£31,049–£37,796 in 2025/26)");
    expect(formatBandWithPay({ min: "2", max: "2" }, AFC, table, { perYear: true })).toBe(
      "band 2 (£24,465 a year in 2025/26)",
    );
    // The year is the table's own, so a new pay table changes it with the pounds.
    expect(formatBandWithPay({ min: "5", max: "5" }, AFC, { ...table, payYear: "2026/27" })).toMatch(
      / in 2026\/27\)$/,
    );
    const noNine = { ...table, bands: table.bands.filter((row) => row.band !== "9") };
    expect(formatBandWithPay({ min: "8d", max: "9" }, AFC, noNine)).toBe("bands 8d–9");
    // Pounds from a table for another scale would be wrong: just the bands.
    expect(formatBandWithPay({ min: "5", max: "5" }, "soulbury", table)).toBe("band 5");
  });

  it("describes a role's pay in words", () => {
    expect(
      describePay({
        scale: "agenda-for-change",
        whileTraining: { min: "4", max: "4" },
        qualified: { min: "5", max: "5" },
      }),
    ).toBe("Band 4 while training, band 5 when qualified");
    expect(describePay({ scale: "agenda-for-change", qualified: { min: "8c", max: "8d" } })).toBe(
      "Bands 8c–8d",
    );
    expect(describePay({ scale: "agenda-for-change" })).toBe("Band not published");
    expect(describePay({ scale: "voluntary" })).toBe("Voluntary (unpaid)");
    expect(describePay({ scale: "other", name: "Soulbury scale" })).toBe("Paid on the Soulbury scale");
  });
});
