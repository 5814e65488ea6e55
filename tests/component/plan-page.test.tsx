import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeSavedPlan, savedPlansKey } from "../../src/features/plan/saved-plans";
import { EMPTY_PLAN } from "../../src/core/url/plan";
import { loadBundledCareerData } from "../support/bundled-data";
import { renderAppAt } from "./render-app";

/**
 * The ranked routes on the timeline (routes with a step of unknown length are listed apart, after them). The
 * chosen route, the best at first, has its steps open.
 */
const cards = () =>
  screen
    .getAllByRole("listitem")
    .filter((row) => row.classList.contains("timeline-route") && row.closest(".plan-unknown") === null);

describe("route planner", () => {
  it("answers a plan from a deep link with up to five routes on a timeline, best first", async () => {
    await renderAppAt("/plan?from=psychology-degree-gbc,lived-experience&to=clinical-psychologist");
    expect(
      screen.getByText(
        "Psychology degree with GBC and Lived experience of mental health problems → Clinical psychologist",
      ),
    ).toBeInTheDocument();
    expect(cards().length).toBeGreaterThan(1);
    expect(cards().length).toBeLessThanOrEqual(5);
    const best = cards()[0]!;
    expect(within(best).getByRole("heading", { level: 3 })).toHaveTextContent(
      "Route 1 (fastest): at least 4 years; typically 5 to 6 years",
    );
    // Its bar on the timeline is named as one, with each step where it falls in years.
    expect(screen.getByRole("figure", { name: /^Timeline of the routes/ })).toBeInTheDocument();
    expect(within(best).getByRole("img", { name: /^Route 1 \(fastest\) timeline: / })).toHaveAccessibleName(
      expect.stringContaining(
        "wait or gain experience, now to 1 year; Clinical psychologist, 1 to 4 years",
      ) as string,
    );
    // The doctorate's competition and intake, and the year of experience courses ask for, are on the card.
    expect(best).toHaveTextContent("About 1 in 5 applicants got a place in 2020");
    expect(best).toHaveTextContent(
      "Get at least 1 year, typically 2 to 3 years of relevant experience first",
    );
    expect(best).toHaveTextContent("Doctorate in Clinical Psychology (DClinPsy)");
    expect(best).toHaveTextContent("Pay while trainingBand 6 (£38,682–£46,580 in 2025/26)");
    expect(best).toHaveTextContent("Met by: Psychology degree with GBC.");
  });

  it("makes someone who is a PWP now wait two years after their own NHS-funded training", async () => {
    await renderAppAt(
      "/plan?from=psychological-wellbeing-practitioner,psychology-degree-gbc&to=clinical-psychologist",
    );
    const best = cards()[0]!;
    expect(best).toHaveTextContent("After a wait of 2 to 3 years.");
    expect(best).toHaveTextContent(
      "Wait until 24 months after your NHS-funded training as a Psychological wellbeing practitioner ended.",
    );
    expect(best).not.toHaveTextContent("No NHS-funded training earlier on this route");
  });

  it('puts "an" before a role whose title starts with a vowel', async () => {
    await renderAppAt("/plan?from=occupational-therapist&to=advanced-clinical-practitioner");
    expect(cards()[0]!).toHaveTextContent(
      "Work at least 3 years, typically 5 years as an Occupational therapist first.",
    );
  });

  it("counts the months someone has already been in post against that wait", async () => {
    const user = userEvent.setup();
    await renderAppAt(
      "/plan?from=psychological-wellbeing-practitioner,psychology-degree-gbc&to=clinical-psychologist",
    );
    const months = screen.getByLabelText("Months as Psychological wellbeing practitioner so far");
    expect(months).toHaveValue(0);
    await user.clear(months);
    await user.type(months, "30{Enter}");
    const best = cards()[0]!;
    expect(best).not.toHaveTextContent("After a wait of 2 to 3 years.");
    expect(best).toHaveTextContent("Already met");

    await user.clear(months);
    await user.type(months, "18");
    await user.tab();
    expect(cards()[0]!).toHaveTextContent("After a wait of 6 to 18 months.");
  });

  it("changes preference and funding with radios, keeping the question", async () => {
    const user = userEvent.setup();
    await renderAppAt("/plan?from=gcses&to=mental-health-nurse");
    await user.click(screen.getByRole("radio", { name: "Apprenticeships only" }));
    expect(screen.getByRole("radio", { name: "Apprenticeships only" })).toBeChecked();
    for (const card of cards()) {
      const show = within(card).queryByRole("button", { name: /^Show the steps/ });
      if (show !== null) await user.click(show);
      const steps = within(card)
        .getAllByRole("listitem")
        .filter((li) => li.className === "route-steps__step");
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        expect(step.textContent).toMatch(/Funding(Apprenticeship \(levy-funded\)|No course to pay for)/);
      }
    }
    await user.click(screen.getByRole("radio", { name: /Earning while I learn/ }));
    expect(within(cards()[0]!).getByRole("heading", { level: 3 })).toHaveTextContent(
      "Route 1 (most paid while learning)",
    );
  });

  it("says why there is no route and links the change that would open one", async () => {
    await renderAppAt("/plan?from=gcses&to=clinical-psychologist&only=apprenticeships");
    expect(screen.getByText("No route found.")).toBeInTheDocument();
    expect(screen.getByText(/With apprenticeships only/)).toBeInTheDocument();
    const fix = screen.getByRole("link", { name: /apprenticeships only/i });
    expect(fix.getAttribute("href")).toBe("/plan?from=gcses&to=clinical-psychologist");
  });

  it("says when a role in the address is unknown, and suggests the closest", async () => {
    await renderAppAt("/plan?from=gcses&to=clinical-psycholgist");
    expect(screen.getByRole("note")).toHaveTextContent(
      "There is no role or starting point “clinical-psycholgist” in this map.",
    );
    expect(screen.getByRole("link", { name: "Clinical psychologist" })).toHaveAttribute(
      "href",
      "/plan?from=gcses&to=clinical-psychologist",
    );
  });

  it("adds and removes where you are now with the type-ahead picker", async () => {
    const user = userEvent.setup();
    await renderAppAt("/plan?to=psychological-wellbeing-practitioner");
    await user.type(screen.getByRole("combobox", { name: "Add where you are now" }), "lived exp");
    await user.keyboard("{Enter}");
    const chosen = screen.getByRole("list", { name: "Where you are now" });
    expect(chosen).toHaveTextContent("Lived experience of mental health problems");
    expect(cards().length).toBeGreaterThan(0);
    await user.click(
      within(chosen).getByRole("button", { name: "Remove Lived experience of mental health problems" }),
    );
    expect(screen.queryByRole("list", { name: "Where you are now" })).toBeNull();
    // The button pressed has gone: focus goes to the box for adding, not back to the top of the page.
    expect(screen.getByRole("combobox", { name: "Add where you are now" })).toHaveFocus();
  });

  it("hands focus to the control that takes the place of the one used to choose or change the role", async () => {
    const user = userEvent.setup();
    await renderAppAt("/plan?from=gcses");
    await user.type(screen.getByRole("combobox", { name: "Choose a role" }), "counsellor");
    await user.keyboard("{Enter}");
    const change = screen.getByRole("button", { name: "Change the role you want to get to" });
    expect(change).toHaveFocus();
    await user.click(change);
    expect(screen.getByRole("combobox", { name: "Choose a role" })).toHaveFocus();
  });

  it("saves a plan on this device, lists it, and deletes it", async () => {
    const user = userEvent.setup();
    await renderAppAt("/plan?from=gcses&to=mental-health-nurse");
    await user.click(screen.getByRole("button", { name: "Save on this device" }));
    const saved = screen.getByRole("region", { name: "Plans saved on this device" });
    const link = within(saved).getByRole("link", {
      name: "GCSEs or other Level 2 qualifications → Mental health nurse",
    });
    expect(link).toHaveAttribute("href", "/plan?from=gcses&to=mental-health-nurse");
    const key = savedPlansKey(loadBundledCareerData().dataset);
    expect(JSON.parse(localStorage.getItem(key)!).state.savedPlans).toHaveLength(1);
    await user.click(within(saved).getByRole("button", { name: /^Delete/ }));
    expect(within(saved).queryByRole("link")).toBeNull();
    expect(JSON.parse(localStorage.getItem(key)!).state.savedPlans).toEqual([]);
  });
});

