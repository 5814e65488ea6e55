/**
 * Each page's state in its address, read by one parser and written by its serialiser: they must agree, and
 * anything unknown in an address is reported, never thrown or echoed whole.
 */
import { MAX_QUERY_LENGTH } from "../../../src/core/text/closest-matches";
import { describe, expect, it } from "vitest";
import { NO_FILTERS, type MapFilters } from "../../../src/core/filters/map-filters";
import { compareViewToParams, parseCompareView } from "../../../src/core/url/compare";
import { filtersToParams, parseMapFilters } from "../../../src/core/url/map-filters";
import {
  mapViewToParams,
  parseMapView,
  searchTextOf,
  withoutSearchText,
} from "../../../src/core/url/map-view";
import { parseRolesListView, rolesListViewToParams } from "../../../src/core/url/roles-list";
import { parseSharedSettings, sharedSettingsToParams } from "../../../src/core/url/shared-settings";
import { loadBundledCareerData } from "../../support/bundled-data";

const { dataset, graph } = loadBundledCareerData();
const roles = (value: string) => new URLSearchParams({ roles: value });

describe("the map filters in the address", () => {
  it("round-trips through query-string pairs", () => {
    const filters: MapFilters = {
      families: ["nursing", "practitioner-psychology"],
      kinds: ["apprenticeship", "top-up"],
      registration: ["statutory"],
      ageGroups: ["adults"],
      apprenticeshipOnly: true,
    };
    const params = new URLSearchParams(filtersToParams(filters));
    expect(parseMapFilters(params, dataset)).toEqual({ filters, ignored: [] });
    expect(filtersToParams(NO_FILTERS)).toEqual([]);
  });

  it("ignores, and reports, values it does not know, including hostile ones, and keeps the rest", () => {
    const params = new URLSearchParams({
      family: "nursing,<script>alert(1)</script>",
      route: "teleport",
      age: "adults",
      apprenticeship: "maybe",
    });
    const { filters, ignored } = parseMapFilters(params, dataset);
    expect(filters).toEqual({ ...NO_FILTERS, families: ["nursing"], ageGroups: ["adults"] });
    expect(ignored).toEqual(["apprenticeship=maybe", "family=<script>alert(1)</script>", "route=teleport"]);
  });

  it("cuts absurdly long unknown values short when reporting them", () => {
    const { ignored } = parseMapFilters(new URLSearchParams({ route: "x".repeat(10_000) }), dataset);
    expect(ignored[0]!.length).toBeLessThan(60);
  });
});

describe("the map's address", () => {
  it("round-trips the filters and the search text, and reads the search apart from the filters", () => {
    const view = { filters: { ...NO_FILTERS, families: ["nursing"] }, search: "pwp", starts: [] };
    const params = new URLSearchParams(mapViewToParams(view));
    expect(params.toString()).toBe("family=nursing&q=pwp");
    expect(parseMapView(params, dataset)).toEqual({ view, ignored: [] });
    expect(searchTextOf(params)).toBe("pwp");
    // A long pasted address is cut to what search reads.
    expect(searchTextOf(new URLSearchParams({ q: "x".repeat(100_000) }))).toHaveLength(MAX_QUERY_LENGTH);
    expect(withoutSearchText(params).toString()).toBe("family=nursing");
    expect(mapViewToParams({ search: "  " })).toEqual([]);
  });

  it("round-trips the starting points and roles a person starts from, in their order", () => {
    const view = {
      filters: NO_FILTERS,
      search: "",
      starts: ["lived-experience", "healthcare-support-worker"],
    };
    const params = new URLSearchParams(mapViewToParams(view));
    expect(params.toString()).toBe("from=lived-experience%2Chealthcare-support-worker");
    expect(parseMapView(params, dataset)).toEqual({ view, ignored: [] });
  });

  it("ignores, and reports, starting points it does not know, drops repeats and keeps at most ten", () => {
    const { view, ignored } = parseMapView(
      new URLSearchParams({ from: "gcses,gcses,<b>nobody</b>,mental-health-nurse" }),
      dataset,
    );
    expect(view.starts).toEqual(["gcses", "mental-health-nurse"]);
    expect(ignored).toEqual(["from=<b>nobody</b>"]);
    const many = dataset.roles.slice(0, 12).map((role) => role.id);
    expect(parseMapView(new URLSearchParams({ from: many.join(",") }), dataset).view.starts).toEqual(
      many.slice(0, 10),
    );
  });
});

describe("the list's address", () => {
  it("round-trips sort, order and filters, leaving out defaults", () => {
    const view = {
      filters: { ...NO_FILTERS, apprenticeshipOnly: true } satisfies MapFilters,
      sort: "band" as const,
      order: "descending" as const,
    };
    const params = new URLSearchParams(rolesListViewToParams(view));
    expect(params.toString()).toBe("apprenticeship=yes&sort=band&order=descending");
    expect(parseRolesListView(params, dataset)).toEqual({ view, ignored: [] });
    expect(rolesListViewToParams({ sort: "title", order: "ascending" })).toEqual([]);
  });

  it("falls back to the title, ascending, for a sort or order it does not know", () => {
    const { view } = parseRolesListView(new URLSearchParams("sort=salary&order=sideways"), dataset);
    expect(view).toMatchObject({ sort: "title", order: "ascending" });
  });
});

describe("the settings kept in every link", () => {
  it("round-trips another dataset and an embed's link setting, leaving out defaults", () => {
    const settings = { data: "/maps/ahp.json", links: "top" as const };
    expect(parseSharedSettings(new URLSearchParams(sharedSettingsToParams(settings)))).toEqual(settings);
    expect(parseSharedSettings(new URLSearchParams("data=%20&links=sideways"))).toEqual({
      data: null,
      links: "new-tab",
    });
    expect(sharedSettingsToParams({ data: null, links: "new-tab" })).toEqual([]);
  });
});

describe("the compare page's address", () => {
  it("keeps known roles in order, at most three, drops repeats, and reports the rest", () => {
    const selection = parseCompareView(
      roles(
        "clinical-psychologist,clinical-psychologist,psychological-wellbeing-practitioner,clinical-psycholgist,gcses,mental-health-nurse,peer-support-worker",
      ),
      graph,
    );
    expect(selection.roleIds).toEqual([
      "clinical-psychologist",
      "psychological-wellbeing-practitioner",
      "mental-health-nurse",
    ]);
    expect(selection.leftOut).toEqual(["peer-support-worker"]);
    expect(selection.unknown.map((u) => u.text)).toEqual(["clinical-psycholgist", "gcses"]);
    expect(selection.unknown[0]?.suggestions[0]?.id).toBe("clinical-psychologist");
  });

  it("copes with nothing, blanks and absurdly long ids", () => {
    expect(parseCompareView(new URLSearchParams(), graph)).toEqual({ roleIds: [], unknown: [], leftOut: [] });
    expect(parseCompareView(roles(" , ,"), graph).roleIds).toEqual([]);
    const long = parseCompareView(roles("x".repeat(5000)), graph);
    expect(long.unknown[0]!.text.length).toBeLessThanOrEqual(61);
  });

  it("writes the roles back as it reads them", () => {
    const ids = ["clinical-psychologist", "mental-health-nurse"];
    expect(parseCompareView(new URLSearchParams(compareViewToParams(ids)), graph).roleIds).toEqual(ids);
    expect(compareViewToParams([])).toEqual([]);
  });
});
