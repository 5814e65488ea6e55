import {
  competitionShortText,
  describeApprenticeship,
  describeFunding,
  describeQualification,
  formatDuration,
  formatPounds,
  formatTiming,
  qualificationLevel,
} from "../../core/describe";
import type { Route } from "../../core/dataset/schema";
import type { NeighbourStep } from "../../core/route";
import { capitalise } from "../../core/text/words";

/** The experience a step asks for first, at the least and as typical: "at least 1 year of relevant experience (typically 2 to 3 years)". */
function experienceText(step: NeighbourStep): string {
  const { minimum, typical } = step.experience;
  const least = formatDuration({ min: minimum, max: minimum }).toLowerCase();
  const kind = step.prerequisites.some((p) => p.type === "experience-in-role")
    ? "in post"
    : "of relevant experience";
  if (typical.min === minimum && typical.max === minimum) return `${least} ${kind}`;
  return `at least ${least} ${kind} (typically ${formatDuration(typical).toLowerCase()})`;
}

/**
 * How long a step takes from arriving in the role it starts from, in the two counts, and what that is made of:
 * "At least 4 years; typically 5 to 6 years: at least 1 year of relevant experience (typically 2 to 3 years)
 * first, then 3 years".
 */
export function stepTimeText(step: NeighbourStep): string {
  const total = capitalise(formatTiming(step.time, step.durationMonths === null ? 1 : 0));
  const noTraining = step.durationMonths !== null && step.durationMonths.max === 0;
  if (step.experience.minimum === 0) {
    if (step.durationMonths === null) return total;
    return noTraining ? "Straight away" : formatDuration(step.durationMonths);
  }
  if (noTraining) return capitalise(experienceText(step));
  return `${total}: ${experienceText(step)} first, then ${formatDuration(step.durationMonths).toLowerCase()}`;
}

/** A step's fees in a few words, when the person may pay them; null when there is nothing to pay. */
function feesText(step: NeighbourStep): string | null {
  if (step.funding !== "self-funded" && step.funding !== "mixed") return null;
  if (step.fees === null) return "Not known: no source gives a figure";
  return `${capitalise(formatPounds(step.fees.pounds))} (${step.fees.year} prices)${step.funding === "mixed" ? ", if not paid for you" : ""}`;
}

/**
 * The facts a person weighs a step by at a glance, as rows of a description list: time at the least and
 * typically, competition, and the fees they may pay. Funding, qualification and entry rules are in StepRules.
 */
export function StepFacts({ step }: { step: NeighbourStep }) {
  const fees = feesText(step);
  return (
    <>
      <div>
        <dt>Time</dt>
        <dd>{stepTimeText(step)}</dd>
      </div>
      {step.competition === null ? null : (
        <div>
          <dt>Competition</dt>
          <dd>{capitalise(competitionShortText(step.competition))}</dd>
        </div>
      )}
      {fees === null ? null : (
        <div>
          <dt>Fees you may pay</dt>
          <dd>{fees}</dd>
        </div>
      )}
    </>
  );
}

/** Who pays, what it leads to, the rules before it can start, when it takes people, and what the fees cover. */
function stepNotes(step: NeighbourStep, route: Route | undefined): string[] {
  const qualification = route?.qualification;
  return [
    `Funding: ${describeFunding(step.funding, route?.fundingNote)}${step.fundingByAge === null ? "" : ` ${step.fundingByAge.note}`}`,
    ...(qualification === undefined
      ? []
      : [
          `Qualification: ${step.programme.includes(qualification.name) ? qualificationLevel(qualification) : describeQualification(qualification)}.`,
        ]),
    ...step.prerequisites.map((rule) => rule.note),
    ...(step.intake === null ? [] : [step.intake.note]),
    ...(step.fees === null || feesText(step) === null ? [] : [step.fees.note]),
  ];
}

/** What a step asks for before it can start, its intake, and the notes on its funding and fees. */
export function StepRules({ step, route }: { step: NeighbourStep; route: Route | undefined }) {
  const notes = stepNotes(step, route);
  return (
    <ul className="step-rules">
      {notes.map((note, i) => (
        <li key={i}>{note}</li>
      ))}
      {step.apprenticeship === null ? null : (
        <li>Apprenticeship: {describeApprenticeship(step.apprenticeship)}</li>
      )}
    </ul>
  );
}

/** The same, on demand. */
export function StepDetails({ step, route }: { step: NeighbourStep; route: Route | undefined }) {
  return (
    <details className="details step-details">
      <summary>Funding, entry rules and more</summary>
      <StepRules step={step} route={route} />
    </details>
  );
}
