import { createContext, use, useContext } from "react";
import type { CareerData, CareerDataResult, MapData } from "../core/career-data";

/**
 * The whole dataset, graph and pay table, as the pages hold it: here already, or on its way. The first page
 * draws the map from the map index (MapDataContext) and asks for the rest when it is idle or when a role is
 * opened.
 */
export type WholeCareerData =
  { ready: true; data: CareerData } | { ready: false; data: null; load: () => Promise<CareerData> };

/** What is wrong with a dataset or pay table, as the validator lists it. */
export type DataProblems = Extract<CareerDataResult, { ok: false }>["problems"];

/**
 * The whole dataset after the map index: the data, with `replacesMap` when it differs from what the index was
 * made from (a host changed the dataset since the build: the map is drawn again from it); or its problems, when
 * it is not valid (the page lists them, as for any dataset that fails).
 */
export type WholeAfterMapIndex =
  { ok: true; data: CareerData; replacesMap: boolean } | { ok: false; problems: DataProblems };

/**
 * The map index has arrived; the whole dataset has not. `loadWhole` fetches it, and rejects, with an Error that
 * says why, when it cannot be downloaded.
 */
export interface MapIndexFirst {
  map: MapData;
  loadWhole: () => Promise<WholeAfterMapIndex>;
}

export const CareerDataContext = createContext<WholeCareerData | null>(null);

/** What the map draws: the map index, or the whole dataset when it came first. Always here. */
export const MapDataContext = createContext<MapData | null>(null);

/**
 * The validated dataset, graph and pay table, whole. While the whole dataset is still downloading, the caller
 * suspends (React's `use`): render it inside a Suspense boundary that can show it loading, and an error
 * boundary that can say the download failed.
 */
export function useCareerData(): CareerData {
  const whole = useContext(CareerDataContext);
  if (whole === null) throw new Error("useCareerData() was called outside <CareerDataContext.Provider>.");
  return whole.ready ? whole.data : use(whole.load());
}

/** The whole dataset if it has arrived, without waiting for it: null until then. */
export function useCareerDataIfLoaded(): CareerData | null {
  const whole = useContext(CareerDataContext);
  if (whole === null)
    throw new Error("useCareerDataIfLoaded() was called outside <CareerDataContext.Provider>.");
  return whole.data;
}

/** Asks for the whole dataset ahead of need; does nothing once it is here. The same function on every render. */
export const PrefetchCareerDataContext = createContext<() => void>(() => undefined);

/** Asks for the whole dataset ahead of need (a role pointed at is about to be opened); nothing if it is here. */
export function usePrefetchCareerData(): () => void {
  return useContext(PrefetchCareerDataContext);
}

/** The map index, its graph and the pay table: enough to draw, filter and search the map. */
export function useMapData(): MapData {
  const data = useContext(MapDataContext);
  if (data === null) throw new Error("useMapData() was called outside <MapDataContext.Provider>.");
  return data;
}

/** The address of the dataset shown when it is not the one the site was built with; null for the bundled one. */
export const OtherDatasetContext = createContext<string | null>(null);

/** Where the shown dataset came from, when it is not the bundled one, so pages can say whose data it is. */
export function useOtherDatasetUrl(): string | null {
  return useContext(OtherDatasetContext);
}
