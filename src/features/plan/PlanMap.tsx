import { memo, useMemo } from "react";
import { CareerMap } from "../../components/career-map/CareerMap";
import { useCareerData } from "../../lib/career-data-context";
import { useAppHref, useAppNavigate } from "../../lib/embed-scope";
import { paths } from "../../lib/paths";
import { NO_FILTERS, visibleGraph } from "../../core/filters/map-filters";
import { layoutCareerMap } from "../../core/map/career-map-layout";
import { planMapGraph } from "../../core/map/drawable-graph";
import { formatNumber } from "../../core/text/format-number";
import type { PlannedRoute } from "../../core/route";

/**
 * The map of the roles the plan's routes pass through (the whole map when it is small enough to draw), with the
 * chosen route picked out. Memoised: the timeline above it re-renders as it is measured and its routes are
 * opened and closed, and the map stays the same.
 */
export const PlanMap = memo(function PlanMap({
  routes,
  chosenRoute,
}: {
  /** Every route found, ranked and listed apart: the map draws the roles they pass through. */
  routes: ReadonlyArray<PlannedRoute>;
  chosenRoute: PlannedRoute | undefined;
}) {
  const { dataset, graph } = useCareerData();
  const navigate = useAppNavigate();
  const appHref = useAppHref();
  const wholeMap = useMemo(() => visibleGraph(graph, NO_FILTERS), [graph]);
  const drawn = useMemo(() => planMapGraph(wholeMap, routes), [wholeMap, routes]);
  const layout = useMemo(() => layoutCareerMap(graph, dataset, drawn), [graph, dataset, drawn]);
  const emphasis = useMemo(
    () =>
      chosenRoute === undefined
        ? null
        : {
            nodes: new Set(chosenRoute.steps.flatMap((s) => [s.from, s.to])),
            edges: new Set(chosenRoute.steps.map((s) => s.edgeKey)),
          },
    [chosenRoute],
  );
  return (
    <>
      {drawn === wholeMap ? null : (
        <p className="hint">
          Only the roles these routes pass through are drawn: the whole map has{" "}
          {formatNumber(wholeMap.nodeIds.size)} roles and starting points, too many to draw at once.
        </p>
      )}
      <CareerMap
        layout={layout}
        selectedId={null}
        hrefFor={(id) => appHref(paths.role(id))}
        onOpen={(id) => navigate(paths.role(id))}
        onEscape={() => undefined}
        emphasis={emphasis}
      />
    </>
  );
});
