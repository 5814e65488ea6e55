import { memo } from "react";
import type { EdgePath } from "../../core/map/career-map-layout";
import { EDGE_STYLES, type EdgeStyle } from "../../core/map/map-styles";

/**
 * One route drawn as a line whose pattern, weight and arrowhead say what kind of route it is. `related` marks
 * a route of the highlighted role, drawn again, heavier, in the highlight's layer above the veil.
 */
export const MapEdge = memo(function MapEdge({
  edge,
  style,
  related,
}: {
  edge: EdgePath;
  /** The look of the route's category. */
  style: EdgeStyle;
  related: boolean;
}) {
  return (
    <g className={`map-edge${related ? " is-related" : ""}`} data-kind={edge.kind} data-edge-key={edge.key}>
      <path
        className="map-edge__line"
        d={edge.d}
        fill="none"
        stroke={style.colour}
        strokeWidth={style.width}
        strokeDasharray={style.dash ?? undefined}
        strokeLinecap={style.group === "lateral" ? "round" : "butt"}
        markerEnd={`url(#arrow-${style.group})`}
      />
      {style.double ? (
        <path className="map-edge__inner" d={edge.d} fill="none" stroke="#ffffff" strokeWidth={1.5} />
      ) : null}
    </g>
  );
});

const ARROW_COLOURS = new Map(Object.values(EDGE_STYLES).map((style) => [style.group, style.colour]));

/** Arrowheads, one per look of route, sized in map units so they stay in proportion when zoomed. */
export const EdgeMarkers = memo(function EdgeMarkers() {
  return (
    <defs>
      {[...ARROW_COLOURS].map(([group, colour]) => (
        <marker
          key={group}
          id={`arrow-${group}`}
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerWidth={10}
          markerHeight={10}
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M0,0L10,5L0,10z" fill={colour} />
        </marker>
      ))}
    </defs>
  );
});
