import { memo } from "react";
import type { EdgePath } from "../../core/layout/career-map-layout";
import { EDGE_STYLES } from "./map-styles";

export type EdgeEmphasis = "normal" | "related" | "faded";

/** One route drawn as a line whose pattern, weight and arrowhead say what kind of route it is. */
export const MapEdge = memo(function MapEdge({ edge, emphasis }: { edge: EdgePath; emphasis: EdgeEmphasis }) {
  const style = EDGE_STYLES[edge.kind];
  return (
    <g className={`map-edge is-${emphasis}`} data-kind={edge.kind} data-edge-key={edge.key}>
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

/** Arrowheads, one per look of route, sized in map units so they stay in proportion when zoomed. */
export function EdgeMarkers() {
  const groups = new Map(Object.values(EDGE_STYLES).map((style) => [style.group, style.colour]));
  return (
    <defs>
      {[...groups].map(([group, colour]) => (
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
}
