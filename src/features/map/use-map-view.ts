import { useCallback } from "react";
import { useParams, useSearchParams } from "react-router";
import { useAppNavigate } from "../../app/embed-scope";
import { paths } from "../../app/paths";
import type { MapFilters } from "../../core/map/map-filters";
import { useUrlFilters } from "./use-url-filters";

/**
 * The map's shareable state, read from and written to the URL: the open role, the filters and the search text.
 * Changing filters or opening a role adds a history entry, so back and forward step through views; typing in
 * the search box replaces the current entry instead.
 */
export function useMapView() {
  const [params] = useSearchParams();
  const { id } = useParams();
  const navigate = useAppNavigate();
  const { filters, ignored } = useUrlFilters();
  const search = params.get("q") ?? "";
  const selectedId = id ?? null;

  const setFilters = useCallback(
    (next: MapFilters) =>
      navigate(
        selectedId === null
          ? paths.map({ filters: next, search })
          : paths.role(selectedId, { filters: next, search }),
      ),
    [navigate, selectedId, search],
  );
  const setSearch = useCallback(
    (next: string) =>
      navigate(
        selectedId === null
          ? paths.map({ filters, search: next })
          : paths.role(selectedId, { filters, search: next }),
        {
          replace: true,
        },
      ),
    [navigate, selectedId, filters],
  );
  const openNode = useCallback(
    (nodeId: string) => navigate(paths.role(nodeId, { filters, search })),
    [navigate, filters, search],
  );
  const closeNode = useCallback(() => navigate(paths.map({ filters, search })), [navigate, filters, search]);

  return { selectedId, filters, ignored, search, setFilters, setSearch, openNode, closeNode };
}
