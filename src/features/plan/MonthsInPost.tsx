import { useId, useState } from "react";
import { MAX_EXPERIENCE_MONTHS } from "../../core/url/plan";

/**
 * How long someone has been in a role they hold now: it shortens waits for experience and for the two-year
 * gap after NHS-funded training. Committed when the field is left or Enter pressed, not on every keystroke.
 */
export function MonthsInPost({
  roleTitle,
  months,
  onChange,
}: {
  roleTitle: string;
  months: number;
  onChange: (months: number) => void;
}) {
  const id = useId();
  const [text, setText] = useState(String(months));
  const [shown, setShown] = useState(months);
  if (months !== shown) {
    setShown(months);
    setText(String(months));
  }
  const commit = () => {
    const value = Math.min(MAX_EXPERIENCE_MONTHS, Math.max(0, Math.round(Number(text))));
    if (Number.isFinite(value) && value !== months) onChange(value);
    else setText(String(months));
  };
  return (
    <span className="months-in-post">
      <label htmlFor={id}>Months as {roleTitle} so far</label>
      <input
        id={id}
        className="nhsuk-input nhsuk-input--width-3"
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_EXPERIENCE_MONTHS}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit();
          }
        }}
      />
    </span>
  );
}
