/** Words for the dataset's codes, in one place, so every view and the CLI say the same thing. */
import type {
  AgeGroup,
  Confidence,
  Funding,
  RegistrationType,
  RoleStatus,
  RouteKind,
} from "../dataset/schema";
import { capitalise } from "../text/words";

export const ROUTE_KIND_LABELS: Record<RouteKind, string> = {
  entry: "Entry",
  training: "Training",
  "top-up": "Top-up",
  apprenticeship: "Apprenticeship",
  progression: "Progression",
  lateral: "Lateral move",
  "advanced-practice": "Advanced practice",
  "approved-clinician": "Approved clinician",
  consultant: "Consultant",
  leadership: "Leadership",
};

export const FUNDING_LABELS: Record<Funding, string> = {
  "salaried-trainee-post": "Salaried trainee post",
  "funded-fees": "Course fees funded",
  "self-funded": "Self-funded",
  "apprenticeship-levy": "Apprenticeship (employer-funded)",
  mixed: "Partly funded",
  "not-applicable": "No course to pay for",
};

export const REGISTRATION_LABELS: Record<RegistrationType, string> = {
  statutory: "Regulated by law (statutory register)",
  "accredited-register": "Accredited voluntary register",
  none: "No register",
};

/** A tag for a role that is not yet established; null when there is nothing to flag. */
export const STATUS_LABELS: Record<RoleStatus, string | null> = {
  established: null,
  new: "New role",
  pilot: "Pilot role",
};

export const AGE_GROUP_LABELS: Record<AgeGroup, string> = {
  "children-and-young-people": "Children and young people",
  adults: "Adults",
};

/** The same groups in the middle of a sentence. */
export const AGE_GROUP_WORDS: Record<AgeGroup, string> = {
  "children-and-young-people": "children and young people",
  adults: "adults",
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  unverified: "Not confirmed",
  inferred: "Worked out, not stated",
  conflicting: "Sources disagree",
  "not-found": "Not found",
};

const FIELD_LABELS: Record<string, string> = {
  pay: "Pay",
  "pay.qualified": "Band when qualified",
  "pay.whileTraining": "Band while training",
  registration: "Registration",
  durationMonths: "Length",
  apprenticeship: "Apprenticeship",
  "apprenticeship.standard": "Apprenticeship standard",
  funding: "Funding",
  fundingNote: "Funding",
  entryRequirements: "Entry requirements",
  prerequisites: "Entry rules",
  nhsFundedPsychologicalTraining: "Two-year rule",
  qualification: "Qualification",
  summary: "Description",
  status: "Status",
  stage: "Career stage",
  careerFrameworkLevel: "Career framework level",
  settings: "Where you work",
  ageGroups: "Who you work with",
  bands: "Pay figures",
  payYear: "Pay year",
};

/**
 * A reader's name for a field a caveat points at.
 * @example fieldLabel("pay.qualified") // "Band when qualified"
 */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field] ?? FIELD_LABELS[field.split(".")[0]!];
  if (known !== undefined) return known;
  return capitalise(
    field
      .replace(/\./g, " ")
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase(),
  );
}
