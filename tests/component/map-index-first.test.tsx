import { act, fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { AppRoutes } from "../../src/app/AppRoutes";
import { mapIndexOf } from "../../src/core/dataset/map-index";
import { buildCareerGraph } from "../../src/core/graph/career-graph";
import { CareerDataProvider } from "../../src/lib/CareerDataProvider";
import type { DataProblems, WholeAfterMapIndex } from "../../src/lib/career-data-context";
import { DataErrorPage } from "../../src/features/data-error/DataErrorPage";
import { loadBundledCareerData } from "../support/bundled-data";

/** The first page as a phone gets it: the map index now, the whole dataset when the test says. */
function renderFromMapIndex(path = "/") {
  const whole = loadBundledCareerData();
  const index = mapIndexOf(whole.dataset);
  let deliver!: (value: WholeAfterMapIndex) => void;
  let fail!: (error: Error) => void;
  const loadWhole = vi.fn(
    () =>
      new Promise<WholeAfterMapIndex>((resolve, reject) => {
        deliver = resolve;
        fail = reject;
      }),
  );
  render(
    <CareerDataProvider
      data={{ map: { dataset: index, graph: buildCareerGraph(index), payTable: whole.payTable }, loadWhole }}
      problemsPage={(problems) => <DataErrorPage problems={problems} />}
    >
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </CareerDataProvider>,
  );
  return {
    whole,
    loadWhole,
    deliver: (data = whole, replacesMap = false) => act(async () => deliver({ ok: true, data, replacesMap })),
    deliverProblems: (problems: DataProblems) => act(async () => deliver({ ok: false, problems })),
    fail: (message: string) => act(async () => fail(new Error(message))),
  };
}

const lazily = { timeout: 15_000 };

describe("the map drawn from the map index first", () => {
  it("draws the whole map, its search and filters, before the rest of the data arrives", async () => {
    const { whole } = renderFromMapIndex();
    const map = await screen.findByRole("group", { name: /careers map/i });
    expect(map.querySelectorAll("a.map-node")).toHaveLength(
      whole.dataset.roles.length + whole.dataset.startingPoints.length,
    );
    expect(screen.getByRole("link", { name: /^Counsellor\. Psychological therapies/ })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Search for a role" })).toBeInTheDocument();
  });

  it("asks for the rest when a role is pointed at, and opens the role once it has arrived", async () => {
    const { loadWhole, deliver } = renderFromMapIndex();
    const counsellor = await screen.findByRole("link", { name: /^Counsellor\./ });
    fireEvent.pointerOver(counsellor);
    expect(loadWhole).toHaveBeenCalledTimes(1);
    // Awaited: the role's panel suspends while the data is on its way.
    await act(async () => fireEvent.click(counsellor));
    expect(await screen.findByText("Loading…")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { level: 2, name: "Counsellor" })).toBeNull();
    await deliver();
    expect(await screen.findByRole("heading", { level: 2, name: "Counsellor" }, lazily)).toBeInTheDocument();
    // Asked for once, however often it is needed.
    expect(loadWhole).toHaveBeenCalledTimes(1);
  });

  it("says so when the rest cannot be downloaded, and keeps the map", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { fail, loadWhole } = renderFromMapIndex();
    const counsellor = await screen.findByRole("link", { name: /^Counsellor\./ });
    await act(async () => fireEvent.click(counsellor));
    await vi.waitFor(() => expect(loadWhole).toHaveBeenCalled(), lazily);
    await fail("Could not download the dataset (offline).");
    expect(
      await screen.findByRole("heading", { name: "Sorry, this role’s details could not be loaded" }, lazily),
    ).toBeInTheDocument();
    expect(screen.getByRole("group", { name: /careers map/i })).toBeInTheDocument();
    error.mockRestore();
  });
});

describe("a whole dataset that differs from the map index", () => {
  it("draws the map again from the whole dataset (a host replaced it after the build)", async () => {
    const { whole, loadWhole, deliver } = renderFromMapIndex();
    expect(await screen.findByRole("link", { name: /^Counsellor\./ })).toBeInTheDocument();
    const roles = whole.dataset.roles.map((role) =>
      role.id === "counsellor" ? { ...role, title: "Counsellor or psychotherapist" } : role,
    );
    const replaced = { ...whole.dataset, roles };
    await vi.waitFor(() => expect(loadWhole).toHaveBeenCalled(), lazily);
    await deliver({ ...whole, dataset: replaced, graph: buildCareerGraph(replaced) }, true);
    expect(
      await screen.findByRole("link", { name: /^Counsellor or psychotherapist\./ }, lazily),
    ).toBeInTheDocument();
  });
});

describe("a whole dataset that is not valid", () => {
  it("lists its problems in place of the map, as for any dataset that fails", async () => {
    const { loadWhole, deliverProblems } = renderFromMapIndex();
    await screen.findByRole("link", { name: /^Counsellor\./ });
    await vi.waitFor(() => expect(loadWhole).toHaveBeenCalled(), lazily);
    await deliverProblems([
      {
        file: "dataset",
        problem: { code: "not-json", path: "$", message: "The dataset is not JSON: it ends too soon." },
      },
    ]);
    expect(
      await screen.findByRole("heading", { level: 1, name: "The careers data could not be loaded" }, lazily),
    ).toBeInTheDocument();
    expect(screen.getByText(/it ends too soon/)).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: /careers map/i })).toBeNull();
  });
});
