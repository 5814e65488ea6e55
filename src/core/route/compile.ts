/**
 * The career graph compiled into integer-indexed typed arrays, so that searches touch numbers, not strings or
 * objects. Compiled once per graph object and cached, because the graph is built once and queried many times.
 */
import { FUNDING_TYPES, ROUTE_KINDS, type Funding } from "../dataset/schema";
import type { CareerGraph, RouteEdge } from "../graph/career-graph";

export interface CompiledGraph {
  graph: CareerGraph;
  /** Node count and edge count. */
  n: number;
  m: number;
  ids: readonly string[];
  index: ReadonlyMap<string, number>;
  edges: readonly RouteEdge[];
  /** Per edge: endpoints, the route record it comes from, and the rank of its key in code-unit order. */
  from: Int32Array;
  to: Int32Array;
  route: Int32Array;
  keyRank: Int32Array;
  durMin: Float64Array;
  durMax: Float64Array;
  /** Index into FUNDING_TYPES and ROUTE_KINDS. */
  funding: Uint8Array;
  kind: Uint8Array;
  /** Qualification level, 0 when the step leads to no qualification. */
  qualLevel: Uint8Array;
  apprenticeship: Uint8Array;
  nhsFunded: Uint8Array;
  /** Largest experience-in-role and gap-after-funded-training months the step demands (0 = none). */
  expReq: Int32Array;
  gapReq: Int32Array;
  /**
   * 0 when the step can never be taken whoever asks: a statutory-registration rule the from-node does not meet,
   * or a holds rule naming only nodes missing from the graph.
   */
  ruleOk: Uint8Array;
  /** Distinct `holds` rules, each the node indexes any one of which satisfies it. */
  holdsRules: ReadonlyArray<Int32Array>;
  /** Per edge, the ids (into holdsRules) of the rules it needs; null when none. */
  holds: ReadonlyArray<Int32Array | null>;
  /** Edges with a gap rule or a holds rule: scanned per query instead of every edge. */
  gapEdges: Int32Array;
  holdsEdges: Int32Array;
  /** Per edge, its position in holdsEdges (or -1); per node, its position in ruleNodes (or -1). */
  holdsSlot: Int32Array;
  ruleNodes: Int32Array;
  ruleNodeSlot: Int32Array;
  /** Compressed adjacency: edges out of node v are outList[outStart[v] .. outStart[v+1]), likewise in. */
  outStart: Int32Array;
  outList: Int32Array;
  inStart: Int32Array;
  inList: Int32Array;
  /**
   * The steps each set of constraints allows (makeSearchContext's edge filter), by constraint signature:
   * kept with the graph and shared by every query with the same constraints, at most 16 at a time.
   */
  filterCache: Map<string, Uint8Array>;
  /** All zeros: the experience array of a query that gives none (read only). */
  noExperience: Float64Array;
}

const FUNDING_INDEX: ReadonlyMap<Funding, number> = new Map(FUNDING_TYPES.map((f, i) => [f, i]));
export const KIND_INDEX: ReadonlyMap<string, number> = new Map(ROUTE_KINDS.map((k, i) => [k, i]));

const cache = new WeakMap<CareerGraph, CompiledGraph>();

function adjacency(n: number, endpoint: Int32Array): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(n + 1);
  for (const v of endpoint) start[v + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const list = new Int32Array(endpoint.length);
  // Edges stay in dataset order within each node, which keeps every search deterministic.
  for (let e = 0; e < endpoint.length; e++) list[fill[endpoint[e]!]!++] = e;
  return { start, list };
}

/**
 * Compiles a career graph for searching; the result is cached per graph object.
 * @example
 * const compiled = compileGraph(graph);
 * compiled.ids[compiled.to[0]!]; // the node the first edge leads to
 */
