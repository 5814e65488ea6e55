import { useId } from "react";
import { useCareerData } from "../../lib/career-data-context";
import { competitionShortText, feesTotalText, routeTimeText } from "../../core/describe";
import { hardestCompetition } from "../../core/plan/route-timeline";
import type { RouteGroup } from "../../core/plan/near-duplicate-routes";
import type { PlannedRoute } from "../../core/route";
import { titleOf } from "../../core/graph/career-graph";
import { capitalise, listInWords, plural } from "../../core/text/words";
import { RouteSteps } from "./RouteSteps";
import { TimelineBar, type TimelineScale } from "./RouteTimeline";

export interface RouteRowProps {
  /** The routes the finder returned (or those listed apart), for a group's other members. */
  routes: ReadonlyArray<PlannedRoute>;
  group: RouteGroup;
  /** The route of the group on show: the chosen one when it is in the group, else the group's best. */
  shown: number;
  /** "Route 1 (fastest)", "Also possible 1". */
  label: string;
  chosen: boolean;
  expanded: boolean;
  onToggle: () => void;
  /** Draws this route on the map and scrolls there; left out for routes listed apart, which are not drawn. */
  onShowOnMap?: (index: number) => void;
  /** Shows another route of the group in its place. */
  onShowVariant?: (index: number) => void;
  onNotHeld: (ids: string[]) => void;
  scale: TimelineScale;
  width: number;
  patternPrefix: string;
  age: number | null;
}

/** One route in the timeline: its answer in a line, its bar, what it assumed, and its steps on demand. */
export function RouteRow(props: RouteRowProps) {
  const { routes, group, shown, label, chosen, expanded, onToggle, onShowOnMap, onShowVariant, onNotHeld } =
    props;
  const { graph } = useCareerData();
  const headingId = useId();
  const stepsId = useId();
  const route = routes[shown]!;
  const { totals } = route;
  const hardest = hardestCompetition(route);
  const facts = [plural(totals.steps, "step"), feesTotalText(totals.fees)];
  if (hardest !== null)
    facts.push(`${route.steps[hardest.step]!.toTitle}: ${competitionShortText(hardest.competition)}`);
  const others = group.members.filter((member) => member !== shown);
  const alsoVia =
    others.length === 0
      ? []
      : [
          ...new Set([
            ...group.alsoVia,
            ...(shown === group.main ? [] : routes[group.main]!.steps.map((s) => s.to)),
          ]),
        ]
          .filter((id) => !route.steps.some((step) => step.to === id))
          .map((id) => titleOf(graph, id));

  return (
    <li className={`timeline-route${chosen ? " is-chosen" : " is-other"}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="timeline-route__heading">
        {label}: {routeTimeText(route)}
      </h3>
      <p className="timeline-route__facts">{capitalise(facts.join(" · "))}</p>
      {alsoVia.length === 0 ? null : (
        <p className="timeline-route__also">
          Also via {listInWords(alsoVia, "or")}, in the same time and for the same fees.
        </p>
      )}
      <TimelineBar
        route={route}
        scale={props.scale}
        width={props.width}
        patternPrefix={props.patternPrefix}
        label={label}
      />
      {route.assumptions.length === 0 ? null : (
        <div className="timeline-route__assumptions">
          <p className="timeline-route__assumptions-heading">What this route assumes</p>
          <ul>
            {route.assumptions.map((assumption) => (
              <li key={`${assumption.type}:${assumption.id}`}>
                {assumption.text}{" "}
                {assumption.type === "holds" ? (
                  <button
                    type="button"
                    className="link-button no-print"
                    onClick={() => onNotHeld(assumption.id.split("|"))}
                  >
                    I don’t have this
                    <span className="visually-hidden">
                      :{" "}
                      {assumption.id
                        .split("|")
                        .map((id) => titleOf(graph, id))
                        .join(" or ")}
                    </span>
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="timeline-route__buttons no-print">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          aria-expanded={expanded}
          aria-controls={stepsId}
          onClick={onToggle}
        >
          {expanded ? "Hide the steps" : "Show the steps"}
          <span className="visually-hidden"> ({label})</span>
        </button>
        {onShowOnMap === undefined ? null : (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            aria-pressed={chosen}
            onClick={() => onShowOnMap(shown)}
          >
            Show on the map
            <span className="visually-hidden"> ({label})</span>
          </button>
        )}
      </div>
      <div id={stepsId} hidden={!expanded} className="timeline-route__details">
        {/* The chosen route's steps are always there for the printed plan, which shows them even when closed. */}
        {expanded || chosen ? (
          <>
            {others.length === 0 || onShowVariant === undefined ? null : (
              <div className="timeline-route__variants no-print">
                <p>The same time and fees by another way:</p>{" "}
                <ul>
                  {others.map((member) => {
                    const via = routes[member]!.steps.map((s) => s.to)
                      .filter((id) => !route.steps.some((step) => step.to === id))
                      .map((id) => titleOf(graph, id));
                    return (
                      <li key={member}>
                        <button type="button" className="link-button" onClick={() => onShowVariant(member)}>
                          <span className="visually-hidden">Show the steps </span>via{" "}
                          {listInWords(via, "and")}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </div>
            )}
            <RouteSteps route={route} age={props.age} />
          </>
        ) : null}
      </div>
    </li>
  );
}
