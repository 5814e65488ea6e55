import type { CareerGraph } from "../graph/career-graph";
import { closestMatches, type Match, type MatchCandidate } from "../text/closest-matches";

export const MAX_COMPARED_ROLES = 3;

export interface CompareSelection {
  /** Known role ids, in the order given, at most three, without repeats. */
  roleIds: string[];
  /**
   * What was given that is not a role here, as text to show (cut to 60 characters), with the closest roles
   * to suggest.
   */
  unknown: { text: string; suggestions: Match[] }[];
  /** Known roles beyond the first three, left out. */
  leftOut: string[];
}

/** Per graph, the roles as match candidates: the same list each time, so their names are normalised once. */
const candidatesByGraph = new WeakMap<CareerGraph, MatchCandidate[]>();

function roleCandidates(graph: CareerGraph): MatchCandidate[] {
  let candidates = candidatesByGraph.get(graph);
  if (candidates === undefined) {
    candidates = [...graph.nodes.values()]
      .filter((n) => n.nodeType === "role")
      .map((n) => ({ id: n.id, labels: [n.title, ...n.otherNames, n.id] }));
    candidatesByGraph.set(graph, candidates);
  }
  return candidates;
}

/**
 * Reads the `roles` list of the compare page's address.
 * @example parseCompareSelection("clinical-psychologist,nope", graph).unknown[0].text // "nope"
 */
export function parseCompareSelection(raw: string | null, graph: CareerGraph): CompareSelection {
  const selection: CompareSelection = { roleIds: [], unknown: [], leftOut: [] };
  for (const id of (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")) {
    const node = graph.nodes.get(id);
    if (node === undefined || node.nodeType !== "role") {
      const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
      selection.unknown.push({
        text: shown,
        suggestions: closestMatches(id.replace(/-/g, " "), roleCandidates(graph), {
          limit: 3,
          minScore: 0.45,
          maxGapFromBest: 0.1,
        }),
      });
    } else if (selection.roleIds.includes(id) || selection.leftOut.includes(id)) {
      continue;
    } else if (selection.roleIds.length < MAX_COMPARED_ROLES) {
      selection.roleIds.push(id);
    } else {
      selection.leftOut.push(id);
    }
  }
  return selection;
}
