/** Words for the dataset's codes, in one place, so every view and the CLI say the same thing. */
import { ownValue } from "../collections/own-value";
import { FORMAT_1_ROUTE_KINDS } from "../dataset/format-1";
import type {
  AgeGroup,
  Confidence,
  Funding,
  RegistrationType,
  RoleStatus,
  RouteCategory,
  RouteKind,
  RouteKindDeclaration,
} from "../dataset/schema";
import { capitalise, listInWords } from "../text/words";

/**
 * The names of format 1's route kinds (psychology's), for words written without a dataset to hand (the route
 * finder's reasons). Pages and the command line name a kind as its dataset declares it: routeKindName().
 */
export const ROUTE_KIND_LABELS: Readonly<Record<RouteKind, string>> = Object.fromEntries(
  FORMAT_1_ROUTE_KINDS.map((kind) => [kind.id, kind.name]),
);

/**
 * A route kind's name as the dataset declares it; the id itself for a kind it does not declare.
 * @example routeKindName(dataset.routeKinds, "top-up") // "Top-up"
 */
export function routeKindName(kinds: ReadonlyArray<RouteKindDeclaration>, kind: RouteKind): string {
  return kinds.find((declared) => declared.id === kind)?.name ?? kind;
}

/** What each category of route means, for the map's key. */
export const ROUTE_CATEGORY_LABELS: Record<RouteCategory, string> = {
  entry: "Entry (a job or first step)",
  training: "Training",
  "top-up": "Top-up training",
  apprenticeship: "Apprenticeship",
  progression: "Progression in post",
  lateral: "Lateral move",
  senior: "Advanced, consultant or leadership",
};

/**
 * What a category of route stands for in this dataset, for the map's key: the category's meaning when the
 * dataset has one kind of it, and the kinds' own names when it has several.
 * @example describeRouteCategory("senior", dataset.routeKinds) // "Advanced practice, approved clinician, consultant or leadership"
 */
export function describeRouteCategory(
  category: RouteCategory,
  kinds: ReadonlyArray<RouteKindDeclaration>,
): string {
  const names = kinds.filter((kind) => kind.category === category).map((kind) => kind.name);
  if (names.length <= 1) return ROUTE_CATEGORY_LABELS[category];
  return capitalise(
    listInWords(
      names.map((name, i) => (i === 0 ? name : name.toLowerCase())),
      "or",
    ),
  );
}

export const FUNDING_LABELS: Record<Funding, string> = {
  "salaried-trainee-post": "Salaried trainee post",
  "funded-fees": "Course fees funded",
  "self-funded": "Self-funded",
  "apprenticeship-levy": "Apprenticeship (levy-funded)",
  "employer-funded": "Paid by your employer, without public funding",
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
  const known = ownValue(FIELD_LABELS, field) ?? ownValue(FIELD_LABELS, field.split(".")[0]!);
  if (known !== undefined) return known;
  return capitalise(
    field
      .replace(/\./g, " ")
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase(),
  );
}
