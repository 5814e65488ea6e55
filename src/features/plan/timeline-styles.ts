/**
 * How the plan's timeline draws funding: a colour and a pattern for each kind, so no fact rests on colour
 * alone (the key names each, and every bar has its words in its text alternative).
 */
import type { Funding } from "../../core/dataset/schema";

export type FundingSwatch = "paid" | "fees-paid" | "employer" | "mixed" | "self" | "job";

export const FUNDING_SWATCH: Record<Funding, FundingSwatch> = {
  "salaried-trainee-post": "paid",
  "apprenticeship-levy": "paid",
  "funded-fees": "fees-paid",
  "employer-funded": "employer",
  mixed: "mixed",
  "self-funded": "self",
  "not-applicable": "job",
};

/** Each swatch's fill and stripes (with at least 3:1 contrast on white), and its name in the key. */
export const SWATCHES: Record<
  FundingSwatch,
  { colour: string; pattern: "solid" | "diagonal" | "horizontal" | "vertical" | "dots"; label: string }
> = {
  paid: {
    colour: "#007f3b",
    pattern: "solid",
    label: "Paid while you train (a salaried post or an apprenticeship)",
  },
  "fees-paid": { colour: "#005eb8", pattern: "diagonal", label: "Course fees paid for you" },
  employer: {
    colour: "#330072",
    pattern: "horizontal",
    label: "Paid by your employer, without public funding",
  },
  mixed: { colour: "#7c2855", pattern: "vertical", label: "Partly funded: you may pay some fees" },
  self: { colour: "#d5281b", pattern: "dots", label: "Self-funded: you may pay the fees" },
  job: { colour: "#4c6272", pattern: "solid", label: "Starting a job (no course)" },
};

export const SWATCH_ORDER: ReadonlyArray<FundingSwatch> = [
  "paid",
  "fees-paid",
  "employer",
  "mixed",
  "self",
  "job",
];
