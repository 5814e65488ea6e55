import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { changesADecision } from "../../src/core/caveats/changes-a-decision";
import { fieldLabel } from "../../src/core/describe";
import { loadBundledCareerData } from "../support/bundled-data";
import { renderAppAt } from "./render-app";

const { dataset } = loadBundledCareerData();

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
  it("shows pay from the pay table, registration, ways in, sources and review date", async () => {
    await renderAppAt("/roles/clinical-psychologist");
    const panel = screen.getByRole("region", { name: "Clinical psychologist" });
    expect(
      within(panel)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(["What the job is", "Pay", "Entry and training", "Ways in", "Next steps", "Sources"]);
    expect(within(panel).getByText("While training").nextElementSibling).toHaveTextContent(
      "Band 6 (£38,682–£46,580 a year in 2025/26)",
    );
    expect(within(panel).getByText("When qualified").nextElementSibling).toHaveTextContent(
      "Band 7 (£47,810–£54,710 a year in 2025/26)",
    );
    expect(panel).toHaveTextContent("Regulated by law (statutory register): HCPC.");
    // One card per programme: the doctorate from two starting places, and after the two-year gap from ten roles.
    const waysIn = within(panel).getByRole("heading", { name: "Ways in" }).nextElementSibling as HTMLElement;
    const cards = within(waysIn).getAllByRole("heading", { level: 4 });
    expect(cards.map((h) => h.textContent)).toEqual([
      "Doctorate in Clinical Psychology (DClinPsy)",
      "Doctorate in Clinical Psychology (DClinPsy) after the two-year gap",
    ]);
    expect(waysIn).toHaveTextContent("From any of 10 roles");
    // A year of relevant experience at the least, two to three typically, then the three-year doctorate.
    expect(within(waysIn).getAllByText("Time")[0]!.nextElementSibling).toHaveTextContent(
      "At least 4 years; typically 5 to 6 years: at least 1 year of relevant experience (typically 2 to 3 years) first, then 3 years",
    );
    expect(waysIn).toHaveTextContent("About 1 in 5 applicants got a place in 2020");
    expect(waysIn).toHaveTextContent("At least two years must pass after finishing any NHS-funded");
    expect(
      within(panel).getByRole("link", { name: "Clinical psychologist on NHS Health Careers" }),
    ).toHaveAttribute(
      "href",
      "https://www.healthcareers.nhs.uk/explore-roles/psychological-therapies/roles/clinical-psychologist",
    );
    const howSure = panel.querySelector(".how-sure")!;
    expect(howSure.querySelector("summary")).toHaveTextContent(
      `last reviewed ${reviewedOn("clinical-psychologist")}`,
    );
    expect(howSure).toHaveTextContent("Health Careers: clinical psychologist");
  });

  it("keeps caveats that do not change a decision behind one line, and shows the rest beside their facts", async () => {
    await renderAppAt("/roles/clinical-psychologist");
    const panel = screen.getByRole("region", { name: "Clinical psychologist" });
    const howSure = panel.querySelector<HTMLDetailsElement>("details.how-sure")!;
    expect(howSure.open).toBe(false);
    expect(howSure.querySelector("summary")).toHaveTextContent(
      /^How sure are we\? \d+ facts here are worked out/,
    );
    // Band 7 on qualifying is unconfirmed but probably right: behind the line.
    expect(howSure).toHaveTextContent("Clinical psychologist, band when qualified (not confirmed):");
    // No fees were found for systemic training, a next step: beside the step, not behind a line.
    const fees = within(panel).getAllByText("Check the fees:", { exact: false, selector: "li *" });
    expect(fees.length).toBeGreaterThan(0);
    // (A move's cards may be folded as a whole; the note is on its step's card, not behind a line of its own.)
    for (const note of fees) expect(note.closest("details:not(.move-group__cards)")).toBeNull();
    expect(panel.querySelectorAll(".decisive-caveats li").length).toBeLessThanOrEqual(8);
  });

  it("shows a caveat that changes a decision beside its fact, wherever the route appears", async () => {
    const decisive = dataset.routes.flatMap((route) =>
      route.caveats.filter((c) => changesADecision(c)).map((caveat) => ({ route, caveat })),
    );
    const { route, caveat } = decisive.find(({ caveat }) => caveat.confidence === "not-found")!;
    const role = dataset.roles.find((r) => r.id === route.to)!;
    await renderAppAt(`/roles/${role.id}`);
    const shown = [
      ...screen.getByRole("region", { name: role.title }).querySelectorAll(".decisive-caveats li"),
    ];
    expect(shown.map((li) => li.textContent)).toContain(
      `Check the ${fieldLabel(caveat.field).toLowerCase()}: ${caveat.note}`,
    );
  });

  it("links each route to the role at its other end, keeping the map's filters", async () => {
    await renderAppAt("/roles/psychological-wellbeing-practitioner?age=adults");
    const panel = screen.getByRole("region", { name: "Psychological wellbeing practitioner" });
    const links = within(panel).getAllByRole("link", { name: "High-intensity CBT therapist" });
    expect(links.length).toBeGreaterThan(0);
    for (const link of links)
      expect(link).toHaveAttribute("href", "/roles/high-intensity-cbt-therapist?age=adults");
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

describe("next steps on a role page", () => {
  it("puts a one-line table first, then step up before sideways, one card per destination", async () => {
    await renderAppAt("/roles/psychological-wellbeing-practitioner");
    const panel = screen.getByRole("region", { name: "Psychological wellbeing practitioner" });
    const table = within(panel).getByRole("table", { name: /^Next steps at a glance/ });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.textContent);
    expect(rows[0]).toBe("Step up");
    expect(rows.indexOf("Sideways")).toBeGreaterThan(rows.indexOf("Step up"));
    expect(rows).toContain("High-intensity CBT therapist3 years5 → 7");
    const groups = within(panel)
      .getAllByRole("heading", { level: 4 })
      .map((h) => h.firstChild?.textContent?.trim());
    expect(groups.filter((g) => g === "Step up" || g === "Sideways")).toEqual(["Step up", "Sideways"]);
    const hicbt = within(panel)
      .getAllByRole("listitem")
      .find(
        (li) =>
          li.classList.contains("step-card") && li.textContent?.startsWith("High-intensity CBT therapist"),
      )!;
    expect(hicbt).toHaveTextContent("Band 5 → band 7");
    expect(hicbt).toHaveTextContent("Time3 years: 2 years in post first, then 1 year");
    // Each destination once, however many routes lead there.
    const destinations = [...panel.querySelectorAll(".move-group h5")].map((h) => h.textContent);
    expect(new Set(destinations).size).toBe(destinations.length);
    expect(within(panel).getByRole("link", { name: "Plan a route to here" })).toHaveAttribute(
      "href",
      "/plan?to=psychological-wellbeing-practitioner",
    );
  });
});
