/**
 * Turns rows into CSV (RFC 4180): every cell quoted when it needs to be, lines ended with CRLF. Cells that a
 * spreadsheet would run as a formula (starting =, +, -, @, tab or return) get a leading apostrophe, so a
 * downloaded file can never carry an injected formula.
 * @example toCsv(["Role", "Band"], [["PWP", "Band 4 → 5"]]) // "Role,Band\r\nPWP,Band 4 → 5\r\n"
 */
export function toCsv(
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return "";
    let text = String(value);
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
