import type { Dataset, Role, Route, StartingPoint } from "../dataset/schema";
import type { MapRole, MapRoute, MapStartingPoint } from "../dataset/map-index";
import { reachable } from "../collections/reachable";

/**
 * One step between two nodes. A route with several origins (e.g. "RMN, OT or social worker → approved
 * clinician") becomes one edge per origin, all sharing the route's record.
 */
export interface RouteEdgeOf<R extends MapRoute> {
  /** Unique per edge: the route id, and the origin when the route has more than one. */
  key: string;
  route: R;
  from: string;
  to: string;
}
export type RouteEdge = RouteEdgeOf<Route>;

/** The parts of a dataset (or of its map index) the graph is made of. */
export interface GraphPartsOf<R extends MapRole, S extends MapStartingPoint, T extends MapRoute> {
  startingPoints: ReadonlyArray<S>;
  roles: ReadonlyArray<R>;
  routes: ReadonlyArray<T>;
}
export type GraphParts = Pick<Dataset, "startingPoints" | "roles" | "routes">;

/** A node of a graph: a role or a starting point, as whole as the graph's records are. */
export type NodeOf<R extends MapRole, S extends MapStartingPoint> =
  ({ nodeType: "role" } & R) | ({ nodeType: "starting-point" } & S);

/**
 * A dataset as a graph: nodes by id and the routes in and out of each node. Built once, read everywhere. The
 * whole dataset's graph is a CareerGraph; the map index's (src/core/dataset/map-index.ts) is a MapGraph, which
 * is all the map needs: a CareerGraph serves wherever a MapGraph is asked for.
 */
export interface GraphOf<R extends MapRole, S extends MapStartingPoint, T extends MapRoute> {
  nodes: ReadonlyMap<string, NodeOf<R, S>>;
  roles: ReadonlyArray<R>;
  startingPoints: ReadonlyArray<S>;
  edges: ReadonlyArray<RouteEdgeOf<T>>;
  /** Every edge by its key (RouteEdge.key, RouteStep.edgeKey). */
  edgesByKey: ReadonlyMap<string, RouteEdgeOf<T>>;
  outEdges: ReadonlyMap<string, ReadonlyArray<RouteEdgeOf<T>>>;
  inEdges: ReadonlyMap<string, ReadonlyArray<RouteEdgeOf<T>>>;
}
export type CareerGraph = GraphOf<Role, StartingPoint, Route>;
export type MapGraph = GraphOf<MapRole, MapStartingPoint, MapRoute>;
export type MapNode = NodeOf<MapRole, MapStartingPoint>;
export type MapRouteEdge = RouteEdgeOf<MapRoute>;

export function edgeKey(route: Pick<MapRoute, "id" | "from">, from: string): string {
  return route.from.length === 1 ? route.id : `${route.id}@${from}`;
}

/**
 * Builds the graph from a validated dataset. Edges keep the dataset's order, so everything built on them is
 * deterministic. Routes that name an unknown node are skipped (the validator reports them).
 * @example
 * const graph = buildCareerGraph(dataset);
 * graph.outEdges.get("psychological-wellbeing-practitioner")?.map((e) => e.to);
 */
export function buildCareerGraph<R extends MapRole, S extends MapStartingPoint, T extends MapRoute>(
  dataset: GraphPartsOf<R, S, T>,
): GraphOf<R, S, T> {
  const nodes = new Map<string, NodeOf<R, S>>();
  for (const startingPoint of dataset.startingPoints) {
    nodes.set(startingPoint.id, { nodeType: "starting-point", ...startingPoint });
  }
  for (const role of dataset.roles) nodes.set(role.id, { nodeType: "role", ...role });

  const edges: RouteEdgeOf<T>[] = [];
  const outEdges = new Map<string, RouteEdgeOf<T>[]>();
  const inEdges = new Map<string, RouteEdgeOf<T>[]>();
  for (const id of nodes.keys()) {
    outEdges.set(id, []);
    inEdges.set(id, []);
  }
  for (const route of dataset.routes) {
    if (!nodes.has(route.to)) continue;
    for (const from of route.from) {
      if (!nodes.has(from) || from === route.to) continue;
      const edge: RouteEdgeOf<T> = { key: edgeKey(route, from), route, from, to: route.to };
      edges.push(edge);
      outEdges.get(from)!.push(edge);
      inEdges.get(route.to)!.push(edge);
    }
  }
  return {
    nodes,
    roles: dataset.roles,
    startingPoints: dataset.startingPoints,
    edges,
    edgesByKey: new Map(edges.map((edge) => [edge.key, edge])),
    outEdges,
    inEdges,
  };
}

/**
 * Whether a route is an apprenticeship: it names its apprenticeship (the validator makes every route of the
 * apprenticeship kind name one). The route finder's "apprenticeships only" reads the same field.
 * @example isApprenticeship(graph.edgesByKey.get("peer-worker-apprenticeship")!.route) // true
 */
export function isApprenticeship(route: Pick<MapRoute, "apprenticeship">): boolean {
  return route.apprenticeship !== undefined;
}

/**
 * Whether a route is a programme (study or training with something to fund) rather than applying for a post:
 * its funding says so. The route finder's "apprenticeships only" draws the same line.
 * @example isProgramme(dataset.routes.find((r) => r.id === "dclinpsy")!) // true
 */
export function isProgramme(route: Pick<Route, "funding">): boolean {
  return route.funding !== "not-applicable";
}

/**
 * The names a node goes by, for matching what people type: its title first (the one to show), then its other
 * names (abbreviations and the job titles people have).
 * @example namesOf(graph.nodes.get("healthcare-support-worker")!)[0] // "Mental health support worker"
 */
export function namesOf(node: Pick<MapNode, "title" | "otherNames">): string[] {
  return [node.title, ...node.otherNames];
}

/** Whether a node is a role (not a starting point): the pickers that offer only roles ask this. */
export function isRoleNode(node: Pick<MapNode, "nodeType">): boolean {
  return node.nodeType === "role";
}

/**
 * A node's title, or the id itself when the graph has no such node.
 * @example titleOf(graph, "gcses") // "GCSEs"
 */
export function titleOf(graph: MapGraph, id: string): string {
  return graph.nodes.get(id)?.title ?? id;
}

/**
 * Every node reachable from the given nodes by following routes forwards, the given nodes included.
 * @example reachableFrom(graph, ["gcses"]).has("healthcare-support-worker") // true
 */
export function reachableFrom(graph: MapGraph, startIds: Iterable<string>): Set<string> {
  const known = [...startIds].filter((id) => graph.nodes.has(id));
  return reachable(known, (id) => (graph.outEdges.get(id) ?? []).map((edge) => edge.to));
}
