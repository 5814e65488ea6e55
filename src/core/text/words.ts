/** Small helpers for writing sentences, shared by every view and the CLI so they phrase things alike. */

/**
 * A count and a noun: "1 month", "3 months".
 * @example plural(3, "step") // "3 steps"
 */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * A title with "a" or "an" before it, by its first letter.
 * @example withArticle("Education mental health practitioner") // "an Education mental health practitioner"
 */
export function withArticle(title: string): string {
  return `${/^[aeiou]/i.test(title) ? "an" : "a"} ${title}`;
}

/**
 * The text with its first letter upper-case.
 * @example capitalise("band 5 when qualified") // "Band 5 when qualified"
 */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A job title inside a sentence: first letter lower-case unless the first word is an abbreviation.
 * @example inSentence("Assistant psychologist") // "assistant psychologist"
 * @example inSentence("CBT therapist") // "CBT therapist"
 */
export function inSentence(title: string): string {
  return /^[A-Z][A-Z]/.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1);
}

/**
 * "A", "A and B", "A, B and C".
 * @example listInWords(["a", "b", "c"]) // "a, b and c"
 */
export function listInWords(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
