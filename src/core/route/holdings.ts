/**
 * What holding a role implies. Someone who is an assistant psychologist has GBC; a peer support worker has
 * lived experience or caring experience. The route finder counts such things as held, and says it assumed
 * them, so a person can correct it.
 *
 * Two sources, combined:
 * - the data says so: a role's `implies` list (and whatever those imply in turn);
 * - every way into a role requires it: for each route into the role, its origin, what the origin implies, and
 *   what its `holds` rules demand. This is a "must" analysis over the graph, the greatest fixed point of
 *   Must(role) = implies(role) ∪ ⋂ over every route in of Via(route). Starting points imply nothing: people
 *   simply have them, whichever way they got them.
 * A `holds` rule with several options ("lived experience or caring experience") is tracked as a token of its
 * own, so a role every way into which meets the rule in one way or another implies the rule is met.
 */
import type { CareerGraph } from "../graph/career-graph";

/** What one node implies: the nodes held with it, and the `holds` rules (by rule key) met with it. */
export interface Implied {
  nodes: ReadonlySet<string>;
  rules: ReadonlySet<string>;
}

const NOTHING: Implied = { nodes: new Set(), rules: new Set() };

/**
 * The key of a `holds` rule's options, the same for the same set in any order.
 * @example ruleKey(["b", "a"]) // "a|b"
 */
export function ruleKey(anyOf: readonly string[]): string {
  return [...new Set(anyOf)].sort().join("|");
}

interface Holdings {
  byNode: Map<string, Implied>;
}

// Owned by the graph object: built once per graph, on first use, and dropped with it.
const holdingsOf = new WeakMap<CareerGraph, Holdings>();

