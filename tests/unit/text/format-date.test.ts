import { describe, expect, it } from "vitest";
import { formatIsoDate, UNKNOWN_DATE } from "../../../src/core/text/format-date";

describe("formatIsoDate", () => {
  it("writes a calendar date the British way, whatever the reader's time zone", () => {
    expect(formatIsoDate("2026-11-21")).toBe("21 November 2026");
    expect(formatIsoDate("2028-02-29")).toBe("29 February 2028");
  });

  it("says a date is unknown when it is not a real one, never 'Invalid Date' or a rolled-over day", () => {
    for (const bad of [
      "2026-13-01",
      "2026-00-10",
      "2026-02-30",
      "2027-02-29",
      "abcd-ef-gh",
      "",
      "2026-1-1",
    ]) {
      expect(formatIsoDate(bad), bad).toBe(UNKNOWN_DATE);
    }
  });
});
