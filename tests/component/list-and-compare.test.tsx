import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderAppAt } from "./render-app";

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
    renderAppAt("/roles");
    expect(screen.getByRole("columnheader", { name: /^Role/ })).toHaveAttribute("aria-sort", "ascending");
    expect(screen.getAllByRole("rowheader").map((h) => h.textContent)).toContain("Practitioner psychology");
    await user.click(screen.getByRole("link", { name: /^Band/ }));
    expect(screen.getByRole("columnheader", { name: /^Band/ })).toHaveAttribute("aria-sort", "ascending");
    const psychology = rowTitles().slice(rowTitles().indexOf("Practitioner psychology") + 1);
    expect(psychology.slice(0, 3)).toEqual([
      "Assistant psychologist",
      "Clinical associate in psychology",
      "Clinical psychologist",
    ]);
    await user.click(screen.getByRole("link", { name: /^Band/ }));
    expect(screen.getByRole("columnheader", { name: /^Band/ })).toHaveAttribute("aria-sort", "descending");
    const after = rowTitles().slice(rowTitles().indexOf("Practitioner psychology") + 1);
    expect(after.slice(0, 3)).toEqual([
      "Clinical psychologist",
      "Clinical associate in psychology",
      "Assistant psychologist",
    ]);
  });

  it("shows the map's filters and offers the full list", () => {
    renderAppAt("/roles?family=nursing");
    expect(screen.getByText(/Showing the 2 roles that match the map’s filters/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Show all 9 roles" })).toHaveAttribute("href", "/roles");
    expect(screen.getAllByRole("row")).toHaveLength(1 + 1 + 2);
  });

  it("links every role to its page", () => {
    renderAppAt("/roles");
    expect(screen.getByRole("link", { name: "Peer support worker" })).toHaveAttribute(
      "href",
      "/roles/peer-support-worker",
    );
  });
});

describe("compare page", () => {
  it("shows up to three roles side by side with pay, training, registration and next steps", () => {
    renderAppAt(
      "/compare?roles=clinical-psychologist,psychological-wellbeing-practitioner,mental-health-nurse",
    );
    const table = screen.getByRole("table");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Clinical psychologist", "Psychological wellbeing practitioner", "Mental health nurse"]);
    const payRow = within(table).getByRole("row", { name: /Band and pay/ });
    expect(payRow).toHaveTextContent("Qualified: band 7 (£47,810–£54,710)");
    expect(within(table).getByRole("row", { name: /Registration/ })).toHaveTextContent(
      "Regulated by law (statutory register): HCPC",
    );
    expect(within(table).getByRole("row", { name: /Next steps/ })).toHaveTextContent(
      "High-intensity CBT therapist (top-up)",
    );
  });

  it("changes a role with a picker, and warns about unknown and extra roles", async () => {
    const user = userEvent.setup();
    renderAppAt("/compare?roles=clinical-psycholgist,peer-support-worker");
    expect(screen.getByRole("note")).toHaveTextContent(
      /^There is no role “clinical-psycholgist” in this map\. Did you mean Clinical psychologist/,
    );
    await user.selectOptions(screen.getByRole("combobox", { name: "Second role" }), "nursing-associate");
    expect(
      within(screen.getByRole("table"))
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Peer support worker", "Nursing associate"]);
    expect(screen.getByRole("combobox", { name: "Third role" })).toBeEnabled();
  });
});
