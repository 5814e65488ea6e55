import { useCareerData } from "../../lib/career-data-context";
import { PageTitle } from "../../components/PageTitle";
import { useEmbedScope } from "../../lib/embed-scope";
import { formatIsoDate } from "../../core/text/format-date";
import { PlanForm } from "./PlanForm";
import { PlanNotices } from "./PlanNotices";
import { PlanQrCode } from "./PlanQrCode";
import { PlanResults } from "./PlanResults";
import { SavedPlans } from "./SavedPlans";
import { usePlan } from "./use-plan";
import "./plan.scss";

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The route planner: where you are, where you want to be, and the routes between, answered as a timeline. */
export function PlanPage() {
  const { dataset } = useCareerData();
  // Inside an embed the heading says which plan it is.
  const { heading } = useEmbedScope();
  const plan = usePlan();
  const { params, result } = plan;
  // An embedded plan that has its question opens on the answer: its heading says the plan, the form folds away.
  const embeddedPlan = heading !== null && params.to !== null && params.from.length > 0;

  return (
    <div className="plan-page">
      <PageTitle>{params.to === null ? "Plan a route" : `Route plan: ${plan.title}`}</PageTitle>
      <div className="print-only plan-print-header">
        <div>
          <p>
            <strong>{dataset.meta.name}: route plan</strong>
          </p>
          <p>
            Printed {formatIsoDate(todayIso())}. Data last reviewed {formatIsoDate(dataset.meta.lastReviewed)}
            .
          </p>
        </div>
        {result === null || result.routes.length === 0 ? null : (
          <div className="plan-qr">
            <PlanQrCode url={window.location.href} />
            <p>Scan the code for this plan with the latest data.</p>
          </div>
        )}
      </div>
      <p className="print-only plan-qr__url">This plan: {window.location.href}</p>
      <h1>{heading ?? "Plan a route"}</h1>
      {embeddedPlan ? null : (
        <>
          <p className="lede no-print">
            Tell us where you are now and where you want to get to. We show the routes between: how long each
            takes, what it costs and pays, who funds it and the rules it follows.
          </p>
          {params.to === null ? null : <p className="plan-page__question">{plan.title}</p>}
        </>
      )}
      <PlanNotices plan={plan} />
      <div className="plan-layout">
        {embeddedPlan ? (
          <details className="details plan-form__change no-print">
            <summary>Change this plan</summary>
            <PlanForm plan={plan} />
          </details>
        ) : (
          <PlanForm plan={plan} />
        )}
        <section aria-labelledby="plan-results-heading" className="plan-results">
          <h2 id="plan-results-heading" className="no-print">
            Routes
          </h2>
          {result === null ? (
            <p>Add where you are now and choose a role to see the routes.</p>
          ) : (
            <PlanResults plan={plan} result={result} />
          )}
        </section>
      </div>
      <div className="no-print">
        <SavedPlans />
      </div>
    </div>
  );
}
