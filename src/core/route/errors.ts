/**
 * The route finder's errors: typed, each with a code and a message a person can act on. The CLI turns them
 * into exit code 2; the app shows the message and the suggestions.
 */

export type RouteErrorCode = "unknown-node" | "ambiguous-node" | "invalid-query";

/** A node the person can pick instead, e.g. from a "did you mean" list. */
export interface NodeSuggestion {
  id: string;
  title: string;
}

/**
 * Base class, so callers can catch every route-finder error with one `instanceof`.
 * @example if (error instanceof RouteFinderError) showMessage(error.message); // error.code says which
 */
export class RouteFinderError extends Error {
  readonly code: RouteErrorCode;
  constructor(code: RouteErrorCode, message: string) {
    super(message);
    this.name = "RouteFinderError";
    this.code = code;
  }
}

/**
 * A role or starting point that is not in the data, with the closest matching names.
 * @example
 * try { resolveNode(graph, "clinicl psycholgist") } catch (e) {
 *   if (e instanceof UnknownNodeError) e.suggestions[0]?.id; // "clinical-psychologist"
 * }
 */
export class UnknownNodeError extends RouteFinderError {
  readonly query: string;
  readonly suggestions: readonly NodeSuggestion[];
  constructor(query: string, suggestions: readonly NodeSuggestion[]) {
    const hint =
      suggestions.length === 0
        ? "Check the spelling, or use an id from the data."
        : `Did you mean ${suggestions.map((s) => `"${s.title}" (${s.id})`).join(", or ")}?`;
    super("unknown-node", `No role or starting point is called "${query}". ${hint}`);
    this.name = "UnknownNodeError";
    this.query = query;
    this.suggestions = suggestions;
  }
}

/**
 * A name that several nodes share (e.g. an abbreviation), so the person must pick one by id.
 * @example new AmbiguousNodeError("CAP", [{ id: "a", title: "A" }, { id: "b", title: "B" }]).code // "ambiguous-node"
 */
export class AmbiguousNodeError extends RouteFinderError {
  readonly query: string;
  readonly candidates: readonly NodeSuggestion[];
  constructor(query: string, candidates: readonly NodeSuggestion[]) {
    super(
      "ambiguous-node",
      `"${query}" could mean ${candidates.map((c) => `"${c.title}" (${c.id})`).join(" or ")}: give the id instead.`,
    );
    this.name = "AmbiguousNodeError";
    this.query = query;
    this.candidates = candidates;
  }
}

/**
 * A query that cannot be answered as asked: no starting point, an unknown preference, negative experience.
 * @example new InvalidQueryError("Give at least one starting point.").code // "invalid-query"
 */
export class InvalidQueryError extends RouteFinderError {
  constructor(message: string) {
    super("invalid-query", message);
    this.name = "InvalidQueryError";
  }
}
