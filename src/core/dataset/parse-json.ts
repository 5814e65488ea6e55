export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string };

/** Line and column (both from 1) of a character offset, for error messages people can find in an editor. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { line, column };
}

/**
 * Parses JSON text, turning a syntax error into a message with the line and column where it went wrong.
 * @example parseJsonText('{"a": }') // { ok: false, message: "Not valid JSON at line 1, column 7: ..." }
 */
export function parseJsonText(text: string): JsonParse {
  // A byte-order mark, which some Windows editors write: browsers drop it when they decode a download, so the
  // command line drops it too, and both read the same file alike.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    if (position !== null) {
      const { line, column } = lineAndColumn(text, Number(position[1]));
      return { ok: false, message: `Not valid JSON at line ${line}, column ${column}: ${detail}` };
    }
    return { ok: false, message: `Not valid JSON: ${detail}` };
  }
}
