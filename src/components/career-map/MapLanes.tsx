import { memo } from "react";
import type { MapLayout } from "../../core/map/career-map-layout";
import { GlyphShape } from "./GlyphShape";
import { familyColour, familyGlyph } from "../../core/map/map-styles";

/** Lane and column backgrounds, drawn under the routes. Decorative: nodes say it all again. */
export const MapLanes = memo(function MapLanes({ layout }: { layout: MapLayout }) {
  const startColumn = layout.columns[0]!;
  const bleed = layout.lanes[0] === undefined ? 16 : layout.columns[1]!.x - layout.lanes[0].x;
  return (
    <g className="map-lanes" aria-hidden="true">
      <rect
        className="map-start-column"
        x={startColumn.x - bleed}
        y={0}
        width={startColumn.width + 2 * bleed}
        height={layout.height}
        rx={6}
      />
      {layout.lanes.map((lane) => (
        <rect
          key={lane.familyId}
          className={`map-lane ${lane.index % 2 === 0 ? "map-lane--even" : "map-lane--odd"}`}
          x={lane.x}
          y={lane.y}
          width={lane.width}
          height={lane.height}
        />
      ))}
    </g>
  );
});

/** Lane names with their glyphs, and the column headings. The layout keeps every route clear of them. */
export const MapLabels = memo(function MapLabels({ layout }: { layout: MapLayout }) {
  return (
    <g className="map-labels" aria-hidden="true">
      {layout.lanes.map((lane) => (
        <g key={lane.familyId}>
          <GlyphShape
            glyph={familyGlyph(lane.familyIndex)}
            x={lane.nameX - 12}
            y={lane.nameY - 5}
            size={11}
            colour={familyColour(lane.familyIndex)}
          />
          <text
            className="map-lane__label"
            x={lane.nameX}
            y={lane.nameY}
            fill={familyColour(lane.familyIndex)}
          >
            {lane.nameLines.map((line, i) => (
              <tspan key={i} x={lane.nameX} dy={i === 0 ? 0 : lane.nameLineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {layout.columns.map((column) => (
        <text key={column.index} className="map-column__label" x={column.x} y={22}>
          {column.label}
        </text>
      ))}
    </g>
  );
});
