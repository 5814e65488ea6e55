import { lazy, Suspense, useEffect, type ReactNode } from "react";
import { Route, Routes, useLocation } from "react-router";
import { Layout } from "./Layout";
import { MarkStarted } from "../components/MarkStarted";
import { LoadBoundary } from "../components/LoadBoundary";
import { useMapViewStore } from "../components/career-map/map-view-store";
import { useCareerDataIfLoaded, usePrefetchCareerData } from "../lib/career-data-context";
import { whenIdle } from "../render/when-idle";
import { preloadableLazy } from "../lib/preloadable-lazy";
import type { NodePanelProps } from "../features/map/MapPage";
import { MapPage } from "../features/map/MapPage";
import { NotFoundPage } from "../features/not-found/NotFoundPage";

// The map is the first page most people see, so it ships in the main bundle; other pages load when visited,
// and so does the role panel: the map's first view does not need it. The panel and the planner are fetched
// ahead (see usePrefetch), and once here they render at once.
const RolePanel = preloadableLazy(() => import("../features/role/RolePanel").then((m) => m.RolePanel));

const RolesListPage = lazy(() =>
  import("../features/roles-list/RolesListPage").then((m) => ({ default: m.RolesListPage })),
);
const PlanPage = preloadableLazy(() => import("../features/plan/PlanPage").then((m) => m.PlanPage));
const EmbedLayout = lazy(() =>
  import("../features/embed/EmbedLayout").then((m) => ({ default: m.EmbedLayout })),
);
const ComparePage = lazy(() =>
  import("../features/compare/ComparePage").then((m) => ({ default: m.ComparePage })),
);

/**
 * Downloads the code of what people open next from the map: the role panel's as soon as the app has started (on
 * a slow network a panel fetched only when the browser was idle had not come by the time someone chose a role),
 * or as soon as the pointer or the keyboard is on a role (with the role details); then the planner's, once the browser is idle; and,
 * once the whole dataset is here (the map page starts from its index), the route finder's tables for its graph,
 * which the first plan would otherwise build. So the first role or plan opened shows at once rather than after a
 * round trip. A failure here is silent: opening the page tries again, and reports a failure then.
 */
function usePrefetch() {
  const graph = useCareerDataIfLoaded()?.graph ?? null;
  const prefetchCareerData = usePrefetchCareerData();
  // A role pointed at or in focus on the map is about to be opened: its panel's code, and the role details
  // (the whole dataset, where the map started from its index), start downloading if they have not yet.
  useEffect(
    () =>
      useMapViewStore.subscribe(({ hoveredId, focusedId }) => {
        if (hoveredId === null && focusedId === null) return;
        void RolePanel.preload().catch(() => undefined);
        prefetchCareerData();
      }),
    [prefetchCareerData],
  );
  useEffect(() => {
    let cancelIdle: (() => void) | null = null;
    let cancelled = false;
    void RolePanel.preload()
      .catch(() => undefined)
      .then(() => {
        if (!cancelled) cancelIdle = whenIdle(() => void PlanPage.preload().catch(() => undefined), 3000);
      });
    return () => {
      cancelled = true;
      cancelIdle?.();
    };
  }, []);
  useEffect(() => {
    if (graph === null) return;
    return whenIdle(
      () =>
        void import("../core/route")
          .then(({ prepareRouteFinder }) => prepareRouteFinder(graph))
          .catch(() => undefined),
      3000,
    );
  }, [graph]);
}

function Loading() {
  return <p role="status">Loading…</p>;
}

/**
 * A lazily loaded page, with its own boundary: if its code cannot be downloaded, the rest of the app stays.
 * Keyed by the path, so moving to another page starts afresh rather than keep the last page's failure.
 */
function LazyPage({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <LoadBoundary key={pathname} what="this page">
      <Suspense fallback={<Loading />}>
        {children}
        <MarkStarted />
      </Suspense>
    </LoadBoundary>
  );
}

/** The role panel beside the map, with its own boundary, so a failed download leaves the map working. */
function GuardedRolePanel(props: NodePanelProps) {
  return (
    <LoadBoundary key={props.id} what="this role’s details">
      <RolePanel.Component {...props} />
    </LoadBoundary>
  );
}

/** Every page of the app, and the embeddable views (/embed/…) without the site's chrome. */
export function AppRoutes() {
  usePrefetch();
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route
          path="embed"
          element={
            <LazyPage>
              <EmbedLayout />
            </LazyPage>
          }
        >
          <Route index element={<MapPage NodePanel={GuardedRolePanel} />} />
          <Route path="roles/:id" element={<MapPage NodePanel={GuardedRolePanel} />} />
          <Route
            path="plan"
            element={
              <LazyPage>
                <PlanPage.Component />
              </LazyPage>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route element={<Layout />}>
          <Route index element={<MapPage NodePanel={GuardedRolePanel} />} />
          <Route
            path="roles"
            element={
              <LazyPage>
                <RolesListPage />
              </LazyPage>
            }
          />
          <Route path="roles/:id" element={<MapPage NodePanel={GuardedRolePanel} />} />
          <Route
            path="plan"
            element={
              <LazyPage>
                <PlanPage.Component />
              </LazyPage>
            }
          />
          <Route
            path="compare"
            element={
              <LazyPage>
                <ComparePage />
              </LazyPage>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
