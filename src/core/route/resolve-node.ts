/**
 * Turns what a person typed (an id, a title, another name) into a node id, or a typed error with the closest
 * matching titles.
 */
import { titleOf, type MapGraph } from "../graph/career-graph";
import {
  closestMatches,
  prepareCandidates,
  resolveName,
  type PreparedCandidates,
} from "../text/closest-matches";
import { AmbiguousNodeError, UnknownNodeError, type NodeSuggestion } from "./errors";

/** Per graph, built once: every node's names, for resolving and for "did you mean" lists. */
interface NameIndex {
  candidates: PreparedCandidates;
}
const nameIndexes = new WeakMap<MapGraph, NameIndex>();

function nameIndex(graph: MapGraph): NameIndex {
  let index = nameIndexes.get(graph);
  if (index === undefined) {
    const candidates = prepareCandidates(
      [...graph.nodes.values()].map((node) => ({
        id: node.id,
        labels: [node.title, ...node.otherNames, node.id],
      })),
    );
    index = { candidates };
    nameIndexes.set(graph, index);
  }
  return index;
}

/**
 * The nodes whose names come closest to the text, best first, for "did you mean" lists.
 * @example nodeSuggestions(graph, "clinicl psycholgist")[0]?.id // "clinical-psychologist"
 */
function nodeSuggestions(graph: MapGraph, text: string, limit = 3): NodeSuggestion[] {
  return closestMatches(text, nameIndex(graph).candidates, { limit }).map((match) => ({
    id: match.id,
    title: titleOf(graph, match.id),
  }));
}

/**
 * The error for an id or name that is not in the graph, with suggestions.
 * @example throw unknownNode(graph, "ghost");
 */
export function unknownNode(graph: MapGraph, text: string): UnknownNodeError {
  return new UnknownNodeError(text, nodeSuggestions(graph, text));
}

/**
 * Resolves what a person typed to a node id: an id in any case, a title or other name (ignoring case, accents
 * and punctuation), or, when only one node fits, the start of a name or some of its words ("A-levels",
 * "GCSEs", "approved clinician"). Throws AmbiguousNodeError listing the choices when several fit, and
 * UnknownNodeError with the closest titles when none does.
 * @example resolveNode(graph, "Psychology degree with GBC") // "psychology-degree-gbc"
 * @example resolveNode(graph, "PWP") // "psychological-wellbeing-practitioner"
 * @example resolveNode(graph, "A-levels") // "a-levels"
 */
export function resolveNode(graph: MapGraph, text: string): string {
  if (graph.nodes.has(text)) return text;
  const resolved = resolveName(text, nameIndex(graph).candidates);
  if (resolved.status === "found") return resolved.id;
  if (resolved.status === "ambiguous") {
    throw new AmbiguousNodeError(
      text,
      resolved.ids.map((id) => ({ id, title: titleOf(graph, id) })),
    );
  }
  throw unknownNode(graph, text);
}
