import { create } from "zustand";
import type { MoveContext } from "../../core/map/keyboard-moves";

const NO_MOVE: MoveContext = { cameFrom: null, direction: null };

/**
 * What the pointer or keyboard is on in the map: for this visit only. Shareable state (the open role, the
 * filters) is in the URL.
 */
export interface MapViewState {
  hoveredId: string | null;
  focusedId: string | null;
  /** How the keyboard reached the focused node, so Up and Down can step through the other routes. */
  moveContext: MoveContext;
  setHovered: (id: string | null) => void;
  setFocused: (id: string | null, moveContext?: MoveContext) => void;
}

export const useMapViewStore = create<MapViewState>()((set) => ({
  hoveredId: null,
  focusedId: null,
  moveContext: NO_MOVE,
  setHovered: (id) => set({ hoveredId: id }),
  setFocused: (id, moveContext = NO_MOVE) => set({ focusedId: id, moveContext }),
}));
