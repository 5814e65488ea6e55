import { useId } from "react";
import { AppLink } from "../../components/AppLink";
import { useCareerData } from "../../lib/career-data-context";
import { paths } from "../../lib/paths";
import {
  competitionText,
  describeQualification,
  feesTotalText,
  formatBandWithPay,
  formatDuration,
  formatPounds,
  routeKindName,
  routeTimeText,
} from "../../core/describe";
import type { PlannedRoute, Preference, Timing } from "../../core/route";
import { capitalise, plural } from "../../core/text/words";
import { FundingRows } from "../../components/FundingRows";
import { SourceList, sourcesWithIds } from "../../components/SourceList";
import { stepRuleText, stepWaitText } from "./step-text";

const RANK_WORDS: Record<Preference, string> = {
  fastest: "fastest",
  "fewest-steps": "fewest steps",
  "earn-while-learning": "most paid while learning",
};

interface RouteCardProps {
  route: PlannedRoute;
  index: number;
  prefer: Preference;
  chosen: boolean;
  /** Shows the route on the map; left out for routes listed apart, which are not drawn. */
  onChoose?: () => void;
  /** The person says they do not have something the route assumed (the ids it names). */
  onNotHeld: (ids: string[]) => void;
  /** The heading's label, when not "Route N". */
  label?: string;
}

/** A month in both counts: "month 24", or "month 24 at the earliest (typically 24 to 36)". */
function monthWords(t: Timing): string {
  const { minimum, typical } = t;
  if (typical.min === minimum && typical.max === minimum) return `month ${minimum}`;
  const range = typical.min === typical.max ? `${typical.min}` : `${typical.min} to ${typical.max}`;
  return `month ${minimum} at the earliest (typically ${range})`;
}

