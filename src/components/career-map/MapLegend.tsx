import type { RouteKindDeclaration } from "../../core/dataset/schema";
import { ROUTE_CATEGORIES } from "../../core/dataset/constants";
import { describeRouteCategory } from "../../core/describe";
import type { LaneBox } from "../../core/map/career-map-layout";
import { GlyphShape } from "./GlyphShape";
import { EDGE_STYLES, familyColour, familyGlyph, type EdgeStyle } from "../../core/map/map-styles";
import "./career-map.scss";

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

/**
 * What the lines, glyphs and labels mean: each category of route the dataset's kinds fall into (they differ by
 * pattern as well as colour), and each family on show.
 */
export function MapLegend({
  lanes,
  routeKinds,
}: {
  lanes: ReadonlyArray<LaneBox>;
  routeKinds: ReadonlyArray<RouteKindDeclaration>;
}) {
  const categories = ROUTE_CATEGORIES.filter((category) => routeKinds.some((k) => k.category === category));
  return (
    <div className="legend">
      <h2 className="legend__heading">Kinds of route</h2>
      <ul className="legend__list">
        {categories.map((category) => (
          <li key={category}>
            <LineSample style={EDGE_STYLES[category]} />
            {describeRouteCategory(category, routeKinds)}
          </li>
        ))}
      </ul>
      <h2 className="legend__heading">Families of roles</h2>
      <ul className="legend__list">
        {lanes.map((lane) => (
          <li key={lane.familyId}>
            <svg width="16" height="16" aria-hidden="true" focusable="false" className="legend__sample">
              <GlyphShape
                glyph={familyGlyph(lane.familyIndex)}
                x={8}
                y={8}
                size={11}
                colour={familyColour(lane.familyIndex)}
              />
            </svg>
            {lane.name}
          </li>
        ))}
      </ul>
      <p className="hint">“Band 4 → 5” means band 4 while training and band 5 once qualified.</p>
      <p className="hint">
        The lines drawn are each family’s own routes: its career ladder. “+4” on a role means its routes also
        join it to 4 roles in other families: point at, tap or move to a role to draw all its routes, or start
        from who you are above the map to draw your first steps.
      </p>
    </div>
  );
}
