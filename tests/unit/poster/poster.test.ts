// @vitest-environment jsdom
/**
 * The map as a poster (issue 17): what it draws for a view, how it sets a tall map in panels on a landscape
 * sheet, and the SVG it writes: well-formed, every role's title as text, the key, the review date and the QR
 * code's address, the same file for the same view.
 */
import { describe, expect, it } from "vitest";
import { NO_FILTERS, visibleGraph, type MapFilters } from "../../../src/core/filters/map-filters";
import { buildCareerGraph } from "../../../src/core/graph/career-graph";
import { layerOf } from "../../../src/core/map/career-map-layout";
import { reachFromStarts } from "../../../src/core/map/starting-reach";
import * as routeFinder from "../../../src/core/route";
import { paperPoints } from "../../../src/core/poster/paper";
import { addressLines, posterSvg, type PosterInput } from "../../../src/core/poster/poster-svg";
import {
  panelSpan,
  posterContent,
  posterFileName,
  posterPanels,
  posterSubtitle,
} from "../../../src/core/poster/poster-view";
import { loadBundledCareerData } from "../../support/bundled-data";

const { dataset, graph } = loadBundledCareerData();
const NURSING: MapFilters = { ...NO_FILTERS, families: ["nursing"] };
const URL_OF_VIEW = "https://careers.example.nhs.uk/careers-map/?family=nursing&from=gcses";
/** A small stand-in QR code (a 21-module grid with one dark module): the poster only places the path given. */
const QR = { path: "M0 0L1 0L1 1L0 1Z", size: 21 };
/** The band under the map on A3, in points: the room the poster gives its panels when the key is below. */
const BAND_AREA = { width: 1134, height: 552, gap: 24 };
/** The room beside the key when the key is a column at the sheet's right. */
const BESIDE_AREA = { width: 860, height: 722, gap: 24 };

const isRole = (id: string) => graph.nodes.get(id)?.nodeType === "role";

function posterOf(filters: MapFilters, starts: string[] = [], paper: PosterInput["paper"] = "A3") {
  const visible = visibleGraph(graph, filters);
  const reach = starts.length === 0 ? null : reachFromStarts(graph, starts, routeFinder);
  const drawn = posterContent(graph, visible, reach);
  const roleCount = [...drawn.nodeIds].filter(isRole).length;
  const subtitle = posterSubtitle(graph, dataset, filters, starts, roleCount);
  const svg = posterSvg({ graph, dataset, drawn, visible, subtitle, url: URL_OF_VIEW, qr: QR, paper });
  return { svg, drawn, subtitle, document: new DOMParser().parseFromString(svg, "image/svg+xml") };
}

/** Each role's visible title on the poster: its bold lines joined (the "+4" badge aside). */
function shownTitles(document: Document): string[] {
  return [...document.querySelectorAll("g > title")]
    .filter((title) => / routes? in, \d+ routes? out\.$/.test(title.textContent ?? ""))
    .map((title) =>
      [...title.parentElement!.querySelectorAll("text[font-weight='bold']")]
        .map((line) => line.textContent ?? "")
        .filter((line) => !/^\+\d+$/.test(line))
        .join(" ")
        .replace(/(\w)- (\w)/g, "$1$2"),
    );
}

