/**
 * The graph in integer terms, for the searches' inner loops on large graphs: nodes and edges numbered, and
 * the edges into each node as one flat list. Built once per graph, on first use, and kept with it.
 */
import type { CareerGraph, RouteEdge } from "../graph/career-graph";

export interface GraphIndex {
  /** Node ids by number, and numbers by id. */
  ids: readonly string[];
  nodeIndex: ReadonlyMap<string, number>;
  /** Each edge's number: its position in graph.edges. */
  edgeIndex: ReadonlyMap<RouteEdge, number>;
  edgeFrom: Int32Array;
  /** Edges into node v are inList[inStart[v] .. inStart[v + 1]). */
  inStart: Int32Array;
  inList: Int32Array;
}

const indexes = new WeakMap<CareerGraph, GraphIndex>();

/**
 * The graph's index, built on first use.
 * @example const { nodeIndex } = graphIndex(graph); nodeIndex.get("counsellor");
 */
export function graphIndex(graph: CareerGraph): GraphIndex {
  let index = indexes.get(graph);
  if (index !== undefined) return index;
  const ids = [...graph.nodes.keys()];
  const nodeIndex = new Map(ids.map((id, i) => [id, i]));
  const edges = graph.edges;
  const edgeFrom = new Int32Array(edges.length);
  const edgeTo = new Int32Array(edges.length);
  const edgeIndex = new Map<RouteEdge, number>();
  edges.forEach((edge, e) => {
    edgeIndex.set(edge, e);
    edgeFrom[e] = nodeIndex.get(edge.from)!;
    edgeTo[e] = nodeIndex.get(edge.to)!;
  });
  const inStart = new Int32Array(ids.length + 1);
  for (const v of edgeTo) inStart[v + 1]!++;
  for (let v = 0; v < ids.length; v++) inStart[v + 1]! += inStart[v]!;
  const fill = inStart.slice(0, ids.length);
  const inList = new Int32Array(edges.length);
  // Edges keep the data's order within each node, so everything built on them stays deterministic.
  for (let e = 0; e < edges.length; e++) inList[fill[edgeTo[e]!]!++] = e;
  index = { ids, nodeIndex, edgeIndex, edgeFrom, inStart, inList };
  indexes.set(graph, index);
  return index;
}
