/**
 * Turns what a person typed (an id, a title, another name) into a node id, or a typed error with the closest
 * matching titles.
 */
import type { CareerNode } from "../dataset/schema";
import { titleOf, type CareerGraph } from "../graph/career-graph";
import { closestMatches, normaliseText, type MatchCandidate } from "../text/closest-matches";
import { AmbiguousNodeError, UnknownNodeError, type NodeSuggestion } from "./errors";

/** Per graph, built once: the "did you mean" candidates, and nodes by normalised title and other name. */
interface NameIndex {
  candidates: MatchCandidate[];
  byName: Map<string, CareerNode[]>;
}
const nameIndexes = new WeakMap<CareerGraph, NameIndex>();

function nameIndex(graph: CareerGraph): NameIndex {
  let index = nameIndexes.get(graph);
  if (index === undefined) {
    const byName = new Map<string, CareerNode[]>();
    for (const node of graph.nodes.values()) {
      for (const name of new Set([node.title, ...node.otherNames].map(normaliseText))) {
        if (name.length === 0) continue;
        const nodes = byName.get(name);
        if (nodes === undefined) byName.set(name, [node]);
        else nodes.push(node);
      }
    }
    const candidates = [...graph.nodes.values()].map((node) => ({
      id: node.id,
      labels: [node.title, ...node.otherNames, node.id],
    }));
    index = { candidates, byName };
    nameIndexes.set(graph, index);
  }
  return index;
}

/**
 * The nodes whose names come closest to the text, best first, for "did you mean" lists.
 * @example nodeSuggestions(graph, "clinicl psycholgist")[0]?.id // "clinical-psychologist"
 */
function nodeSuggestions(graph: CareerGraph, text: string, limit = 3): NodeSuggestion[] {
  return closestMatches(text, nameIndex(graph).candidates, { limit }).map((match) => ({
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
    const byName = nameIndex(graph).byName.get(wanted) ?? [];
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
