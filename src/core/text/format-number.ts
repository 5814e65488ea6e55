// One formatter for every figure: Number.prototype.toLocaleString builds a new one on each call, which a slow
// phone felt on a plan (every step's fees, pay and competition figures). Made on first use, not when the module
// loads, to keep it off the first page's start-up.
let britishNumbers: Intl.NumberFormat | undefined;

/**
 * A number written the British way, with commas between thousands (as toLocaleString("en-GB") writes it).
 * @example formatNumber(31049) // "31,049"
 */
export function formatNumber(n: number): string {
  britishNumbers ??= new Intl.NumberFormat("en-GB");
  return britishNumbers.format(n);
}
