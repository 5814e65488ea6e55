import { create } from "zustand";
import { createAnnouncerSlice, type AnnouncerSlice } from "./announcer-slice";
import { createMapViewSlice, type MapViewSlice } from "./map-view-slice";

/** The app's one store, built from slices. The URL, not the store, holds everything that can be shared. */
export type AppState = MapViewSlice & AnnouncerSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createMapViewSlice(...args),
  ...createAnnouncerSlice(...args),
}));

/** The store's starting state, for resetting between tests. */
export const initialAppState = useAppStore.getState();
