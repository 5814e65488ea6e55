import { glyphShape } from "../../core/map/glyph-shape";
import type { Glyph } from "../../core/map/map-styles";

/** A small shape, centred on (x, y), that marks a family as well as its colour does. Decorative. */
export function GlyphShape({
  glyph,
  x,
  y,
  size,
  colour,
  className,
}: {
  className?: string;
  glyph: Glyph;
  x: number;
  y: number;
  size: number;
  colour: string;
}) {
  const shape = glyphShape(glyph, x, y, size);
  // Filled shapes get a thin outline of their colour; outlines are drawn with no fill.
  const paint =
    shape.strokeWidth === null
      ? { className, fill: colour, stroke: colour, strokeWidth: 1 }
      : { className, fill: "none", stroke: colour, strokeWidth: shape.strokeWidth };
  switch (shape.tag) {
    case "circle":
      return <circle cx={shape.cx} cy={shape.cy} r={shape.r} {...paint} />;
    case "rect":
      return <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} {...paint} />;
    case "polygon":
      return <polygon points={shape.points} {...paint} />;
    case "path":
      return <path d={shape.d} {...paint} />;
  }
}
