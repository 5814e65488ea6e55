import { useCallback, useMemo } from "react";
import { useParams, useSearchParams } from "react-router";
import { paths } from "../../lib/paths";
import { useUrlState } from "../../lib/use-url-state";
import type { MapFilters } from "../../core/filters/map-filters";
import { useUrlFilters } from "../../lib/use-url-filters";

interface MapView {
  selectedId: string | null;
  filters: MapFilters;
  search: string;
}

function viewPath({ selectedId, filters, search }: MapView): string {
  return selectedId === null ? paths.map({ filters, search }) : paths.role(selectedId, { filters, search });
}

/**
 * The map's shareable state, read from and written to the URL: the open role, the filters and the search text.
 * Changing filters or opening a role adds a history entry, so back and forward step through views; typing in
 * the search box replaces the current entry instead.
 */
export function useMapView() {
  const [params] = useSearchParams();
  const { id } = useParams();
  const { filters, ignored } = useUrlFilters();
  const search = params.get("q") ?? "";
  const selectedId = id ?? null;
  const view = useMemo<MapView>(() => ({ selectedId, filters, search }), [selectedId, filters, search]);
  const update = useUrlState(view, viewPath);

  /** Filters change by updating the latest filters, so quick clicks in a row all count. */
  const setFilters = useCallback(
    (change: (latest: MapFilters) => MapFilters) =>
      update((latest) => ({ ...latest, filters: change(latest.filters) })),
    [update],
  );
  const setSearch = useCallback(
    (text: string) => update((latest) => ({ ...latest, search: text }), { replace: true }),
    [update],
  );
  const openNode = useCallback(
    (nodeId: string) => update((latest) => ({ ...latest, selectedId: nodeId })),
    [update],
  );
  const closeNode = useCallback(() => update((latest) => ({ ...latest, selectedId: null })), [update]);

  return { selectedId, filters, ignored, search, setFilters, setSearch, openNode, closeNode };
}
