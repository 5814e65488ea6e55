import { createContext, useContext } from "react";
import type { CareerData } from "../core/career-data";

export const CareerDataContext = createContext<CareerData | null>(null);

/** The validated dataset, graph and pay table. Only pages rendered inside the app's provider call it. */
export function useCareerData(): CareerData {
  const data = useContext(CareerDataContext);
  if (data === null) throw new Error("useCareerData() was called outside <CareerDataContext.Provider>.");
  return data;
}

/** The address of the dataset shown when it is not the one the site was built with; null for the bundled one. */
export const OtherDatasetContext = createContext<string | null>(null);

/** Where the shown dataset came from, when it is not the bundled one, so pages can say whose data it is. */
export function useOtherDatasetUrl(): string | null {
  return useContext(OtherDatasetContext);
}
