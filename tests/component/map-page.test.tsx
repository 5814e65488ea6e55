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
    expect(map).toHaveClass("has-highlight");
    expect(related()).toContain("counsellor");
    act(() => screen.getByRole("combobox", { name: "Search for a role" }).focus());
    expect(map).not.toHaveClass("has-highlight");
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

/** A role's review date as the page writes it, e.g. "30 November 2026". */
function reviewedOn(id: string): string {
  const date = new Date(`${dataset.roles.find((r) => r.id === id)!.lastReviewed}T00:00:00Z`);
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

describe("role panel", () => {
  it("shows pay from the pay table, registration, routes in and out, sources and review date", async () => {
    await renderAppAt("/roles/clinical-psychologist");
    const panel = screen.getByRole("region", { name: "Clinical psychologist" });
    expect(within(panel).getByText("While training").nextElementSibling).toHaveTextContent(
      "Band 6 (£38,682–£46,580 a year)",
    );
    expect(within(panel).getByText("When qualified").nextElementSibling).toHaveTextContent(
      "Band 7 (£47,810–£54,710 a year)",
    );
    expect(panel).toHaveTextContent("Regulated by law (statutory register): HCPC.");
    const routesIn = within(panel).getByRole("heading", {
      name: "How do people get here?",
    }).nextElementSibling!;
    expect(routesIn).toHaveTextContent("Doctorate in Clinical Psychology (DClinPsy)");
    // A year of relevant experience at the least, two to three typically, then the three-year doctorate.
    expect(within(routesIn as HTMLElement).getAllByText("Time")[0]!.nextElementSibling).toHaveTextContent(
      "At least 1 year of relevant experience (typically 2 to 3 years) first, then 3 years",
    );
    expect(routesIn).toHaveTextContent("About 1 in 5 applicants got a place in 2020");
    expect(routesIn).toHaveTextContent("At least two years must pass after finishing any NHS-funded");
    expect(
      within(panel).getByRole("link", { name: "Clinical psychologist on NHS Health Careers" }),
    ).toHaveAttribute(
      "href",
      "https://www.healthcareers.nhs.uk/explore-roles/psychological-therapies/roles/clinical-psychologist",
    );
    expect(panel).toHaveTextContent(`Last reviewed ${reviewedOn("clinical-psychologist")}.`);
    expect(
      within(panel).getByRole("link", { name: "Health Careers: clinical psychologist" }),
    ).toBeInTheDocument();
  });

  it("shows a visible note on anything not confirmed about a role", async () => {
    await renderAppAt("/roles/assistant-psychologist");
    const panel = screen.getByRole("region", { name: "Assistant psychologist" });
    expect(panel).toHaveTextContent(
      "Registration (worked out, not stated): No register is named for the role",
    );
  });

  it("shows a visible note on anything not found about a route", async () => {
    const route = dataset.routes.find((r) => r.caveats.some((c) => c.confidence === "not-found"))!;
    const caveat = route.caveats.find((c) => c.confidence === "not-found")!;
    const role = dataset.roles.find((r) => r.id === route.to)!;
    await renderAppAt(`/roles/${role.id}`);
    expect(screen.getByRole("region", { name: role.title })).toHaveTextContent(`(not found): ${caveat.note}`);
  });

  it("links each route to the role at its other end, keeping the map's filters", async () => {
    await renderAppAt("/roles/psychological-wellbeing-practitioner?age=adults");
    const panel = screen.getByRole("region", { name: "Psychological wellbeing practitioner" });
    expect(within(panel).getByRole("link", { name: "High-intensity CBT therapist" })).toHaveAttribute(
      "href",
      "/roles/high-intensity-cbt-therapist?age=adults",
    );
  });

  it("closes with Escape", async () => {
    const user = userEvent.setup();
    await renderAppAt("/roles/nursing-associate");
    expect(screen.getByRole("heading", { level: 2, name: "Nursing associate" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "Nursing associate" })).toBeNull();
  });

  it("closes with the Close button", async () => {
    const user = userEvent.setup();
    await renderAppAt("/roles/nursing-associate");
    await user.click(screen.getByRole("button", { name: "Close details" }));
    expect(screen.queryByRole("region", { name: "Nursing associate" })).toBeNull();
  });

  it("answers an unknown role with the closest ones", async () => {
    await renderAppAt("/roles/clinical-psycholgist");
    expect(screen.getByRole("heading", { level: 2, name: "Role not found" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Clinical psychologist" })).toHaveAttribute(
      "href",
      "/roles/clinical-psychologist",
    );
  });
});
