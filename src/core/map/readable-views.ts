/**
 * Views of the map that keep its text readable: the first view, a family fitted to the frame, a role brought
 * into view. Pure, so the unit tests can say what a person sees first in a frame of a given size.
 */
import type { MapLayout } from "./career-map-layout";
import type { Rect } from "./geometry";

/**
 * The least zoom any view the map chooses for itself may have: role titles are 13px, so they stay at 11px or
 * more. People may zoom further out themselves.
 */
export const READABLE_SCALE = 0.85;
/** The most a view the map chooses for itself zooms in. */
export const NATURAL_SCALE = 1;
/** Room kept between the frame's edge and what a view fits into it. */
export const VIEW_PADDING = 12;

/** Translate by (x, y) pixels, then scale by k. */
export interface Viewpoint {
  x: number;
  y: number;
  k: number;
}

export interface FrameSize {
  width: number;
  height: number;
}

/** How far lanes and the starting points' column reach beyond their columns. */
function bleedOf(layout: MapLayout): number {
  const lane = layout.lanes[0];
  return lane === undefined || layout.columns[1] === undefined ? 0 : layout.columns[1].x - lane.x;
}

/**
 * Everything the map draws, in its own coordinates.
 * @example contentBounds(layout) // { x: -16, y: 0, width: 1488, height: 2950 }
 */
export function contentBounds(layout: MapLayout): Rect {
  const bleed = bleedOf(layout);
  return { x: layout.columns[0]!.x - bleed, y: 0, width: layout.width + 2 * bleed, height: layout.height };
}

const clampScale = (k: number) => Math.min(NATURAL_SCALE, Math.max(READABLE_SCALE, k));

/**
 * What the frame shows of a map rectangle at a view: the map's own coordinates.
 * @example visibleArea({ x: 0, y: 0, k: 0.5 }, { width: 100, height: 50 }) // { x: 0, y: 0, width: 200, height: 100 }
 */
export function visibleArea(view: Viewpoint, frame: FrameSize): Rect {
  return {
    x: -view.x / view.k,
    y: -view.y / view.k,
    width: frame.width / view.k,
    height: frame.height / view.k,
  };
}

/**
 * The map's first view: its top, as wide as fits at a readable zoom (never larger than life). A frame too
 * narrow for the starting points and two stages (a phone) starts at the first stage, so it opens on the
 * ladders; the starting points are also offered above the map.
 * @example firstView(layout, { width: 1246, height: 660 }) // { x: 26, y: 12, k: 0.85 }
 */
export function firstView(layout: MapLayout, frame: FrameSize): Viewpoint {
  const content = contentBounds(layout);
  const room = frame.width - 2 * VIEW_PADDING;
  const k = clampScale(room / content.width);
  if (content.width * k <= room)
    return { x: (frame.width - content.width * k) / 2 - content.x * k, y: VIEW_PADDING, k };
  const third = layout.columns[2];
  const startsCrowd = third !== undefined && (third.x + third.width - content.x) * k > room;
  const from = startsCrowd ? layout.columns[1]!.x - bleedOf(layout) : content.x;
  return { x: VIEW_PADDING - from * k, y: VIEW_PADDING, k };
}

/**
 * A view that shows a rectangle of the map (a family's lane, a route, first steps) from its top left, as
 * large as fits between a readable zoom and life size; what does not fit runs on to the right and below.
 * @example fitView({ x: 0, y: 400, width: 1400, height: 300 }, { width: 1246, height: 660 }) // { x: 12, y: -328, k: 0.85 }
 */
export function fitView(rect: Rect, frame: FrameSize): Viewpoint {
  const k = clampScale(
    Math.min((frame.width - 2 * VIEW_PADDING) / rect.width, (frame.height - 2 * VIEW_PADDING) / rect.height),
  );
  return { x: VIEW_PADDING - rect.x * k, y: VIEW_PADDING - rect.y * k, k };
}
