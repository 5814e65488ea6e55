import { Route, Routes } from "react-router";
import { Layout } from "../components/Layout";
import { HomePage } from "../features/home/HomePage";
import { NotFoundPage } from "../features/not-found/NotFoundPage";

/** Every page of the app. Tests render these inside a MemoryRouter. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
