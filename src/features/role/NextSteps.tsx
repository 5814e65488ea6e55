import { AppLink } from "../../components/AppLink";
import { useCareerData } from "../../lib/career-data-context";
import type { BandRange } from "../../core/dataset/schema";
import { describeBandChange, formatBandRange, formatTotalTime } from "../../core/describe";
import { capitalise } from "../../core/text/words";
import {
  groupNextSteps,
  MOVE_LABELS,
  type Move,
  type NextDestination,
} from "../../core/roles/next-step-moves";
import { DecisiveCaveats } from "../../components/DecisiveCaveats";
import { StepFacts, StepRules } from "./StepFacts";

const MOVE_HINTS: Record<Move, string> = {
  "first-step": "jobs and courses open from here",
  "step-up": "more pay when qualified, or a senior or advanced post",
  sideways: "another post or a further skill at the same level",
  retrain: "training for a profession in another family of roles",
};

/** A destination's typical time in few words for the summary table (the cards give both counts). */
function typicalTime(destination: NextDestination): string {
  const { typical } = destination.time;
  if (destination.routes[0]!.durationMonths === null) return `${formatTotalTime(typical)} or more`;
  return formatTotalTime(typical);
}

/** The band before and after in the fewest characters, for the table: "7 → 8a–8b", "5 (the same)". */
function bandsInBrief(destination: NextDestination): string {
  const { bandNow, bandAfter } = destination;
  const bands = (range: BandRange) => (range.min === range.max ? range.min : `${range.min}–${range.max}`);
  if (bandAfter === null) return "Not banded";
  if (bandNow === null) return bands(bandAfter);
  if (bands(bandNow) === bands(bandAfter)) return `${bands(bandAfter)} (the same)`;
  return `${bands(bandNow)} → ${bands(bandAfter)}`;
}

/** The pay a move leads to: "Band 7 → bands 8a–8b", "Band 7, as now", "Not banded". */
function payChange(destination: NextDestination): string {
  const { bandNow, bandAfter } = destination;
  if (bandNow !== null && bandAfter !== null && formatBandRange(bandNow) === formatBandRange(bandAfter))
    return `${capitalise(formatBandRange(bandAfter))}, as now`;
  return describeBandChange(bandNow, null, bandAfter) ?? "Not banded";
}

/**
 * What a person can do next from a role: a one-line-each summary table, then a card per destination grouped as
 * step up, sideways and retrain (first steps from a starting point), each with every route there.
 */
export function NextSteps({ id, linkTo }: { id: string; linkTo: (nodeId: string) => string }) {
  const { dataset, graph } = useCareerData();
  const groups = groupNextSteps(graph, dataset, id);
  if (groups.length === 0) return <p>This is the top of this career path in the map.</p>;
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Next steps at a glance" tabIndex={0}>
        <table className="next-steps-table">
          <caption className="visually-hidden">
            Next steps at a glance: the typical time of the quickest way, and the band before and after
          </caption>
          <thead>
            <tr>
              <th scope="col">Next step</th>
              <th scope="col">Typical time</th>
              <th scope="col">Band</th>
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.move}>
              <tr>
                <th scope="rowgroup" colSpan={3} className="next-steps-table__group">
                  {MOVE_LABELS[group.move]}
                </th>
              </tr>
              {group.destinations.map((destination) => (
                <tr key={destination.to}>
                  <th scope="row">
                    <AppLink to={linkTo(destination.to)}>{destination.toTitle}</AppLink>
                  </th>
                  <td>{typicalTime(destination)}</td>
                  <td>{bandsInBrief(destination)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {groups.map((group) => (
        <section key={group.move} aria-labelledby={`moves-${group.move}`} className="move-group">
          <h4 id={`moves-${group.move}`}>
            {MOVE_LABELS[group.move]} <span className="move-group__hint">{MOVE_HINTS[group.move]}</span>
          </h4>
          {/* The table above has every destination at a glance; a promotion's cards are open, the rest on
              demand, so a role with many moves is not pages of cards on a phone. */}
          <details
            className="details move-group__cards"
            open={group.move !== "sideways" && group.move !== "retrain"}
          >
            <summary>
              {group.destinations.length} {group.destinations.length === 1 ? "role" : "roles"}: the ways in,
              funding and entry rules
            </summary>
            <ul className="step-cards">
              {group.destinations.map((destination) => {
                const quickest = destination.routes[0]!;
                const records = destination.routes.map((step) => graph.edgesByKey.get(step.edgeKey)?.route);
                const others = destination.routes.length - 1;
                return (
                  <li key={destination.to} className="step-card">
                    <h5 className="step-card__title">
                      <AppLink to={linkTo(destination.to)}>{destination.toTitle}</AppLink>
                    </h5>
                    <p className="step-card__pay">{payChange(destination)}</p>
                    <p className="step-card__programme">
                      {quickest.programme}
                      {others === 0 ? "" : ` (the quickest of ${destination.routes.length} ways)`}
                    </p>
                    <dl className="facts facts--inline">
                      <StepFacts step={quickest} />
                    </dl>
                    <DecisiveCaveats caveats={records.flatMap((route) => route?.caveats ?? [])} />
                    <details className="details step-details">
                      <summary>
                        {others === 0
                          ? "Funding, entry rules and more"
                          : `All ${destination.routes.length} ways, with funding and entry rules`}
                      </summary>
                      <ul className="step-card__routes">
                        {destination.routes.map((step, r) => (
                          <li key={step.edgeKey}>
                            {others === 0 ? null : (
                              <>
                                <p className="step-card__programme">{step.programme}</p>
                                <dl className="facts facts--inline">
                                  <StepFacts step={step} />
                                </dl>
                              </>
                            )}
                            <StepRules step={step} route={records[r]} />
                          </li>
                        ))}
                      </ul>
                    </details>
                  </li>
                );
              })}
            </ul>
          </details>
        </section>
      ))}
    </>
  );
}
