import { memo, useEffect, useRef, useState, type PointerEvent } from "react";
import type { MapLayout } from "../../core/map/career-map-layout";
import type { Point, Rect } from "../../core/map/geometry";
import { visibleArea, type Viewpoint } from "../../core/map/readable-views";
import { familyColour } from "../../core/map/map-styles";

const WIDTH = 96;

interface MapOverviewProps {
  layout: MapLayout;
  /** Everything the map draws, in map units. */
  bounds: Rect;
  /** Roles that stand out on the map now (highlighted, drawn out or lit), drawn darker here. */
  lit: ReadonlySet<string> | null;
  /** Calls back with every view of the map; returns how to stop. */
  subscribe: (listener: (view: Viewpoint) => void) => () => void;
  frameSize: () => { width: number; height: number };
  /** Centres the map on a point of it. */
  onCentre: (point: Point) => void;
}

/**
 * The whole map in miniature beside it, with the part in view outlined: where you are, and a way to move
 * (press or drag on it). For the pointer only: the keyboard moves by roles and by the family list above.
 */
export const MapOverview = memo(function MapOverview({
  layout,
  bounds,
  lit,
  subscribe,
  frameSize,
  onCentre,
}: MapOverviewProps) {
  const scale = WIDTH / bounds.width;
  const height = Math.round(bounds.height * scale);
  const [view, setView] = useState<Rect | null>(null);
  const dragging = useRef(false);

  useEffect(
    () =>
      subscribe((next) => {
        const frame = frameSize();
        setView(frame.width === 0 ? null : visibleArea(next, frame));
      }),
    [subscribe, frameSize],
  );

  const centreAt = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    onCentre({
      x: bounds.x + (event.clientX - box.left) / scale,
      y: bounds.y + (event.clientY - box.top) / scale,
    });
  };

  return (
    <div className="map-overview" aria-hidden="true">
      <svg
        width={WIDTH}
        height={height}
        viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
        onPointerDown={(event) => {
          dragging.current = true;
          event.currentTarget.setPointerCapture(event.pointerId);
          centreAt(event);
        }}
        onPointerMove={(event) => {
          if (dragging.current) centreAt(event);
        }}
        onPointerUp={() => {
          dragging.current = false;
        }}
      >
        {layout.lanes.map((lane) => (
          <rect
            key={lane.familyId}
            x={lane.x}
            y={lane.y}
            width={lane.width}
            height={lane.height}
            fill={familyColour(lane.familyIndex)}
            opacity={lane.index % 2 === 0 ? 0.1 : 0.16}
          />
        ))}
        {layout.nodes.map((box) => (
          <rect
            key={box.id}
            x={box.x}
            y={box.y}
            width={box.width}
            height={box.height}
            fill={lit?.has(box.id) === true ? "#212b32" : "#aeb7bd"}
          />
        ))}
        {view === null ? null : (
          <rect
            className="map-overview__view"
            x={view.x}
            y={view.y}
            width={view.width}
            height={view.height}
            vectorEffect="non-scaling-stroke"
          />
        )}
      </svg>
    </div>
  );
});
