import { useState } from "react";
import type { PlanParams } from "../../core/url/plan";
import { copyPageAddress } from "../../render/copy-page-address";
import { saveOutcomeMessage, useSavedPlans } from "./saved-plans-store";

/** Copy the plan's link, print it, or save it in this browser. */
export function PlanActions({ params, title }: { params: PlanParams; title: string }) {
  const savePlan = useSavedPlans((s) => s.savePlan);
  // What the last copy or save did, on screen and read out: a plan that could not be saved is said plainly.
  const [status, setStatus] = useState("");
  const copyLink = async () => setStatus(await copyPageAddress("this plan"));
  return (
    <>
      <div className="button-row no-print">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => void copyLink()}
        >
          Copy link
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => window.print()}>
          Print this plan
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => setStatus(saveOutcomeMessage(savePlan(params, title)))}
        >
          Save on this device
        </button>
      </div>
      <p className="no-print" role="status">
        {status}
      </p>
    </>
  );
}
