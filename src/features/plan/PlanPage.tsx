import { ownValue } from "../../core/collections/own-value";
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from "react";
import { useSearchParams } from "react-router";
import { useAppHref, useAppNavigate } from "../../lib/embed-scope";
import { useUrlState } from "../../lib/use-url-state";
import { AppLink } from "../../components/AppLink";
import { useCareerData } from "../../lib/career-data-context";
import { paths } from "../../lib/paths";
import { NodeCombobox } from "../../components/NodeCombobox";
import type { CareerNode } from "../../core/dataset/schema";
import { titleOf } from "../../core/graph/career-graph";
import { layoutCareerMap } from "../../core/map/career-map-layout";
import { NO_FILTERS, visibleGraph } from "../../core/filters/map-filters";
import { MAX_EXPERIENCE_MONTHS, PLAN_ROUTES, planToParams, type PlanParams } from "../../core/url/plan";
import { parsePlanParams } from "../../core/url/plan-parse";
import { findRoutes, MAX_AGE, MIN_AGE, type Relaxation } from "../../core/route";
import { formatIsoDate } from "../../core/text/format-date";
import { useAnnouncer } from "../../lib/announcer";
import { useSavedPlans } from "./saved-plans-store";
import { CareerMap } from "../../components/career-map/CareerMap";
import { RouteCard } from "./RouteCard";
import { SavedPlans } from "./SavedPlans";
import "./plan.scss";
import { PageTitle } from "../../components/PageTitle";

const isRole = (node: CareerNode) => node.nodeType === "role";

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

const planPath = (plan: PlanParams) => paths.plan(plan);

/**
 * How long someone has been in a role they hold now: it shortens waits for experience and for the two-year
 * gap after NHS-funded training. Committed when the field is left or Enter pressed, not on every keystroke.
 */
