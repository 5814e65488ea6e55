/**
 * fast-check generators of small career graphs and queries for the route finder's property tests. The graphs
 * have cycles, parallel routes, routes with several origins, every prerequisite type, missing durations,
 * NHS-funded steps, and queries with several starts, experience and every constraint. Starting roles are
 * sometimes entered only through NHS-funded training (so the person's own gap clock runs) and sometimes not,
 * with experience given for them or not.
 */
import fc from "fast-check";
import { FUNDING_TYPES, type Prerequisite, type RouteKind } from "../../src/core/dataset/schema";
import type { CareerGraph } from "../../src/core/graph/career-graph";
import { PREFERENCES, type RouteQuery } from "../../src/core/route";
import { makeGraph, type NodeSpec, type RouteSpec } from "./route-graphs";

const KINDS: RouteKind[] = ["entry", "training", "apprenticeship", "progression"];

export interface GraphCase {
  graph: CareerGraph;
  nodes: NodeSpec[];
  routes: RouteSpec[];
  query: RouteQuery;
}

const node = (i: number) => `n${i}`;

function prerequisite(nodeCount: number, holdsWeight: number, gapWeight: number): fc.Arbitrary<Prerequisite> {
  const typical = (months: number) =>
    fc.option(
      fc
        .tuple(fc.constantFrom(0, 6, 12), fc.constantFrom(0, 12))
        .map(([a, b]) => ({ min: months + a, max: months + a + b })),
      { nil: undefined },
    );
  const nodes = fc.uniqueArray(fc.integer({ min: 0, max: nodeCount - 1 }).map(node), {
    minLength: 1,
    maxLength: 2,
  });
  // Weighted towards rules that shape timing rather than block, so most queries still have routes to rank.
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(6, 12, 24).chain((months) =>
        fc.record(
          {
            type: fc.constant("experience-in-role" as const),
            months: fc.constant(months),
            typicalMonths: typical(months),
            note: fc.constant("exp"),
          },
          { requiredKeys: ["type", "months", "note"] },
        ),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(6, 12, 24).chain((months) =>
        fc.record(
          {
            type: fc.constant("relevant-experience" as const),
            months: fc.constant(months),
            typicalMonths: typical(months),
            anyOf: nodes,
            counts: fc.constant("relevant work"),
            note: fc.constant("relevant"),
          },
          { requiredKeys: ["type", "months", "anyOf", "counts", "note"] },
        ),
      ),
    },
    {
      weight: gapWeight,
      arbitrary: fc.record({
        type: fc.constant("gap-after-funded-training" as const),
        months: fc.constantFrom(6, 12, 24, 30),
        note: fc.constant("gap"),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ type: "statutory-registration" as const, note: "reg" }) },
    {
      weight: holdsWeight,
      arbitrary: fc.record({
        type: fc.constant("holds" as const),
        anyOf: nodes,
        note: fc.constant("holds"),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ type: "other" as const, note: "other" }) },
  );
}

function route(
  nodeCount: number,
  startCount: number,
  holdsWeight: number,
  gapWeight: number,
): fc.Arbitrary<Omit<RouteSpec, "id">> {
  const index = fc.integer({ min: 0, max: nodeCount - 1 });
  // Routes into starting points are never taken (starts are held already), so they are rare here.
  const role = fc.integer({ min: Math.min(startCount, nodeCount - 1), max: nodeCount - 1 });
  return fc.record(
    {
      from: fc.uniqueArray(index, { minLength: 1, maxLength: 2 }).map((is) => is.map(node)),
      to: fc.oneof({ weight: 9, arbitrary: role }, { weight: 1, arbitrary: index }).map(node),
      // Few distinct lengths, so that ties (broken by edge keys) are common.
      months: fc.oneof(
        { weight: 1, arbitrary: fc.constant(null) },
        {
          weight: 8,
          arbitrary: fc
            .tuple(fc.constantFrom(0, 6, 12, 12, 24), fc.constantFrom(0, 0, 3))
            .map(([a, d]): [number, number] => [a, a + d]),
        },
      ),
      funding: fc.constantFrom(...FUNDING_TYPES),
      kind: fc.constantFrom(...KINDS),
      level: fc.option(fc.integer({ min: 2, max: 8 }), { nil: undefined }),
      apprenticeship: fc.boolean(),
      nhsFunded: fc.boolean(),
      prerequisites: fc.array(prerequisite(nodeCount, holdsWeight, gapWeight), { maxLength: 2 }),
      fundingByAge: fc.option(
        fc.record(
          {
            under: fc.constantFrom(20, 22, 25),
            extendedUnder: fc.option(fc.constantFrom(25, 27), { nil: undefined }),
            funding: fc.constantFrom(...FUNDING_TYPES),
            note: fc.constant("age"),
          },
          { requiredKeys: ["under", "funding", "note"] },
        ),
        { nil: undefined, freq: 4 },
      ),
      fees: fc.option(
        fc
          .tuple(fc.constantFrom(0, 1000, 9000), fc.constantFrom(0, 500))
          .map(([a, b]): [number, number] => [a, a + b]),
        { nil: undefined },
      ),
    },
    {
      requiredKeys: [
        "from",
        "to",
        "months",
        "funding",
        "kind",
        "level",
        "apprenticeship",
        "nhsFunded",
        "prerequisites",
      ],
    },
  );
}

export interface GraphCaseOptions {
  maxNodes?: number;
  maxRoutes?: number;
  /** Relative weights of holds and gap rules among prerequisites (others weigh 1–3); 0 leaves them out. */
  holdsWeight?: number;
  gapWeight?: number;
  /**
   * Adds a detour gadget: start → a, a ⇄ x, and a → target only for someone who holds x. The best walk then
   * loops through x and back, which no route may do: the case the simple-path search exists for.
   */
  detour?: boolean;
}

