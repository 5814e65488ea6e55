import { describe, expect, it } from "vitest";
import { formatNumber } from "../../../src/core/text/format-number";

describe("formatNumber", () => {
  it("writes a number the British way, with commas between thousands", () => {
    expect(formatNumber(31049)).toBe("31,049");
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatNumber(770)).toBe("770");
    expect(formatNumber(0)).toBe("0");
  });

  it("writes each number as toLocaleString('en-GB') does", () => {
    for (const n of [5, 12.5, 9535, 27000, 4225, 100000])
      expect(formatNumber(n)).toBe(n.toLocaleString("en-GB"));
  });
});
