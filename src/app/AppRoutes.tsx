import { lazy, Suspense, useEffect, type ReactNode } from "react";
import { Route, Routes, useLocation } from "react-router";
import { Layout } from "./Layout";
import { LoadBoundary } from "../components/LoadBoundary";
import type { NodePanelProps } from "../features/map/MapPage";
import { MapPage } from "../features/map/MapPage";
import { NotFoundPage } from "../features/not-found/NotFoundPage";

// The map is the first page most people see, so it ships in the main bundle; other pages load when visited,
// and so does the role panel: the map's first view does not need it.
const loadRolePanel = () => import("../features/role/RolePanel");
const RolePanel = lazy(() => loadRolePanel().then((m) => ({ default: m.RolePanel })));

/**
 * Downloads the role panel's code once the page has painted and the browser is idle, so the first role opened
 * shows at once rather than after a round trip. A failure here is silent: opening a role tries again, and
 * reports a failure then.
 */
function usePrefetchRolePanel() {
  useEffect(() => {
    const prefetch = () => void loadRolePanel().catch(() => undefined);
    if (typeof requestIdleCallback === "function") {
      const handle = requestIdleCallback(prefetch, { timeout: 3000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(prefetch, 1000);
    return () => clearTimeout(handle);
  }, []);
}
const RolesListPage = lazy(() =>
  import("../features/roles-list/RolesListPage").then((m) => ({ default: m.RolesListPage })),
);
const PlanPage = lazy(() => import("../features/plan/PlanPage").then((m) => ({ default: m.PlanPage })));
const EmbedLayout = lazy(() =>
  import("../features/embed/EmbedLayout").then((m) => ({ default: m.EmbedLayout })),
);
const ComparePage = lazy(() =>
  import("../features/compare/ComparePage").then((m) => ({ default: m.ComparePage })),
);

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
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </LoadBoundary>
  );
}

/** The role panel beside the map, with its own boundary, so a failed download leaves the map working. */
function GuardedRolePanel(props: NodePanelProps) {
  return (
    <LoadBoundary key={props.id} what="this role’s details">
      <RolePanel {...props} />
    </LoadBoundary>
  );
}

/** Every page of the app, and the embeddable views (/embed/…) without the site's chrome. */
export function AppRoutes() {
  usePrefetchRolePanel();
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
                <PlanPage />
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
                <PlanPage />
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
