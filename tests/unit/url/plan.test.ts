import { describe, expect, it } from "vitest";
import { EMPTY_PLAN, planToParams, type PlanParams } from "../../../src/core/url/plan";
import { parsePlanParams } from "../../../src/core/url/plan-parse";
import { loadBundledCareerData } from "../../support/bundled-data";

const { graph } = loadBundledCareerData();
const parse = (query: string) => parsePlanParams(new URLSearchParams(query), graph);

describe("plan parameters in the address", () => {
  it("round-trips a full plan through query-string pairs", () => {
    const plan: PlanParams = {
      from: ["psychology-degree-gbc", "lived-experience", "psychological-wellbeing-practitioner"],
      to: "clinical-psychologist",
      prefer: "earn-while-learning",
      only: "funded",
      experience: { "psychological-wellbeing-practitioner": 6 },
      chosen: 2,
      age: 23,
      extendedAgeLimit: true,
      notHeld: ["psychology-degree-gbc"],
    };
    expect(parse(new URLSearchParams(planToParams(plan)).toString())).toEqual({
      params: plan,
      unread: [],
      ignored: [],
    });
    expect(planToParams(EMPTY_PLAN)).toEqual([]);
  });

  it("reads an age in range, the care leaver flag and known ids said not to be held, and ignores the rest", () => {
    const { params, ignored } = parse("from=gcses&age=9&care=yes&without=psychology-degree-gbc,ghost");
    expect(params.age).toBeNull();
    expect(params.extendedAgeLimit).toBe(false);
    expect(params.notHeld).toEqual(["psychology-degree-gbc"]);
    expect(ignored).toEqual(["age=9", "without=ghost"]);
    expect(parse("age=30&care=1").params).toMatchObject({ age: 30, extendedAgeLimit: true });
  });

  it("reads months in post only for starting points in the plan, and ignores the rest", () => {
    const { params, ignored } = parse(
      "from=psychological-wellbeing-practitioner&exp=psychological-wellbeing-practitioner:30,counsellor:12,psychological-wellbeing-practitioner:-1",
    );
    expect(params.experience).toEqual({ "psychological-wellbeing-practitioner": 30 });
    expect(ignored).toEqual(["exp=counsellor:12", "exp=psychological-wellbeing-practitioner:-1"]);
  });

  it("accepts titles and abbreviations as well as ids, and drops repeats", () => {
    const { params } = parse("from=Psychology degree with GBC,psychology-degree-gbc&to=PWP");
    expect(params.from).toEqual(["psychology-degree-gbc"]);
    expect(params.to).toBe("psychological-wellbeing-practitioner");
  });

  it("reports unknown names with suggestions instead of failing, and keeps the rest", () => {
    const { params, unread } = parse("from=gcses,clinicl psychologst&to=nobody-at-all");
    expect(params.from).toEqual(["gcses"]);
    expect(params.to).toBeNull();
    expect(unread.map((u) => [u.field, u.text])).toEqual([
      ["from", "clinicl psychologst"],
      ["to", "nobody-at-all"],
    ]);
    expect(unread[0]?.suggestions[0]?.id).toBe("clinical-psychologist");
  });

  it("ignores, and reports, values it does not know, cutting absurd ones short", () => {
    const { params, ignored } = parse(`prefer=cheapest&only=${"x".repeat(5000)}&route=99`);
    expect(params).toEqual(EMPTY_PLAN);
    expect(ignored[0]).toBe("prefer=cheapest");
    expect(ignored[1]!.length).toBeLessThan(80);
    expect(ignored[2]).toBe("route=99");
  });

  it("reads hostile text as a name like any other, never as markup", () => {
    const { unread } = parse("to=<script>alert(1)</script>");
    expect(unread[0]?.text).toBe("<script>alert(1)</script>");
  });
});
