/**
 * Plans saved on this device. What comes back from storage is untrusted (another version of the app, a
 * browser extension, a person editing it), so it is parsed item by item and anything malformed is dropped.
 */
import * as z from "zod/mini";
import type { Dataset } from "../../core/dataset/schema";
import { MAX_AGE, MIN_AGE, ONLY_CONSTRAINTS, PREFERENCES } from "../../core/route";
import { MAX_EXPERIENCE_MONTHS, PLAN_ROUTES, type PlanParams } from "../../core/url/plan";

export const MAX_SAVED_PLANS = 50;

/**
 * The version of the stored list this app writes (in zustand's persist shape, which earlier versions used).
 * A list written by a newer version is shown but never overwritten: this version would drop what it does not
 * know.
 */
export const SAVED_PLANS_VERSION = 1;

/** Where plans were kept before each dataset had its own list. */
export const LEGACY_SAVED_PLANS_KEY = "psych-careers-map:saved-plans";

/**
 * The storage key of a dataset's saved plans.
 * @example savedPlansKey(dataset) // "careers-map:saved-plans:psychological-professions"
 */
export function savedPlansKey(dataset: Pick<Dataset, "meta">): string {
  return `careers-map:saved-plans:${dataset.meta.id}`;
}

const savedPlanSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  /** A label for the list: "GCSEs → Mental health nurse". */
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  savedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T/)),
  plan: z.object({
    from: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(10)),
    to: z.nullable(z.string().check(z.maxLength(100))),
    prefer: z.enum(PREFERENCES),
    only: z.nullable(z.enum(ONLY_CONSTRAINTS)),
    // Plans saved before time in post was asked for have none.
    experience: z._default(
      z.record(z.string().check(z.maxLength(100)), z.int().check(z.gte(0), z.lte(MAX_EXPERIENCE_MONTHS))),
      {},
    ),
    // The planner shows PLAN_ROUTES routes, numbered from 0.
    chosen: z.int().check(z.gte(0), z.lte(PLAN_ROUTES - 1)),
    // Plans saved before the planner asked for an age, or for what a role implies, have none.
    age: z._default(z.nullable(z.int().check(z.gte(MIN_AGE), z.lte(MAX_AGE))), null),
    extendedAgeLimit: z._default(z.boolean(), false),
    notHeld: z._default(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(10)), []),
  }),
});
export type SavedPlan = z.infer<typeof savedPlanSchema>;

/**
 * Keeps the well-formed saved plans from whatever was stored, newest first, at most MAX_SAVED_PLANS.
 * @example parseSavedPlans("not a list") // []
 */
export function parseSavedPlans(raw: unknown): SavedPlan[] {
  if (!Array.isArray(raw)) return [];
  const plans: SavedPlan[] = [];
  for (const item of raw) {
    const parsed = savedPlanSchema.safeParse(item);
    if (parsed.success && !plans.some((p) => p.id === parsed.data.id)) plans.push(parsed.data);
  }
  return plans.slice(0, MAX_SAVED_PLANS);
}

/** What a device holds under a dataset's key: its well-formed plans, and whether a newer version wrote them. */
export interface StoredPlans {
  plans: SavedPlan[];
  writtenByNewerVersion: boolean;
}

/**
 * Reads the stored text of a list. Nothing stored, or text that is not a list, reads as no plans.
 * @example parseStoredPlans('{"state":{"savedPlans":[]},"version":2}') // { plans: [], writtenByNewerVersion: true }
 */
export function parseStoredPlans(text: string | null): StoredPlans {
  if (text === null) return { plans: [], writtenByNewerVersion: false };
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return { plans: [], writtenByNewerVersion: false };
  }
  if (typeof envelope !== "object" || envelope === null) return { plans: [], writtenByNewerVersion: false };
  const { state, version } = envelope as { state?: { savedPlans?: unknown }; version?: unknown };
  return {
    plans: parseSavedPlans(typeof state === "object" && state !== null ? state.savedPlans : undefined),
    writtenByNewerVersion: typeof version === "number" && version > SAVED_PLANS_VERSION,
  };
}

/** The text this version stores for a list. */
export function storedPlansText(plans: ReadonlyArray<SavedPlan>): string {
  return JSON.stringify({ state: { savedPlans: plans }, version: SAVED_PLANS_VERSION });
}

/**
 * @example makeSavedPlan(plan, "GCSEs → Mental health nurse", new Date("2026-11-21T10:00:00Z"))
 */
export function makeSavedPlan(
  plan: PlanParams,
  title: string,
  now: Date,
  random: () => number = Math.random,
): SavedPlan {
  const id = `${now.getTime().toString(36)}-${Math.floor(random() * 1e9).toString(36)}`;
  return { id, title, savedAt: now.toISOString(), plan: { ...plan, from: [...plan.from] } };
}

/**
 * Splits plans saved before plans were kept per dataset: those whose every role and starting point this dataset
 * knows (adopted), and the rest (kept for another dataset).
 * @example adoptLegacyPlans(plans, (id) => graph.nodes.has(id)).adopted
 */
export function adoptLegacyPlans(
  plans: ReadonlyArray<SavedPlan>,
  isKnownNode: (id: string) => boolean,
): { adopted: SavedPlan[]; kept: SavedPlan[] } {
  const adopted: SavedPlan[] = [];
  const kept: SavedPlan[] = [];
  for (const saved of plans) {
    const ids = [...saved.plan.from, ...(saved.plan.to === null ? [] : [saved.plan.to])];
    (ids.every(isKnownNode) ? adopted : kept).push(saved);
  }
  return { adopted, kept };
}
