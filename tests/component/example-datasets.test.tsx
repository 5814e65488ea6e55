/**
 * The app draws any dataset that passes the validator, in that dataset's own shape: its name, its stages as
 * the map's columns, its route kinds in the key and the filters, and no filter for something it does not use.
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { prepareCareerData, type CareerData } from "../../src/core/career-data";
import { readJson } from "../support/bundled-data";
import { renderAppAt } from "./render-app";

function loadExample(name: string): CareerData {
  const result = prepareCareerData(readJson(`data/examples/${name}`), readJson("data/pay-bands.json"));
  if (!result.ok)
    throw new Error(`${name} is not valid: ${result.problems.map((p) => p.problem.code).join(", ")}`);
  return result.data;
}

describe.each(["allied-health-careers.json", "pharmacy-careers.json"])("the map of %s", (name) => {
  const data = loadExample(name);
  const { dataset } = data;

  it("names the map as the dataset does, and draws every role and starting point in its columns", async () => {
    await renderAppAt("/", data);
    expect(screen.getByRole("link", { name: dataset.meta.name })).toBeInTheDocument();
    const map = screen.getByRole("group", { name: /careers map/i });
    expect(within(map).getAllByRole("link")).toHaveLength(
      dataset.roles.length + dataset.startingPoints.length,
    );
    const columns = [...map.querySelectorAll(".map-column__label")].map((label) => label.textContent);
    expect(columns).toEqual(["Where you start", ...dataset.stages.map((stage) => stage.name)]);
    expect(document.title).toBe(`Careers map – ${dataset.meta.name}`);
  });

  it("offers its own route kinds as filters, and a filter for who roles work with only if its roles say", async () => {
    await renderAppAt("/", data);
    await userEvent.click(screen.getByRole("button", { name: "Filters" }));
    const filters = screen.getByRole("form", { name: "Filter the map" });
    const kinds = within(filters).getByRole("group", { name: "Kinds of route" });
    expect(
      within(kinds)
        .getAllByRole("checkbox")
        .map((box) => box.closest("div")!.textContent),
    ).toEqual(dataset.routeKinds.map((kind) => kind.name));
    const usesAgeGroups = dataset.roles.some((role) => role.ageGroups.length > 0);
    expect(within(filters).queryByRole("group", { name: "Who you work with" }) !== null).toBe(usesAgeGroups);
  });
});
