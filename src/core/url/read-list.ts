/** Small readers the address codecs share. */

/**
 * The non-empty, trimmed items of a comma-separated value; none for a missing one.
 * @example readList(" a, ,b ") // ["a", "b"]
 */
export function readList(raw: string | null): string[] {
  return (raw ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/**
 * Text from the address cut short for showing back to the reader, so an absurdly long value is not echoed whole.
 * @example shorten("x".repeat(100), 60).length // 61
 */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
