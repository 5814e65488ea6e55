import { changesADecision } from "../core/caveats/changes-a-decision";
import type { Caveat } from "../core/dataset/schema";
import { fieldLabel } from "../core/describe";
import "./decisive-caveats.scss";

/**
 * The caveats that change a decision, beside the facts they are about (changesADecision in src/core/caveats);
 * the others sit behind the role page's "how sure are we" line. Nothing when there are none.
 */
export function DecisiveCaveats({ caveats }: { caveats: ReadonlyArray<Caveat> }) {
  const decisive = caveats.filter((caveat) => changesADecision(caveat));
  if (decisive.length === 0) return null;
  return (
    <ul className="decisive-caveats">
      {decisive.map((caveat, i) => (
        <li key={i}>
          <strong>Check the {fieldLabel(caveat.field).toLowerCase()}:</strong> {caveat.note}
        </li>
      ))}
    </ul>
  );
}
