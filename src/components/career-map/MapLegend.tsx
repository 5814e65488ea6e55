import type { LaneBox } from "../../core/map/career-map-layout";
import { GlyphShape } from "./GlyphShape";
import { EDGE_GROUP_LABELS, EDGE_STYLES, familyColour, familyGlyph, type EdgeStyle } from "./map-styles";

const GROUPS = [...new Map(Object.values(EDGE_STYLES).map((s) => [s.group, s])).values()];

function LineSample({ style }: { style: EdgeStyle }) {
  return (
    <svg width="56" height="14" aria-hidden="true" focusable="false" className="legend__sample">
      <line
        x1="2"
        y1="7"
        x2="46"
        y2="7"
        stroke={style.colour}
        strokeWidth={style.width}
        strokeDasharray={style.dash ?? undefined}
        strokeLinecap={style.group === "lateral" ? "round" : "butt"}
      />
      {style.double ? <line x1="2" y1="7" x2="46" y2="7" stroke="#ffffff" strokeWidth={1.5} /> : null}
      <path d="M46,2L54,7L46,12z" fill={style.colour} />
    </svg>
  );
}

/** What the lines, glyphs and labels mean. Every route kind differs by pattern as well as colour. */
export function MapLegend({ lanes }: { lanes: ReadonlyArray<LaneBox> }) {
  return (
    <div className="legend">
      <h2 className="legend__heading">Kinds of route</h2>
      <ul className="legend__list">
        {GROUPS.map((style) => (
          <li key={style.group}>
            <LineSample style={style} />
            {EDGE_GROUP_LABELS[style.group]}
          </li>
        ))}
      </ul>
      <h2 className="legend__heading">Families of roles</h2>
      <ul className="legend__list">
        {lanes.map((lane) => (
          <li key={lane.familyId}>
            <svg width="16" height="16" aria-hidden="true" focusable="false" className="legend__sample">
              <GlyphShape
                glyph={familyGlyph(lane.index)}
                x={8}
                y={8}
                size={11}
                colour={familyColour(lane.index)}
              />
            </svg>
            {lane.name}
          </li>
        ))}
      </ul>
      <p className="hint">“Band 4 → 5” means band 4 while training and band 5 once qualified.</p>
    </div>
  );
}
