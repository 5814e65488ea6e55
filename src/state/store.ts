import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { parseSavedPlans } from "../core/plan/saved-plans";
import { createAnnouncerSlice, type AnnouncerSlice } from "./announcer-slice";
import { createMapViewSlice, type MapViewSlice } from "./map-view-slice";
import { createSavedPlansSlice, type SavedPlansSlice } from "./saved-plans-slice";

/** The app's one store, built from slices. The URL, not the store, holds everything that can be shared. */
export type AppState = MapViewSlice & AnnouncerSlice & SavedPlansSlice;

export const SAVED_PLANS_STORAGE_KEY = "psych-careers-map:saved-plans";

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

export const useAppStore = create<AppState>()(
  persist(
    (...args) => ({
      ...createMapViewSlice(...args),
      ...createAnnouncerSlice(...args),
      ...createSavedPlansSlice(...args),
    }),
    {
      name: SAVED_PLANS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(deviceStorage),
      // Only saved plans leave the page; everything else is for this visit.
      partialize: (state) => ({ savedPlans: state.savedPlans }),
      // Stored data is untrusted: keep only well-formed plans.
      merge: (persisted, current) => ({
        ...current,
        savedPlans: parseSavedPlans((persisted as { savedPlans?: unknown } | undefined)?.savedPlans),
      }),
    },
  ),
);

/** The store's starting state, for resetting between tests. */
export const initialAppState = useAppStore.getState();
