/**
 * A role's headline facts, worked out from the dataset: what the list view, the compare page and the
 * downloads show side by side. Pure, so every view (and the CSV) says the same.
 */
import type {
  Apprenticeship,
  Funding,
  MonthsRange,
  Qualification,
  RegistrationType,
  Role,
} from "../dataset/schema";
import type { PayScale } from "../dataset/schema";
import { isBandedPay } from "../dataset/constants";
import { isProgramme, type CareerGraph, type RouteEdge } from "../graph/career-graph";
import { shortPayLabel } from "../describe/pay";

export interface RoleSummary {
  id: string;
  title: string;
  familyId: string;
  status: Role["status"];
  /** "Band 4 → 5", "Bands 8c–8d", "Voluntary"… */
  band: string;
  /** For sorting: the lowest qualified band's place in its scale's order, or null when there is none. */
  bandRank: number | null;
  /** The span of the training routes into the role, shortest to longest; null when none is recorded. */
  trainingMonths: MonthsRange | null;
  /** The highest qualification level among the training routes into the role. */
  highestQualification: Qualification | null;
  fundingTypes: Funding[];
  apprenticeships: Apprenticeship[];
  registration: RegistrationType;
  registrationBodies: string[];
  routesIn: number;
  routesOut: number;
}

function trainingEdges(graph: CareerGraph, roleId: string): RouteEdge[] {
  return (graph.inEdges.get(roleId) ?? []).filter(
    (edge) => isProgramme(edge.route) && (edge.route.durationMonths?.max ?? 1) > 0,
  );
}

/**
 * @example summariseRole(graph, role, dataset.payScales).trainingMonths // { min: 36, max: 36 }
 */
export function summariseRole(
  graph: CareerGraph,
  role: Role,
  payScales: ReadonlyArray<PayScale>,
): RoleSummary {
  const training = trainingEdges(graph, role.id);
  const durations = training.map((e) => e.route.durationMonths).filter((d) => d !== undefined);
  const qualifications = training.map((e) => e.route.qualification).filter((q) => q !== undefined);
  const apprenticeships = new Map<string, Apprenticeship>();
  for (const edge of graph.inEdges.get(role.id) ?? []) {
    const { apprenticeship } = edge.route;
    if (apprenticeship !== undefined) {
      apprenticeships.set(apprenticeship.standard ?? apprenticeship.title, apprenticeship);
    }
  }
  const { pay } = role;
  const qualified = isBandedPay(pay) ? pay.qualified : undefined;
  const bands = isBandedPay(pay) ? payScales.find((scale) => scale.id === pay.scale)?.bands : undefined;
  const rank = qualified === undefined ? -1 : (bands?.indexOf(qualified.min) ?? -1);
  return {
    id: role.id,
    title: role.title,
    familyId: role.family,
    status: role.status,
    band: shortPayLabel(role.pay),
    bandRank: rank === -1 ? null : rank,
    trainingMonths:
      durations.length === 0
        ? null
        : { min: Math.min(...durations.map((d) => d.min)), max: Math.max(...durations.map((d) => d.max)) },
    highestQualification: qualifications.reduce<Qualification | null>(
      (best, q) => (best === null || q.level > best.level ? q : best),
      null,
    ),
    fundingTypes: [...new Set(training.map((e) => e.route.funding))],
    apprenticeships: [...apprenticeships.values()],
    registration: role.registration.type,
    registrationBodies: role.registration.bodies,
    routesIn: graph.inEdges.get(role.id)?.length ?? 0,
    routesOut: graph.outEdges.get(role.id)?.length ?? 0,
  };
}
