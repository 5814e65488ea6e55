import { describe, expect, it } from "vitest";
import { layoutCareerMap } from "../../../src/core/map/career-map-layout";
import { rectsOverlap, type Rect } from "../../../src/core/map/geometry";
import { highlightVeilPath } from "../../../src/core/map/highlight-veil";
import { contentBounds } from "../../../src/core/map/readable-views";
import { NO_FILTERS, visibleGraph } from "../../../src/core/filters/map-filters";
import { loadBundledCareerData } from "../../support/bundled-data";

/** The rectangles a veil path is made of, read back from its "M x,y h w v h h -w z" parts. */
function rectsOf(path: string): Rect[] {
  return [...path.matchAll(/M(-?[\d.]+),(-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h-?[\d.]+z/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
  }));
}

const contains = (outer: Rect, inner: Rect) =>
  outer.x <= inner.x &&
  outer.y <= inner.y &&
  outer.x + outer.width >= inner.x + inner.width &&
  outer.y + outer.height >= inner.y + inner.height;

describe("the highlight's veil", () => {
  const { dataset, graph } = loadBundledCareerData();
  const layout = layoutCareerMap(graph, dataset, visibleGraph(graph, NO_FILTERS));
  const bounds = contentBounds(layout);

  it("covers the whole map, with a hole round each highlighted box and none round the others", () => {
    const highlighted = layout.nodes.slice(0, 5);
    const [outer, ...holes] = rectsOf(highlightVeilPath(bounds, highlighted));
    expect(holes).toHaveLength(highlighted.length);
    for (const box of layout.nodes) expect(contains(outer!, box)).toBe(true);
    highlighted.forEach((box, i) => expect(contains(holes[i]!, box)).toBe(true));
    for (const box of layout.nodes.slice(5))
      expect(holes.some((hole) => rectsOverlap(hole, box))).toBe(false);
  });

  it("never lets two holes overlap, which the even-odd fill would veil again", () => {
    // Every role highlighted at once: the worst case, with neighbours at the layout's least gap.
    const holes = rectsOf(highlightVeilPath(bounds, layout.nodes)).slice(1);
    for (let i = 0; i < holes.length; i++)
      for (let j = i + 1; j < holes.length; j++) expect(rectsOverlap(holes[i]!, holes[j]!)).toBe(false);
  });

  it("leaves out what is not on the map", () => {
    expect(rectsOf(highlightVeilPath(bounds, [undefined]))).toHaveLength(1);
  });
});
