import { describe, expect, it } from "vitest";
import { toCsv } from "../../../src/core/export/csv";

describe("toCsv", () => {
  it("writes a header and rows with CRLF line ends", () => {
    expect(
      toCsv(
        ["Role", "Months"],
        [
          ["PWP", 12],
          ["CAP", null],
        ],
      ),
    ).toBe("Role,Months\r\nPWP,12\r\nCAP,\r\n");
  });

  it("quotes cells with commas, quotes, line breaks or edge spaces, doubling inner quotes", () => {
    expect(toCsv(["a"], [['He said "hi", then left'], ["two\nlines"], [" padded"]])).toBe(
      'a\r\n"He said ""hi"", then left"\r\n"two\nlines"\r\n" padded"\r\n',
    );
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(toCsv(["a"], [['=HYPERLINK("https://evil")'], ["+1"], ["-2"], ["@SUM(A1)"]])).toBe(
      'a\r\n"\'=HYPERLINK(""https://evil"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n',
    );
  });

  it("leaves negative numbers as numbers", () => {
    expect(toCsv(["n"], [[-3]])).toBe("n\r\n-3\r\n");
  });
});
