import { useId, useState } from "react";
import { MAX_AGE, MIN_AGE } from "../../core/route";

/**
 * The person's age, optional: it decides whether funding with an age limit applies (level 7 apprenticeships).
 * Committed when the field is left or Enter pressed.
 */
export function AgeField({ age, onChange }: { age: number | null; onChange: (age: number | null) => void }) {
  const id = useId();
  const [text, setText] = useState(age === null ? "" : String(age));
  const [shown, setShown] = useState(age);
  const [problem, setProblem] = useState<string | null>(null);
  if (age !== shown) {
    setShown(age);
    setText(age === null ? "" : String(age));
  }
  const commit = () => {
    const trimmed = text.trim();
    if (trimmed === "") {
      setProblem(null);
      if (age !== null) onChange(null);
      return;
    }
    const value = Number(trimmed);
    if (!Number.isInteger(value) || value < MIN_AGE || value > MAX_AGE) {
      setProblem(`Enter a whole number of years from ${MIN_AGE} to ${MAX_AGE}, or leave it empty.`);
      return;
    }
    setProblem(null);
    if (value !== age) onChange(value);
  };
  return (
    <div className={`nhsuk-form-group${problem === null ? "" : " nhsuk-form-group--error"}`}>
      <label className="nhsuk-label" htmlFor={id}>
        Your age (optional)
      </label>
      <div className="nhsuk-hint" id={`${id}-hint`}>
        Since January 2026, apprenticeship funding pays for level 7 apprenticeships only for people under 22
        (under 25 for care leavers and people with an education, health and care plan).
      </div>
      {problem === null ? null : (
        <p className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
        </p>
      )}
      <input
        id={id}
        className="nhsuk-input nhsuk-input--width-3"
        type="number"
        inputMode="numeric"
        min={MIN_AGE}
        max={MAX_AGE}
        value={text}
        aria-describedby={problem === null ? `${id}-hint` : `${id}-hint ${id}-error`}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit();
          }
        }}
      />
    </div>
  );
}