/** One route as a timeline of steps, with totals, what it assumed, rules, pay, cost, competition and sources. */
export function RouteCard({ route, index, prefer, chosen, onChoose, onNotHeld, label }: RouteCardProps) {
  const { dataset, graph, payTable } = useCareerData();
  const headingId = useId();
  const { totals } = route;
  const time = routeTimeText(route);
  const facts = [
    capitalise(time),
    plural(totals.steps, "step"),
    totals.selfFundedSteps === 0
      ? "no self-funded steps"
      : plural(totals.selfFundedSteps, "self-funded step"),
    feesTotalText(totals.fees),
  ];
  if (totals.mixedFundingSteps > 0) facts.push(`${plural(totals.mixedFundingSteps, "step")} partly funded`);

  return (
    <article className={`route-card${chosen ? " is-chosen" : ""}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="route-card__heading">
        {label ?? (index === 0 ? `Route 1 (${RANK_WORDS[prefer]})` : `Route ${index + 1}`)}: {time},{" "}
        {facts[1]}
      </h3>
      <p className="route-card__totals">{facts.join(" · ")}</p>
      {route.assumptions.length === 0 ? null : (
        <div className="route-card__assumptions">
          <p className="route-card__assumptions-heading">What this route assumes</p>
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
                        .map((id) => graph.nodes.get(id)?.title ?? id)
                        .join(" or ")}
                    </span>
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ol className="timeline">
        {route.steps.map((step, i) => {
          const sources = sourcesWithIds(
            dataset.sources,
            graph.edgesByKey.get(step.edgeKey)?.route.sources ?? [],
          );
          const wait = stepWaitText(step.wait);
          return (
            <li key={step.edgeKey} className="timeline__step">
              <h4 className="timeline__title">
                Step {i + 1}: <AppLink to={paths.role(step.to)}>{step.toTitle}</AppLink>
              </h4>
              <p className="timeline__programme">
                {step.programme}{" "}
                <span className="hint">
                  ({routeKindName(dataset.routeKinds, step.kind).toLowerCase()}, from {step.fromTitle})
                </span>
              </p>
              <dl className="facts">
                <div>
                  <dt>When</dt>
                  <dd>
                    {wait === null ? "" : `${wait} `}
                    {capitalise(`starts at ${monthWords(step.start)}`)}
                    {step.durationMonths === null
                      ? "; its length is not known."
                      : `, ends at ${monthWords(step.end)}.`}
                  </dd>
                </div>
                <div>
                  <dt>Length</dt>
                  <dd>{formatDuration(step.durationMonths)}</dd>
                </div>
                {step.qualification === null ? null : (
                  <div>
                    <dt>Qualification</dt>
                    <dd>{describeQualification(step.qualification)}</dd>
                  </div>
                )}
                <FundingRows
                  funding={step.funding}
                  fundingNote={step.fundingNote}
                  apprenticeship={step.apprenticeship}
                />
                {step.ageFunding === null ? null : (
                  <div>
                    <dt>Funding and your age</dt>
                    <dd>
                      {step.ageFunding.ageAtStart === null
                        ? `Counted as for someone aged ${step.ageFunding.under} or over, as no age was given. `
                        : step.ageFunding.applies
                          ? `You would start before you are ${step.ageFunding.under}, so apprenticeship funding applies. `
                          : `You would be ${Math.floor(step.ageFunding.ageAtStart.min)}${Math.floor(step.ageFunding.ageAtStart.max) === Math.floor(step.ageFunding.ageAtStart.min) ? "" : ` to ${Math.floor(step.ageFunding.ageAtStart.max)}`} when it starts, so the under-${step.ageFunding.under} funding does not apply. `}
                      {step.ageFunding.note}
                    </dd>
                  </div>
                )}
                {step.fees === null && !step.feesUnknown ? null : (
                  <div>
                    <dt>Fees you may pay</dt>
                    <dd>
                      {step.fees === null
                        ? "Not known: no source gives a figure."
                        : `${formatPounds(step.fees.pounds)} (${step.fees.year} prices). ${step.fees.note}`}
                    </dd>
                  </div>
                )}
                {step.competition === null ? null : (
                  <div>
                    <dt>Competition</dt>
                    <dd>{competitionText(step.competition)}</dd>
                  </div>
                )}
                {step.intake === null ? null : (
                  <div>
                    <dt>When it takes people</dt>
                    <dd>{step.intake.note}</dd>
                  </div>
                )}
                {step.pay.whileTraining === null ? null : (
                  <div>
                    <dt>Pay while training</dt>
                    <dd>{capitalise(formatBandWithPay(step.pay.whileTraining, step.pay.scale, payTable))}</dd>
                  </div>
                )}
                <div>
                  <dt>Pay after</dt>
                  <dd>
                    {step.pay.after === null
                      ? (step.pay.text ?? "Not published")
                      : capitalise(formatBandWithPay(step.pay.after, step.pay.scale, payTable))}
                  </dd>
                </div>
              </dl>
              {step.appliedPrerequisites.length === 0 ? null : (
                <>
                  <p className="timeline__rules-heading">Rules for this step</p>
                  <ul className="timeline__rules">
                    {step.appliedPrerequisites.map((rule, r) => (
                      <li key={r}>{stepRuleText(graph, route, step, rule)}</li>
                    ))}
                  </ul>
                </>
              )}
              <details className="details timeline__sources no-print">
                <summary>Sources for this step</summary>
                <SourceList sources={sources} />
              </details>
              {/* A printed plan cannot open a details box, so it carries the sources in full. */}
              <div className="print-only timeline__sources">
                <p>Sources:</p>
                <SourceList sources={sources} />
              </div>
            </li>
          );
        })}
      </ol>
      {onChoose === undefined ? null : (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary route-card__choose"
          aria-pressed={chosen}
          onClick={onChoose}
        >
          {chosen ? "Shown on the map below" : "Show this route on the map"}
          <span className="visually-hidden"> (route {index + 1})</span>
        </button>
      )}
    </article>
  );
}
