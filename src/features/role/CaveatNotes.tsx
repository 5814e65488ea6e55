import type { Caveat } from "../../core/dataset/schema";
import { CONFIDENCE_LABELS, fieldLabel } from "../../core/describe/labels";

/** A visible note on every fact that is unverified, inferred, disputed or not found. */
export function CaveatNotes({ caveats, heading }: { caveats: ReadonlyArray<Caveat>; heading?: string }) {
  if (caveats.length === 0) return null;
  return (
    <div className="caveat-notes">
      <p className="caveat-notes__heading">
        <strong>{heading ?? "Check before relying on these"}</strong>
      </p>
      <ul>
        {caveats.map((caveat, i) => (
          <li key={i}>
            <strong>
              {fieldLabel(caveat.field)} ({CONFIDENCE_LABELS[caveat.confidence].toLowerCase()}):
            </strong>{" "}
            {caveat.note}
          </li>
        ))}
      </ul>
    </div>
  );
}
