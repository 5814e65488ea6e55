import { describe, expect, it } from "vitest";
import { payBands } from "../../../src/core/route/step-facts";
import { makeNode } from "../../support/route-graphs";

describe("payBands", () => {
  const role = (pay: object) => ({ nodeType: "role" as const, ...makeNode({ id: "r" }).role!, pay }) as never;

  it("gives the bands of a role on any banded scale the dataset declares, not only Agenda for Change", () => {
    expect(payBands(role({ scale: "agenda-for-change", qualified: { min: "5", max: "5" } }))).toEqual({
      whileTraining: null,
      qualified: { min: "5", max: "5" },
    });
    expect(
      payBands(
        role({
          scale: "pharmacy-grades",
          whileTraining: { min: "a", max: "a" },
          qualified: { min: "b", max: "c" },
        }),
      ),
    ).toEqual({ whileTraining: { min: "a", max: "a" }, qualified: { min: "b", max: "c" } });
  });

  it("gives no bands for a starting point, a scale named in words, or voluntary work", () => {
    expect(payBands(undefined)).toEqual({ whileTraining: null, qualified: null });
    expect(payBands(role({ scale: "other", name: "Soulbury" }))).toEqual({
      whileTraining: null,
      qualified: null,
    });
    expect(payBands(role({ scale: "voluntary" }))).toEqual({ whileTraining: null, qualified: null });
  });
});
