/**
 * The geometry of a family's glyph, as plain data: the map's React glyph and the poster's SVG text both draw
 * it from here, so a family looks the same on screen and on paper.
 */
import type { Glyph } from "./map-styles";

/** One SVG element: a filled shape, or an outline (a stroke of the given width and no fill). */
export type GlyphElement =
  | { tag: "circle"; cx: number; cy: number; r: number; strokeWidth: number | null }
  | { tag: "rect"; x: number; y: number; width: number; height: number; strokeWidth: null }
  | { tag: "polygon"; points: string; strokeWidth: null }
  | { tag: "path"; d: string; strokeWidth: number };

/**
 * A glyph of the given size centred on (x, y). `strokeWidth` null means filled (with a 1-unit outline of the
 * same colour); a number means an outline only, that wide.
 * @example glyphShape("circle", 8, 8, 10) // { tag: "circle", cx: 8, cy: 8, r: 5, strokeWidth: null }
 */
export function glyphShape(glyph: Glyph, x: number, y: number, size: number): GlyphElement {
  const r = size / 2;
  switch (glyph) {
    case "circle":
      return { tag: "circle", cx: x, cy: y, r, strokeWidth: null };
    case "square":
      return { tag: "rect", x: x - r, y: y - r, width: size, height: size, strokeWidth: null };
    case "triangle":
      return {
        tag: "polygon",
        points: `${x},${y - r} ${x + r},${y + r} ${x - r},${y + r}`,
        strokeWidth: null,
      };
    case "diamond":
      return {
        tag: "polygon",
        points: `${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`,
        strokeWidth: null,
      };
    case "hexagon": {
      const h = r * 0.87;
      return {
        tag: "polygon",
        points: `${x - r},${y} ${x - r / 2},${y - h} ${x + r / 2},${y - h} ${x + r},${y} ${x + r / 2},${y + h} ${x - r / 2},${y + h}`,
        strokeWidth: null,
      };
    }
    case "star": {
      const points = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r : r * 0.45;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        return `${x + radius * Math.cos(angle)},${y + radius * Math.sin(angle)}`;
      });
      return { tag: "polygon", points: points.join(" "), strokeWidth: null };
    }
    case "cross":
      return { tag: "path", d: `M${x - r},${y}H${x + r}M${x},${y - r}V${y + r}`, strokeWidth: size / 3 };
    case "bar":
      return { tag: "rect", x: x - r, y: y - r / 3, width: size, height: (size * 2) / 3, strokeWidth: null };
    case "ring":
      return { tag: "circle", cx: x, cy: y, r: r * 0.75, strokeWidth: size / 4 };
    case "chevron":
      return {
        tag: "path",
        d: `M${x - r},${y - r / 2}L${x},${y + r / 2}L${x + r},${y - r / 2}`,
        strokeWidth: size / 4,
      };
  }
}
