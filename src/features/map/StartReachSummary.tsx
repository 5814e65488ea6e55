import { useEffect, useMemo } from "react";
import { AppLink } from "../../components/AppLink";
import { useCareerData } from "../../lib/career-data-context";
import { useAnnouncer } from "../../lib/announcer";
import { paths } from "../../lib/paths";
import { formatTiming } from "../../core/describe/duration";
import { titleOf } from "../../core/graph/career-graph";
import { reachFromStarts, type StartingReach } from "../../core/map/starting-reach";
import { nextSteps, reachableFromStarts, type NeighbourStep } from "../../core/route";
import { capitalise, listInWords } from "../../core/text/words";

/** The first steps listed before the rest are folded away. */
const FIRST_STEPS_SHOWN = 5;
const FINDER = { nextSteps, reachableFromStarts };

/** How long a first step takes, in the finder's two counts, or that it can be taken now. */
function stepTime(step: NeighbourStep): string {
  if (step.durationMonths === null) return "Length not known";
  if (step.time.typical.max === 0) return "Straight away";
  return capitalise(formatTiming(step.time));
}

function FirstSteps({
  steps,
  linkTo,
}: {
  steps: ReadonlyArray<NeighbourStep>;
  linkTo: (id: string) => string;
}) {
  return (
    <ol className="start-from__steps">
      {steps.map((step) => (
        <li key={step.edgeKey}>
          <AppLink to={linkTo(step.to)}>{step.toTitle}</AppLink>
          <span className="start-from__time">{stepTime(step)}</span>
          <span className="start-from__how">{step.programme}</span>
        </li>
      ))}
    </ol>
  );
}

interface StartReachSummaryProps {
  starts: ReadonlyArray<string>;
  linkTo: (id: string) => string;
  /** Told what the choice reaches, so the map can light it up. */
  onReach: (reach: StartingReach) => void;
  onClear: () => void;
}

/**
 * What the chosen starting points reach: how many roles, the quickest first steps (each a link to the role on
 * the map), and a link to plan a route from there. Loaded lazily with the route finder.
 */
export default function StartReachSummary({ starts, linkTo, onReach, onClear }: StartReachSummaryProps) {
  const { dataset, graph } = useCareerData();
  const reach = useMemo(() => reachFromStarts(graph, starts, FINDER), [graph, starts]);
  const announce = useAnnouncer((s) => s.announce);
  useEffect(() => {
    onReach(reach);
    announce(`You can reach ${reach.roleCount} of the ${dataset.roles.length} roles from here.`);
  }, [reach, onReach, announce, dataset.roles.length]);
  const shown = reach.firstSteps.slice(0, FIRST_STEPS_SHOWN);
  const folded = reach.firstSteps.slice(FIRST_STEPS_SHOWN);
  return (
    <>
      <p className="start-from__summary">
        From {listInWords(reach.starts.map((id) => titleOf(graph, id)))} you can reach{" "}
        <strong>
          {reach.roleCount} of the {dataset.roles.length} roles
        </strong>
        . They stand out on the map, with your first steps drawn in.
      </p>
      {reach.firstSteps.length === 0 ? (
        <p>There is no first step from here on this map.</p>
      ) : (
        <>
          <h3 className="start-from__steps-heading">Your quickest first steps</h3>
          <FirstSteps steps={shown} linkTo={linkTo} />
          {folded.length === 0 ? null : (
            <details className="start-from__more">
              <summary>
                {folded.length} more first {folded.length === 1 ? "step" : "steps"}
              </summary>
              <FirstSteps steps={folded} linkTo={linkTo} />
            </details>
          )}
        </>
      )}
      <p className="start-from__actions">
        <AppLink className="start-from__plan" to={paths.plan({ from: reach.starts })}>
          Plan a route from here
        </AppLink>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={onClear}
        >
          Clear my choice
        </button>
      </p>
    </>
  );
}
