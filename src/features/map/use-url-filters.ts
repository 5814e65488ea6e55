import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { useCareerData } from "../../app/career-data-context";
import { parseMapFilters, type ParsedFilters } from "../../core/map/map-filters";

/** The map filters in the current address (shared by the map and the list of roles), and what was ignored. */
export function useUrlFilters(): ParsedFilters {
  const { dataset } = useCareerData();
  const [params] = useSearchParams();
  return useMemo(
    () =>
      parseMapFilters(
        params,
        dataset.families.map((f) => f.id),
      ),
    [params, dataset.families],
  );
}
