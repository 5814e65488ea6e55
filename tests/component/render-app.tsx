import { render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { AppRoutes } from "../../src/app/AppRoutes";
import { CareerDataProvider } from "../../src/lib/CareerDataProvider";
import type { CareerData } from "../../src/core/career-data";
import { loadBundledCareerData } from "../support/bundled-data";

/**
 * Renders the app's pages at `path`, in memory, with the bundled data (or the data given), and waits for
 * lazily loaded pages to arrive, as a reader would.
 */
export async function renderAppAt(path: string, data: CareerData = loadBundledCareerData()) {
  const result = render(
    <CareerDataProvider data={data}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </CareerDataProvider>,
  );
  await waitFor(() => {
    if (screen.queryByText("Loading…") !== null) throw new Error("The page is still loading.");
  });
  return result;
}