/** A random graph of 2–`maxNodes` nodes (the first one or two are starting points) and a query on it. */
export function graphCase(options: GraphCaseOptions = {}): fc.Arbitrary<GraphCase> {
  const { maxNodes = 7, maxRoutes = 16, holdsWeight = 2, gapWeight = 3, detour = false } = options;
  return fc
    .record({ nodeCount: fc.integer({ min: 2, max: maxNodes }), startCount: fc.integer({ min: 1, max: 2 }) })
    .chain(({ nodeCount, startCount }) => {
      const index = fc.integer({ min: 0, max: nodeCount - 1 });
      return fc
        .record({
          statutory: fc.array(fc.boolean(), { minLength: nodeCount, maxLength: nodeCount }),
          routes: fc.array(route(nodeCount, startCount, holdsWeight, gapWeight), {
            minLength: 2,
            maxLength: maxRoutes,
          }),
          // Mostly not the usual target (the last node): a target that is already held has nothing to find.
          from: fc.oneof(
            {
              weight: 9,
              arbitrary: fc.uniqueArray(fc.integer({ min: 0, max: nodeCount - 2 }), {
                minLength: 1,
                maxLength: 3,
              }),
            },
            { weight: 1, arbitrary: fc.uniqueArray(index, { minLength: 1, maxLength: 3 }) },
          ),
          to: fc.oneof({ weight: 9, arbitrary: fc.constant(nodeCount - 1) }, { weight: 3, arbitrary: index }),
          prefer: fc.constantFrom(...PREFERENCES),
          alternatives: fc.integer({ min: 0, max: 10 }),
          only: fc.option(fc.constantFrom("apprenticeships" as const, "funded" as const), { nil: undefined }),
          avoidNodes: fc.uniqueArray(index, { maxLength: 2 }),
          avoidKinds: fc.subarray(KINDS, { maxLength: 2 }),
          maxQualificationLevel: fc.option(fc.integer({ min: 2, max: 8 }), { nil: undefined }),
          // Undefined: no experience given for that start (a funded-training role then counts as just qualified).
          experience: fc.array(fc.option(fc.integer({ min: 0, max: 36 }), { nil: undefined, freq: 3 }), {
            minLength: 3,
            maxLength: 3,
          }),
          // One case in three, every way into the first starting role is NHS-funded training.
          fundedStart: fc.integer({ min: 0, max: 2 }).map((x) => x === 0),
          // Roles that say what holding them implies, and things the person says they do not have.
          implies: fc.array(
            fc.option(fc.uniqueArray(index, { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 3 }),
            {
              minLength: nodeCount,
              maxLength: nodeCount,
            },
          ),
          notHeld: fc.uniqueArray(index, { maxLength: 1 }),
          age: fc.option(fc.integer({ min: 16, max: 30 }), { nil: undefined }),
          extendedAgeLimit: fc.boolean(),
          constrained: fc.integer({ min: 0, max: 2 }).map((x) => x === 0),
          detourAt: fc.tuple(index, index, fc.constantFrom(0, 6, 12)),
        })
        .map((drawn): GraphCase => {
          const nodes: NodeSpec[] = Array.from({ length: nodeCount }, (_, i) => ({
            id: node(i),
            start: i < startCount,
            statutory: drawn.statutory[i]!,
            // Only nodes earlier in the list, as valid data has no cycle of implies lists.
            ...(drawn.implies[i] === undefined
              ? {}
              : { implies: drawn.implies[i]!.filter((j) => j < i).map(node) }),
          }));
          const drawnRoutes: Omit<RouteSpec, "id">[] = [...drawn.routes];
          const [a, x, months] = drawn.detourAt;
          if (detour && a !== x) {
            drawnRoutes.push(
              { from: [node(0)], to: node(a), months },
              { from: [node(a)], to: node(x), months },
              { from: [node(x)], to: node(a), months },
              {
                from: [node(a)],
                to: node(drawn.to),
                months,
                prerequisites: [{ type: "holds", anyOf: [node(x)], note: "detour" }],
              },
            );
          }
          const startRole = drawn.from.find((i) => i >= startCount);
          if (drawn.fundedStart && startRole !== undefined) {
            drawnRoutes.forEach((r, i) => {
              if (r.to === node(startRole)) drawnRoutes[i] = { ...r, nhsFunded: true };
            });
            if (!drawnRoutes.some((r) => r.to === node(startRole))) {
              drawnRoutes.push({ from: [node(0)], to: node(startRole), months: 12, nhsFunded: true });
            }
          }
          const routes: RouteSpec[] = drawnRoutes.map((r, i) => ({ ...r, id: `r${i}` }));
          const from = drawn.from.map(node);
          const experience = from.flatMap((id, i) => {
            const months = drawn.experience[i];
            return months === undefined ? [] : [[id, months] as const];
          });
          const query: RouteQuery = {
            from,
            to: node(drawn.to),
            prefer: drawn.prefer,
            alternatives: drawn.alternatives,
            experienceMonths: Object.fromEntries(experience),
            ...(drawn.age === undefined ? {} : { age: drawn.age, extendedAgeLimit: drawn.extendedAgeLimit }),
            ...(drawn.notHeld.length === 0 ? {} : { notHeld: drawn.notHeld.map(node) }),
            // Two cases in three run unconstrained, so that most queries have routes to rank.
            ...(drawn.constrained
              ? {
                  only: drawn.only,
                  avoidNodes: drawn.avoidNodes.map(node),
                  avoidKinds: drawn.avoidKinds,
                  maxQualificationLevel: drawn.maxQualificationLevel,
                }
              : {}),
          };
          return { graph: makeGraph(nodes, routes), nodes, routes, query };
        });
    });
}
