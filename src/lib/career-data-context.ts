import { createContext, useContext } from "react";
import type { CareerData } from "../core/career-data";

export const CareerDataContext = createContext<CareerData | null>(null);

/** The validated dataset, graph and pay table. Only pages rendered inside the app's provider call it. */
export function useCareerData(): CareerData {
  const data = useContext(CareerDataContext);
  if (data === null) throw new Error("useCareerData() was called outside <CareerDataContext.Provider>.");
  return data;
}
