import type { StateCreator } from "zustand";
import type { MoveContext } from "../core/map/keyboard-moves";
import type { AppState } from "./store";

const NO_MOVE: MoveContext = { cameFrom: null, direction: null };

/** Ephemeral map state: what the pointer or keyboard is on. Shareable state (selection, filters) is in the URL. */
export interface MapViewSlice {
  hoveredId: string | null;
  focusedId: string | null;
  /** How the keyboard reached the focused node, so Up and Down can step through the other routes. */
  moveContext: MoveContext;
  setHovered: (id: string | null) => void;
  setFocused: (id: string | null, moveContext?: MoveContext) => void;
}

export const createMapViewSlice: StateCreator<AppState, [], [], MapViewSlice> = (set) => ({
  hoveredId: null,
  focusedId: null,
  moveContext: NO_MOVE,
  setHovered: (id) => set({ hoveredId: id }),
  setFocused: (id, moveContext = NO_MOVE) => set({ focusedId: id, moveContext }),
});