function computeHoldings(graph: CareerGraph): Holdings {
  // The universe: nodes worth tracking (anything a rule names, anything a role says it implies, and every
  // starting point) and one token per distinct holds rule.
  const rules = new Map<string, string[]>();
  for (const edge of graph.edges) {
    for (const p of edge.route.prerequisites) {
      if (p.type === "holds") rules.set(ruleKey(p.anyOf), [...new Set(p.anyOf)]);
    }
  }
  const tracked = new Set<string>(graph.startingPoints.map((s) => s.id));
  for (const members of rules.values()) members.forEach((id) => tracked.add(id));
  for (const role of graph.roles) role.implies.forEach((id) => tracked.add(id));
  // Roles can be implied too (explicitly), and a role that is itself tracked must be able to carry itself.
  const elements = [...tracked].filter((id) => graph.nodes.has(id));
  const ruleKeys = [...rules.keys()];
  const size = elements.length + ruleKeys.length;
  if (size === 0) return { byNode: new Map() };
  const words = Math.max(1, Math.ceil(size / 32));
  const slotOf = new Map(elements.map((id, i) => [id, i]));
  const ruleSlots = ruleKeys.map((_, i) => elements.length + i);
  const ruleSlotByKey = new Map(ruleKeys.map((key, i) => [key, ruleSlots[i]!]));
  // Per element slot, the rule slots its membership meets.
  const rulesMetBy = new Map<number, number[]>();
  ruleKeys.forEach((key, r) => {
    for (const id of rules.get(key)!) {
      const slot = slotOf.get(id);
      if (slot === undefined) continue;
      const list = rulesMetBy.get(slot) ?? [];
      list.push(ruleSlots[r]!);
      rulesMetBy.set(slot, list);
    }
  });

  const empty = () => new Uint32Array(words);
  const full = () => new Uint32Array(words).fill(0xffffffff);
  const set = (bits: Uint32Array, slot: number) => (bits[slot >>> 5]! |= 1 << (slot & 31));
  const has = (bits: Uint32Array, slot: number) => (bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  /** Adds each rule token met by an element in the set. */
  const close = (bits: Uint32Array) => {
    for (const [slot, met] of rulesMetBy) if (has(bits, slot)) met.forEach((r) => set(bits, r));
    return bits;
  };
  const equal = (a: Uint32Array, b: Uint32Array) => a.every((w, i) => w === b[i]);

  // Every role starts at "everything" and only narrows, so the iteration is monotone and must end. (A cycle of
  // implies lists would stay at "everything"; the validator refuses such cycles.)
  const must = new Map<string, Uint32Array>();
  for (const [id, node] of graph.nodes) must.set(id, node.nodeType === "role" ? full() : empty());
  /** The node itself and what it implies. */
  const withSelf = (id: string): Uint32Array => {
    const bits = Uint32Array.from(must.get(id) ?? empty());
    const slot = slotOf.get(id);
    if (slot !== undefined) set(bits, slot);
    return close(bits);
  };

  // Which roles to look at again when a node's set changes: those it leads into, those whose ways in name it
  // in a holds rule, and those that say they imply it.
  const dependents = new Map<string, Set<string>>();
  const depends = (on: string, role: string) => {
    let set = dependents.get(on);
    if (set === undefined) dependents.set(on, (set = new Set()));
    set.add(role);
  };
  for (const role of graph.roles) {
    role.implies.forEach((id) => depends(id, role.id));
    for (const edge of graph.inEdges.get(role.id) ?? []) {
      depends(edge.from, role.id);
      for (const p of edge.route.prerequisites)
        if (p.type === "holds") p.anyOf.forEach((id) => depends(id, role.id));
    }
  }
  const rolesById = new Map(graph.roles.map((role) => [role.id, role]));

  // Greatest fixed point: start from "everything" and narrow, looking again only at roles whose inputs changed.
  const pending = new Set(graph.roles.map((role) => role.id));
  while (pending.size > 0) {
    const id = pending.values().next().value!;
    pending.delete(id);
    const role = rolesById.get(id)!;
    const bits = empty();
    for (const implied of role.implies) {
      if (implied === role.id || !graph.nodes.has(implied)) continue;
      withSelf(implied).forEach((w, i) => (bits[i]! |= w));
    }
    const waysIn = graph.inEdges.get(role.id) ?? [];
    if (waysIn.length > 0) {
      const common = full();
      for (const edge of waysIn) {
        const via = withSelf(edge.from);
        for (const p of edge.route.prerequisites) {
          if (p.type !== "holds") continue;
          // The rule is met on this way in; and whatever all of its options have in common is held too.
          set(via, ruleSlotByKey.get(ruleKey(p.anyOf))!);
          const options = p.anyOf.filter((option) => graph.nodes.has(option));
          if (options.length === 0) continue;
          const shared = full();
          for (const option of options) withSelf(option).forEach((w, i) => (shared[i]! &= w));
          shared.forEach((w, i) => (via[i]! |= w));
        }
        close(via).forEach((w, i) => (common[i]! &= w));
      }
      common.forEach((w, i) => (bits[i]! |= w));
    }
    close(bits);
    if (!equal(bits, must.get(role.id)!)) {
      must.set(role.id, bits);
      for (const next of dependents.get(role.id) ?? []) pending.add(next);
    }
  }

  const byNode = new Map<string, Implied>();
  for (const role of graph.roles) {
    const bits = must.get(role.id)!;
    const nodes = new Set(elements.filter((id, slot) => id !== role.id && has(bits, slot)));
    const met = new Set(ruleKeys.filter((_, r) => has(bits, ruleSlots[r]!)));
    if (nodes.size > 0 || met.size > 0) byNode.set(role.id, { nodes, rules: met });
  }
  return { byNode };
}

/**
 * What holding a node implies: the nodes a person in it normally has, and the `holds` rules (by ruleKey) it
 * meets, from the data's `implies` lists and from what every way into it requires. Nothing for a starting
 * point.
 * @example impliedBy(graph, "assistant-psychologist").nodes.has("psychology-degree-gbc") // true
 * @example impliedBy(graph, "peer-support-worker").rules.has(ruleKey(["carer-experience", "lived-experience"]))
 */
export function impliedBy(graph: CareerGraph, id: string): Implied {
  let holdings = holdingsOf.get(graph);
  if (holdings === undefined) {
    holdings = computeHoldings(graph);
    holdingsOf.set(graph, holdings);
  }
  return holdings.byNode.get(id) ?? NOTHING;
}
