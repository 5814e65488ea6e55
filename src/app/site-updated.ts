import { create } from "zustand";

/** Whether this visit is the first on a new version of the site (set by service-worker.ts), until dismissed. */
export interface SiteUpdated {
  updated: boolean;
  showUpdated: () => void;
  dismiss: () => void;
}

export const useSiteUpdated = create<SiteUpdated>()((set) => ({
  updated: false,
  showUpdated: () => set({ updated: true }),
  dismiss: () => set({ updated: false }),
}));
