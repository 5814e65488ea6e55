/**
 * Reads the planner's question from its address: the inverse of planToParams (plan.ts). Names are resolved
 * with the route finder, so this loads with the planner.
 */
import type { MapGraph } from "../graph/career-graph";
import { AmbiguousNodeError, UnknownNodeError, type NodeSuggestion } from "../route/errors";
import {
  MAX_AGE,
  MIN_AGE,
  ONLY_CONSTRAINTS,
  PREFERENCES,
  type OnlyConstraint,
  type Preference,
} from "../route/query";
import { resolveNode } from "../route/resolve-node";
import { MAX_EXPERIENCE_MONTHS, PLAN_PARAMS, PLAN_ROUTES, type PlanParams } from "./plan";
import { readList, shorten } from "./read-list";

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

const MAX_FROM = 10;
const shortened = (text: string) => shorten(text, 60);

function read(graph: MapGraph, text: string, field: "from" | "to", unread: UnreadName[]): string | null {
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
export function parsePlanParams(search: URLSearchParams, graph: MapGraph): ParsedPlanParams {
  const unread: UnreadName[] = [];
  const ignored: string[] = [];
  const from: string[] = [];
  const fromTexts = readList(search.get(PLAN_PARAMS.from));
  for (const text of fromTexts.slice(0, MAX_FROM)) {
    const id = read(graph, text, "from", unread);
    if (id !== null && !from.includes(id)) from.push(id);
  }
  if (fromTexts.length > MAX_FROM)
    ignored.push(`${PLAN_PARAMS.from}: only the first ${MAX_FROM} starting points are used`);
  const toText = search.get(PLAN_PARAMS.to)?.trim() ?? "";
  const to = toText === "" ? null : read(graph, toText, "to", unread);

  const preferText = search.get(PLAN_PARAMS.prefer);
  let prefer: Preference = "fastest";
  if (preferText !== null && preferText !== "") {
    if ((PREFERENCES as readonly string[]).includes(preferText)) prefer = preferText as Preference;
    else ignored.push(`${PLAN_PARAMS.prefer}=${shortened(preferText)}`);
  }
  const onlyText = search.get(PLAN_PARAMS.only);
  let only: OnlyConstraint | null = null;
  if (onlyText !== null && onlyText !== "") {
    if ((ONLY_CONSTRAINTS as readonly string[]).includes(onlyText)) only = onlyText as OnlyConstraint;
    else ignored.push(`${PLAN_PARAMS.only}=${shortened(onlyText)}`);
  }
  const experience: Record<string, number> = {};
  for (const pair of readList(search.get(PLAN_PARAMS.experience))) {
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
      ignored.push(`${PLAN_PARAMS.experience}=${shortened(pair)}`);
    }
  }
  const chosenText = search.get(PLAN_PARAMS.chosen);
  let chosen = 0;
  if (chosenText !== null) {
    const n = Number(chosenText);
    if (Number.isInteger(n) && n >= 1 && n <= PLAN_ROUTES) chosen = n - 1;
    else ignored.push(`${PLAN_PARAMS.chosen}=${shortened(chosenText)}`);
  }
  const ageText = search.get(PLAN_PARAMS.age);
  let age: number | null = null;
  if (ageText !== null && ageText !== "") {
    const n = Number(ageText);
    if (Number.isInteger(n) && n >= MIN_AGE && n <= MAX_AGE) age = n;
    else ignored.push(`${PLAN_PARAMS.age}=${shortened(ageText)}`);
  }
  const extendedAgeLimit = search.get(PLAN_PARAMS.extendedAgeLimit) === "1";
  const notHeld: string[] = [];
  for (const text of readList(search.get(PLAN_PARAMS.notHeld)).slice(0, MAX_FROM)) {
    if (graph.nodes.has(text) && !notHeld.includes(text)) notHeld.push(text);
    else ignored.push(`${PLAN_PARAMS.notHeld}=${shortened(text)}`);
  }
  return {
    params: { from, to, prefer, only, experience, chosen, age, extendedAgeLimit, notHeld },
    unread,
    ignored,
  };
}