describe("saving a plan when the browser will not keep it", () => {
  afterEach(() => vi.restoreAllMocks());
  const plansKey = savedPlansKey(loadBundledCareerData().dataset);
  /** The bundled data as a new object, so the page reads this device's storage afresh. */
  const freshData = () => {
    const data = loadBundledCareerData();
    return { ...data, dataset: { ...data.dataset } };
  };
  const storedPlans = () => JSON.parse(localStorage.getItem(plansKey) ?? "null") as unknown;

  it("says plainly that a plan was not saved when storage is full, and does not list it", async () => {
    const earlier = makeSavedPlan(
      { ...EMPTY_PLAN, from: ["gcses"], to: "counsellor" },
      "Earlier plan",
      new Date(),
    );
    localStorage.setItem(plansKey, JSON.stringify({ state: { savedPlans: [earlier] }, version: 1 }));
    const before = storedPlans();
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(function (this: Storage, key, value) {
      if (key.startsWith("careers-map:"))
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      setItem.call(this, key, value);
    });
    const user = userEvent.setup();
    await renderAppAt("/plan?from=gcses&to=mental-health-nurse", freshData());
    await user.click(screen.getByRole("button", { name: "Save on this device" }));
    expect(screen.getByText(/^Not saved: this browser’s storage for the site is full\./)).toBeVisible();
    const saved = screen.getByRole("region", { name: "Plans saved on this device" });
    expect(
      within(saved)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Earlier plan"]);
    expect(storedPlans()).toEqual(before);
  });

  it("never overwrites plans a newer version saved, and shows a bad date as unknown", async () => {
    const newer = {
      ...makeSavedPlan(
        { ...EMPTY_PLAN, from: ["gcses"], to: "counsellor" },
        "From a newer version",
        new Date(),
      ),
      savedAt: "2026-13-45T10:00:00Z",
      futureField: "kept",
    };
    localStorage.setItem(plansKey, JSON.stringify({ state: { savedPlans: [newer] }, version: 2 }));
    const before = localStorage.getItem(plansKey);
    const user = userEvent.setup();
    await renderAppAt("/plan?from=gcses&to=mental-health-nurse", freshData());
    const saved = screen.getByRole("region", { name: "Plans saved on this device" });
    expect(saved).toHaveTextContent("saved by a newer version of this careers map");
    expect(saved).toHaveTextContent("From a newer version saved on an unknown date");
    expect(saved).not.toHaveTextContent("Invalid Date");
    await user.click(screen.getByRole("button", { name: "Save on this device" }));
    expect(
      screen.getByText(/^Not saved: the plans on this device were saved by a newer version/),
    ).toBeVisible();
    expect(within(saved).getByRole("button", { name: /^Delete/ })).toBeDisabled();
    expect(localStorage.getItem(plansKey)).toBe(before);
  });

  it("says a plan is kept for this visit only when the browser keeps nothing for the site", async () => {
    // As when a browser blocks storage for the site: reaching localStorage at all throws.
    vi.spyOn(globalThis, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    const user = userEvent.setup();
    await renderAppAt("/plan?from=gcses&to=mental-health-nurse", freshData());
    await user.click(screen.getByRole("button", { name: "Save on this device" }));
    expect(
      screen.getByText(/for this visit only: this browser is not letting the site keep anything/),
    ).toBeVisible();
    const saved = screen.getByRole("region", { name: "Plans saved on this device" });
    expect(saved).toHaveTextContent("kept only until you close it");
    expect(within(saved).getAllByRole("link")).toHaveLength(1);
  });
});
