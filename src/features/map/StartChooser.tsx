import { lazy, Suspense, useId, useRef } from "react";
import { useMapData } from "../../lib/career-data-context";
import type { StartingReach } from "../../core/map/starting-reach";

// What the choice reaches is worked out by the route finder, loaded with this on first use: the first page
// stays small.
const StartReachSummary = lazy(() => import("./StartReachSummary"));

interface StartChooserProps {
  starts: ReadonlyArray<string>;
  /** Receives a change to apply to the latest choice, so quick clicks in a row all count. */
  onChange: (change: (latest: string[]) => string[]) => void;
  /** Told what the choice reaches, once it is worked out, so the map can light it up. */
  onReach: (reach: StartingReach) => void;
  /** Where a role's link goes: the map with that role open, the choice kept. */
  linkTo: (id: string) => string;
}

/**
 * "Start from who you are": the dataset's starting points, and a job held now, as a choice above the map.
 * Choosing lights up on the map what the person can reach; beside the choice, their quickest first steps and
 * a link to plan a route from there. The choice is kept in the address.
 */
export function StartChooser({ starts, onChange, onReach, linkTo }: StartChooserProps) {
  const { dataset } = useMapData();
  const baseId = useId();
  const firstOption = useRef<HTMLInputElement>(null);
  const roleIds = new Set(dataset.roles.map((role) => role.id));
  const job = starts.find((id) => roleIds.has(id)) ?? "";
  const toggle = (id: string) =>
    onChange((latest) => (latest.includes(id) ? latest.filter((s) => s !== id) : [...latest, id]));
  const chooseJob = (id: string) =>
    onChange((latest) => [...latest.filter((s) => !roleIds.has(s)), ...(id === "" ? [] : [id])]);

  return (
    <section
      className={`start-from${starts.length > 0 ? " has-choice" : ""}`}
      aria-labelledby={`${baseId}-h`}
    >
      <div className="start-from__choice">
        <h2 id={`${baseId}-h`} className="start-from__heading">
          Start from who you are
        </h2>
        <fieldset className="nhsuk-fieldset" aria-describedby={`${baseId}-hint`}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">What do you have now?</legend>
          <p className="nhsuk-hint" id={`${baseId}-hint`}>
            Choose all that describe you. The map lights up the roles you can reach.
          </p>
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small start-from__options">
            {dataset.startingPoints.map((point, i) => (
              <div key={point.id} className="nhsuk-checkboxes__item">
                <input
                  ref={i === 0 ? firstOption : undefined}
                  id={`${baseId}-${i}`}
                  className="nhsuk-checkboxes__input"
                  type="checkbox"
                  checked={starts.includes(point.id)}
                  onChange={() => toggle(point.id)}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${baseId}-${i}`}>
                  {point.title}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="start-from__job">
          <label className="nhsuk-label" htmlFor={`${baseId}-job`}>
            Or a job you do now
          </label>
          <select
            id={`${baseId}-job`}
            className="nhsuk-select"
            value={job}
            onChange={(event) => chooseJob(event.target.value)}
          >
            <option value="">None</option>
            {dataset.families.map((family) => (
              <optgroup key={family.id} label={family.name}>
                {dataset.roles
                  .filter((role) => role.family === family.id)
                  .map((role) => (
                    <option key={role.id} value={role.id}>
                      {role.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
      </div>
      {starts.length === 0 ? null : (
        <div className="start-from__result">
          <Suspense fallback={<p>Finding what you can reach…</p>}>
            <StartReachSummary
              starts={starts}
              linkTo={linkTo}
              onReach={onReach}
              onClear={() => {
                onChange(() => []);
                // The button goes with the choice: the choice's first box takes focus.
                firstOption.current?.focus();
              }}
            />
          </Suspense>
        </div>
      )}
    </section>
  );
}
