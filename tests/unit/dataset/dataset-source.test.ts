import { describe, expect, it } from "vitest";
import { chooseDataset } from "../../../src/core/dataset/dataset-source";
import { parseSharedSettings } from "../../../src/core/url/shared-settings";

const at = (address: string) => new URL(address);
const BUNDLED = "/assets/careers-abc.json";
/** As the app chooses: the `data` setting read from the address, then checked against where the app runs. */
const choose = (location: URL, bundled: string, allowed: string[]) =>
  chooseDataset(parseSharedSettings(location.searchParams).data, location, bundled, allowed);

describe("chooseDataset", () => {
  it("uses the bundled dataset when the address names none", () => {
    expect(choose(at("https://map.example.nhs.uk/roles/x"), BUNDLED, [])).toEqual({
      kind: "bundled",
      url: BUNDLED,
    });
    expect(choose(at("https://map.example.nhs.uk/?data="), BUNDLED, [])).toEqual({
      kind: "bundled",
      url: BUNDLED,
    });
  });

  it("loads a dataset from the site itself, by path or full address, and keeps an absolute path for links", () => {
    expect(choose(at("https://map.example.nhs.uk/?data=/maps/ahp.json"), BUNDLED, [])).toEqual({
      kind: "other",
      url: "https://map.example.nhs.uk/maps/ahp.json",
      param: "/maps/ahp.json",
    });
    // A relative path is made absolute, so it still finds the file from /roles/… after a link or a reload.
    expect(choose(at("http://127.0.0.1:4173/?data=examples/x.json"), BUNDLED, [])).toMatchObject({
      kind: "other",
      param: "/examples/x.json",
    });
  });

  it("loads from another site only when the build trusts it, and only over https", () => {
    const url = at("https://map.example.nhs.uk/?data=https://data.example.org/careers.json");
    expect(choose(url, BUNDLED, ["https://data.example.org"]).kind).toBe("other");
    const refused = choose(url, BUNDLED, []);
    expect(refused.kind).toBe("refused");
    expect(refused.kind === "refused" && refused.problem.code).toBe("dataset-not-allowed");
    expect(refused.kind === "refused" && refused.problem.message).toContain("https://data.example.org");
    const insecure = choose(at("https://map.example.nhs.uk/?data=http://data.example.org/c.json"), BUNDLED, [
      "http://data.example.org",
    ]);
    expect(insecure.kind === "refused" && insecure.problem.message).toContain("must use https");
  });

  it("refuses script and data addresses, and cuts absurdly long ones short in its message", () => {
    for (const hostile of ["javascript:alert(1)", "data:application/json,{}", "//evil.example/x.json"]) {
      expect(
        choose(at(`https://map.example.nhs.uk/?data=${encodeURIComponent(hostile)}`), BUNDLED, []).kind,
        hostile,
      ).toBe("refused");
    }
    const long = choose(
      at(`https://map.example.nhs.uk/?data=https://x.example/${"a".repeat(5000)}`),
      BUNDLED,
      [],
    );
    expect(long.kind === "refused" && long.problem.message.length).toBeLessThan(400);
  });

  it("loads from this site only under the path the map is served from", () => {
    const location = at("https://www.example.nhs.uk/careers-map/roles/x");
    const at_ = (param: string) => chooseDataset(param, location, BUNDLED, [], "/careers-map");
    expect(at_("/careers-map/examples/ahp.json")).toMatchObject({ kind: "other" });
    expect(at_("examples/ahp.json")).toMatchObject({
      kind: "other",
      param: "/careers-map/roles/examples/ahp.json",
    });
    expect(at_("/other-team/careers.json")).toMatchObject({ kind: "refused" });
    expect(at_("/careers-map-evil/careers.json")).toMatchObject({ kind: "refused" });
    expect(at_("/careers-map/../other-team/careers.json")).toMatchObject({ kind: "refused" });
    // At the site's root, the whole site is the map's.
    expect(
      chooseDataset("/anywhere/x.json", at("https://map.example.nhs.uk/"), BUNDLED, [], ""),
    ).toMatchObject({
      kind: "other",
    });
  });
});
