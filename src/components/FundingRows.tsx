import type { Apprenticeship, Funding } from "../core/dataset/schema";
import { describeApprenticeship, describeFunding } from "../core/describe";

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
        <dd>{describeFunding(funding, fundingNote)}</dd>
      </div>
      {apprenticeship === null ? null : (
        <div>
          <dt>Apprenticeship</dt>
          <dd>{describeApprenticeship(apprenticeship)}</dd>
        </div>
      )}
    </>
  );
}
