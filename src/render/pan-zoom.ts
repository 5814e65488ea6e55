/**
 * The only code that lets d3 touch the map's DOM: pan and zoom on an SVG element, applied as a transform on one
 * group inside it. React creates it in an effect, calls its methods from buttons and focus handlers, and
 * destroys it on unmount; React owns every other element.
 */
import { select } from "d3-selection";
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from "d3-zoom";
import type { Rect } from "../core/map/geometry";
import type { Viewpoint } from "../core/map/readable-views";

export interface PanZoomOptions {
  /** The element that receives pointer, wheel and touch gestures. */
  svg: SVGSVGElement;
  /** The group whose transform is set. */
  viewport: SVGGElement;
  minScale: number;
  maxScale: number;
  /** Told of every change of view (pan or zoom, by a gesture or a call), e.g. to draw an overview. */
  onChange?: (view: Viewpoint) => void;
}

export interface PanZoom {
  /** Changes the scale limits, e.g. for a map of another size. */
  update(options: Partial<Pick<PanZoomOptions, "minScale" | "maxScale">>): void;
  zoomBy(factor: number): void;
  /** Sets the view. */
  setView(view: Viewpoint): void;
  /** The view now. */
  view(): Viewpoint;
  /** The size of the visible area, in pixels. */
  size(): { width: number; height: number };
  /** Shows the whole rectangle, as large as fits between the scale limits, at the top left when it cannot fit. */
  fit(content: Rect, options?: { minScale?: number; padding?: number }): void;
  /** Pans as little as needed to bring the rectangle fully into view. */
  reveal(rect: Rect, padding?: number): void;
  /** Centres the rectangle in view at the current zoom. */
  centreOn(rect: Rect): void;
  destroy(): void;
}

/**
 * @example
 * const panZoom = createPanZoom({ svg, viewport, minScale: 0.25, maxScale: 2.5 });
 * panZoom.fit({ x: 0, y: 0, width: 1600, height: 900 });
 * panZoom.destroy();
 */
export function createPanZoom(initial: PanZoomOptions): PanZoom {
  let options = initial;
  const svgSelection = select<SVGSVGElement, unknown>(options.svg);
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([options.minScale, options.maxScale])
    // The visible area, measured rather than read from the SVG's viewBox (which the map does not set).
    .extent(() => {
      const { width, height } = options.svg.getBoundingClientRect();
      return [
        [0, 0],
        [width, height],
      ];
    })
    // A plain wheel scrolls the page; pinching (or ctrl + wheel) zooms. The mouse drags the map; on a touch
    // screen one finger scrolls the page (the map's CSS lets the browser have it) and two fingers pan and pinch.
    .filter((event: Event) => {
      if (event.type === "wheel") return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      if (event.type === "touchstart") return (event as TouchEvent).touches.length >= 2;
      return !(event as MouseEvent).button;
    })
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const { x, y, k } = event.transform;
      options.viewport.setAttribute("transform", `translate(${x},${y}) scale(${k})`);
      options.onChange?.({ x, y, k });
    });
  svgSelection.call(behaviour).on("dblclick.zoom", null);

  const size = () => {
    const box = options.svg.getBoundingClientRect();
    return { width: box.width, height: box.height };
  };
  const current = () => {
    const { x, y, k } = zoomTransform(options.svg);
    return { x, y, k };
  };
  const setTransform = (x: number, y: number, k: number) => {
    behaviour.transform(svgSelection, zoomIdentity.translate(x, y).scale(k));
  };

  return {
    update(next) {
      options = { ...options, ...next };
      behaviour.scaleExtent([options.minScale, options.maxScale]);
    },
    zoomBy(factor) {
      behaviour.scaleBy(svgSelection, factor);
    },
    setView({ x, y, k }) {
      setTransform(x, y, Math.max(options.minScale, Math.min(options.maxScale, k)));
    },
    view: current,
    size,
    fit(content, { minScale = options.minScale, padding = 16 } = {}) {
      const { width, height } = size();
      if (width === 0 || height === 0) return;
      const scaleToFit = Math.min(
        (width - 2 * padding) / content.width,
        (height - 2 * padding) / content.height,
      );
      const k = Math.max(minScale, Math.min(options.maxScale, scaleToFit));
      const fitsAcross = content.width * k <= width - 2 * padding;
      const fitsDown = content.height * k <= height - 2 * padding;
      const x = fitsAcross ? (width - content.width * k) / 2 - content.x * k : padding - content.x * k;
      const y = fitsDown ? (height - content.height * k) / 2 - content.y * k : padding - content.y * k;
      setTransform(x, y, k);
    },
    reveal(rect, padding = 24) {
      const { width, height } = size();
      const { x, y, k } = current();
      const left = rect.x * k + x;
      const top = rect.y * k + y;
      const right = left + rect.width * k;
      const bottom = top + rect.height * k;
      let dx = 0;
      let dy = 0;
      if (left < padding) dx = padding - left;
      else if (right > width - padding) dx = Math.max(padding - left, width - padding - right);
      if (top < padding) dy = padding - top;
      else if (bottom > height - padding) dy = Math.max(padding - top, height - padding - bottom);
      if (dx !== 0 || dy !== 0) setTransform(x + dx, y + dy, k);
    },
    centreOn(rect) {
      const { width, height } = size();
      const { k } = current();
      setTransform(width / 2 - (rect.x + rect.width / 2) * k, height / 2 - (rect.y + rect.height / 2) * k, k);
    },
    destroy() {
      svgSelection.on(".zoom", null);
    },
  };
}
