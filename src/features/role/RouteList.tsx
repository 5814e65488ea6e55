import { AppLink } from "../../components/AppLink";
import { useCareerData } from "../../lib/career-data-context";
import {
  describeBandChange,
  describeQualification,
  formatDuration,
  ROUTE_KIND_LABELS,
} from "../../core/describe";
import type { NeighbourStep } from "../../core/route";
import { CaveatNotes } from "./CaveatNotes";
import { FundingRows } from "../../components/FundingRows";

interface RouteListProps {
  /** Steps in the order to show them (quickest first). */
  steps: ReadonlyArray<NeighbourStep>;
  /** Whether to name the node each route comes from, or the node it leads to. */
  direction: "in" | "out";
  linkTo: (nodeId: string) => string;
  emptyText: string;
}

/** Routes into or out of a node: where they lead, how long they take, the change in pay, funding and rules. */
export function RouteList({ steps, direction, linkTo, emptyText }: RouteListProps) {
  const { graph } = useCareerData();
  if (steps.length === 0) return <p>{emptyText}</p>;
  return (
    <ul className="route-list">
      {steps.map((step) => {
        const route = graph.edgesByKey.get(step.edgeKey)?.route;
        const otherId = direction === "in" ? step.from : step.to;
        const bandChange = describeBandChange(step.bands.from, step.bands.whileTraining, step.bands.after);
        return (
          <li key={step.edgeKey} className="route-list__item">
            <p className="route-list__where">
              {direction === "in" ? "From " : "To "}
              <AppLink to={linkTo(otherId)}>{direction === "in" ? step.fromTitle : step.toTitle}</AppLink>
              <span className="route-list__kind"> · {ROUTE_KIND_LABELS[step.kind]}</span>
            </p>
            <p className="route-list__programme">{step.programme}</p>
            <dl className="facts">
              <div>
                <dt>Time</dt>
                <dd>
                  {step.experienceMonths > 0
                    ? `${formatDuration({ min: step.experienceMonths, max: step.experienceMonths })} in post first, then `
                    : ""}
                  {formatDuration(step.durationMonths)}
                </dd>
              </div>
              {route?.qualification === undefined ? null : (
                <div>
                  <dt>Qualification</dt>
                  <dd>{describeQualification(route.qualification)}</dd>
                </div>
              )}
              {bandChange === null ? null : (
                <div>
                  <dt>Pay</dt>
                  <dd>{bandChange}</dd>
                </div>
              )}
              <FundingRows
                funding={step.funding}
                fundingNote={route?.fundingNote ?? null}
                apprenticeship={step.apprenticeship}
              />
            </dl>
            {step.prerequisites.length === 0 ? null : (
              <>
                <p className="route-list__rules-heading">Before you can start:</p>
                <ul className="route-list__rules">
                  {step.prerequisites.map((rule, i) => (
                    <li key={i}>{rule.note}</li>
                  ))}
                </ul>
              </>
            )}
            {route === undefined ? null : (
              <CaveatNotes caveats={route.caveats} heading="Not confirmed about this route" />
            )}
          </li>
        );
      })}
    </ul>
  );
}
