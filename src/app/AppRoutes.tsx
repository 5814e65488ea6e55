import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { Layout } from "./Layout";
import { MapPage } from "../features/map/MapPage";
import { NotFoundPage } from "../features/not-found/NotFoundPage";

// The map is the first page most people see, so it ships in the main bundle; other pages load when visited,
// and so does the role panel: the map's first view does not need it.
const RolePanel = lazy(() => import("../features/role/RolePanel").then((m) => ({ default: m.RolePanel })));
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

/** Every page of the app, and the embeddable views (/embed/…) without the site's chrome. */
export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="embed" element={<EmbedLayout />}>
          <Route index element={<MapPage NodePanel={RolePanel} />} />
          <Route path="roles/:id" element={<MapPage NodePanel={RolePanel} />} />
          <Route path="plan" element={<PlanPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route element={<Layout />}>
          <Route index element={<MapPage NodePanel={RolePanel} />} />
          <Route path="roles" element={<RolesListPage />} />
          <Route path="roles/:id" element={<MapPage NodePanel={RolePanel} />} />
          <Route path="plan" element={<PlanPage />} />
          <Route path="compare" element={<ComparePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
