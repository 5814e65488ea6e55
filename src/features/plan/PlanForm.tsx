import { ownValue } from "../../core/collections/own-value";
import { useEffect, useRef, type RefObject } from "react";
import { useCareerData } from "../../lib/career-data-context";
import { NodeCombobox } from "../../components/NodeCombobox";
import { isRoleNode, titleOf } from "../../core/graph/career-graph";
import type { PlanParams } from "../../core/url/plan";
import { AgeField } from "./AgeField";
import { MonthsInPost } from "./MonthsInPost";
import type { Plan } from "./use-plan";

const PREFER_OPTIONS: { value: PlanParams["prefer"]; label: string; hint: string }[] = [
  {
    value: "fastest",
    label: "The quickest route",
    hint: "Counts training, and the time some steps ask you to wait.",
  },
  { value: "fewest-steps", label: "The fewest steps", hint: "Fewer changes of job or course." },
  {
    value: "earn-while-learning",
    label: "Earning while I learn",
    hint: "Paid training posts and apprenticeships first.",
  },
];

const ONLY_OPTIONS: { value: PlanParams["only"]; label: string }[] = [
  { value: null, label: "Any funding" },
  { value: "funded", label: "No self-funded steps" },
  { value: "apprenticeships", label: "Apprenticeships only" },
];

/** The question: where the person is, where they want to be, what matters to them, and about them. */
export function PlanForm({ plan }: { plan: Pick<Plan, "params" | "update"> }) {
  const { graph } = useCareerData();
  const { params, update } = plan;
  const title = (id: string) => titleOf(graph, id);

  // A control that goes away when used (Remove, Change, a choice of role) hands focus to the one that takes
  // its place, once the page has rendered the change, unless the person has already moved focus on.
  const fromInputRef = useRef<HTMLInputElement>(null);
  const toInputRef = useRef<HTMLInputElement>(null);
  const changeToRef = useRef<HTMLButtonElement>(null);
  const focusAfterChange = useRef<RefObject<HTMLElement | null> | null>(null);
  useEffect(() => {
    const target = focusAfterChange.current?.current;
    if (target === null || target === undefined) return;
    focusAfterChange.current = null;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (focusLost) target.focus();
  });

  return (
    <form className="plan-form no-print" aria-label="Your plan" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="nhsuk-fieldset plan-form__group">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Where are you now?</legend>
        {params.from.length === 0 ? null : (
          <ul className="chosen-list" aria-label="Where you are now">
            {params.from.map((id) => (
              <li key={id}>
                <span>
                  {title(id)}{" "}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      focusAfterChange.current = fromInputRef;
                      update((latest) => ({ from: latest.from.filter((f) => f !== id) }));
                    }}
                  >
                    Remove <span className="visually-hidden">{title(id)}</span>
                  </button>
                </span>
                {graph.nodes.get(id)?.nodeType === "role" ? (
                  <MonthsInPost
                    roleTitle={title(id)}
                    months={ownValue(params.experience, id) ?? 0}
                    onChange={(months) =>
                      update((latest) => ({ experience: { ...latest.experience, [id]: months } }))
                    }
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <NodeCombobox
          label={params.from.length === 0 ? "Add where you are now" : "Add something else"}
          hint="Add everything that applies: a qualification (GCSEs, a degree), lived experience, your current job."
          exclude={params.from}
          inputRef={fromInputRef}
          clearOnChoose
          onChoose={(id) =>
            update((latest) => ({ from: latest.from.includes(id) ? latest.from : [...latest.from, id] }))
          }
        />
      </fieldset>

      <fieldset className="nhsuk-fieldset plan-form__group">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          Where do you want to get to?
        </legend>
        {params.to === null ? (
          <NodeCombobox
            label="Choose a role"
            hint="Type a job title or an abbreviation such as CBT, PWP or EMHP."
            include={isRoleNode}
            inputRef={toInputRef}
            clearOnChoose
            onChoose={(id) => {
              focusAfterChange.current = changeToRef;
              update(() => ({ to: id }));
            }}
          />
        ) : (
          <p>
            <strong>{title(params.to)}</strong>{" "}
            <button
              ref={changeToRef}
              type="button"
              className="link-button"
              onClick={() => {
                focusAfterChange.current = toInputRef;
                update(() => ({ to: null }));
              }}
            >
              Change <span className="visually-hidden">the role you want to get to</span>
            </button>
          </p>
        )}
      </fieldset>

      <fieldset className="nhsuk-fieldset plan-form__group">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">What matters most?</legend>
        <div className="nhsuk-radios nhsuk-radios--small">
          {PREFER_OPTIONS.map((option) => (
            <div className="nhsuk-radios__item" key={option.value}>
              <input
                className="nhsuk-radios__input"
                id={`prefer-${option.value}`}
                name="prefer"
                type="radio"
                checked={params.prefer === option.value}
                onChange={() => update(() => ({ prefer: option.value }))}
                aria-describedby={`prefer-${option.value}-hint`}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={`prefer-${option.value}`}>
                {option.label}
              </label>
              <div className="nhsuk-hint nhsuk-radios__hint" id={`prefer-${option.value}-hint`}>
                {option.hint}
              </div>
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset className="nhsuk-fieldset plan-form__group">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Funding</legend>
        <div className="nhsuk-radios nhsuk-radios--small">
          {ONLY_OPTIONS.map((option) => {
            const id = `only-${option.value ?? "any"}`;
            return (
              <div className="nhsuk-radios__item" key={id}>
                <input
                  className="nhsuk-radios__input"
                  id={id}
                  name="only"
                  type="radio"
                  checked={params.only === option.value}
                  onChange={() => update(() => ({ only: option.value }))}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>

      <fieldset className="nhsuk-fieldset plan-form__group">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">About you</legend>
        <AgeField age={params.age} onChange={(age) => update(() => ({ age }))} />
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          <div className="nhsuk-checkboxes__item">
            <input
              className="nhsuk-checkboxes__input"
              id="extended-age-limit"
              type="checkbox"
              checked={params.extendedAgeLimit}
              onChange={(event) => update(() => ({ extendedAgeLimit: event.target.checked }))}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="extended-age-limit">
              I am a care leaver, or I have an education, health and care (EHC) plan
            </label>
          </div>
        </div>
        {params.notHeld.length === 0 ? null : (
          <div className="plan-form__not-held">
            <p>You said you do not have:</p>
            <ul className="chosen-list" aria-label="What you said you do not have">
              {params.notHeld.map((id) => (
                <li key={id}>
                  <span>
                    {title(id)}{" "}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        update((latest) => ({ notHeld: latest.notHeld.filter((n) => n !== id) }))
                      }
                    >
                      I do have it <span className="visually-hidden">({title(id)})</span>
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </fieldset>
    </form>
  );
}
