import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { useCareerData } from "./career-data-context";
import { parseMapFilters, type ParsedFilters } from "../core/filters/map-filters";

/** The map filters in the current address (shared by the map and the list of roles), and what was ignored. */
export function useUrlFilters(): ParsedFilters {
  const { dataset } = useCareerData();
  const [params] = useSearchParams();
  // The search text (q) changes with every keystroke but is not a filter: leaving it out of the key keeps the
  // filters the same object while someone types, so nothing drawn from them re-renders.
  const filterQuery = new URLSearchParams([...params].filter(([name]) => name !== "q")).toString();
  return useMemo(
    () =>
      parseMapFilters(
        new URLSearchParams(filterQuery),
        dataset.families.map((f) => f.id),
      ),
    [filterQuery, dataset.families],
  );
}