function MonthsInPost({
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

/**
 * The person's age, optional: it decides whether funding with an age limit applies (level 7 apprenticeships).
 * Committed when the field is left or Enter pressed.
 */
function AgeField({ age, onChange }: { age: number | null; onChange: (age: number | null) => void }) {
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

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The route planner: where you are, where you want to be, and the routes between, with the rules they follow. */
export function PlanPage() {
  const { dataset, graph } = useCareerData();
  const [search] = useSearchParams();
  const navigate = useAppNavigate();
  const appHref = useAppHref();
  const announce = useAnnouncer((s) => s.announce);
  const savePlan = useSavedPlans((s) => s.savePlan);
  const [copyStatus, setCopyStatus] = useState("");
  const { params, unread, ignored } = useMemo(() => parsePlanParams(search, graph), [search, graph]);
  const title = (id: string) => titleOf(graph, id);

  // The question without the chosen card: choosing another card must not search for the routes again.
  const questionKey = new URLSearchParams(planToParams({ ...params, chosen: 0 })).toString();
  const question = useMemo(
    () => parsePlanParams(new URLSearchParams(questionKey), graph).params,
    [questionKey, graph],
  );
  const result = useMemo(
    () =>
      question.from.length > 0 && question.to !== null
        ? findRoutes(graph, {
            from: question.from,
            to: question.to,
            prefer: question.prefer,
            only: question.only ?? undefined,
            experienceMonths: question.experience,
            age: question.age ?? undefined,
            extendedAgeLimit: question.extendedAgeLimit,
            notHeld: question.notHeld,
            alternatives: PLAN_ROUTES - 1,
          })
        : null,
    [graph, question],
  );

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
  const chosenIndex = result !== null && params.chosen < result.routes.length ? params.chosen : 0;
  const chosenRoute = result?.routes[chosenIndex];

  const layout = useMemo(
    () => layoutCareerMap(graph, dataset, visibleGraph(graph, NO_FILTERS)),
    [graph, dataset],
  );
  const emphasis = useMemo(() => {
    if (chosenRoute === undefined) return null;
    return {
      nodes: new Set(chosenRoute.steps.flatMap((s) => [s.from, s.to])),
      edges: new Set(chosenRoute.steps.map((s) => s.edgeKey)),
    };
  }, [chosenRoute]);

  // Every change is a new entry in the history, so back undoes it; the chosen card resets with the question.
  // Changes build on the latest plan asked for, so quick changes in a row all count.
  const updatePlan = useUrlState(params, planPath);
  const update = (change: (latest: PlanParams) => Partial<PlanParams>) =>
    updatePlan((latest) => ({ ...latest, chosen: 0, ...change(latest) }));
  const relaxationLink = (relaxation: Relaxation): string | null => {
    switch (relaxation.type) {
      case "drop-only":
        return paths.plan({ ...params, only: null, chosen: 0 });
      case "add-start":
        return paths.plan({ ...params, from: [...params.from, relaxation.id], chosen: 0 });
      default:
        return null;
    }
  };

  /** "I don't have this": drops an assumption (one node, or every option of an either-or rule). */
  const rejectAssumption = (ids: string[]) =>
    update((latest) => ({ notHeld: [...new Set([...latest.notHeld, ...ids])] }));

  const planTitle =
    params.to === null
      ? "Plan a route"
      : `${params.from.length === 0 ? "…" : params.from.map(title).join(" and ")} → ${title(params.to)}`;

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopyStatus("Link copied. Anyone who opens it sees this plan.");
    } catch {
      setCopyStatus(`Copying is blocked here: copy this address instead: ${window.location.href}`);
    }
  };

  return (
    <div className="plan-page">
      <PageTitle>{params.to === null ? "Plan a route" : `Route plan: ${planTitle}`}</PageTitle>
      <div className="print-only plan-print-header">
        <p>
          <strong>{dataset.meta.name}: route plan</strong>
        </p>
        <p>
          Printed {formatIsoDate(todayIso())}. Data last reviewed {formatIsoDate(dataset.meta.lastReviewed)}.
        </p>
      </div>
      <h1>Plan a route</h1>
      <p className="lede no-print">
        Tell us where you are now and where you want to get to. We show the routes between, with how long each
        step takes, what it pays, who funds it and the rules it follows.
      </p>
      {params.to === null ? null : <p className="plan-page__question">{planTitle}</p>}

      {unread.map((name) => (
        <div className="notice" role="note" key={`${name.field}:${name.text}`}>
          <p>
            {name.ambiguous
              ? `“${name.text}” could mean more than one role.`
              : `There is no role or starting point “${name.text}” in this map.`}
            {name.suggestions.length === 0 ? null : (
              <>
                {" "}
                {name.ambiguous ? "Choose " : "Did you mean "}
                {name.suggestions.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 ? " or " : ""}
                    <AppLink
                      to={
                        name.field === "to"
                          ? paths.plan({ ...params, to: s.id })
                          : paths.plan({ ...params, from: [...params.from, s.id] })
                      }
                    >
                      {s.title}
                    </AppLink>
                  </span>
                ))}
                ?
              </>
            )}
          </p>
        </div>
      ))}
      {ignored.length === 0 ? null : (
        <div className="notice" role="note">
          Some parts of this link were not understood and have been ignored: {ignored.join(", ")}.
        </div>
      )}

      <form
        className="plan-form no-print"
        aria-label="Your plan"
        onSubmit={(event) => event.preventDefault()}
      >
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
              include={isRole}
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

      <section aria-labelledby="plan-results-heading" className="plan-results">
        <h2 id="plan-results-heading" className="no-print">
          Routes
        </h2>
        {result === null ? (
          <p>Add where you are now and choose a role to see the routes.</p>
        ) : result.routes.length === 0 ? (
          <div className="notice">
            <p>
              <strong>No route found.</strong> {result.reason}
            </p>
            {result.relaxations.length === 0 ? null : (
              <>
                <p>What would open one:</p>
                <ul>
                  {result.relaxations.map((relaxation) => {
                    const href = relaxationLink(relaxation);
                    return (
                      <li key={relaxation.text}>
                        {href === null ? relaxation.text : <AppLink to={href}>{relaxation.text}</AppLink>}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
          </div>
        ) : (
          <>
            <p role="status" className="no-print">
              {result.routes.length === 1 ? "1 route" : `${result.routes.length} routes`}, best first.
              {result.reason === null ? "" : ` ${result.reason}`}
            </p>
            <div className="button-row no-print">
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={() => void copyLink()}
              >
                Copy link
              </button>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={() => window.print()}
              >
                Print this plan
              </button>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={() => {
                  const saved = savePlan(params, planTitle);
                  announce(`Saved “${saved.title}” on this device.`);
                }}
              >
                Save on this device
              </button>
            </div>
            <p className="no-print" role="status">
              {copyStatus}
            </p>
            <ol className="route-cards">
              {result.routes.map((route, index) => (
                <li
                  key={route.steps.map((s) => s.edgeKey).join(" ")}
                  className={index === chosenIndex ? "is-chosen" : "is-other"}
                >
                  <RouteCard
                    route={route}
                    index={index}
                    prefer={params.prefer}
                    chosen={index === chosenIndex}
                    onChoose={() => updatePlan((latest) => ({ ...latest, chosen: index }), { replace: true })}
                    onNotHeld={rejectAssumption}
                  />
                </li>
              ))}
            </ol>
            {result.unknownLengthRoutes.length === 0 ? null : (
              <section aria-labelledby="plan-unknown-heading" className="plan-unknown">
                <h2 id="plan-unknown-heading">Also possible, with a step of unknown length</h2>
                <p>
                  These routes have a step whose length no source gives (often how long people are in post
                  before an appointment), so they are not ranked with the routes above. They may be quicker.
                </p>
                <ol className="route-cards">
                  {result.unknownLengthRoutes.map((route, index) => (
                    <li key={route.steps.map((s) => s.edgeKey).join(" ")} className="is-other">
                      <RouteCard
                        route={route}
                        index={index}
                        label={`Also possible ${index + 1}`}
                        prefer={params.prefer}
                        chosen={false}
                        onNotHeld={rejectAssumption}
                      />
                    </li>
                  ))}
                </ol>
              </section>
            )}
            <section aria-labelledby="plan-map-heading" className="plan-map no-print">
              <h2 id="plan-map-heading">Route {chosenIndex + 1} on the map</h2>
              <CareerMap
                layout={layout}
                selectedId={null}
                hrefFor={(id) => appHref(paths.role(id))}
                onOpen={(id) => navigate(paths.role(id))}
                onEscape={() => undefined}
                emphasis={emphasis}
              />
            </section>
          </>
        )}
      </section>
      <p className="print-only">This plan: {window.location.href}</p>
      <div className="no-print">
        <SavedPlans />
      </div>
    </div>
  );
}
