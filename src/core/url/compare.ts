/**
 * The compare page's address: /compare?roles=a,b,c. One parse and serialise pair.
 */
import type { CareerGraph } from "../graph/career-graph";
import {
  closestMatches,
  prepareCandidates,
  type Match,
  type PreparedCandidates,
} from "../text/closest-matches";
import { readList, shorten } from "./read-list";

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

const ROLES = "roles";

/** Per graph, the roles prepared as match candidates, kept as long as the graph is. */
const candidatesByGraph = new WeakMap<CareerGraph, PreparedCandidates>();

function roleCandidates(graph: CareerGraph): PreparedCandidates {
  let candidates = candidatesByGraph.get(graph);
  if (candidates === undefined) {
    candidates = prepareCandidates(
      graph.roles.map((role) => ({ id: role.id, labels: [role.title, ...role.otherNames, role.id] })),
    );
    candidatesByGraph.set(graph, candidates);
  }
  return candidates;
}

/**
 * Reads the roles to compare from the compare page's address.
 * @example parseCompareView(new URLSearchParams("roles=clinical-psychologist,nope"), graph).unknown[0].text // "nope"
 */
export function parseCompareView(params: URLSearchParams, graph: CareerGraph): CompareSelection {
  const selection: CompareSelection = { roleIds: [], unknown: [], leftOut: [] };
  for (const id of readList(params.get(ROLES))) {
    const node = graph.nodes.get(id);
    if (node === undefined || node.nodeType !== "role") {
      selection.unknown.push({
        text: shorten(id, 60),
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

/**
 * Writes the roles to compare as query-string pairs. The inverse of parseCompareView for known roles.
 * @example compareViewToParams(["a", "b"]) // [["roles", "a,b"]]
 */
export function compareViewToParams(roleIds: ReadonlyArray<string>): [string, string][] {
  return roleIds.length === 0 ? [] : [[ROLES, roleIds.join(",")]];
}
