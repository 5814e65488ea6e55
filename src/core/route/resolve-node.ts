/**
 * Turns what a person typed (an id, a title, another name) into a node id, or a typed error with the closest
 * matching titles.
 */
import { titleOf, type CareerGraph } from "../graph/career-graph";
import { closestMatches, normaliseText, type MatchCandidate } from "../text/closest-matches";
import { AmbiguousNodeError, UnknownNodeError, type NodeSuggestion } from "./errors";

function candidates(graph: CareerGraph): MatchCandidate[] {
  return [...graph.nodes.values()].map((node) => ({
    id: node.id,
    labels: [node.title, ...node.otherNames, node.id],
  }));
}

/**
 * The nodes whose names come closest to the text, best first, for "did you mean" lists.
 * @example nodeSuggestions(graph, "clinicl psycholgist")[0]?.id // "clinical-psychologist"
 */
function nodeSuggestions(graph: CareerGraph, text: string, limit = 3): NodeSuggestion[] {
  return closestMatches(text, candidates(graph), { limit }).map((match) => ({
    id: match.id,
    title: titleOf(graph, match.id),
  }));
}

/**
 * The error for an id or name that is not in the graph, with suggestions.
 * @example throw unknownNode(graph, "ghost");
 */
export function unknownNode(graph: CareerGraph, text: string): UnknownNodeError {
  return new UnknownNodeError(text, nodeSuggestions(graph, text));
}

/**
 * Resolves an id (matched exactly) or a title or other name (matched ignoring case, accents and punctuation).
 * Throws UnknownNodeError with the closest titles, or AmbiguousNodeError when a name fits several nodes.
 * @example resolveNode(graph, "Psychology degree with GBC") // "psychology-degree-gbc"
 * @example resolveNode(graph, "PWP") // "psychological-wellbeing-practitioner"
 */
export function resolveNode(graph: CareerGraph, text: string): string {
  if (graph.nodes.has(text)) return text;
  const wanted = normaliseText(text);
  if (wanted.length > 0) {
    const byName = [...graph.nodes.values()].filter((node) =>
      [node.title, ...node.otherNames].some((name) => normaliseText(name) === wanted),
    );
    if (byName.length === 1) return byName[0]!.id;
    if (byName.length > 1) {
      throw new AmbiguousNodeError(
        text,
        byName.map((node) => ({ id: node.id, title: node.title })),
      );
    }
  }
  throw unknownNode(graph, text);
}
