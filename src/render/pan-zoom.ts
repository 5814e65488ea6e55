/**
 * The only code that moves the map's drawing: pan and zoom on an SVG element, applied as a transform on one
 * group inside it. React creates it in an effect, calls its methods from buttons and focus handlers, and
 * destroys it on unmount; React owns every other element.
 *
 * Gestures, so the map never traps the page:
 * - the mouse (or a pen) drags the map; a press that does not move stays a click on what is under it;
 * - a plain wheel scrolls the page; ctrl or cmd + wheel (a pinch on a touchpad) zooms about the pointer;
 * - on a touch screen one finger scrolls the page (the map's CSS leaves that gesture to the browser) and two
 *   fingers pan and pinch the map.
 */
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
  /** Zooms about the middle of the visible area. */
  zoomBy(factor: number): void;
  /** Sets the view. */
  setView(view: Viewpoint): void;
  /** The view now. */
  view(): Viewpoint;
  /** The size of the visible area, in pixels. */
  size(): { width: number; height: number };
  /** Pans as little as needed to bring the rectangle fully into view. */
  reveal(rect: Rect, padding?: number): void;
  /** Centres the rectangle in view at the current zoom. */
  centreOn(rect: Rect): void;
  destroy(): void;
}

/** How far the mouse must move before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 3;

/**
 * @example
 * const panZoom = createPanZoom({ svg, viewport, minScale: 0.25, maxScale: 2.5 });
 * panZoom.setView({ x: 0, y: 0, k: 0.85 });
 * panZoom.destroy();
 */
export function createPanZoom(options: PanZoomOptions): PanZoom {
  const { svg, viewport } = options;
  let view: Viewpoint = { x: 0, y: 0, k: 1 };

  const apply = (next: Viewpoint) => {
    view = { ...next, k: Math.min(options.maxScale, Math.max(options.minScale, next.k)) };
    viewport.setAttribute("transform", `translate(${view.x},${view.y}) scale(${view.k})`);
    options.onChange?.(view);
  };
  const size = () => {
    const box = svg.getBoundingClientRect();
    return { width: box.width, height: box.height };
  };
  /** A point on the page as a point in the SVG's own pixels. */
  const local = (clientX: number, clientY: number) => {
    const box = svg.getBoundingClientRect();
    return { x: clientX - box.left, y: clientY - box.top };
  };
  /** Zooms by a factor, keeping the map point under `at` (SVG pixels) where it is. */
  const zoomAbout = (factor: number, at: { x: number; y: number }) => {
    const k = Math.min(options.maxScale, Math.max(options.minScale, view.k * factor));
    const ratio = k / view.k;
    apply({ x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio, k });
  };

  // The mouse: press, move past the threshold, and the map follows; the click that ends a drag is swallowed.
  let drag: { pointer: number; start: { x: number; y: number }; from: Viewpoint; moved: boolean } | null =
    null;
  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === "touch" || event.button !== 0) return;
    drag = {
      pointer: event.pointerId,
      start: { x: event.clientX, y: event.clientY },
      from: view,
      moved: false,
    };
  };
  const onPointerMove = (event: PointerEvent) => {
    if (drag === null || event.pointerId !== drag.pointer) return;
    const dx = event.clientX - drag.start.x;
    const dy = event.clientY - drag.start.y;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!drag.moved) {
      drag.moved = true;
      // Only now: capturing at the press would send its click to the map rather than the role under it.
      svg.setPointerCapture(event.pointerId);
    }
    apply({ x: drag.from.x + dx, y: drag.from.y + dy, k: drag.from.k });
  };
  const onPointerUp = (event: PointerEvent) => {
    if (drag === null || event.pointerId !== drag.pointer) return;
    if (drag.moved) {
      const swallow = (click: MouseEvent) => {
        click.preventDefault();
        click.stopPropagation();
      };
      svg.addEventListener("click", swallow, { capture: true, once: true });
      // A drag that ends outside the map has no click to swallow.
      setTimeout(() => svg.removeEventListener("click", swallow, { capture: true }), 0);
    }
    drag = null;
  };

  const onWheel = (event: WheelEvent) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    // As d3-zoom reads a wheel: lines and pages are bigger steps than pixels; a touchpad pinch comes as ctrl.
    const delta = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode === 2 ? 1 : 0.002) * 10;
    zoomAbout(2 ** delta, local(event.clientX, event.clientY));
  };

  // Two fingers: pan by the move of their midpoint, zoom by the change in their distance, about the midpoint.
  let pinch: { distance: number; middle: { x: number; y: number } } | null = null;
  const measure = (touches: TouchList) => {
    const a = touches[0]!;
    const b = touches[1]!;
    return {
      distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY),
      middle: local((a.clientX + b.clientX) / 2, (a.clientY + b.clientY) / 2),
    };
  };
  const onTouchStart = (event: TouchEvent) => {
    pinch = event.touches.length >= 2 ? measure(event.touches) : null;
  };
  const onTouchMove = (event: TouchEvent) => {
    if (pinch === null || event.touches.length < 2) return;
    // Keeps the browser from scrolling the page while two fingers work the map.
    if (event.cancelable) event.preventDefault();
    const next = measure(event.touches);
    apply({
      ...view,
      x: view.x + next.middle.x - pinch.middle.x,
      y: view.y + next.middle.y - pinch.middle.y,
    });
    if (pinch.distance > 0) zoomAbout(next.distance / pinch.distance, next.middle);
    pinch = next;
  };
  const onTouchEnd = (event: TouchEvent) => {
    pinch = event.touches.length >= 2 ? measure(event.touches) : null;
  };

  // A role is a link: dragging the map must not drag the link out of the page.
  const onDragStart = (event: DragEvent) => event.preventDefault();

  svg.addEventListener("dragstart", onDragStart);
  svg.addEventListener("pointerdown", onPointerDown);
  svg.addEventListener("pointermove", onPointerMove);
  svg.addEventListener("pointerup", onPointerUp);
  svg.addEventListener("pointercancel", onPointerUp);
  svg.addEventListener("wheel", onWheel, { passive: false });
  svg.addEventListener("touchstart", onTouchStart, { passive: true });
  svg.addEventListener("touchmove", onTouchMove, { passive: false });
  svg.addEventListener("touchend", onTouchEnd);
  svg.addEventListener("touchcancel", onTouchEnd);
  apply(view);

  return {
    zoomBy(factor) {
      const { width, height } = size();
      zoomAbout(factor, { x: width / 2, y: height / 2 });
    },
    setView: apply,
    view: () => view,
    size,
    reveal(rect, padding = 24) {
      const { width, height } = size();
      const { x, y, k } = view;
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
      if (dx !== 0 || dy !== 0) apply({ x: x + dx, y: y + dy, k });
    },
    centreOn(rect) {
      const { width, height } = size();
      const { k } = view;
      apply({
        x: width / 2 - (rect.x + rect.width / 2) * k,
        y: height / 2 - (rect.y + rect.height / 2) * k,
        k,
      });
    },
    destroy() {
      svg.removeEventListener("dragstart", onDragStart);
      svg.removeEventListener("pointerdown", onPointerDown);
      svg.removeEventListener("pointermove", onPointerMove);
      svg.removeEventListener("pointerup", onPointerUp);
      svg.removeEventListener("pointercancel", onPointerUp);
      svg.removeEventListener("wheel", onWheel);
      svg.removeEventListener("touchstart", onTouchStart);
      svg.removeEventListener("touchmove", onTouchMove);
      svg.removeEventListener("touchend", onTouchEnd);
      svg.removeEventListener("touchcancel", onTouchEnd);
    },
  };
}
