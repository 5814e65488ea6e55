import type { Glyph } from "./map-styles";

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
  const r = size / 2;
  const common = { className, fill: colour, stroke: colour, strokeWidth: 1 };
  switch (glyph) {
    case "circle":
      return <circle cx={x} cy={y} r={r} {...common} />;
    case "square":
      return <rect x={x - r} y={y - r} width={size} height={size} {...common} />;
    case "triangle":
      return <polygon points={`${x},${y - r} ${x + r},${y + r} ${x - r},${y + r}`} {...common} />;
    case "diamond":
      return <polygon points={`${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`} {...common} />;
    case "hexagon": {
      const h = r * 0.87;
      return (
        <polygon
          points={`${x - r},${y} ${x - r / 2},${y - h} ${x + r / 2},${y - h} ${x + r},${y} ${x + r / 2},${y + h} ${x - r / 2},${y + h}`}
          {...common}
        />
      );
    }
    case "star": {
      const points = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r : r * 0.45;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        return `${x + radius * Math.cos(angle)},${y + radius * Math.sin(angle)}`;
      });
      return <polygon points={points.join(" ")} {...common} />;
    }
    case "cross":
      return (
        <path
          className={className}
          d={`M${x - r},${y}H${x + r}M${x},${y - r}V${y + r}`}
          stroke={colour}
          strokeWidth={size / 3}
          fill="none"
        />
      );
    case "bar":
      return <rect x={x - r} y={y - r / 3} width={size} height={(size * 2) / 3} {...common} />;
    case "ring":
      return (
        <circle
          className={className}
          cx={x}
          cy={y}
          r={r * 0.75}
          fill="none"
          stroke={colour}
          strokeWidth={size / 4}
        />
      );
    case "chevron":
      return (
        <path
          className={className}
          d={`M${x - r},${y - r / 2}L${x},${y + r / 2}L${x + r},${y - r / 2}`}
          stroke={colour}
          strokeWidth={size / 4}
          fill="none"
        />
      );
  }
}
