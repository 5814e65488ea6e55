import { useState } from "react";
import { useAnnouncer } from "../../lib/announcer";
import type { PlanParams } from "../../core/url/plan";
import { useSavedPlans } from "./saved-plans-store";

/** Copy the plan's link, print it, or save it in this browser. */
export function PlanActions({ params, title }: { params: PlanParams; title: string }) {
  const announce = useAnnouncer((s) => s.announce);
  const savePlan = useSavedPlans((s) => s.savePlan);
  const [copyStatus, setCopyStatus] = useState("");
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopyStatus("Link copied. Anyone who opens it sees this plan.");
    } catch {
      setCopyStatus(`Copying is blocked here: copy this address instead: ${window.location.href}`);
    }
  };
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
          onClick={() => {
            const saved = savePlan(params, title);
            announce(`Saved “${saved.title}” on this device.`);
          }}
        >
          Save on this device
        </button>
      </div>
      <p className="no-print" role="status">
        {copyStatus}
      </p>
    </>
  );
}
