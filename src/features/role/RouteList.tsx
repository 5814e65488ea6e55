import { Link } from "react-router";
import type { RouteEdge } from "../../core/graph/career-graph";
import { useCareerData } from "../../app/career-data-context";
import { formatDuration } from "../../core/text/format-duration";
import { FUNDING_LABELS, ROUTE_KIND_LABELS } from "../../core/text/labels";
import { CaveatNotes } from "./CaveatNotes";

interface RouteListProps {
  edges: ReadonlyArray<RouteEdge>;
  /** Whether to name the node each route comes from, or the node it leads to. */
  direction: "in" | "out";
  linkTo: (nodeId: string) => string;
  emptyText: string;
}

/** Routes into or out of a node: where they lead, the programme, its length, level, funding and rules. */
export function RouteList({ edges, direction, linkTo, emptyText }: RouteListProps) {
  const { graph } = useCareerData();
  if (edges.length === 0) return <p>{emptyText}</p>;
  return (
    <ul className="route-list">
      {edges.map((edge) => {
        const { route } = edge;
        const otherId = direction === "in" ? edge.from : edge.to;
        const other = graph.nodes.get(otherId);
        return (
          <li key={edge.key} className="route-list__item">
            <p className="route-list__where">
              {direction === "in" ? "From " : "To "}
              <Link to={linkTo(otherId)}>{other?.title ?? otherId}</Link>
              <span className="route-list__kind"> · {ROUTE_KIND_LABELS[route.kind]}</span>
            </p>
            <p className="route-list__programme">{route.programme}</p>
            <dl className="route-list__facts">
              <div>
                <dt>Length</dt>
                <dd>{formatDuration(route.durationMonths)}</dd>
              </div>
              {route.qualification === undefined ? null : (
                <div>
                  <dt>Qualification</dt>
                  <dd>
                    {route.qualification.name} ({route.qualification.framework} level{" "}
                    {route.qualification.level})
                  </dd>
                </div>
              )}
              <div>
                <dt>Funding</dt>
                <dd>
                  {FUNDING_LABELS[route.funding]}
                  {route.fundingNote === undefined ? null : `. ${route.fundingNote}`}
                </dd>
              </div>
              {route.apprenticeship === undefined ? null : (
                <div>
                  <dt>Apprenticeship</dt>
                  <dd>
                    {route.apprenticeship.title}, level {route.apprenticeship.level}
                    {route.apprenticeship.standard === null
                      ? " (standard reference not found)"
                      : ` (${route.apprenticeship.standard})`}
                  </dd>
                </div>
              )}
            </dl>
            {route.prerequisites.length === 0 ? null : (
              <>
                <p className="route-list__rules-heading">Before you can start:</p>
                <ul className="route-list__rules">
                  {route.prerequisites.map((rule, i) => (
                    <li key={i}>{rule.note}</li>
                  ))}
                </ul>
              </>
            )}
            <CaveatNotes caveats={route.caveats} heading="Not confirmed about this route" />
          </li>
        );
      })}
    </ul>
  );
}
