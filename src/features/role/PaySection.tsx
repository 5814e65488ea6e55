import { useCareerData } from "../../lib/career-data-context";
import { SourceList } from "../../components/SourceList";
import type { BandRange, Role } from "../../core/dataset/schema";
import { isBandedPay } from "../../core/dataset/constants";
import { formatBandWithPay, payScaleName } from "../../core/describe";
import { capitalise } from "../../core/text/words";
import { CaveatNotes } from "./CaveatNotes";
import { DecisiveCaveats } from "../../components/DecisiveCaveats";

function BandWithPay({ label, range, scale }: { label: string; range: BandRange; scale: string }) {
  const { payTable } = useCareerData();
  return (
    <div>
      <dt>{label}</dt>
      <dd>{capitalise(formatBandWithPay(range, scale, payTable, { perYear: true }))}</dd>
    </div>
  );
}

/** How a role is paid: its bands with the pounds they pay (from the pay table), another scale, or unpaid. */
export function PayFacts({ role }: { role: Role }) {
  const { dataset, payTable } = useCareerData();
  const { pay } = role;
  const note = pay.note === undefined ? null : <p>{pay.note}</p>;
  if (!isBandedPay(pay)) {
    return (
      <>
        <p>{pay.scale === "voluntary" ? "This is a voluntary (unpaid) role." : `Paid on the ${pay.name}.`}</p>
        {note}
      </>
    );
  }
  const scaleName = payScaleName(dataset.payScales, pay.scale);
  return (
    <>
      {pay.whileTraining === undefined && pay.qualified === undefined ? (
        <p>No {scaleName} band has been published for this role.</p>
      ) : (
        <dl className="facts">
          {pay.whileTraining === undefined ? null : (
            <BandWithPay label="While training" range={pay.whileTraining} scale={pay.scale} />
          )}
          {pay.qualified === undefined ? null : (
            <BandWithPay
              label={pay.whileTraining === undefined ? "Band" : "When qualified"}
              range={pay.qualified}
              scale={pay.scale}
            />
          )}
        </dl>
      )}
      {note}
      <DecisiveCaveats caveats={role.caveats.filter((caveat) => caveat.field.startsWith("pay"))} />
      {pay.scale === payTable.scale ? (
        <details className="details">
          <summary>
            About these figures ({scaleName} {payTable.payYear}, {payTable.region})
          </summary>
          <CaveatNotes caveats={payTable.caveats} heading="What to check" />
          <SourceList sources={payTable.sources} />
        </details>
      ) : null}
    </>
  );
}
