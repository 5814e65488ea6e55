/**
 * The route finder: pure TypeScript over the career graph, used by the planner and by `npm run route`.
 * See README.md ("Route finder") for the rules it applies.
 */
export { findRoutes, prepareRouteFinder } from "./find-routes";
export {
  nextSteps,
  waysInto,
  reachableFromStarts,
  type NeighbourStep,
  type ReachableNode,
} from "./neighbourhood";
export { resolveNode } from "./resolve-node";
export { trainedWithNhsFunding, FUNDING_WEIGHT, mayPayFees } from "./step-rules";
export { impliedBy, ruleKey, type Implied } from "./holdings";
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
  MIN_AGE,
  MAX_AGE,
  normaliseQuery,
  type Preference,
  type OnlyConstraint,
  type RouteConstraints,
  type RouteQuery,
  type NormalisedQuery,
} from "./query";
export type * from "./types";
