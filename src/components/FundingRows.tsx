import type { Apprenticeship, Funding } from "../core/dataset/schema";
import { describeStepApprenticeship } from "../core/route";
import { FUNDING_LABELS } from "../core/describe/labels";

/** A step's funding (with its note) and apprenticeship, as rows of the step's description list. */
export function FundingRows({
  funding,
  fundingNote,
  apprenticeship,
}: {
  funding: Funding;
  fundingNote: string | null;
  apprenticeship: Apprenticeship | null;
}) {
  return (
    <>
      <div>
        <dt>Funding</dt>
        <dd>
          {FUNDING_LABELS[funding]}
          {fundingNote === null ? null : `. ${fundingNote}`}
        </dd>
      </div>
      {apprenticeship === null ? null : (
        <div>
          <dt>Apprenticeship</dt>
          <dd>{describeStepApprenticeship(apprenticeship)}</dd>
        </div>
      )}
    </>
  );
}
