/**
 * The map as a poster: an SVG document, as text, of a view of the map on a landscape A3 or A4 sheet, with
 * its name, the key, the data's review date and a QR code back to the live map. Built from the pure layout
 * (never from the page's DOM), so the same view always gives the same file. Text stays text: every title is a
 * <text> element a reader can select and a screen reader can read, and each role and route is named by a
 * <title>, as the map names them.
 */
import type { Dataset, RouteCategory } from "../dataset/schema";
import { ROUTE_CATEGORIES } from "../dataset/schema";
import type { CareerGraph } from "../graph/career-graph";
import type { VisibleGraph } from "../filters/map-filters";
import type { MapLayout, NodeBox } from "../map/career-map-layout";
import { describeRouteCategory } from "../describe/labels";
import { formatIsoDate } from "../text/format-date";
import { plural } from "../text/words";
import { EDGE_STYLES, familyColour, familyGlyph, type EdgeStyle } from "../map/map-styles";
import { glyphShape } from "../map/glyph-shape";
import { mapNodeLabel, mapRouteLabel } from "../map/node-label";
import { wrapLabel } from "../map/wrap-label";
import {
  INTERCHANGE_HEIGHT,
  INTERCHANGE_WIDTH,
  NODE_FONT_SIZES,
  NODE_GLYPH_INSET,
  NODE_GLYPH_SIZE,
  NODE_STRIP_WIDTH,
  nodeTextLines,
  ROLE_CORNER,
  START_CORNER,
} from "../map/node-drawing";
import { PAPER_MM, paperPoints, type PaperSize } from "./paper";
import { panelSpan, posterPanels } from "./poster-view";

/** A QR code as a path of unit squares on a grid `size` modules wide (lean-qr's toSvgPath, for one). */
export interface QrCodePath {
  path: string;
  size: number;
}

export interface PosterInput {
  graph: CareerGraph;
  dataset: Pick<Dataset, "meta" | "stages" | "families" | "routeKinds">;
  /** What the poster draws: posterContent() of the view. */
  drawn: VisibleGraph;
  /** Every route of the view on screen, to say how many routes lead in and out of each role. */
  visible: VisibleGraph;
  /** What the poster shows, under the map's name: posterSubtitle(). */
  subtitle: string;
  /** The live map's address for this view; the QR code leads there. */
  url: string;
  qr: QrCodePath;
  paper: PaperSize;
}

/** The sheet is drawn in points on A3 (A4 prints the same drawing smaller). */
const SHEET = paperPoints("A3");
const MARGIN = 28;
const HEADER_HEIGHT = 64;
const PANEL_GAP = 24;
/** Room kept round a column of starting points, in layout units. */
const PANEL_BLEED = 16;
const FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, sans-serif";
const TEXT_COLOUR = "#212b32";
const SECONDARY_TEXT = "#4c6272";
const START_COLUMN_FILL = "#e8edee";
const LANE_FILLS = ["#f4f6f7", "#ffffff"] as const;

/** Text made safe as XML character data or inside a double-quoted attribute. */
function xml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A number short enough for a small file and precise enough for print (a hundredth of a unit). */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function text(
  x: number,
  y: number,
  content: string,
  { size, weight = "normal", fill = TEXT_COLOUR, anchor = "start", halo = false }: TextStyle,
): string {
  const attributes = [
    `x="${n(x)}"`,
    `y="${n(y)}"`,
    `font-size="${n(size)}"`,
    weight === "bold" ? `font-weight="bold"` : "",
    `fill="${fill}"`,
    anchor === "start" ? "" : `text-anchor="${anchor}"`,
    halo ? `stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"` : "",
  ].filter((a) => a !== "");
  return `<text ${attributes.join(" ")}>${xml(content)}</text>`;
}

interface TextStyle {
  size: number;
  weight?: "normal" | "bold";
  fill?: string;
  anchor?: "start" | "middle" | "end";
  halo?: boolean;
}

function glyph(familyIndex: number, x: number, y: number, size: number): string {
  const colour = familyColour(familyIndex);
  const shape = glyphShape(familyGlyph(familyIndex), x, y, size);
  const paint =
    shape.strokeWidth === null
      ? `fill="${colour}" stroke="${colour}" stroke-width="1"`
      : `fill="none" stroke="${colour}" stroke-width="${n(shape.strokeWidth)}"`;
  switch (shape.tag) {
    case "circle":
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" ${paint}/>`;
    case "rect":
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" ${paint}/>`;
    case "polygon":
      return `<polygon points="${shape.points}" ${paint}/>`;
    case "path":
      return `<path d="${shape.d}" ${paint}/>`;
  }
}

