/**
 * The words the app uses for the dataset's facts, in one place, so the pages, the printed plan and the
 * command line say the same thing: lengths of time, when things happen (in years and age), qualifications,
 * apprenticeships, funding, pay, and the names of the dataset's codes.
 */
export { describeApprenticeship, describeApprenticeships } from "./apprenticeship";
export { formatDuration, formatPounds, formatTiming, formatTotalTime, formatWhen } from "./duration";
export { competitionShortText, competitionText, describeWait, feesTotalText, routeTimeText } from "./route";
export { ageAt, ageText, whenText, yearsFromNow } from "./when";
export { describeFunding } from "./funding";
export {
  AGE_GROUP_LABELS,
  AGE_GROUP_WORDS,
  CONFIDENCE_LABELS,
  fieldLabel,
  FUNDING_LABELS,
  REGISTRATION_LABELS,
  describeRouteCategory,
  ROUTE_CATEGORY_LABELS,
  ROUTE_KIND_LABELS,
  routeKindName,
  STATUS_LABELS,
} from "./labels";
export {
  describeBandChange,
  describePay,
  formatBandRange,
  formatBandWithPay,
  payScaleName,
  shortPayLabel,
} from "./pay";
export { describeQualification, qualificationLevel } from "./qualification";