describe("what a poster draws", () => {
  it("draws every role of the view and each family's ladder, but no starting point and no other route", () => {
    const visible = visibleGraph(graph, NO_FILTERS);
    const drawn = posterContent(graph, visible, null);
    const roles = [...visible.nodeIds].filter(isRole);
    expect([...drawn.nodeIds].sort()).toEqual(roles.sort());
    const ladder = [...visible.edgeKeys].filter(
      (key) => layerOf(graph.edgesByKey.get(key)!, graph) === "ladder",
    );
    expect(ladder.length).toBeGreaterThan(20);
    expect([...drawn.edgeKeys].sort()).toEqual(ladder.sort());
  });

  it("for chosen starts, draws only what they reach: the starts, their first steps, and ladders within reach", () => {
    const reach = reachFromStarts(graph, ["gcses"], routeFinder);
    const drawn = posterContent(graph, visibleGraph(graph, NO_FILTERS), reach);
    expect(drawn.nodeIds.has("gcses")).toBe(true);
    expect([...drawn.nodeIds].every((id) => reach.reachable.has(id))).toBe(true);
    const firstSteps = new Set(reach.firstSteps.map((step) => step.to));
    for (const key of drawn.edgeKeys) {
      const edge = graph.edgesByKey.get(key)!;
      if (edge.from === "gcses") expect(firstSteps.has(edge.to)).toBe(true);
      else expect(layerOf(edge, graph)).toBe("ladder");
    }
    expect([...drawn.edgeKeys].some((key) => graph.edgesByKey.get(key)!.from === "gcses")).toBe(true);
  });

  it("names the view under the map's name, and in the file name", () => {
    expect(posterSubtitle(graph, dataset, NURSING, [], 4)).toBe("Nursing: 4 roles");
    expect(posterSubtitle(graph, dataset, NO_FILTERS, [], 50)).toBe("The whole map: 50 roles");
    expect(posterSubtitle(graph, dataset, { ...NO_FILTERS, apprenticeshipOnly: true }, [], 9)).toBe(
      "Filtered roles: 9 roles",
    );
    expect(posterSubtitle(graph, dataset, NURSING, ["gcses"], 3)).toBe(
      `Starting from ${graph.nodes.get("gcses")!.title}: 3 roles within reach (Nursing)`,
    );
    expect(posterFileName("psychological-professions", NURSING, [], "A4")).toBe(
      "psychological-professions-nursing-A4",
    );
    expect(posterFileName("psychological-professions", NO_FILTERS, ["gcses"], "A3")).toBe(
      "psychological-professions-from-gcses-A3",
    );
    expect(posterFileName("psychological-professions", NO_FILTERS, [], "A3")).toBe(
      "psychological-professions-whole-map-A3",
    );
  });
});

describe("panels on the sheet", () => {
  it("sets the whole map in panels side by side that fit the room, each role in one panel, no route lost", () => {
    const drawn = posterContent(graph, visibleGraph(graph, NO_FILTERS), null);
    const { layouts, scale } = posterPanels(graph, dataset, drawn, BAND_AREA);
    expect(layouts.length).toBeGreaterThan(1);
    const widths = layouts.reduce((sum, layout) => sum + panelSpan(layout).width, 0);
    expect(widths * scale + (layouts.length - 1) * BAND_AREA.gap).toBeLessThanOrEqual(BAND_AREA.width + 0.01);
    for (const layout of layouts) expect(layout.height * scale).toBeLessThanOrEqual(BAND_AREA.height + 0.01);
    const placed = layouts.flatMap((layout) => layout.nodes.map((box) => box.id));
    expect(placed.sort()).toEqual([...drawn.nodeIds].sort());
    const routes = layouts.flatMap((layout) => layout.edges.map((edge) => edge.key));
    expect(routes.sort()).toEqual([...drawn.edgeKeys].sort());
    // Side by side, it is drawn larger than one column of every family would be.
    const oneColumn = layouts.reduce((sum, layout) => sum + layout.height, 0);
    expect(scale).toBeGreaterThan(BAND_AREA.height / oneColumn);
  });

  it("keeps families joined by a drawn first step in one panel, so no step from a job held now is lost", () => {
    const reach = reachFromStarts(graph, ["healthcare-support-worker"], routeFinder);
    const drawn = posterContent(graph, visibleGraph(graph, NO_FILTERS), reach);
    const crossing = [...drawn.edgeKeys].filter(
      (key) => layerOf(graph.edgesByKey.get(key)!, graph) === "interchange",
    );
    expect(crossing.length).toBeGreaterThan(0);
    for (const area of [BAND_AREA, BESIDE_AREA]) {
      const { layouts } = posterPanels(graph, dataset, drawn, area);
      const routes = layouts.flatMap((layout) => layout.edges.map((edge) => edge.key));
      expect(routes.sort()).toEqual([...drawn.edgeKeys].sort());
    }
  });

  it("draws one family in one panel", () => {
    const drawn = posterContent(graph, visibleGraph(graph, NURSING), null);
    expect(posterPanels(graph, dataset, drawn, BAND_AREA).layouts).toHaveLength(1);
  });
});

