import { memo } from "react";
import type { MapLayout } from "../../core/map/career-map-layout";
import { GlyphShape } from "./GlyphShape";
import { familyColour, familyGlyph } from "./map-styles";

const LANE_BLEED = 16;

function laneLeft(layout: MapLayout): number {
  return layout.columns[1]!.x - LANE_BLEED;
}

/** Lane and column backgrounds, drawn under the routes. Decorative: nodes say it all again. */
export const MapLanes = memo(function MapLanes({ layout }: { layout: MapLayout }) {
  const left = laneLeft(layout);
  const laneWidth = layout.width - left + LANE_BLEED;
  const startColumn = layout.columns[0]!;
  return (
    <g className="map-lanes" aria-hidden="true">
      <rect
        className="map-start-column"
        x={startColumn.x - LANE_BLEED}
        y={0}
        width={startColumn.width + 2 * LANE_BLEED}
        height={layout.height}
        rx={6}
      />
      {layout.lanes.map((lane) => (
        <rect
          key={lane.familyId}
          className={`map-lane ${lane.index % 2 === 0 ? "map-lane--even" : "map-lane--odd"}`}
          x={left}
          y={lane.y}
          width={laneWidth}
          height={lane.height}
        />
      ))}
    </g>
  );
});

/** Lane names with their glyphs, and the column headings, drawn over the routes so they stay readable. */
export const MapLabels = memo(function MapLabels({ layout }: { layout: MapLayout }) {
  const left = laneLeft(layout);
  return (
    <g className="map-labels" aria-hidden="true">
      {layout.lanes.map((lane) => (
        <g key={lane.familyId}>
          <GlyphShape
            glyph={familyGlyph(lane.familyIndex)}
            x={left + 22}
            y={lane.y + 15}
            size={11}
            colour={familyColour(lane.familyIndex)}
          />
          <text
            className="map-lane__label"
            x={left + 34}
            y={lane.y + 20}
            fill={familyColour(lane.familyIndex)}
          >
            {lane.name}
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
