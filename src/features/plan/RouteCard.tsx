import { useId } from "react";
import { AppLink } from "../../components/AppLink";
import { useCareerData } from "../../lib/career-data-context";
import { paths } from "../../lib/paths";
import {
  describeQualification,
  formatBandWithPay,
  formatDuration,
  formatTotalTime,
  formatWhen,
  routeKindName,
} from "../../core/describe";
import type { PlannedRoute, Preference } from "../../core/route";
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
  onChoose: () => void;
}

/** One route as a timeline of steps, with totals, rules, pay and sources. */
export function RouteCard({ route, index, prefer, chosen, onChoose }: RouteCardProps) {
  const { dataset, graph, payTable } = useCareerData();
  const headingId = useId();
  const { totals } = route;
  const facts = [
    formatTotalTime(route.totalMonths),
    plural(totals.steps, "step"),
    totals.selfFundedSteps === 0
      ? "no self-funded steps"
      : plural(totals.selfFundedSteps, "self-funded step"),
  ];
  if (totals.mixedFundingSteps > 0) facts.push(`${plural(totals.mixedFundingSteps, "step")} partly funded`);
  if (totals.unknownDurationSteps > 0)
    facts.push(`${plural(totals.unknownDurationSteps, "step")} of unknown length`);

  return (
    <article className={`route-card${chosen ? " is-chosen" : ""}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="route-card__heading">
        {index === 0 ? `Route 1 (${RANK_WORDS[prefer]})` : `Route ${index + 1}`}: {facts[0]}, {facts[1]}
      </h3>
      <p className="route-card__totals">{facts.join(" · ")}</p>
      <ol className="timeline">
        {route.steps.map((step, i) => {
          const sources = sourcesWithIds(
            dataset.sources,
            graph.edgesByKey.get(step.edgeKey)?.route.sources ?? [],
          );
          const wait = stepWaitText(step.waitMonths);
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
                    {formatWhen(step.startMonth, step.endMonth)}
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
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary route-card__choose"
        aria-pressed={chosen}
        onClick={onChoose}
      >
        {chosen ? "Shown on the map below" : "Show this route on the map"}
        <span className="visually-hidden"> (route {index + 1})</span>
      </button>
    </article>
  );
}