export function compileGraph(graph: CareerGraph): CompiledGraph {
  const cached = cache.get(graph);
  if (cached !== undefined) return cached;

  const ids = [...graph.nodes.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges = graph.edges;
  const m = edges.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const route = new Int32Array(m);
  const durMin = new Float64Array(m);
  const durMax = new Float64Array(m);
  const funding = new Uint8Array(m);
  const kind = new Uint8Array(m);
  const qualLevel = new Uint8Array(m);
  const apprenticeship = new Uint8Array(m);
  const nhsFunded = new Uint8Array(m);
  const expReq = new Int32Array(m);
  const gapReq = new Int32Array(m);
  const ruleOk = new Uint8Array(m);
  const holds: (Int32Array | null)[] = [];
  const holdsRules: Int32Array[] = [];
  const ruleIds = new Map<string, number>();
  const gapEdges: number[] = [];
  const holdsEdges: number[] = [];
  // Distinct route records, keyed by (route id, to): the pair that makes two routes "genuinely different".
  const routeIndex = new Map<string, number>();

  edges.forEach((edge, e) => {
    const r = edge.route;
    const option = `${r.id}\u0000${r.to}`;
    let ri = routeIndex.get(option);
    if (ri === undefined) {
      ri = routeIndex.size;
      routeIndex.set(option, ri);
    }
    from[e] = index.get(edge.from)!;
    to[e] = index.get(edge.to)!;
    route[e] = ri;
    durMin[e] = r.durationMonths?.min ?? 0;
    durMax[e] = r.durationMonths?.max ?? 0;
    funding[e] = FUNDING_INDEX.get(r.funding) ?? 0;
    kind[e] = KIND_INDEX.get(r.kind) ?? 0;
    qualLevel[e] = r.qualification?.level ?? 0;
    apprenticeship[e] = r.apprenticeship === undefined ? 0 : 1;
    nhsFunded[e] = r.nhsFundedPsychologicalTraining ? 1 : 0;
    let registered = true;
    const rules: number[] = [];
    let unmeetable = false;
    for (const p of r.prerequisites) {
      if (p.type === "experience-in-role") expReq[e] = Math.max(expReq[e]!, p.months);
      else if (p.type === "gap-after-funded-training") gapReq[e] = Math.max(gapReq[e]!, p.months);
      else if (p.type === "statutory-registration") {
        const node = graph.nodes.get(edge.from);
        registered &&= node?.nodeType === "role" && node.registration.type === "statutory";
      } else if (p.type === "holds") {
        // Nodes missing from the graph can never be held; a rule left with none blocks the step (ruleOk).
        const nodes = [...new Set(p.anyOf.flatMap((id) => (index.has(id) ? [index.get(id)!] : [])))];
        nodes.sort((a, b) => a - b);
        if (nodes.length === 0) unmeetable = true;
        const name = nodes.join(",");
        let id = ruleIds.get(name);
        if (id === undefined) {
          id = holdsRules.length;
          holdsRules.push(Int32Array.from(nodes));
          ruleIds.set(name, id);
        }
        rules.push(id);
      }
    }
    ruleOk[e] = registered && !unmeetable ? 1 : 0;
    holds.push(rules.length > 0 ? Int32Array.from(rules) : null);
    if (gapReq[e]! > 0) gapEdges.push(e);
    if (rules.length > 0) holdsEdges.push(e);
  });

  const keys = edges.map((edge, e) => ({ key: edge.key, e }));
  // Code-unit order, not localeCompare: the same order on every machine and locale.
  keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.e - b.e));
  const keyRank = new Int32Array(m);
  keys.forEach(({ e }, rank) => (keyRank[e] = rank));

  // Small per-query masks index these slots instead of every edge and node.
  const holdsSlot = new Int32Array(m).fill(-1);
  holdsEdges.forEach((e, slot) => (holdsSlot[e] = slot));
  const ruleNodes = [...new Set(holdsRules.flatMap((rule) => [...rule]))].sort((a, b) => a - b);
  const ruleNodeSlot = new Int32Array(ids.length).fill(-1);
  ruleNodes.forEach((v, slot) => (ruleNodeSlot[v] = slot));

  const out = adjacency(ids.length, from);
  const into = adjacency(ids.length, to);
  const compiled: CompiledGraph = {
    graph,
    n: ids.length,
    m,
    ids,
    index,
    edges,
    from,
    to,
    route,
    keyRank,
    durMin,
    durMax,
    funding,
    kind,
    qualLevel,
    apprenticeship,
    nhsFunded,
    expReq,
    gapReq,
    ruleOk,
    holdsRules,
    holds,
    gapEdges: Int32Array.from(gapEdges),
    holdsEdges: Int32Array.from(holdsEdges),
    holdsSlot,
    ruleNodes: Int32Array.from(ruleNodes),
    ruleNodeSlot,
    outStart: out.start,
    outList: out.list,
    inStart: into.start,
    inList: into.list,
    filterCache: new Map(),
    noExperience: new Float64Array(ids.length),
  };
  cache.set(graph, compiled);
  return compiled;
}
