import type { StateCreator } from "zustand";
import type { AppState } from "./store";

/** A message for screen readers, read out by the app's one polite live region. */
export interface AnnouncerSlice {
  announcement: { text: string; id: number };
  announce: (text: string) => void;
}

export const createAnnouncerSlice: StateCreator<AppState, [], [], AnnouncerSlice> = (set) => ({
  announcement: { text: "", id: 0 },
  // The id changes even when the text repeats, so the same news can be read out twice.
  announce: (text) => set((state) => ({ announcement: { text, id: state.announcement.id + 1 } })),
});
