import { useCallback, useMemo } from "react";
import { useParams, useSearchParams } from "react-router";
import type { MapFilters } from "../../core/filters/map-filters";
import { parseMapView, searchTextOf, withoutSearchText, type MapView } from "../../core/url/map-view";
import { useMapData } from "../../lib/career-data-context";
import { paths } from "../../lib/paths";
import { useUrlState } from "../../lib/use-url-state";

interface MapPageView extends MapView {
  selectedId: string | null;
}

function viewPath({ selectedId, ...view }: MapPageView): string {
  return selectedId === null ? paths.map(view) : paths.role(selectedId, view);
}

/**
 * The map's shareable state, read from and written to the URL: the open role, the filters, the search text
 * and where the person starts from. Changing filters or starts, or opening a role, adds a history entry, so
 * back and forward step through views; typing in the search box replaces the current entry instead.
 */
export function useMapView() {
  const { dataset } = useMapData();
  const [params] = useSearchParams();
  const { id } = useParams();
  // The search text changes with every keystroke but is not a filter: reading the filters from the rest of the
  // address keeps them the same object while someone types, so nothing drawn from them re-renders.
  const filterQuery = withoutSearchText(params).toString();
  const {
    view: { filters, starts },
    ignored,
  } = useMemo(() => parseMapView(new URLSearchParams(filterQuery), dataset), [filterQuery, dataset]);
  const search = searchTextOf(params);
  const selectedId = id ?? null;
  const view = useMemo<MapPageView>(
    () => ({ selectedId, filters, search, starts }),
    [selectedId, filters, search, starts],
  );
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
  /** Starts change by updating the latest choice, like the filters. */
  const setStarts = useCallback(
    (change: (latest: string[]) => string[]) =>
      update((latest) => ({ ...latest, starts: change(latest.starts) })),
    [update],
  );

  return {
    selectedId,
    filters,
    ignored,
    search,
    starts,
    setFilters,
    setSearch,
    openNode,
    closeNode,
    setStarts,
  };
}
