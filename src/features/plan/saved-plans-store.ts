/**
 * Plans a person keeps on this device, one list per dataset: a plan made on one careers map means nothing on
 * another. Each list is a small zustand store persisted in localStorage under the dataset's own key, built
 * once per dataset object and kept with it.
 */
import { createStore, useStore, type StoreApi } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import type { CareerData } from "../../core/career-data";
import type { PlanParams } from "../../core/url/plan";
import { useCareerData } from "../../lib/career-data-context";
import {
  adoptLegacyPlans,
  LEGACY_SAVED_PLANS_KEY,
  makeSavedPlan,
  MAX_SAVED_PLANS,
  parseSavedPlans,
  savedPlansKey,
  type SavedPlan,
} from "./saved-plans";

export interface SavedPlansState {
  savedPlans: SavedPlan[];
  savePlan: (plan: PlanParams, title: string) => SavedPlan;
  deleteSavedPlan: (id: string) => void;
}

/** localStorage when the browser allows it (it may not: private modes, embedded frames, tests in Node). */
function deviceStorage(): Storage {
  try {
    const storage = globalThis.localStorage;
    const probe = "__probe__";
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    const memory = new Map<string, string>();
    return {
      get length() {
        return memory.size;
      },
      clear: () => memory.clear(),
      getItem: (key) => memory.get(key) ?? null,
      key: (index) => [...memory.keys()][index] ?? null,
      removeItem: (key) => void memory.delete(key),
      setItem: (key, value) => void memory.set(key, value),
    };
  }
}

/** The persisted form: zustand's persist wraps the state with its version. */
function stored(savedPlans: SavedPlan[]): string {
  return JSON.stringify({ state: { savedPlans }, version: 1 });
}

function readPlans(storage: Storage, key: string): SavedPlan[] | null {
  const text = storage.getItem(key);
  if (text === null) return null;
  try {
    return parseSavedPlans((JSON.parse(text) as { state?: { savedPlans?: unknown } }).state?.savedPlans);
  } catch {
    return [];
  }
}

/**
 * Plans saved before plans were kept per dataset have no dataset. The first dataset to open in which every
 * role and starting point a plan names exists takes that plan; the others stay for another dataset.
 */
function adoptLegacy(storage: Storage, key: string, isKnownNode: (id: string) => boolean): void {
  const legacy = readPlans(storage, LEGACY_SAVED_PLANS_KEY);
  if (legacy === null || storage.getItem(key) !== null) return;
  const { adopted, kept } = adoptLegacyPlans(legacy, isKnownNode);
  if (adopted.length > 0) storage.setItem(key, stored(adopted));
  if (kept.length === 0) storage.removeItem(LEGACY_SAVED_PLANS_KEY);
  else storage.setItem(LEGACY_SAVED_PLANS_KEY, stored(kept));
}

function createSavedPlansStore({ dataset, graph }: CareerData): StoreApi<SavedPlansState> {
  const storage = deviceStorage();
  const name = savedPlansKey(dataset);
  adoptLegacy(storage, name, (id) => graph.nodes.has(id));
  return createStore<SavedPlansState>()(
    persist(
      (set) => ({
        savedPlans: [],
        savePlan: (plan, title) => {
          const saved = makeSavedPlan(plan, title, new Date());
          set((state) => ({ savedPlans: [saved, ...state.savedPlans].slice(0, MAX_SAVED_PLANS) }));
          return saved;
        },
        deleteSavedPlan: (id) =>
          set((state) => ({ savedPlans: state.savedPlans.filter((p) => p.id !== id) })),
      }),
      {
        name,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: (state) => ({ savedPlans: state.savedPlans }),
        // Stored data is untrusted: keep only well-formed plans.
        merge: (persisted, current) => ({
          ...current,
          savedPlans: parseSavedPlans((persisted as { savedPlans?: unknown } | undefined)?.savedPlans),
        }),
      },
    ),
  );
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
