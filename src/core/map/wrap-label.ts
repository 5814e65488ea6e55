/**
 * Breaks a label into lines of at most `maxChars` characters at spaces (or inside a word longer than a line),
 * keeping at most `maxLines`; the last kept line ends with an ellipsis if text was cut. Widths below 2 count as
 * 2, and fewer than one line as one.
 * Pure and deterministic, so the layout can size boxes without measuring text in a browser.
 * @example wrapLabel("Psychological wellbeing practitioner", 22) // ["Psychological", "wellbeing practitioner"]
 */
export function wrapLabel(text: string, maxChars: number, maxLines = 3): string[] {
  // A word is broken into pieces of maxChars - 1 letters and a hyphen: below 2 that never shortens it.
  maxChars = Math.max(2, Math.floor(maxChars));
  maxLines = Math.max(1, Math.floor(maxLines));
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const lines: string[] = [];
  let current = "";
  const push = () => {
    if (current !== "") lines.push(current);
    current = "";
  };
  for (let word of words) {
    while (word.length > maxChars) {
      push();
      lines.push(`${word.slice(0, maxChars - 1)}-`);
      word = word.slice(maxChars - 1);
    }
    if (current === "") current = word;
    else if (current.length + 1 + word.length <= maxChars) current = `${current} ${word}`;
    else {
      push();
      current = word;
    }
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1) : last}…`;
  return kept;
}
