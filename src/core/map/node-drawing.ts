/**
 * Where a node's parts sit inside its box: the family's strip and glyph, the title and detail lines, the "+4"
 * of its interchanges. The map's nodes and the poster draw them from here, so both read the same.
 */
import { DEFAULT_LAYOUT_OPTIONS, type BoxMetrics, type NodeBox } from "./career-map-layout";

/** The family's colour strip down a role's left side. */
export const NODE_STRIP_WIDTH = 6;
/** Where a role's text starts, past the strip; a starting point has no strip. */
export const ROLE_TEXT_LEFT = 14;
export const START_TEXT_LEFT = 12;
/** The "+4" that says how many roles in other families a role's routes join it to (an interchange). */
export const INTERCHANGE_WIDTH = 28;
export const INTERCHANGE_HEIGHT = 16;
/** The glyph in a role's top right corner: its size and its centre's distance from that corner. */
export const NODE_GLYPH_SIZE = 9;
export const NODE_GLYPH_INSET = { x: 11, y: 12 } as const;
/** Corner radius: roles are squarer than starting points. */
export const ROLE_CORNER = 4;
export const START_CORNER = 14;
/**
 * The room round a box that its hit area, focus ring and the highlight's hole take: half the least gap between
 * two boxes (the layout's nodeGap), so neighbours' rooms never overlap.
 */
export const NODE_HALO = DEFAULT_LAYOUT_OPTIONS.nodeGap / 2;
/** The title's, the detail's and the "+4"'s font sizes (the layout wraps text for them). */
export const NODE_FONT_SIZES = { title: 13, detail: 12, interchange: 11 } as const;

export interface NodeTextLines {
  x: number;
  /** Each line's baseline, with its text. */
  lines: { y: number; text: string }[];
}

/**
 * The baselines of a node's title and detail lines (3 units above the foot of each line), and of its "+4".
 * @example nodeTextLines(box, layout.metrics).title.lines[0] // { y: box.y + 7 + 12, text: "Counsellor" }
 */
export function nodeTextLines(
  box: NodeBox,
  metrics: BoxMetrics,
): { title: NodeTextLines; detail: NodeTextLines; lastBaseline: number } {
  const x = box.x + (box.nodeType === "role" ? ROLE_TEXT_LEFT : START_TEXT_LEFT);
  const titleTop = box.y + metrics.paddingY;
  const detailTop = titleTop + box.titleLines.length * metrics.titleLineHeight;
  return {
    title: {
      x,
      lines: box.titleLines.map((text, i) => ({ y: titleTop + (i + 1) * metrics.titleLineHeight - 3, text })),
    },
    detail: {
      x: box.x + ROLE_TEXT_LEFT,
      lines: box.detailLines.map((text, i) => ({
        y: detailTop + (i + 1) * metrics.detailLineHeight - 3,
        text,
      })),
    },
    lastBaseline: detailTop + box.detailLines.length * metrics.detailLineHeight - 3,
  };
}
