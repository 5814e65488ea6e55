import { describe, expect, it } from "vitest";
import { isUpdatedSinceLastVisit, siteVersionOf } from "../../../src/core/offline/site-version";

describe("the version of the site a page runs", () => {
  it("is the same for the same files, in any order, and differs when one file's name changes", () => {
    const first = siteVersionOf(["/assets/index-A1.js", "/assets/index-B2.css"]);
    expect(siteVersionOf(["/assets/index-B2.css", "/assets/index-A1.js", "/assets/index-A1.js"])).toBe(first);
    expect(siteVersionOf(["/assets/index-A1.js", "/assets/index-C3.css"])).not.toBe(first);
  });

  it("counts as updated only when a last visit ran another version", () => {
    expect(isUpdatedSinceLastVisit(null, "v2")).toBe(false);
    expect(isUpdatedSinceLastVisit("", "v2")).toBe(false);
    expect(isUpdatedSinceLastVisit("v2", "v2")).toBe(false);
    expect(isUpdatedSinceLastVisit("v1", "v2")).toBe(true);
  });
});
