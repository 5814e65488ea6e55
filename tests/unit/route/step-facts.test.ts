import { describe, expect, it } from "vitest";
import { describeStepApprenticeship } from "../../../src/core/route";

describe("describeStepApprenticeship", () => {
  it("gives the title, level and standard reference", () => {
    expect(describeStepApprenticeship({ title: "Peer worker", standard: "ST0896", level: 3 })).toBe(
      "Peer worker, level 3 (ST0896)",
    );
  });

  it("says so when the standard's reference was not found", () => {
    expect(describeStepApprenticeship({ title: "Arts therapist", standard: null, level: 7 })).toBe(
      "Arts therapist, level 7 (standard reference not found)",
    );
  });
});
