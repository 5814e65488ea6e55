import type { ComponentType, ReactNode } from "react";
import { BrowserRouter } from "react-router";
import type { CareerDataResult } from "../core/career-data";
import { DataErrorPage } from "../features/data-error/DataErrorPage";
import { AppRoutes } from "./AppRoutes";
import { MarkStarted } from "../components/MarkStarted";
import { OtherDatasetContext, type DataProblems, type MapIndexFirst } from "../lib/career-data-context";
import { CareerDataProvider } from "../lib/CareerDataProvider";
import { basePath } from "../lib/paths";

/** The router the pages run in: the browser's address, or one fixed address when pages are rendered at build time. */
export type AppRouter = ComponentType<{ basename: string; children: ReactNode }>;

/** The data the app starts with: the whole dataset or its problems, or the map index with the rest to follow. */
export type AppData = CareerDataResult | ({ ok: true } & MapIndexFirst);

/** The page for data that is not valid, in place of every page: what is wrong with it. */
function problemsPage(problems: DataProblems) {
  return (
    <>
      <DataErrorPage problems={problems} />
      <MarkStarted />
    </>
  );
}

/**
 * The app: the routed pages when the data is valid, otherwise a page that lists what is wrong with it.
 * `otherDatasetUrl` is where the data came from when the address chose a dataset other than the bundled one.
 */
export function App({
  data,
  otherDatasetUrl = null,
  Router = BrowserRouter,
}: {
  data: AppData;
  otherDatasetUrl?: string | null;
  Router?: AppRouter;
}) {
  if (!data.ok) return problemsPage(data.problems);
  return (
    <CareerDataProvider data={"data" in data ? data.data : data} problemsPage={problemsPage}>
      <OtherDatasetContext.Provider value={otherDatasetUrl}>
        <Router basename={basePath}>
          <AppRoutes />
        </Router>
      </OtherDatasetContext.Provider>
    </CareerDataProvider>
  );
}
