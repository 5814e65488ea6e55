import { Route, Routes } from "react-router";
import { Layout } from "../components/Layout";
import { ComparePage } from "../features/compare/ComparePage";
import { MapPage } from "../features/map/MapPage";
import { NotFoundPage } from "../features/not-found/NotFoundPage";
import { RolesListPage } from "../features/roles-list/RolesListPage";

/** Every page of the app. Tests render these inside a MemoryRouter. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<MapPage />} />
        <Route path="roles" element={<RolesListPage />} />
        <Route path="roles/:id" element={<MapPage />} />
        <Route path="compare" element={<ComparePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
