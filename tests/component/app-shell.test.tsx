import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App";
import { prepareCareerData } from "../../src/core/career-data";
import { readJson } from "../support/bundled-data";
import { renderAppAt } from "./render-app";

describe("app shell", () => {
  it("lists every role of the dataset under its family, with its band", async () => {
    await renderAppAt("/roles");
    expect(screen.getByRole("heading", { level: 1, name: "All roles" })).toBeInTheDocument();
    const row = (title: string) => screen.getByRole("row", { name: new RegExp(`^${title}`) });
    expect(
      within(row("Nursing associate"))
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual([
      "Band 3 → 4",
      "2 years (FHEQ level 5)",
      "Yes: Nursing associate (NMC 2018), level 5 (ST0827)",
      "Regulated by law (statutory register): NMC",
    ]);
    expect(within(row("Clinical associate in psychology")).getByText("New role")).toBeInTheDocument();
  });

  it("says when the data was last reviewed and which pay year it uses", async () => {
    await renderAppAt("/");
    expect(screen.getByRole("contentinfo")).toHaveTextContent(
      "Data last reviewed 30 November 2026. Pay figures are Agenda for Change 2025/26 (England).",
    );
  });

  it("starts a page opened from the navigation at the top, with focus at the start of its content", async () => {
    const scrollTo = vi.spyOn(window, "scrollTo");
    await renderAppAt("/");
    const nav = screen.getByRole("navigation", { name: "Main" });
    await userEvent.click(within(nav).getByRole("link", { name: "Plan a route" }));
    // Pages are loaded lazily: the first import is compiled on demand, which can take more than findByRole's
    // default second when other test files share the machine.
    const lazily = { timeout: 15_000 };
    await screen.findByRole("heading", { level: 1, name: "Plan a route" }, lazily);
    expect(screen.getByRole("main")).toHaveFocus();
    expect(scrollTo).toHaveBeenCalledWith(0, 0);

    // Opening a role on the map is the same page: focus goes to the role's heading, not back to the start.
    await userEvent.click(within(nav).getByRole("link", { name: "Map" }));
    await screen.findByRole("heading", { level: 1, name: "Careers map" });
    // A plain click: d3-zoom's drag handling needs a real browser's mouse events.
    fireEvent.click(screen.getByRole("link", { name: /^Counsellor\./ }));
    expect(await screen.findByRole("heading", { level: 2, name: "Counsellor" }, lazily)).toHaveFocus();
    expect(within(nav).getByRole("link", { name: "Map" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getByRole("link", { name: "All roles" })).not.toHaveAttribute("aria-current");
  });

  it("shows a not-found page with a link home for an unknown address", async () => {
    await renderAppAt("/no-such-page");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Page not found");
    await userEvent.click(screen.getByRole("link", { name: "Go to the careers map home page" }));
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Careers map");
  });

  it("shows every problem instead of the app when the data is invalid, as text not HTML", async () => {
    const result = prepareCareerData(
      readJson("tests/fixtures/datasets/bad-several-problems.json"),
      readJson("data/pay-bands.json"),
    );
    render(<App data={result} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "The careers data could not be loaded",
    );
    const problems = screen.getAllByRole("listitem");
    expect(problems).toHaveLength(4);
    expect(problems[2]).toHaveTextContent("unknown-node in the dataset at $.routes[1].from[0] (step-up)");
  });

  it("renders markup inside bad data as visible text, never as elements", async () => {
    const bad = readJson("tests/fixtures/datasets/valid-minimal.json") as { routes: { id: string }[] };
    bad.routes[0]!.id = '<img src="x" onerror="alert(1)">';
    render(<App data={prepareCareerData(bad, readJson("data/pay-bands.json"))} />);
    expect(screen.getByText('<img src="x" onerror="alert(1)">')).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
  });

  it("offers Embed this view on the map, a role and the planner, and not on pages with no embed view", async () => {
    for (const path of ["/", "/roles/counsellor", "/plan?from=gcses&to=mental-health-nurse"]) {
      const { unmount } = await renderAppAt(path);
      expect(await screen.findByRole("button", { name: "Embed this view" }), path).toBeInTheDocument();
      unmount();
    }
    // The dialog's code has loaded by now, so a page without the button has left it out, not yet to load it.
    for (const path of ["/roles", "/compare?roles=counsellor", "/no-such-page"]) {
      const { unmount } = await renderAppAt(path);
      expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
      expect(screen.queryByRole("button", { name: "Embed this view" }), path).toBeNull();
      unmount();
    }
  });
});
