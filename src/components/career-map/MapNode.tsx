import { memo, type FocusEvent, type MouseEvent } from "react";
import type { BoxMetrics, NodeBox } from "../../core/map/career-map-layout";
import { GlyphShape } from "./GlyphShape";
import { familyColour, familyGlyph } from "../../core/map/map-styles";
import {
  INTERCHANGE_HEIGHT,
  INTERCHANGE_WIDTH,
  NODE_GLYPH_INSET,
  NODE_GLYPH_SIZE,
  NODE_HALO,
  NODE_STRIP_WIDTH,
  nodeTextLines,
  ROLE_CORNER,
  START_CORNER,
} from "../../core/map/node-drawing";

interface MapNodeProps {
  box: NodeBox;
  metrics: BoxMetrics;
  /** The family's place in the dataset's families (its colour and glyph); null for a starting point. */
  familyIndex: number | null;
  href: string;
  label: string;
  selected: boolean;
  /** A role linked to the highlighted one (or the route drawn out): outlined, and left clear of the veil. */
  related: boolean;
  registerElement: (id: string, element: HTMLElement | SVGElement | null) => void;
  onOpen: (id: string) => void;
  onFocusNode: (id: string) => void;
  onHover: (id: string | null) => void;
}

/**
 * One role or starting point: a link that Tab reaches, Enter opens and the pointer highlights. Its visible text
 * is the title and band; its accessible name says the same in full, with the family and the routes in and out.
 */
export const MapNode = memo(function MapNode({
  box,
  metrics,
  familyIndex,
  href,
  label,
  selected,
  related,
  registerElement,
  onOpen,
  onFocusNode,
  onHover,
}: MapNodeProps) {
  const isRole = box.nodeType === "role";
  const colour = familyIndex === null ? "#425563" : familyColour(familyIndex);
  const onClick = (event: MouseEvent) => {
    // Let modified clicks open a new tab or window as links normally do.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(box.id);
  };
  const { title, detail, lastBaseline } = nodeTextLines(box, metrics);
  const classes = ["map-node", isRole ? "map-node--role" : "map-node--start"];
  if (related) classes.push("is-related");
  if (selected) classes.push("is-selected");
  return (
    <a
      ref={(element) => registerElement(box.id, element)}
      className={classes.join(" ")}
      href={href}
      aria-label={label}
      aria-current={selected ? "true" : undefined}
      data-node-id={box.id}
      onClick={onClick}
      onFocus={(_event: FocusEvent) => onFocusNode(box.id)}
      onPointerEnter={() => onHover(box.id)}
      onPointerLeave={() => onHover(null)}
    >
      {/* Reaches halfway into the gaps round the box: a target of 44px or more at the map's readable zoom. */}
      <rect
        className="map-node__hit"
        x={box.x - NODE_HALO}
        y={box.y - NODE_HALO}
        width={box.width + 2 * NODE_HALO}
        height={box.height + 2 * NODE_HALO}
      />
      <rect
        className="map-node__focus"
        x={box.x - NODE_HALO}
        y={box.y - NODE_HALO}
        width={box.width + 2 * NODE_HALO}
        height={box.height + 2 * NODE_HALO}
        rx={8}
      />
      <rect
        className="map-node__box"
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={isRole ? ROLE_CORNER : START_CORNER}
      />
      {isRole && familyIndex !== null ? (
        <>
          <rect
            x={box.x}
            y={box.y}
            width={NODE_STRIP_WIDTH}
            height={box.height}
            fill={colour}
            className="map-node__strip"
          />
          <GlyphShape
            className="map-node__glyph"
            glyph={familyGlyph(familyIndex)}
            x={box.x + box.width - NODE_GLYPH_INSET.x}
            y={box.y + NODE_GLYPH_INSET.y}
            size={NODE_GLYPH_SIZE}
            colour={colour}
          />
        </>
      ) : null}
      <text className="map-node__title" aria-hidden="true">
        {title.lines.map((line, i) => (
          <tspan key={i} x={title.x} y={line.y}>
            {line.text}
          </tspan>
        ))}
      </text>
      {box.otherFamilies === 0 ? null : (
        <g className="map-node__interchange" aria-hidden="true">
          <rect
            x={box.x + box.width - INTERCHANGE_WIDTH - 6}
            y={lastBaseline - 12}
            width={INTERCHANGE_WIDTH}
            height={INTERCHANGE_HEIGHT}
            rx={INTERCHANGE_HEIGHT / 2}
          />
          <text x={box.x + box.width - INTERCHANGE_WIDTH / 2 - 6} y={lastBaseline}>
            +{box.otherFamilies}
          </text>
        </g>
      )}
      {detail.lines.length === 0 ? null : (
        <text className="map-node__detail" aria-hidden="true">
          {detail.lines.map((line, i) => (
            <tspan key={i} x={detail.x} y={line.y}>
              {line.text}
            </tspan>
          ))}
        </text>
      )}
    </a>
  );
});
