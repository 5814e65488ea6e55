import { AppLink } from "../../components/AppLink";
import { useCareerData } from "../../lib/career-data-context";
import {
  competitionText,
  describeBandChange,
  describeQualification,
  formatDuration,
  formatPounds,
  routeKindName,
} from "../../core/describe";
import type { NeighbourStep } from "../../core/route";
import { capitalise } from "../../core/text/words";
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

/** The experience a step asks for first, at the least and as typical: "1 year of experience (typically 2 to 3 years)". */
function experienceText(step: NeighbourStep): string {
  const { minimum, typical } = step.experience;
  const least = formatDuration({ min: minimum, max: minimum });
  const kind = step.prerequisites.some((p) => p.type === "experience-in-role")
    ? "in post"
    : "of relevant experience";
  if (typical.min === minimum && typical.max === minimum) return `${least} ${kind}`;
  return `at least ${least.toLowerCase()} ${kind} (typically ${formatDuration(typical).toLowerCase()})`;
}

/** Routes into or out of a node: where they lead, how long they take, the change in pay, funding and rules. */
export function RouteList({ steps, direction, linkTo, emptyText }: RouteListProps) {
  const { dataset, graph } = useCareerData();
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
              <span className="route-list__kind"> · {routeKindName(dataset.routeKinds, step.kind)}</span>
            </p>
            <p className="route-list__programme">{step.programme}</p>
            <dl className="facts">
              <div>
                <dt>Time</dt>
                <dd>
                  {step.experience.minimum > 0
                    ? `${capitalise(experienceText(step))} first, then ${formatDuration(step.durationMonths).toLowerCase()}`
                    : formatDuration(step.durationMonths)}
                </dd>
              </div>
              {step.competition === null ? null : (
                <div>
                  <dt>Competition</dt>
                  <dd>{competitionText(step.competition)}</dd>
                </div>
              )}
              {step.fees === null || !(step.funding === "self-funded" || step.funding === "mixed") ? null : (
                <div>
                  <dt>Fees</dt>
                  <dd>
                    {formatPounds(step.fees.pounds)} ({step.fees.year} prices). {step.fees.note}
                  </dd>
                </div>
              )}
              {step.fundingByAge === null ? null : (
                <div>
                  <dt>Funding and age</dt>
                  <dd>{step.fundingByAge.note}</dd>
                </div>
              )}
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
