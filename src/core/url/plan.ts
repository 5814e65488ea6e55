/**
 * The planner's question as it travels in the address: /plan?from=a,b&to=c&prefer=…&only=…&route=N.
 * Pure, so the page, the tests and any other host read links the same way.
 */
import { MAX_MONTHS } from "../dataset/schema";
import type { CareerGraph } from "../graph/career-graph";
import { ONLY_CONSTRAINTS, PREFERENCES, type OnlyConstraint, type Preference } from "../route/query";
import { AmbiguousNodeError, UnknownNodeError, type NodeSuggestion } from "../route/errors";
import { resolveNode } from "../route/resolve-node";
import { readList, shorten } from "./read-list";

/** How many route cards the planner shows: the best and four alternatives. */
export const PLAN_ROUTES = 5;

export interface PlanParams {
  from: string[];
  to: string | null;
  prefer: Preference;
  only: OnlyConstraint | null;
  /** Months already spent in a starting role, by id: it shortens waits for experience and the two-year gap. */
  experience: Readonly<Record<string, number>>;
  /** Which route card is chosen (0 = the best). */
  chosen: number;
}

export interface UnreadName {
  /** What the address said, cut short if absurdly long. */
  text: string;
  field: "from" | "to";
  suggestions: NodeSuggestion[];
  /** True when the name fits several nodes rather than none. */
  ambiguous: boolean;
}

export interface ParsedPlanParams {
  params: PlanParams;
  /** Names in the address that are not roles or starting points here, with suggestions. */
  unread: UnreadName[];
  /** Other values that were not understood (e.g. prefer=cheapest), so the page can say so. */
  ignored: string[];
}

export const EMPTY_PLAN: PlanParams = {
  from: [],
  to: null,
  prefer: "fastest",
  only: null,
  experience: {},
  chosen: 0,
};

/** As long as any wait the data may hold (MAX_MONTHS): more months than this change nothing. */
export const MAX_EXPERIENCE_MONTHS = MAX_MONTHS;

const MAX_FROM = 10;
const shortened = (text: string) => shorten(text, 60);

function read(graph: CareerGraph, text: string, field: "from" | "to", unread: UnreadName[]): string | null {
  try {
    return resolveNode(graph, text);
  } catch (error) {
    if (error instanceof AmbiguousNodeError) {
      unread.push({ text: shortened(text), field, suggestions: [...error.candidates], ambiguous: true });
    } else if (error instanceof UnknownNodeError) {
      unread.push({ text: shortened(text), field, suggestions: [...error.suggestions], ambiguous: false });
    } else {
      throw error;
    }
    return null;
  }
}

/**
 * Reads a plan from a query string. Ids or names are accepted; anything unknown is reported, never thrown.
 * @example parsePlanParams(new URLSearchParams("from=gcses&to=PWP"), graph).params.to // "psychological-wellbeing-practitioner"
 */
export function parsePlanParams(search: URLSearchParams, graph: CareerGraph): ParsedPlanParams {
  const unread: UnreadName[] = [];
  const ignored: string[] = [];
  const from: string[] = [];
  const fromTexts = readList(search.get("from"));
  for (const text of fromTexts.slice(0, MAX_FROM)) {
    const id = read(graph, text, "from", unread);
    if (id !== null && !from.includes(id)) from.push(id);
  }
  if (fromTexts.length > MAX_FROM) ignored.push(`from: only the first ${MAX_FROM} starting points are used`);
  const toText = search.get("to")?.trim() ?? "";
  const to = toText === "" ? null : read(graph, toText, "to", unread);

  const preferText = search.get("prefer");
  let prefer: Preference = "fastest";
  if (preferText !== null && preferText !== "") {
    if ((PREFERENCES as readonly string[]).includes(preferText)) prefer = preferText as Preference;
    else ignored.push(`prefer=${shortened(preferText)}`);
  }
  const onlyText = search.get("only");
  let only: OnlyConstraint | null = null;
  if (onlyText !== null && onlyText !== "") {
    if ((ONLY_CONSTRAINTS as readonly string[]).includes(onlyText)) only = onlyText as OnlyConstraint;
    else ignored.push(`only=${shortened(onlyText)}`);
  }
  const experience: Record<string, number> = {};
  for (const pair of readList(search.get("exp"))) {
    const [id, monthsText] = pair.split(":");
    const months = Number(monthsText);
    if (
      id !== undefined &&
      from.includes(id) &&
      Number.isInteger(months) &&
      months >= 0 &&
      months <= MAX_EXPERIENCE_MONTHS
    ) {
      if (months > 0) experience[id] = months;
    } else {
      ignored.push(`exp=${shortened(pair)}`);
    }
  }
  const chosenText = search.get("route");
  let chosen = 0;
  if (chosenText !== null) {
    const n = Number(chosenText);
    if (Number.isInteger(n) && n >= 1 && n <= PLAN_ROUTES) chosen = n - 1;
    else ignored.push(`route=${shortened(chosenText)}`);
  }
  return { params: { from, to, prefer, only, experience, chosen }, unread, ignored };
}

/**
 * Writes a plan as query-string pairs, leaving out defaults. The inverse of parsePlanParams for ids.
 * @example planToParams({ ...EMPTY_PLAN, from: ["gcses"], to: "mental-health-nurse" }) // [["from","gcses"],["to","mental-health-nurse"]]
 */
export function planToParams(plan: PlanParams): [string, string][] {
  const pairs: [string, string][] = [];
  if (plan.from.length > 0) pairs.push(["from", plan.from.join(",")]);
  if (plan.to !== null) pairs.push(["to", plan.to]);
  if (plan.prefer !== "fastest") pairs.push(["prefer", plan.prefer]);
  if (plan.only !== null) pairs.push(["only", plan.only]);
  const experience = plan.from
    .filter((id) => (plan.experience[id] ?? 0) > 0)
    .map((id) => `${id}:${plan.experience[id]}`);
  if (experience.length > 0) pairs.push(["exp", experience.join(",")]);
  if (plan.chosen > 0) pairs.push(["route", String(plan.chosen + 1)]);
  return pairs;
}
