import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { loadBundledCareerData } from "../support/bundled-data";
import { renderAppAt } from "./render-app";

const { dataset } = loadBundledCareerData();
const roleCount = dataset.roles.length;

describe("map page", () => {
  it("draws every role and starting point as a link with a full description", async () => {
    await renderAppAt("/");
    const map = screen.getByRole("group", { name: /careers map/i });
    const pwp = within(map).getByRole("link", {
      name: /^Psychological wellbeing practitioner\. Wellbeing practitioners\./,
    });
    expect(pwp).toHaveAttribute("href", "/roles/psychological-wellbeing-practitioner");
    expect(
      within(map).getByRole("link", { name: /^GCSEs or other Level 2 qualifications\. Where you start\./ }),
    ).toBeInTheDocument();
    expect(screen.getByText(`Showing ${roleCount} of ${roleCount} roles.`)).toBeInTheDocument();
    expect(within(map).getAllByRole("link")).toHaveLength(roleCount + dataset.startingPoints.length);
  });

  it("highlights a role's routes while it has focus, and stops when focus leaves the map", async () => {
    await renderAppAt("/");
    const map = screen.getByRole("group", { name: /careers map/i });
    const related = () =>
      [...map.querySelectorAll(".map-node.is-related")].map((n) => n.getAttribute("data-node-id"));
    act(() =>
      within(map)
        .getByRole("link", { name: /^Counsellor\./ })
        .focus(),
    );
    expect(map.querySelector(".map-highlight")).not.toBeNull();
    expect(related()).toContain("counsellor");
    act(() => screen.getByRole("combobox", { name: "Search for a role" }).focus());
    expect(map.querySelector(".map-highlight")).toBeNull();
    expect(related()).toEqual([]);
  });

  it("finds a role by its abbreviation, opens it and moves focus to its heading", async () => {
    const user = userEvent.setup();
    await renderAppAt("/");
    await user.type(screen.getByRole("combobox", { name: "Search for a role" }), "pwp");
    const option = screen.getByRole("option", { name: /Psychological wellbeing practitioner \(PWP\)/ });
    expect(option).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Enter}");
    // The role panel is loaded lazily: its first import is compiled on demand, which can take more than the
    // default second on a busy machine.
    const heading = await screen.findByRole(
      "heading",
      { level: 2, name: "Psychological wellbeing practitioner" },
      { timeout: 15_000 },
    );
    expect(heading).toHaveFocus();
  });

  it("tolerates a typo in the search", async () => {
    const user = userEvent.setup();
    await renderAppAt("/");
    await user.type(screen.getByRole("combobox", { name: "Search for a role" }), "clinicl psycholgist");
    expect(within(screen.getByRole("listbox")).getAllByRole("option")[0]).toHaveTextContent(
      "Clinical psychologist",
    );
  });

  it("filters to roles with an apprenticeship route and says how many are shown", async () => {
    const user = userEvent.setup();
    await renderAppAt("/");
    await user.click(screen.getByRole("button", { name: "Filters" }));
    await user.click(screen.getByRole("checkbox", { name: "Only roles you can reach by an apprenticeship" }));
    const map = screen.getByRole("group", { name: /careers map/i });
    expect(within(map).queryByRole("link", { name: /^Clinical psychologist\./ })).toBeNull();
    expect(
      within(map).getByRole("link", { name: /^Psychological wellbeing practitioner\./ }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`^Showing \\d+ of ${roleCount} roles that match the filters\\.$`)),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Filters (1 on)" })).toHaveAttribute("aria-expanded", "true");
  });

  it("restores filters from the address and says which values it ignored", async () => {
    await renderAppAt("/?apprenticeship=yes&route=teleport");
    expect(
      screen.getByRole("checkbox", { name: "Only roles you can reach by an apprenticeship" }),
    ).toBeChecked();
    expect(screen.getByRole("note")).toHaveTextContent(
      "not recognised and have been ignored: route=teleport",
    );
  });

  it("explains the map's lines and glyphs in a key", async () => {
    const user = userEvent.setup();
    await renderAppAt("/");
    await user.click(screen.getByRole("button", { name: "Key" }));
    const key = screen.getByRole("heading", { name: "Kinds of route" }).parentElement!;
    expect(within(key).getByText("Apprenticeship")).toBeInTheDocument();
    expect(within(key).getByText("Lateral move")).toBeInTheDocument();
    expect(within(key).getByText("Practitioner psychology")).toBeInTheDocument();
  });

  it("draws a family in the same colour and glyph whether or not others are filtered out", async () => {
    const laneLook = () => {
      const label = [...document.querySelectorAll(".map-lane__label")].find(
        (l) => l.textContent === "Nursing",
      )!;
      const glyph = label.previousElementSibling!;
      return { colour: label.getAttribute("fill"), glyph: glyph.tagName };
    };
    const { unmount } = await renderAppAt("/");
    const unfiltered = laneLook();
    unmount();
    await renderAppAt("/?family=nursing");
    const filtered = laneLook();
    expect(filtered.colour).toBe(unfiltered.colour);
    expect(filtered.glyph).toBe(unfiltered.glyph);
  });
});