/** A route's line: its category's colour, weight and pattern, and an arrowhead. */
function routeLine(d: string, style: EdgeStyle): string {
  const dash = style.dash === null ? "" : ` stroke-dasharray="${style.dash}"`;
  const cap = style.group === "lateral" ? ` stroke-linecap="round"` : "";
  const line = `<path d="${d}" fill="none" stroke="${style.colour}" stroke-width="${style.width}"${dash}${cap} marker-end="url(#arrow-${style.group})"/>`;
  const inner = style.double ? `<path d="${d}" fill="none" stroke="#ffffff" stroke-width="1.5"/>` : "";
  return line + inner;
}

function arrowMarkers(): string {
  const groups = new Map(Object.values(EDGE_STYLES).map((style) => [style.group, style.colour]));
  return [...groups]
    .map(
      ([group, colour]) =>
        `<marker id="arrow-${group}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill="${colour}"/></marker>`,
    )
    .join("");
}

function roleBox(box: NodeBox, layout: MapLayout, familyIndex: number | null, label: string): string {
  const isRole = box.nodeType === "role";
  const { title, detail, lastBaseline } = nodeTextLines(box, layout.metrics);
  const parts = [`<title>${xml(label)}</title>`];
  parts.push(
    isRole
      ? `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${ROLE_CORNER}" fill="#ffffff" stroke="${SECONDARY_TEXT}" stroke-width="1"/>`
      : `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${START_CORNER}" fill="#ffffff" stroke="${TEXT_COLOUR}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
  );
  if (isRole && familyIndex !== null) {
    parts.push(
      `<rect x="${n(box.x)}" y="${n(box.y)}" width="${NODE_STRIP_WIDTH}" height="${n(box.height)}" fill="${familyColour(familyIndex)}"/>`,
      glyph(familyIndex, box.x + box.width - NODE_GLYPH_INSET.x, box.y + NODE_GLYPH_INSET.y, NODE_GLYPH_SIZE),
    );
  }
  for (const line of title.lines) {
    parts.push(text(title.x, line.y, line.text, { size: NODE_FONT_SIZES.title, weight: "bold" }));
  }
  for (const line of detail.lines) {
    parts.push(text(detail.x, line.y, line.text, { size: NODE_FONT_SIZES.detail, fill: "#425563" }));
  }
  if (box.otherFamilies > 0) {
    const right = box.x + box.width - 6;
    parts.push(
      `<rect x="${n(right - INTERCHANGE_WIDTH)}" y="${n(lastBaseline - 12)}" width="${INTERCHANGE_WIDTH}" height="${INTERCHANGE_HEIGHT}" rx="${INTERCHANGE_HEIGHT / 2}" fill="#ffffff" stroke="${SECONDARY_TEXT}" stroke-width="1"/>`,
      text(right - INTERCHANGE_WIDTH / 2, lastBaseline, `+${box.otherFamilies}`, {
        size: NODE_FONT_SIZES.interchange,
        weight: "bold",
        anchor: "middle",
      }),
    );
  }
  return `<g>${parts.join("")}</g>`;
}

/** One panel: lanes, column headings, family titles, routes and roles, in the layout's own units. */
function panel(layout: MapLayout, input: PosterInput, routeCounts: Map<string, { in: number; out: number }>) {
  const { graph, dataset } = input;
  const span = panelSpan(layout);
  const right = span.x + span.width;
  const familyIndex = new Map(layout.lanes.map((lane) => [lane.familyId, lane.familyIndex]));
  const hasStarts = layout.nodes.some((box) => box.nodeType === "starting-point");
  const categories = new Map(dataset.routeKinds.map((kind) => [kind.id, kind.category]));
  const backgrounds: string[] = [];
  if (hasStarts) {
    const column = layout.columns[0]!;
    const left = Math.max(span.x, column.x - PANEL_BLEED);
    backgrounds.push(
      `<rect x="${n(left)}" y="0" width="${n(column.x + column.width + PANEL_BLEED - left)}" height="${n(layout.height)}" rx="6" fill="${START_COLUMN_FILL}"/>`,
    );
  }
  for (const lane of layout.lanes) {
    const left = Math.max(span.x, lane.x);
    backgrounds.push(
      `<rect x="${n(left)}" y="${n(lane.y)}" width="${n(Math.min(right, lane.x + lane.width) - left)}" height="${n(lane.height)}" fill="${LANE_FILLS[lane.index % 2]}" stroke="#d8dde0" stroke-width="1"/>`,
    );
  }
  // A column's heading where the panel shows the column: the starting points' only when it has some.
  const headings = layout.columns
    .filter((column) => (column.index > 0 || hasStarts) && column.x >= span.x && column.x < right)
    .map((column) => text(column.x, 22, column.label, { size: 14, weight: "bold", fill: SECONDARY_TEXT }));
  const laneTitles = layout.lanes.map(
    (lane) =>
      glyph(lane.familyIndex, lane.nameX - 12, lane.nameY - 5, 11) +
      lane.nameLines
        .map((line, i) =>
          text(lane.nameX, lane.nameY + i * lane.nameLineHeight, line, {
            size: 14,
            weight: "bold",
            fill: familyColour(lane.familyIndex),
            halo: true,
          }),
        )
        .join(""),
  );
  const routes = layout.edges.map((edge) => {
    const route = graph.edgesByKey.get(edge.key)!;
    const style = EDGE_STYLES[categories.get(edge.kind) ?? "training"];
    return `<g><title>${xml(mapRouteLabel(graph, dataset.routeKinds, route))}</title>${routeLine(edge.d, style)}</g>`;
  });
  const roles = layout.nodes.map((box) => {
    const counts = routeCounts.get(box.id) ?? { in: 0, out: 0 };
    const label = mapNodeLabel(graph.nodes.get(box.id)!, dataset.families, counts.in, counts.out);
    return roleBox(
      box,
      layout,
      box.familyId === null ? null : (familyIndex.get(box.familyId) ?? null),
      label,
    );
  });
  return [
    `<g aria-hidden="true">${backgrounds.join("")}</g>`,
    `<g aria-hidden="true">${headings.join("")}${laneTitles.join("")}</g>`,
    `<g>${routes.join("")}</g>`,
    `<g>${roles.join("")}</g>`,
  ].join("");
}

/**
 * An address in lines of at most `maxChars`, broken after a "/", "?", "&" or "," where one is near the end of
 * a line: never with a hyphen, which would read as part of the address.
 */
export function addressLines(address: string, maxChars: number): string[] {
  const lines: string[] = [];
  let rest = address;
  while (rest.length > maxChars) {
    const head = rest.slice(0, maxChars);
    const breakAt = Math.max(...["/", "?", "&", ","].map((mark) => head.lastIndexOf(mark)));
    const cut = breakAt >= maxChars / 2 ? breakAt + 1 : maxChars;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...lines, rest];
}

/** How to read the map, at the right of the header; the "+4" only where a role carries one. */
function readingNotes(layouts: ReadonlyArray<MapLayout>): string {
  const joined = layouts.flatMap((layout) => layout.nodes).find((box) => box.otherFamilies > 0);
  const notes = [
    "Each line is a route from one role to another; the arrow points the way it goes.",
    "“Band 4 → 5”: band 4 while training, band 5 once qualified.",
    ...(joined === undefined
      ? []
      : [
          `“+${joined.otherFamilies}” on a role: its routes join it to ${plural(joined.otherFamilies, "role")} in other families.`,
        ]),
    "Other routes, between families and from where you start: on the live map (scan the code).",
  ];
  return notes
    .map((note, i) =>
      text(SHEET.width - MARGIN, MARGIN + 12 + i * 14, note, { size: 10, fill: TEXT_COLOUR, anchor: "end" }),
    )
    .join("");
}

/** A part of the key drawn at a place: its SVG and the height it took. */
interface KeySection {
  svg: string;
  height: number;
}

const KEY_ROW = 14;
const KEY_HEADING = 22;
const QR_SIDE = 112;
/** Characters of 9.5-point text per point of width, roughly (Arial's average letter is half its size). */
const CHARS_PER_POINT = 1 / (9.5 * 0.5);

/** The kinds of route drawn: a sample of each line, with what it stands for in this dataset. */
function routeKinds(
  input: PosterInput,
  layouts: MapLayout[],
  x: number,
  y: number,
  width: number,
): KeySection {
  const categoryOf = new Map(input.dataset.routeKinds.map((kind) => [kind.id, kind.category]));
  const drawn = new Set<RouteCategory>(
    layouts.flatMap((layout) => layout.edges.map((edge) => categoryOf.get(edge.kind) ?? "training")),
  );
  const parts = [text(x, y + 12, "Kinds of route", { size: 12, weight: "bold" })];
  let rowY = y + KEY_HEADING + 10;
  for (const category of ROUTE_CATEGORIES.filter((c) => drawn.has(c))) {
    const style = EDGE_STYLES[category];
    parts.push(`<g aria-hidden="true">${routeLine(`M${n(x)},${n(rowY - 3.5)}H${n(x + 38)}`, style)}</g>`);
    const lines = wrapLabel(
      describeRouteCategory(category, input.dataset.routeKinds),
      (width - 46) * CHARS_PER_POINT,
    );
    lines.forEach((line, i) => parts.push(text(x + 46, rowY + i * 11, line, { size: 9.5 })));
    rowY += KEY_ROW + (lines.length - 1) * 11;
  }
  return { svg: parts.join(""), height: rowY - KEY_ROW - y };
}

/** The families on show, each with its glyph and colour, in as many columns as asked. */
function families(layouts: MapLayout[], x: number, y: number, columns: number, columnWidth: number) {
  const lanes = [
    ...new Map(layouts.flatMap((layout) => layout.lanes).map((lane) => [lane.familyId, lane])).values(),
  ].sort((a, b) => a.familyIndex - b.familyIndex);
  const perColumn = Math.max(1, Math.ceil(lanes.length / columns));
  const parts = [text(x, y + 12, "Families of roles", { size: 12, weight: "bold" })];
  lanes.forEach((lane, i) => {
    const lx = x + Math.floor(i / perColumn) * columnWidth;
    const rowY = y + KEY_HEADING + 10 + (i % perColumn) * KEY_ROW;
    parts.push(
      `<g aria-hidden="true">${glyph(lane.familyIndex, lx + 6, rowY - 3.5, 10)}</g>`,
      text(lx + 16, rowY, lane.name, { size: 9.5 }),
    );
  });
  return { svg: parts.join(""), height: KEY_HEADING + 10 + (perColumn - 1) * KEY_ROW };
}

/** Where the live map is (the view's address) and where the data comes from, with its review date. */
function source(input: PosterInput, x: number, y: number, width: number): KeySection {
  const { meta } = input.dataset;
  const chars = Math.floor(width / 4.6);
  const parts = [text(x, y + 12, "Scan for the live map of this view", { size: 12, weight: "bold" })];
  let rowY = y + 28;
  for (const line of addressLines(input.url, chars)) {
    parts.push(text(x, rowY, line, { size: 8.5, fill: SECONDARY_TEXT }));
    rowY += 11;
  }
  rowY += 8;
  parts.push(
    text(x, rowY, `Data last reviewed ${formatIsoDate(meta.lastReviewed)}`, { size: 10, weight: "bold" }),
  );
  rowY += 13;
  for (const line of wrapLabel(`${meta.title}.`, width * CHARS_PER_POINT, 4)) {
    parts.push(text(x, rowY, line, { size: 9 }));
    rowY += 11;
  }
  return { svg: parts.join(""), height: rowY - 11 - y };
}

/** The QR code of the live view's address, with its quiet zone, its top left corner at (x, y). */
function qrCode(qr: QrCodePath, x: number, y: number): KeySection {
  const quiet = 4;
  const unit = QR_SIDE / (qr.size + 2 * quiet);
  return {
    svg:
      `<g><title>QR code of the link to this view of the live map</title>` +
      `<rect x="${n(x)}" y="${n(y)}" width="${QR_SIDE}" height="${QR_SIDE}" fill="#ffffff"/>` +
      `<path transform="translate(${n(x + quiet * unit)} ${n(y + quiet * unit)}) scale(${Math.round(unit * 1000) / 1000})" d="${qr.path}" fill="#000000"/></g>`,
    height: QR_SIDE,
  };
}

/** The key in a band under the map: its parts side by side, the QR code at the right. */
const KEY_BAND = { height: 150 };
/** The key in a column beside the map: its parts one above another. */
const KEY_COLUMN = { width: 250 };

function keyBand(input: PosterInput, layouts: MapLayout[], top: number): string {
  return [
    `<path d="M${MARGIN},${n(top - 10)}H${n(SHEET.width - MARGIN)}" stroke="#d8dde0" stroke-width="1"/>`,
    routeKinds(input, layouts, MARGIN, top, 300).svg,
    families(layouts, MARGIN + 330, top, 2, 205).svg,
    source(input, MARGIN + 750, top, 250).svg,
    qrCode(input.qr, SHEET.width - MARGIN - QR_SIDE, top).svg,
  ].join("");
}

function keyColumn(input: PosterInput, layouts: MapLayout[], top: number): string {
  const x = SHEET.width - MARGIN - KEY_COLUMN.width;
  const parts = [
    `<path d="M${n(x - 12)},${n(top)}V${n(SHEET.height - MARGIN)}" stroke="#d8dde0" stroke-width="1"/>`,
  ];
  let y = top;
  for (const section of [
    (at: number) => routeKinds(input, layouts, x, at, KEY_COLUMN.width),
    (at: number) => families(layouts, x, at, 1, KEY_COLUMN.width),
    (at: number) => source(input, x, at, KEY_COLUMN.width),
    (at: number) => qrCode(input.qr, x, at),
  ]) {
    const drawn = section(y);
    parts.push(drawn.svg);
    y += drawn.height + 18;
  }
  return parts.join("");
}

/**
 * The poster as an SVG document (text), ready to save as a .svg file or to print on a landscape sheet. The key
 * goes under the map or beside it, whichever leaves the map larger (a tall map gains height beside it).
 * @example posterSvg({ graph, dataset, drawn, visible, subtitle: "Nursing: 9 roles", url, qr, paper: "A3" })
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="420mm" …'
 */
export function posterSvg(input: PosterInput): string {
  const { dataset, graph, drawn, visible, paper } = input;
  const mapTop = MARGIN + HEADER_HEIGHT;
  const areas = {
    below: {
      width: SHEET.width - 2 * MARGIN,
      height: SHEET.height - MARGIN - KEY_BAND.height - 20 - mapTop,
      gap: PANEL_GAP,
    },
    beside: {
      width: SHEET.width - 2 * MARGIN - KEY_COLUMN.width - 24,
      height: SHEET.height - MARGIN - mapTop,
      gap: PANEL_GAP,
    },
  };
  const below = posterPanels(graph, dataset, drawn, areas.below);
  const beside = posterPanels(graph, dataset, drawn, areas.beside);
  const keyBeside = beside.scale > below.scale * 1.05;
  const { layouts, scale } = keyBeside ? beside : below;
  const area = keyBeside ? areas.beside : areas.below;
  // A map shorter than its room sits in the middle of it, not under the header with a gap below.
  const panelTop = mapTop + (area.height - Math.max(...layouts.map((layout) => layout.height)) * scale) / 2;
  const routeCounts = new Map<string, { in: number; out: number }>();
  const count = (id: string, way: "in" | "out") => {
    const counts = routeCounts.get(id) ?? { in: 0, out: 0 };
    counts[way]++;
    routeCounts.set(id, counts);
  };
  for (const key of visible.edgeKeys) {
    const edge = graph.edgesByKey.get(key);
    if (edge === undefined) continue;
    count(edge.from, "out");
    count(edge.to, "in");
  }
  const totalWidth =
    layouts.reduce((sum, layout) => sum + panelSpan(layout).width * scale, 0) +
    (layouts.length - 1) * PANEL_GAP;
  let x = MARGIN + (area.width - totalWidth) / 2;
  const panels = layouts.map((layout) => {
    const span = panelSpan(layout);
    const group = `<g transform="translate(${n(x - span.x * scale)} ${n(panelTop)}) scale(${Math.round(scale * 10000) / 10000})">${panel(layout, input, routeCounts)}</g>`;
    x += span.width * scale + PANEL_GAP;
    return group;
  });
  const roleCount = [...drawn.nodeIds].filter((id) => graph.nodes.get(id)?.nodeType === "role").length;
  const familyCount = new Set(layouts.flatMap((layout) => layout.lanes.map((lane) => lane.familyId))).size;
  const routeCount = layouts.reduce((sum, layout) => sum + layout.edges.length, 0);
  const title = `${dataset.meta.name}: ${input.subtitle}`;
  const description =
    `A poster of the careers map: ${plural(roleCount, "role")} in ${familyCount} ${familyCount === 1 ? "family" : "families"}, ` +
    `with ${plural(routeCount, "route")} between them. Data last reviewed ${formatIsoDate(dataset.meta.lastReviewed)}. ` +
    `The live map of this view: ${input.url}`;
  const { width, height } = PAPER_MM[paper];
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}mm" height="${height}mm" viewBox="0 0 ${n(SHEET.width)} ${n(SHEET.height)}" lang="en-GB" font-family="${FONT_FAMILY}" aria-labelledby="poster-title" aria-describedby="poster-description">`,
    `<title id="poster-title">${xml(title)}</title>`,
    `<desc id="poster-description">${xml(description)}</desc>`,
    `<defs>${arrowMarkers()}</defs>`,
    `<rect width="${n(SHEET.width)}" height="${n(SHEET.height)}" fill="#ffffff"/>`,
    text(MARGIN, MARGIN + 24, dataset.meta.name, { size: 26, weight: "bold" }),
    text(MARGIN, MARGIN + 50, input.subtitle, { size: 15, fill: SECONDARY_TEXT }),
    readingNotes(layouts),
    ...panels,
    keyBeside
      ? keyColumn(input, layouts, mapTop)
      : keyBand(input, layouts, SHEET.height - MARGIN - KEY_BAND.height),
    `</svg>`,
  ].join("\n");
}
