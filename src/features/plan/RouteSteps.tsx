import { AppLink } from "../../components/AppLink";
import { FundingRows } from "../../components/FundingRows";
import { SourceList, sourcesWithIds } from "../../components/SourceList";
import { useCareerData } from "../../lib/career-data-context";
import { paths } from "../../lib/paths";
import { DecisiveCaveats } from "../../components/DecisiveCaveats";
import {
  competitionText,
  describeQualification,
  formatBandWithPay,
  formatDuration,
  formatPounds,
  routeKindName,
  whenText,
} from "../../core/describe";
import type { PlannedRoute, RouteStep } from "../../core/route";
import { capitalise } from "../../core/text/words";
import { stepRuleText, stepWaitText } from "./step-text";

/** How the person's age bears on a step's funding, in words. */
function ageFundingText(step: RouteStep): string | null {
  const rule = step.ageFunding;
  if (rule === null) return null;
  if (rule.ageAtStart === null)
    return `Counted as for someone aged ${rule.under} or over, as no age was given. ${rule.note}`;
  if (rule.applies)
    return `You would start before you are ${rule.under}, so apprenticeship funding applies. ${rule.note}`;
  const least = Math.floor(rule.ageAtStart.min);
  const most = Math.floor(rule.ageAtStart.max);
  return `You would be ${least}${most === least ? "" : ` to ${most}`} when it starts, so the under-${rule.under} funding does not apply. ${rule.note}`;
}

/** A route's steps in full: when each starts and ends, in years and ages; funding, fees, competition, pay, rules, sources. */
export function RouteSteps({ route, age, id }: { route: PlannedRoute; age: number | null; id?: string }) {
  const { dataset, graph, payTable } = useCareerData();
  const everySource = [
    ...new Set(route.steps.flatMap((step) => graph.edgesByKey.get(step.edgeKey)?.route.sources ?? [])),
  ];
  return (
    <>
      <ol className="route-steps" id={id}>
        {route.steps.map((step, i) => {
          const record = graph.edgesByKey.get(step.edgeKey)?.route;
          const sources = sourcesWithIds(dataset.sources, record?.sources ?? []);
          const wait = stepWaitText(step.wait);
          const ageFunding = ageFundingText(step);
          return (
            <li key={step.edgeKey} className="route-steps__step">
              <h4 className="route-steps__title">
                Step {i + 1}: <AppLink to={paths.role(step.to)}>{step.toTitle}</AppLink>
              </h4>
              <p className="route-steps__programme">
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
                    {capitalise(`starts ${whenText(step.start, age)}`)}
                    {step.durationMonths === null
                      ? "; its length is not known."
                      : `; ends ${whenText(step.end, age)}.`}
                  </dd>
                </div>
                <div>
                  <dt>Length</dt>
                  <dd>{formatDuration(step.durationMonths)}</dd>
                </div>
                <FundingRows
                  funding={step.funding}
                  fundingNote={step.fundingNote}
                  apprenticeship={step.apprenticeship}
                />
                {ageFunding === null ? null : (
                  <div>
                    <dt>Funding and your age</dt>
                    <dd>{ageFunding}</dd>
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
                {step.qualification === null ? null : (
                  <div>
                    <dt>Qualification</dt>
                    <dd>{describeQualification(step.qualification)}</dd>
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
              <DecisiveCaveats caveats={record?.caveats ?? []} />
              {step.appliedPrerequisites.length === 0 ? null : (
                <>
                  <p className="route-steps__rules-heading">Rules for this step</p>
                  <ul className="route-steps__rules">
                    {step.appliedPrerequisites.map((rule, r) => (
                      <li key={r}>{stepRuleText(graph, route, step, rule)}</li>
                    ))}
                  </ul>
                </>
              )}
              <details className="details route-steps__sources no-print">
                <summary>Sources for this step</summary>
                <SourceList sources={sources} />
              </details>
            </li>
          );
        })}
      </ol>
      {/* A printed plan cannot open a details box, so it carries the route's sources in full, each once. */}
      <div className="print-only route-steps__sources">
        <p>Sources for this route:</p>
        <SourceList sources={sourcesWithIds(dataset.sources, everySource)} />
      </div>
    </>
  );
}
