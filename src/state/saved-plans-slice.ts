import type { StateCreator } from "zustand";
import type { PlanParams } from "../core/plan/plan-params";
import { makeSavedPlan, MAX_SAVED_PLANS, type SavedPlan } from "../core/plan/saved-plans";
import type { AppState } from "./store";

/** Plans a person keeps on this device (stored in localStorage by the store's persistence). */
export interface SavedPlansSlice {
  savedPlans: SavedPlan[];
  savePlan: (plan: PlanParams, title: string) => SavedPlan;
  deleteSavedPlan: (id: string) => void;
}

export const createSavedPlansSlice: StateCreator<AppState, [], [], SavedPlansSlice> = (set) => ({
  savedPlans: [],
  savePlan: (plan, title) => {
    const saved = makeSavedPlan(plan, title, new Date());
    set((state) => ({ savedPlans: [saved, ...state.savedPlans].slice(0, MAX_SAVED_PLANS) }));
    return saved;
  },
  deleteSavedPlan: (id) => set((state) => ({ savedPlans: state.savedPlans.filter((p) => p.id !== id) })),
});
