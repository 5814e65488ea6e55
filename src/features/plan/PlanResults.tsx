import { useDeferredValue, useMemo, useRef, useState } from "react";
import { AppLink } from "../../components/AppLink";
import { groupNearDuplicateRoutes, groupOf, type RouteGroup } from "../../core/plan/near-duplicate-routes";
import { timelineMonths } from "../../core/plan/route-timeline";
import type { PlannedRoute, Preference, RouteResult } from "../../core/route";
import { PlanActions } from "./PlanActions";
import { PlanMap } from "./PlanMap";
import { RouteRow } from "./RouteRow";
import { makeTimelineScale, TimelineAxis, TimelineKey, useTimelineIds } from "./RouteTimeline";
import { useElementWidth } from "./use-element-width";
import type { Plan } from "./use-plan";

const RANK_WORDS: Record<Preference, string> = {
  fastest: "fastest",
  "fewest-steps": "fewest steps",
  "earn-while-learning": "most paid while learning",
};

const groupLabel = (g: number, prefer: Preference) =>
  g === 0 ? `Route 1 (${RANK_WORDS[prefer]})` : `Route ${g + 1}`;

/** No route: why not, and each change that would open one (as a link where a link can make it). */
function NoRoute({ result, plan }: { result: RouteResult; plan: Plan }) {
  return (
    <div className="notice">
      <p>
        <strong>No route found.</strong> {result.reason}
      </p>
      {result.relaxations.length === 0 ? null : (
        <>
          <p>What would open one:</p>
          <ul>
            {result.relaxations.map((relaxation) => {
              const href = plan.relaxationLink(relaxation);
              return (
                <li key={relaxation.text}>
                  {href === null ? relaxation.text : <AppLink to={href}>{relaxation.text}</AppLink>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

/** The groups open on screen: the chosen route's at first, and again whenever the routes change. */
function useExpandedGroups(result: RouteResult, chosenGroup: number) {
  const [state, setState] = useState({ result, open: new Set([chosenGroup]) });
  if (state.result !== result) setState({ result, open: new Set([chosenGroup]) });
  const open = state.result === result ? state.open : new Set([chosenGroup]);
  const toggle = (main: number) =>
    setState((s) => {
      const next = new Set(s.open);
      if (next.has(main)) next.delete(main);
      else next.add(main);
      return { ...s, open: next };
    });
  return {
    open,
    toggle,
    ensure: (main: number) =>
      setState((s) => (s.open.has(main) ? s : { ...s, open: new Set([...s.open, main]) })),
  };
}

/** The answer: the routes on one timeline, each with its steps on demand, then the chosen route on the map. */
export function PlanResults({ plan, result }: { plan: Plan; result: RouteResult }) {
  const { params, groups, chosenIndex } = plan;
  const chosenGroup = groupOf(groups, chosenIndex)?.main ?? 0;
  const expanded = useExpandedGroups(result, chosenGroup);
  const chartRef = useRef<HTMLDivElement>(null);
  const mapHeadingRef = useRef<HTMLHeadingElement>(null);
  const width = useElementWidth(chartRef, 640);
  const patternPrefix = useTimelineIds();
  const unknownGroups = useMemo(() => groupNearDuplicateRoutes(result.unknownLengthRoutes), [result]);
  const allRoutes = useMemo(() => [...result.routes, ...result.unknownLengthRoutes], [result]);
  const scale = makeTimelineScale(timelineMonths(allRoutes), width);
  // The routes are the answer; the map below them is drawn once they are on screen: its layout and drawing
  // cost a slow phone as much again as the routes. (A render in the background, right after the first paint.)
  const mapDrawn = useDeferredValue(true, false);

  const showOnMap = (index: number) => {
    plan.choose(index);
    // Straight to the map, and focus with it, so keyboard and screen-reader users land where they asked to go.
    const heading = mapHeadingRef.current;
    if (heading !== null) {
      const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;
      heading.scrollIntoView({ behavior: reduce ? "auto" : "smooth", block: "start" });
      heading.focus({ preventScroll: true });
    }
  };

  const row = (list: ReadonlyArray<PlannedRoute>, group: RouteGroup, label: string, listedApart: boolean) => {
    const shown = !listedApart && group.members.includes(chosenIndex) ? chosenIndex : group.main;
    return (
      <RouteRow
        key={group.main}
        routes={list}
        group={group}
        shown={shown}
        label={label}
        chosen={!listedApart && group.main === chosenGroup}
        expanded={!listedApart ? expanded.open.has(group.main) : expanded.open.has(-1 - group.main)}
        onToggle={() => expanded.toggle(listedApart ? -1 - group.main : group.main)}
        {...(listedApart
          ? {}
          : {
              onShowOnMap: showOnMap,
              onShowVariant: (index: number) => {
                plan.choose(index);
                expanded.ensure(group.main);
              },
            })}
        onNotHeld={plan.rejectAssumption}
        scale={scale}
        width={width}
        patternPrefix={patternPrefix}
        age={params.age}
      />
    );
  };

  if (result.routes.length === 0) return <NoRoute result={result} plan={plan} />;
  const folded = result.routes.length - groups.length;
  return (
    <>
      <p role="status" className="no-print">
        {groups.length === 1 ? "1 route" : `${groups.length} routes`}, best first
        {folded === 0 ? "" : ` (${folded} more that take the same time and fees are shown with them)`}.
        {result.reason === null ? "" : ` ${result.reason}`}
      </p>
      <figure className="route-timeline" aria-labelledby="route-timeline-caption">
        <figcaption id="route-timeline-caption" className="route-timeline__caption">
          Timeline of the routes, in years from now
          {params.age === null ? "" : " (and, in bold, your age then)"}
        </figcaption>
        <div ref={chartRef} className="route-timeline__chart">
          <TimelineAxis scale={scale} width={width} patternPrefix={patternPrefix} age={params.age} />
          <ol className="route-timeline__routes">
            {groups.map((group, g) => row(result.routes, group, groupLabel(g, params.prefer), false))}
          </ol>
        </div>
        <TimelineKey routes={allRoutes} patternPrefix={patternPrefix} />
      </figure>
      <PlanActions params={params} title={plan.title} />
      {unknownGroups.length === 0 ? null : (
        <section aria-labelledby="plan-unknown-heading" className="plan-unknown">
          <h2 id="plan-unknown-heading">Also possible, with a step of unknown length</h2>
          <p>
            These routes have a step whose length no source gives (often how long people are in post before an
            appointment), so they are not ranked with the routes above. They may be quicker. The unknown step
            is drawn as a point, never as short.
          </p>
          <ol className="route-timeline__routes">
            {unknownGroups.map((group, g) =>
              row(result.unknownLengthRoutes, group, `Also possible ${g + 1}`, true),
            )}
          </ol>
        </section>
      )}
      <section aria-labelledby="plan-map-heading" className="plan-map no-print">
        <h2 id="plan-map-heading" ref={mapHeadingRef} tabIndex={-1}>
          {groupLabel(
            groups.findIndex((g) => g.main === chosenGroup),
            params.prefer,
          )}{" "}
          on the map
        </h2>
        {mapDrawn ? <PlanMap routes={allRoutes} chosenRoute={result.routes[chosenIndex]} /> : null}
      </section>
    </>
  );
}
