import { afterEach, describe, expect, it } from "vitest";
import { keepInEveryLink, paths, toEmbedPath, toFullPath, withBasePath } from "../../../src/lib/paths";
import { NO_FILTERS } from "../../../src/core/filters/map-filters";
import { NO_SHARED_SETTINGS } from "../../../src/core/url/shared-settings";

afterEach(() => keepInEveryLink(NO_SHARED_SETTINGS));

describe("paths", () => {
  it("builds every page's address, leaving out defaults", () => {
    expect(paths.map()).toBe("/");
    expect(paths.map({ filters: { ...NO_FILTERS, families: ["nursing"] }, search: "pwp" })).toBe(
      "/?family=nursing&q=pwp",
    );
    expect(paths.role("clinical-psychologist")).toBe("/roles/clinical-psychologist");
    expect(paths.roles({ sort: "band", order: "descending" })).toBe("/roles?sort=band&order=descending");
    expect(paths.plan({ from: ["gcses", "lived-experience"], to: "peer-support-worker" })).toBe(
      "/plan?from=gcses%2Clived-experience&to=peer-support-worker",
    );
    expect(paths.compare(["a", "b"])).toBe("/compare?roles=a%2Cb");
  });

  it("keeps a built link on this site however the path begins (slashes and backslashes)", () => {
    expect(withBasePath("/plan?to=x")).toBe("/plan?to=x");
    expect(withBasePath("//evil.example/x")).toBe("/evil.example/x");
    expect(withBasePath("/\\evil.example/x")).toBe("/evil.example/x");
    expect(withBasePath(toFullPath("/embed//evil.example/x"))).toBe("/evil.example/x");
    for (const path of ["//a.example", "\\\\a.example", "/\\a.example", "///a.example"]) {
      expect(new URL(withBasePath(path), "https://map.example.nhs.uk/").origin).toBe(
        "https://map.example.nhs.uk",
      );
    }
  });

  it("escapes ids so a hostile id cannot change the path", () => {
    expect(paths.role("../../admin?x=<b>")).toBe("/roles/..%2F..%2Fadmin%3Fx%3D%3Cb%3E");
  });

  it("keeps another dataset and an embed's link setting in every link", () => {
    keepInEveryLink({ data: "/maps/ahp.json", links: "top" });
    expect(paths.role("x")).toBe("/roles/x?data=%2Fmaps%2Fahp.json&links=top");
    expect(paths.map()).toBe("/?data=%2Fmaps%2Fahp.json&links=top");
  });

  it("maps full pages to their embed views and back, and says when there is none", () => {
    expect(toEmbedPath("/")).toBe("/embed");
    expect(toEmbedPath("/?family=x")).toBe("/embed?family=x");
    expect(toEmbedPath("/roles/counsellor?age=adults")).toBe("/embed/roles/counsellor?age=adults");
    expect(toEmbedPath("/plan?to=x")).toBe("/embed/plan?to=x");
    expect(toEmbedPath("/roles")).toBeNull();
    expect(toEmbedPath("/compare?roles=a")).toBeNull();
    expect(toFullPath("/embed")).toBe("/");
    expect(toFullPath("/embed?x=1")).toBe("/?x=1");
    expect(toFullPath("/embed/roles/a")).toBe("/roles/a");
  });
});
