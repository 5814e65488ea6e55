import { BrowserRouter } from "react-router";
import type { CareerDataResult } from "../core/career-data";
import { DataErrorPage } from "../features/data-error/DataErrorPage";
import { AppRoutes } from "./AppRoutes";
import { CareerDataContext } from "../lib/career-data-context";
import { basePath } from "../lib/paths";

/** The app: the routed pages when the data is valid, otherwise a page that lists what is wrong with it. */
export function App({ data }: { data: CareerDataResult }) {
  if (!data.ok) return <DataErrorPage problems={data.problems} />;
  return (
    <CareerDataContext.Provider value={data.data}>
      <BrowserRouter basename={basePath}>
        <AppRoutes />
      </BrowserRouter>
    </CareerDataContext.Provider>
  );
}
