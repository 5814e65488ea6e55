/**
 * The route finder: pure TypeScript over the career graph, used by the planner and by `npm run route`.
 * See README.md ("Route finder") for the rules it applies.
 */
export { findRoutes } from "./find-routes";
export { describeStepApprenticeship } from "./step-facts";
export {
  nextSteps,
  waysInto,
  reachableFromStarts,
  type NeighbourStep,
  type ReachableNode,
} from "./neighbourhood";
export { resolveNode } from "./resolve-node";
export { trainedWithNhsFunding } from "./starting-clock";
export {
  RouteFinderError,
  UnknownNodeError,
  AmbiguousNodeError,
  InvalidQueryError,
  type NodeSuggestion,
  type RouteErrorCode,
} from "./errors";
export {
  PREFERENCES,
  ONLY_CONSTRAINTS,
  MAX_ALTERNATIVES,
  normaliseQuery,
  type Preference,
  type OnlyConstraint,
  type RouteConstraints,
  type RouteQuery,
  type NormalisedQuery,
} from "./query";
export { FUNDING_WEIGHT } from "./context";
export type * from "./types";
