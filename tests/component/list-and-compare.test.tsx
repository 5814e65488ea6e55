import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { AGENDA_FOR_CHANGE } from "../../src/core/dataset/format-1";
import { loadBundledCareerData } from "../support/bundled-data";
import { renderAppAt } from "./render-app";

const { dataset } = loadBundledCareerData();

/** The qualified band a "Band 4 → 5" or "Bands 8c–8d" cell starts from, as its place in the band order. */
function qualifiedBandRank(cell: string): number | null {
  const match = /(?:→ |Bands? )(8[a-d]|\d)/.exec(cell.includes("→") ? cell.slice(cell.indexOf("→")) : cell);
  return match === null ? null : AGENDA_FOR_CHANGE.bands.indexOf(match[1]!);
}

/** The band column of the role rows under one family's heading row. */
function bandRanksInGroup(family: string): (number | null)[] {
  const rows = screen.getAllByRole("row");
  const start = rows.findIndex((row) => within(row).queryByRole("rowheader", { name: family }) !== null);
  const ranks: (number | null)[] = [];
  for (const row of rows.slice(start + 1)) {
    const cells = within(row).queryAllByRole("cell");
    if (cells.length === 0) break;
    ranks.push(qualifiedBandRank(cells[0]!.textContent ?? ""));
  }
  return ranks;
}

/** Each row's heading: a family's name, or a role's title (its link, without any tag). */
const rowTitles = () =>
  screen
    .getAllByRole("row")
    .map((row) => within(row).queryByRole("rowheader"))
    .filter((header) => header !== null)
    .map((header) => within(header).queryByRole("link")?.textContent ?? header.textContent);

describe("list of roles", () => {
  it("groups roles by family in one table and sorts by a column from its header", async () => {
    const user = userEvent.setup();
    await renderAppAt("/roles");
    expect(screen.getByRole("columnheader", { name: /^Role/ })).toHaveAttribute("aria-sort", "ascending");
    expect(screen.getAllByRole("rowheader").map((h) => h.textContent)).toContain("Practitioner psychology");
    await user.click(screen.getByRole("link", { name: /^Band/ }));
    expect(screen.getByRole("columnheader", { name: /^Band/ })).toHaveAttribute("aria-sort", "ascending");
    const known = (ranks: (number | null)[]) => ranks.filter((r) => r !== null);
    const ascending = known(bandRanksInGroup("Practitioner psychology"));
    expect(ascending.length).toBeGreaterThan(2);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(new Set(ascending).size).toBeGreaterThan(1);
    await user.click(screen.getByRole("link", { name: /^Band/ }));
    expect(screen.getByRole("columnheader", { name: /^Band/ })).toHaveAttribute("aria-sort", "descending");
    const descending = known(bandRanksInGroup("Practitioner psychology"));
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));
    expect(rowTitles()).toContain("Clinical psychologist");
  });

  it("shows the map's filters and offers the full list", async () => {
    const nursing = dataset.roles.filter((r) => r.family === "nursing").length;
    await renderAppAt("/roles?family=nursing");
    expect(
      screen.getByText(`Showing the ${nursing} roles that match the map’s filters.`, { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: `Show all ${dataset.roles.length} roles` })).toHaveAttribute(
      "href",
      "/roles",
    );
    expect(screen.getAllByRole("row")).toHaveLength(1 + 1 + nursing);
  });

  it("links every role to its page", async () => {
    await renderAppAt("/roles");
    expect(screen.getByRole("link", { name: "Peer support worker" })).toHaveAttribute(
      "href",
      "/roles/peer-support-worker",
    );
  });
});

describe("compare page", () => {
  it("shows up to three roles side by side with pay, training, registration and next steps", async () => {
    await renderAppAt(
      "/compare?roles=clinical-psychologist,psychological-wellbeing-practitioner,mental-health-nurse",
    );
    const table = screen.getByRole("table");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Clinical psychologist", "Psychological wellbeing practitioner", "Mental health nurse"]);
    const payRow = within(table).getByRole("row", { name: /Band and pay/ });
    expect(payRow).toHaveTextContent("Qualified: band 7 (£47,810–£54,710 in 2025/26)");
    expect(within(table).getByRole("row", { name: /Registration/ })).toHaveTextContent(
      "Regulated by law (statutory register): HCPC",
    );
    // What it takes to get in: the quickest way in, competition and fees.
    expect(within(table).getByRole("row", { name: /^Competition/ })).toHaveTextContent(
      "About 1 in 5 applicants got a place in 2020",
    );
    expect(within(table).getByRole("row", { name: /^Fees you may pay/ })).toHaveTextContent(
      "No fees: every way in is paid or funded",
    );
    expect(within(table).getByRole("row", { name: /^Quickest way in/ })).toHaveTextContent(/typically/);
    // Next steps: one row for each role they lead to, saying for each role compared what kind of move it is.
    const hicbt = within(table).getByRole("row", { name: /^High-intensity CBT therapist/ });
    expect(
      within(hicbt)
        .getAllByRole("cell")
        .map((cell) => cell.textContent?.split(":")[0]),
    ).toEqual(["Retrain", "Step up", "Step up"]);
  });

  it('says "bands" for a range of bands, as every other view does', async () => {
    await renderAppAt("/compare?roles=art-therapist");
    expect(screen.getByRole("row", { name: /Band and pay/ })).toHaveTextContent(
      "Qualified: bands 6–7 (£38,682–£54,710 in 2025/26)",
    );
  });

  it("adds and removes roles with the type-ahead picker, and warns about unknown and extra roles", async () => {
    const user = userEvent.setup();
    await renderAppAt("/compare?roles=clinical-psycholgist,peer-support-worker");
    expect(screen.getByRole("note")).toHaveTextContent(
      /^There is no role “clinical-psycholgist” in this map\. Did you mean Clinical psychologist/,
    );
    await user.type(screen.getByRole("combobox", { name: "Add another role" }), "nursing assoc");
    await user.keyboard("{Enter}");
    expect(
      within(screen.getByRole("table"))
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Peer support worker", "Nursing associate"]);
    await user.click(screen.getByRole("button", { name: "Remove Peer support worker" }));
    expect(
      within(screen.getByRole("table"))
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Nursing associate"]);
  });
});
