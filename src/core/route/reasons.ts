/**
 * Why there is no route, in words a careers adviser can read out, and which single change to the question
 * would open one: drop a constraint, stop avoiding something, study to a higher level, or add a starting
 * point that a `holds` rule asks for.
 */
import { ownValue } from "../collections/own-value";
import type { RouteKind } from "../dataset/schema";
import { MAX_QUALIFICATION_LEVEL } from "../dataset/constants";
import { titleOf, type CareerGraph } from "../graph/career-graph";
import { ROUTE_KIND_LABELS } from "../describe/labels";
import { capitalise, inSentence, listInWords, withArticle } from "../text/words";
import type { NormalisedQuery } from "./query";
import { makeRuleContext } from "./step-rules";
import type { Relaxation } from "./types";

/** Answers "would this version of the question have a route?" (the caller runs the search). */
export type RouteProbe = (query: NormalisedQuery) => boolean;

export interface NoRouteExplanation {
  reason: string;
  relaxations: Relaxation[];
}

function kindWords(kinds: readonly RouteKind[]): string {
  return `${listInWords(kinds.map((k) => (ownValue(ROUTE_KIND_LABELS, k) ?? k).toLowerCase()))} routes`;
}

/** The active constraints as phrases: "with apprenticeships only", "avoiding Assistant psychologist". */
function constraintPhrases(graph: CareerGraph, q: NormalisedQuery): string[] {
  const title = (id: string) => titleOf(graph, id);
  const phrases: string[] = [];
  if (q.only === "apprenticeships") phrases.push("with apprenticeships only");
  if (q.only === "funded") phrases.push("with no self-funded steps");
  if (q.avoidNodes.length > 0) phrases.push(`avoiding ${listInWords(q.avoidNodes.map(title))}`);
  if (q.avoidKinds.length > 0) phrases.push(`avoiding ${kindWords(q.avoidKinds)}`);
  if (q.maxQualificationLevel !== null) {
    phrases.push(`studying no higher than level ${q.maxQualificationLevel}`);
  }
  return phrases;
}

function withoutConstraints(q: NormalisedQuery): NormalisedQuery {
  return { ...q, only: null, avoidNodes: [], avoidKinds: [], maxQualificationLevel: null };
}

/** Nodes named by any `holds` rule that the person does not already hold. */
function heldNodesAskedFor(graph: CareerGraph, q: NormalisedQuery): string[] {
  const asked = new Set<string>();
  for (const edge of graph.edges) {
    for (const p of edge.route.prerequisites) {
      if (p.type === "holds") p.anyOf.forEach((id) => asked.add(id));
    }
  }
  return [...asked].filter((id) => graph.nodes.has(id) && !q.from.includes(id) && id !== q.to);
}

/**
 * Explains a query that found no route. Handles the cases the search never reaches (the target is already
 * held or avoided, every start avoided) and otherwise probes each single relaxation.
 * @example
 * explainNoRoute(graph, query, (q) => kBestRoutes(makeSearchContext(cg, q), 1).paths.length > 0).reason
 * // "With apprenticeships only, nothing leads from Psychology degree with GBC into Clinical psychologist."
 */
export function explainNoRoute(
  graph: CareerGraph,
  q: NormalisedQuery,
  probe: RouteProbe,
): NoRouteExplanation {
  const title = (id: string) => titleOf(graph, id);
  const target = title(q.to);
  if (q.from.includes(q.to)) {
    return { reason: `You already have ${target}: it is one of your starting points.`, relaxations: [] };
  }
  const impliedBy = makeRuleContext(graph, q).assumedNodes.get(q.to);
  if (impliedBy !== undefined) {
    return {
      reason: `As ${withArticle(inSentence(title(impliedBy)))}, you will normally have ${target} already. If you do not, say so and ask again.`,
      relaxations: [],
    };
  }
  if (q.avoidNodes.includes(q.to)) {
    return {
      reason: `${target} is on your avoid list, so no route can end there.`,
      relaxations: [{ type: "stop-avoiding-node", id: q.to, text: `stop avoiding ${target}` }],
    };
  }
  const starts = q.from.filter((id) => !q.avoidNodes.includes(id));
  if (starts.length === 0) {
    return {
      reason: `Every starting point you gave (${listInWords(q.from.map(title))}) is on your avoid list.`,
      relaxations: q.from.map((id) => ({
        type: "stop-avoiding-node",
        id,
        text: `stop avoiding ${title(id)}`,
      })),
    };
  }

  const relaxations: Relaxation[] = [];
  if (q.only !== null && probe({ ...q, only: null })) {
    relaxations.push({
      type: "drop-only",
      only: q.only,
      text: q.only === "apprenticeships" ? 'drop "apprenticeships only"' : "allow self-funded steps",
    });
  }
  for (const id of q.avoidNodes) {
    if (probe({ ...q, avoidNodes: q.avoidNodes.filter((other) => other !== id) })) {
      relaxations.push({ type: "stop-avoiding-node", id, text: `stop avoiding ${title(id)}` });
    }
  }
  for (const kind of q.avoidKinds) {
    if (probe({ ...q, avoidKinds: q.avoidKinds.filter((other) => other !== kind) })) {
      relaxations.push({ type: "stop-avoiding-kind", kind, text: `stop avoiding ${kindWords([kind])}` });
    }
  }
  if (q.maxQualificationLevel !== null) {
    for (let level = Math.floor(q.maxQualificationLevel) + 1; level <= MAX_QUALIFICATION_LEVEL; level++) {
      if (probe({ ...q, maxQualificationLevel: level })) {
        relaxations.push({
          type: "raise-qualification-level",
          level,
          text: `allow study up to level ${level}`,
        });
        break;
      }
    }
  }
  const startsNeeded: string[] = [];
  for (const id of heldNodesAskedFor(graph, q)) {
    if (probe({ ...q, from: [...q.from, id] })) {
      startsNeeded.push(id);
      relaxations.push({ type: "add-start", id, text: `add ${title(id)} as a starting point` });
    }
  }

  const fromWords = listInWords(starts.map(title));
  const phrases = constraintPhrases(graph, q);
  if (phrases.length > 0 && probe(withoutConstraints(q))) {
    return {
      reason: `${capitalise(listInWords(phrases))}, nothing leads from ${fromWords} into ${target}.`,
      relaxations,
    };
  }
  if ((graph.inEdges.get(q.to) ?? []).length === 0) {
    return { reason: `Nothing in the data leads into ${target} yet.`, relaxations };
  }
  const needs =
    startsNeeded.length > 0 ? `: the routes there need ${listInWords(startsNeeded.map(title), "or")}` : "";
  const lead = phrases.length > 0 ? "Even without your filters, nothing" : "Nothing";
  return { reason: `${lead} in the data leads from ${fromWords} into ${target}${needs}.`, relaxations };
}
