import { describe, expect, it } from "vitest";
import { layoutCareerMap } from "../../../src/core/map/career-map-layout";
import { nextMove } from "../../../src/core/map/keyboard-moves";
import { NO_FILTERS, visibleGraph } from "../../../src/core/filters/map-filters";
import { loadBundledCareerData } from "../../support/bundled-data";

const { dataset, graph } = loadBundledCareerData();
const layout = layoutCareerMap(graph, dataset, visibleGraph(graph, NO_FILTERS));
const none = { cameFrom: null, direction: null } as const;
const PWP = "psychological-wellbeing-practitioner";

describe("nextMove", () => {
  it("Right follows a route out and remembers where it came from", () => {
    const move = nextMove(layout, PWP, none, "ArrowRight")!;
    expect(layout.edges.some((e) => e.from === PWP && e.to === move.to)).toBe(true);
    expect(move.cameFrom).toBe(PWP);
    expect(move.direction).toBe("out");
    expect(move.via?.from).toBe(PWP);
  });

  it("Down and Up step through every route out of the node you came from, and wrap round", () => {
    const targets = new Set(layout.edges.filter((e) => e.from === PWP).map((e) => e.to));
    const first = nextMove(layout, PWP, none, "ArrowRight")!;
    const seen = [first.to];
    let current = first;
    for (let i = 1; i < targets.size; i++) {
      current = nextMove(layout, current.to, current, "ArrowDown")!;
      seen.push(current.to);
    }
    expect(new Set(seen)).toEqual(targets);
    expect(nextMove(layout, current.to, current, "ArrowDown")!.to).toBe(first.to);
    expect(nextMove(layout, first.to, first, "ArrowUp")!.to).toBe(current.to);
  });

  it("Left follows a route in", () => {
    const move = nextMove(layout, "high-intensity-cbt-therapist", none, "ArrowLeft")!;
    expect(layout.edges.some((e) => e.to === "high-intensity-cbt-therapist" && e.from === move.to)).toBe(
      true,
    );
    expect(move.direction).toBe("in");
  });

  it("with no route to follow returns nothing, and Up and Down move along the column instead", () => {
    expect(nextMove(layout, "gcses", none, "ArrowLeft")).toBeNull();
    const column = layout.nodes.filter((n) => n.column === 0).sort((a, b) => a.y - b.y);
    expect(nextMove(layout, column[0]!.id, none, "ArrowDown")!.to).toBe(column[1]!.id);
    expect(nextMove(layout, column[0]!.id, none, "ArrowUp")).toBeNull();
  });

  it("returns nothing for a node that is not on the map", () => {
    expect(nextMove(layout, "no-such-role", none, "ArrowRight")).toBeNull();
  });
});
