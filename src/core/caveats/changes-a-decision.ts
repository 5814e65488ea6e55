/**
 * Which doubts about the data to put in front of a person, and which to leave behind one "how sure are we"
 * line. Defined once here: the role page, its cards and the planner all ask this.
 */
import type { Caveat, Confidence } from "../dataset/schema";

/**
 * The facts a person decides by: whether they can take a step (its entry rules, registration), what it costs
 * them and who pays (funding, fees), how long it takes, and what it pays. A field is matched with what is
 * under it: "pay" covers "pay.qualified".
 */
const DECISION_FIELDS: ReadonlyArray<string> = [
  "prerequisites",
  "entryRequirements",
  "registration",
  "funding",
  "fundingNote",
  "fundingByAge",
  "fees",
  "durationMonths",
  "pay",
];

/**
 * Doubts that could turn an answer around: the sources disagree, or none was found. A fact that is only
 * unconfirmed or worked out is probably right; it is still listed, behind "how sure are we".
 */
const DECISIVE_CONFIDENCE: ReadonlySet<Confidence> = new Set<Confidence>(["conflicting", "not-found"]);

function isDecisionField(field: string): boolean {
  return DECISION_FIELDS.some((decided) => field === decided || field.startsWith(`${decided}.`));
}

/**
 * Whether a caveat changes a decision, and so is shown beside the fact it is about: it is about a fact people
 * decide by (entry rules, registration, funding, fees, length, pay) and the sources disagree or none was found.
 * @example changesADecision({ field: "fees", confidence: "not-found", note: "…" }) // true
 * @example changesADecision({ field: "apprenticeship.standard", confidence: "conflicting", note: "…" }) // false
 * @example changesADecision({ field: "pay.qualified", confidence: "unverified", note: "…" }) // false
 */
export function changesADecision(caveat: Pick<Caveat, "field" | "confidence">): boolean {
  return DECISIVE_CONFIDENCE.has(caveat.confidence) && isDecisionField(caveat.field);
}

/**
 * Caveats split into those shown where they are (they change a decision) and the rest, for "how sure are we".
 * @example splitCaveats(role.caveats) // { decisive: [...], other: [...] }
 */
export function splitCaveats<T extends Pick<Caveat, "field" | "confidence">>(
  caveats: ReadonlyArray<T>,
): { decisive: T[]; other: T[] } {
  return {
    decisive: caveats.filter((caveat) => changesADecision(caveat)),
    other: caveats.filter((caveat) => !changesADecision(caveat)),
  };
}
