import { create } from "zustand";

/** A message for screen readers, read out by the app's one polite live region (components/LiveAnnouncer). */
export interface Announcer {
  announcement: { text: string; id: number };
  announce: (text: string) => void;
}

/**
 * @example const announce = useAnnouncer((s) => s.announce); announce("Saved.");
 */
export const useAnnouncer = create<Announcer>()((set) => ({
  announcement: { text: "", id: 0 },
  // The id changes even when the text repeats, so the same news can be read out twice.
  announce: (text) => set((state) => ({ announcement: { text, id: state.announcement.id + 1 } })),
}));
