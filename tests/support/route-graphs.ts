/**
 * Small career graphs for route-finder tests, built from terse specs with sensible defaults, so that a test
 * shows only the facts it is about.
 */
import type {
  Apprenticeship,
  BandRange,
  Fees,
  Funding,
  FundingByAge,
  Prerequisite,
  Role,
  Route,
  RouteKind,
  StartingPoint,
} from "../../src/core/dataset/schema";
import { buildCareerGraph, type CareerGraph } from "../../src/core/graph/career-graph";

export interface NodeSpec {
  id: string;
  /** A starting point (degree, experience) instead of a role. */
  start?: boolean;
  title?: string;
  otherNames?: string[];
  statutory?: boolean;
  bands?: { whileTraining?: BandRange; qualified?: BandRange };
  /** What holding the role implies (Role.implies). */
  implies?: string[];
  /** The role's family (default "family"). */
  family?: string;
}

export interface RouteSpec {
  id: string;
  from: string | string[];
  to: string;
  /** [min, max] months, one number for both, or null for "not found". Default 12. */
  months?: [number, number] | number | null;
  funding?: Funding;
  kind?: RouteKind;
  level?: number | undefined;
  /** An apprenticeship standard (true for a default one). */
  apprenticeship?: boolean | Partial<Apprenticeship>;
  nhsFunded?: boolean;
  prerequisites?: Prerequisite[];
  fundingByAge?: FundingByAge | undefined;
  /** Fees in pounds [min, max]. */
  fees?: [number, number] | undefined;
}

const SOURCES = ["src"];
const DATE = "2026-11-21";

export function makeNode(spec: NodeSpec): { role?: Role; start?: StartingPoint } {
  const title = spec.title ?? spec.id;
  if (spec.start === true) {
    return {
      start: {
        id: spec.id,
        title,
        otherNames: spec.otherNames ?? [],
        kind: "qualification",
        summary: title,
        sources: SOURCES,
        lastReviewed: DATE,
        caveats: [],
      },
    };
  }
  return {
    role: {
      id: spec.id,
      title,
      otherNames: spec.otherNames ?? [],
      family: spec.family ?? "family",
      stage: "practitioner",
      pay: { scale: "agenda-for-change", ...(spec.bands ?? { qualified: { min: "5", max: "5" } }) },
      registration:
        spec.statutory === true ? { type: "statutory", bodies: ["HCPC"] } : { type: "none", bodies: [] },
      status: "established",
      summary: title,
      settings: [],
      ageGroups: ["adults"],
      entryRequirements: [],
      implies: spec.implies ?? [],
      links: [],
      sources: SOURCES,
      lastReviewed: DATE,
      caveats: [],
    },
  };
}

export function makeRoute(spec: RouteSpec): Route {
  const months = spec.months === undefined ? 12 : spec.months;
  const apprenticeship =
    spec.apprenticeship === undefined || spec.apprenticeship === false
      ? undefined
      : {
          title: `${spec.id} apprenticeship`,
          standard: "ST0001",
          level: 5,
          ...(spec.apprenticeship === true ? {} : spec.apprenticeship),
        };
  return {
    id: spec.id,
    from: Array.isArray(spec.from) ? spec.from : [spec.from],
    to: spec.to,
    kind: spec.kind ?? (apprenticeship === undefined ? "training" : "apprenticeship"),
    programme: `Programme ${spec.id}`,
    ...(months === null
      ? {}
      : {
          durationMonths:
            typeof months === "number" ? { min: months, max: months } : { min: months[0], max: months[1] },
        }),
    ...(spec.level === undefined
      ? {}
      : { qualification: { name: `Award ${spec.id}`, framework: "FHEQ", level: spec.level } }),
    funding: spec.funding ?? (apprenticeship === undefined ? "salaried-trainee-post" : "apprenticeship-levy"),
    ...(apprenticeship === undefined ? {} : { apprenticeship }),
    nhsFundedPsychologicalTraining: spec.nhsFunded ?? false,
    ...(spec.fundingByAge === undefined ? {} : { fundingByAge: spec.fundingByAge }),
    ...(spec.fees === undefined ? {} : { fees: feesOf(spec.fees) }),
    prerequisites: spec.prerequisites ?? [],
    sources: SOURCES,
    lastReviewed: DATE,
    caveats: [],
  };
}

function feesOf([min, max]: [number, number]): Fees {
  return { pounds: { min, max }, year: "2025/26", note: "fees", sources: SOURCES };
}

/**
 * A career graph from node and route specs. Nodes named only in routes become roles.
 * @example makeGraph([{ id: "degree", start: true }], [{ id: "r", from: "degree", to: "role" }])
 */
export function makeGraph(nodes: NodeSpec[], routes: RouteSpec[]): CareerGraph {
  const specs = new Map(nodes.map((n) => [n.id, n]));
  for (const r of routes) {
    for (const id of [...(Array.isArray(r.from) ? r.from : [r.from]), r.to]) {
      if (!specs.has(id)) specs.set(id, { id });
    }
  }
  const made = [...specs.values()].map(makeNode);
  return buildCareerGraph({
    startingPoints: made.flatMap((m) => (m.start === undefined ? [] : [m.start])),
    roles: made.flatMap((m) => (m.role === undefined ? [] : [m.role])),
    routes: routes.map(makeRoute),
  });
}

/** The route ids of each route found, e.g. [["a", "b"], ["c"]]. */
export function routeIds(result: { routes: { steps: { routeId: string }[] }[] }): string[][] {
  return result.routes.map((route) => route.steps.map((s) => s.routeId));
}
