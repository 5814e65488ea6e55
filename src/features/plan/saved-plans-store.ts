/**
 * Plans a person keeps on this device, one list per dataset: a plan made on one careers map means nothing on
 * another. Each list is a small zustand store over localStorage under the dataset's own key, built once per
 * dataset object and kept with it.
 *
 * Every change is read, changed and written back at once, and a failed write is reported, never hidden: a
 * plan listed as saved must still be there after a reload. (zustand's persist middleware would keep the plan
 * in memory and drop the storage error, and would overwrite a list written by another tab or a newer version.)
 */
import { createStore, useStore, type StoreApi } from "zustand";
import type { CareerData } from "../../core/career-data";
import type { PlanParams } from "../../core/url/plan";
import { useCareerData } from "../../lib/career-data-context";
import {
  adoptLegacyPlans,
  LEGACY_SAVED_PLANS_KEY,
  makeSavedPlan,
  MAX_SAVED_PLANS,
  parseStoredPlans,
  savedPlansKey,
  storedPlansText,
  type SavedPlan,
} from "./saved-plans";

/**
 * Where plans are kept: on the device, or only for this visit because the browser will not let the site keep
 * anything (private modes, blocked storage, embedded frames in some browsers).
 */
export type SavedPlansPlace = "device" | "this-visit";

/** What happened to a plan the person asked to save (or a deletion). */
export type SaveOutcome =
  | { kind: "saved"; plan: SavedPlan; place: SavedPlansPlace }
  | { kind: "storage-full" }
  | { kind: "newer-version" };

export interface SavedPlansState {
  savedPlans: SavedPlan[];
  place: SavedPlansPlace;
  /** A newer version of the app wrote this list: it is shown but not changed. */
  writtenByNewerVersion: boolean;
  savePlan: (plan: PlanParams, title: string) => SaveOutcome;
  deleteSavedPlan: (id: string) => Exclude<SaveOutcome, { kind: "saved" }> | { kind: "deleted" };
}

/** localStorage when the browser allows it, or a list in memory for this visit (said on screen). */
function deviceStorage(): { storage: Storage; place: SavedPlansPlace } {
  try {
    // Reading is the test: a full storage still holds the plans saved earlier (only a new write fails, and
    // that is said when it happens), while blocked storage throws on any use.
    const storage = globalThis.localStorage;
    storage.getItem("__probe__");
    return { storage, place: "device" };
  } catch {
    const memory = new Map<string, string>();
    const storage: Storage = {
      get length() {
        return memory.size;
      },
      clear: () => memory.clear(),
      getItem: (key) => memory.get(key) ?? null,
      key: (index) => [...memory.keys()][index] ?? null,
      removeItem: (key) => void memory.delete(key),
      setItem: (key, value) => void memory.set(key, value),
    };
    return { storage, place: "this-visit" };
  }
}

/** Writes, and says whether the browser kept it (a full quota throws). */
function tryWrite(storage: Storage, key: string, text: string): boolean {
  try {
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Plans saved before plans were kept per dataset have no dataset. The first dataset to open in which every
 * role and starting point a plan names exists takes that plan; the others stay for another dataset.
 */
function adoptLegacy(storage: Storage, key: string, isKnownNode: (id: string) => boolean): void {
  const legacyText = storage.getItem(LEGACY_SAVED_PLANS_KEY);
  if (legacyText === null || storage.getItem(key) !== null) return;
  const legacy = parseStoredPlans(legacyText);
  if (legacy.writtenByNewerVersion) return;
  const { adopted, kept } = adoptLegacyPlans(legacy.plans, isKnownNode);
  // The legacy list is changed only once its plans are safely under the new key.
  if (adopted.length > 0 && !tryWrite(storage, key, storedPlansText(adopted))) return;
  if (kept.length === 0) storage.removeItem(LEGACY_SAVED_PLANS_KEY);
  else tryWrite(storage, LEGACY_SAVED_PLANS_KEY, storedPlansText(kept));
}

function createSavedPlansStore({ dataset, graph }: CareerData): StoreApi<SavedPlansState> {
  const { storage, place } = deviceStorage();
  const key = savedPlansKey(dataset);
  adoptLegacy(storage, key, (id) => graph.nodes.has(id));
  const read = () => parseStoredPlans(storage.getItem(key));

  const store = createStore<SavedPlansState>()((set) => {
    /** Reads the list as stored now (another tab may have changed it), changes it, and writes it back. */
    const update = (change: (plans: SavedPlan[]) => SavedPlan[]) => {
      const current = read();
      if (current.writtenByNewerVersion) {
        set({ savedPlans: current.plans, writtenByNewerVersion: true });
        return { kind: "newer-version" } as const;
      }
      const next = change(current.plans);
      if (!tryWrite(storage, key, storedPlansText(next))) {
        set({ savedPlans: current.plans });
        return { kind: "storage-full" } as const;
      }
      set({ savedPlans: next });
      return null;
    };
    const initial = read();
    return {
      savedPlans: initial.plans,
      place,
      writtenByNewerVersion: initial.writtenByNewerVersion,
      savePlan: (plan, title) => {
        const saved = makeSavedPlan(plan, title, new Date());
        const failure = update((plans) => [saved, ...plans].slice(0, MAX_SAVED_PLANS));
        return failure ?? { kind: "saved", plan: saved, place };
      },
      deleteSavedPlan: (id) => update((plans) => plans.filter((p) => p.id !== id)) ?? { kind: "deleted" },
    };
  });

  // Another tab saving or deleting a plan changes this tab's list too.
  if (place === "device" && typeof window !== "undefined") {
    window.addEventListener("storage", (event) => {
      if (event.key !== key && event.key !== null) return;
      const current = read();
      store.setState({ savedPlans: current.plans, writtenByNewerVersion: current.writtenByNewerVersion });
    });
  }
  return store;
}

/** One store per dataset, kept as long as the dataset is. */
const stores = new WeakMap<CareerData["dataset"], StoreApi<SavedPlansState>>();

function savedPlansStore(data: CareerData): StoreApi<SavedPlansState> {
  let store = stores.get(data.dataset);
  if (store === undefined) {
    store = createSavedPlansStore(data);
    stores.set(data.dataset, store);
  }
  return store;
}

/**
 * The saved plans of the dataset on show, read with a selector.
 * @example const savedPlans = useSavedPlans((s) => s.savedPlans);
 */
export function useSavedPlans<T>(selector: (state: SavedPlansState) => T): T {
  return useStore(savedPlansStore(useCareerData()), selector);
}

/**
 * What to tell the person after they asked to save a plan, in words that say what to do next.
 * @example saveOutcomeMessage({ kind: "storage-full" }) // "Not saved: …"
 */
export function saveOutcomeMessage(outcome: SaveOutcome): string {
  switch (outcome.kind) {
    case "saved":
      return outcome.place === "device"
        ? `Saved “${outcome.plan.title}” on this device.`
        : `Saved “${outcome.plan.title}” for this visit only: this browser is not letting the site keep ` +
            "anything, so it will be gone when you close it. Copy the link to keep it.";
    case "storage-full":
      return (
        "Not saved: this browser’s storage for the site is full. Delete a saved plan below, or copy the " +
        "link to keep this plan."
      );
    case "newer-version":
      return (
        "Not saved: the plans on this device were saved by a newer version of this careers map, and this " +
        "version will not change them. Reload the page to get the newer version, or copy the link."
      );
  }
}