describe("the poster's SVG", () => {
  it("is a well-formed SVG sheet of A3 or A4 with a title, a description and the view's name", () => {
    for (const paper of ["A3", "A4"] as const) {
      const { document, subtitle } = posterOf(NURSING, [], paper);
      expect(document.querySelector("parsererror")).toBeNull();
      const root = document.documentElement;
      expect(root.tagName).toBe("svg");
      expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual(
        paper === "A3" ? ["420mm", "297mm"] : ["297mm", "210mm"],
      );
      // One drawing for both sizes, in A3's points: A4 prints it smaller.
      expect(root.getAttribute("viewBox")).toBe("0 0 1190.55 841.89");
      expect(root.querySelector(":scope > title")?.textContent).toBe(`${dataset.meta.name}: ${subtitle}`);
      expect(root.querySelector(":scope > desc")?.textContent).toContain(
        "Data last reviewed 30 November 2026",
      );
    }
  });

  it("shows every role of the view by its whole title, as text, and names each role and route", () => {
    for (const filters of [NURSING, NO_FILTERS]) {
      const { document, drawn } = posterOf(filters);
      const titles = [...drawn.nodeIds].filter(isRole).map((id) => graph.nodes.get(id)!.title);
      expect(shownTitles(document).sort()).toEqual(titles.sort());
      const names = [...document.querySelectorAll("g > title")].map((title) => title.textContent ?? "");
      for (const key of drawn.edgeKeys) {
        const edge = graph.edgesByKey.get(key)!;
        const from = graph.nodes.get(edge.from)!.title;
        const to = graph.nodes.get(edge.to)!.title;
        expect(names.some((name) => name.includes(`: ${from} to ${to}, by ${edge.route.programme}.`))).toBe(
          true,
        );
      }
    }
  });

  it("carries the key, the review date, the dataset's name and the QR code with its address", () => {
    const { document } = posterOf(NURSING, ["gcses"]);
    const lines = [...document.querySelectorAll("text")].map((t) => t.textContent ?? "");
    const text = lines.join(" ");
    expect(text).toContain("Kinds of route");
    expect(text).toContain("Families of roles");
    expect(text).toContain("Data last reviewed 30 November 2026");
    expect(text).toContain(dataset.meta.title);
    expect(text).toContain("Starting from GCSEs");
    const address = lines.filter((line) => line.length > 10 && URL_OF_VIEW.includes(line));
    expect(address.join("")).toBe(URL_OF_VIEW);
    const qr = [...document.querySelectorAll("g > title")].find(
      (title) => title.textContent === "QR code of the link to this view of the live map",
    );
    expect(qr?.parentElement?.querySelector("path")?.getAttribute("d")).toBe(QR.path);
  });

  it("is the same file for the same view", () => {
    expect(posterOf(NO_FILTERS).svg).toBe(posterOf(NO_FILTERS).svg);
  });

  it("writes data as text: a title with markup in it stays text", () => {
    const title = `Nurse <script>alert("x")</script> & "friends"`;
    const changed = {
      ...dataset,
      roles: dataset.roles.map((role) => (role.id === "mental-health-nurse" ? { ...role, title } : role)),
    };
    const changedGraph = buildCareerGraph(changed);
    const visible = visibleGraph(changedGraph, NURSING);
    const drawn = posterContent(changedGraph, visible, null);
    const svg = posterSvg({
      graph: changedGraph,
      dataset: changed,
      drawn,
      visible,
      subtitle: "Nursing",
      url: URL_OF_VIEW,
      qr: QR,
      paper: "A3",
    });
    expect(svg).not.toContain("<script");
    const document = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(document.querySelector("parsererror")).toBeNull();
    expect(document.querySelector("script")).toBeNull();
    const names = [...document.querySelectorAll("g > title")].map((t) => t.textContent ?? "");
    expect(names.some((name) => name.startsWith(`${title}. Nursing.`))).toBe(true);
  });
});

describe("addressLines", () => {
  it("breaks an address after a / ? & or , and never adds a hyphen", () => {
    const address =
      "https://careers.example.nhs.uk/careers-map/?family=psychological-therapies,nursing&from=gcses";
    const lines = addressLines(address, 40);
    expect(lines.join("")).toBe(address);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines[0]).toBe("https://careers.example.nhs.uk/");
    expect(addressLines("https://a.example/", 40)).toEqual(["https://a.example/"]);
  });
});

describe("paper", () => {
  it("gives A3 and A4 landscape in points, as a PDF measures its pages", () => {
    expect(paperPoints("A3").width).toBeCloseTo(1190.55, 2);
    expect(paperPoints("A3").height).toBeCloseTo(841.89, 2);
    expect(paperPoints("A4").width).toBeCloseTo(841.89, 2);
    expect(paperPoints("A4").height).toBeCloseTo(595.28, 2);
  });
});
