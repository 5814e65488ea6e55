import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { useCareerData } from "../../lib/career-data-context";
import { paths } from "../../lib/paths";
import { useUrlState } from "../../lib/use-url-state";
import { titleOf } from "../../core/graph/career-graph";
import { PLAN_ROUTES, planToParams, type PlanParams } from "../../core/url/plan";
import { parsePlanParams, type UnreadName } from "../../core/url/plan-parse";
import { findRoutes, type Relaxation, type RouteResult } from "../../core/route";
import { groupNearDuplicateRoutes, type RouteGroup } from "../../core/plan/near-duplicate-routes";

const planPath = (plan: PlanParams) => paths.plan(plan);

export interface Plan {
  params: PlanParams;
  /** Names in the address that are not a role here, with suggestions; parts of it not understood. */
  unread: UnreadName[];
  ignored: string[];
  /** The routes, or null until there is a start and a goal. */
  result: RouteResult | null;
  /** The routes with near-duplicates folded together, in ranking order. */
  groups: RouteGroup[];
  /** The route drawn on the map (an index into result.routes). */
  chosenIndex: number;
  /** "GCSEs → Clinical psychologist", or "Plan a route" with no goal yet. */
  title: string;
  /** Changes the question: a new history entry, and the chosen route goes back to the best. */
  update: (change: (latest: PlanParams) => Partial<PlanParams>) => void;
  /** Chooses the route drawn on the map, without a new history entry. */
  choose: (index: number) => void;
  /** "I don't have this": drops an assumption (one node, or every option of an either-or rule). */
  rejectAssumption: (ids: string[]) => void;
  /** The link that makes a suggested change, or null when it cannot be made by a link. */
  relaxationLink: (relaxation: Relaxation) => string | null;
}

/** The plan in the address, its routes, and the changes a person can make to it. */
export function usePlan(): Plan {
  const { graph } = useCareerData();
  const [search] = useSearchParams();
  const { params, unread, ignored } = useMemo(() => parsePlanParams(search, graph), [search, graph]);

  // The question without the chosen route: choosing another must not search for the routes again.
  const questionKey = new URLSearchParams(planToParams({ ...params, chosen: 0 })).toString();
  const question = useMemo(
    () => parsePlanParams(new URLSearchParams(questionKey), graph).params,
    [questionKey, graph],
  );
  const result = useMemo(
    () =>
      question.from.length > 0 && question.to !== null
        ? findRoutes(graph, {
            from: question.from,
            to: question.to,
            prefer: question.prefer,
            only: question.only ?? undefined,
            experienceMonths: question.experience,
            age: question.age ?? undefined,
            extendedAgeLimit: question.extendedAgeLimit,
            notHeld: question.notHeld,
            alternatives: PLAN_ROUTES - 1,
          })
        : null,
    [graph, question],
  );
  const groups = useMemo(() => groupNearDuplicateRoutes(result?.routes ?? []), [result]);
  const chosenIndex = result !== null && params.chosen < result.routes.length ? params.chosen : 0;

  // Changes build on the latest plan asked for, so quick changes in a row all count.
  const updatePlan = useUrlState(params, planPath);
  const update = (change: (latest: PlanParams) => Partial<PlanParams>) =>
    updatePlan((latest) => ({ ...latest, chosen: 0, ...change(latest) }));
  const title = (id: string) => titleOf(graph, id);

  return {
    params,
    unread,
    ignored,
    result,
    groups,
    chosenIndex,
    title:
      params.to === null
        ? "Plan a route"
        : `${params.from.length === 0 ? "…" : params.from.map(title).join(" and ")} → ${title(params.to)}`,
    update,
    choose: (index) => updatePlan((latest) => ({ ...latest, chosen: index }), { replace: true }),
    rejectAssumption: (ids) => update((latest) => ({ notHeld: [...new Set([...latest.notHeld, ...ids])] })),
    relaxationLink: (relaxation) => {
      switch (relaxation.type) {
        case "drop-only":
          return paths.plan({ ...params, only: null, chosen: 0 });
        case "add-start":
          return paths.plan({ ...params, from: [...params.from, relaxation.id], chosen: 0 });
        default:
          return null;
      }
    },
  };
}
