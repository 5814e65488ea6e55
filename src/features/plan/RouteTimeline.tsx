/**
 * The plan's answer as a picture: every route on one time axis in years (and ages, when the person gave one),
 * each step a bar coloured and patterned by who funds it, waits drawn as waits, a solid bar to the least the
 * route can take and a lighter one to its typical end, and the pay band along the way. d3 scales map months to
 * pixels; React draws the SVG. Each bar has its words as its accessible name.
 */
import { scaleLinear, type ScaleLinear } from "d3-scale";
import { useId } from "react";
import { ageAt, formatBandRange } from "../../core/describe";
import { routeTimeline, timelineText } from "../../core/plan/route-timeline";
import type { PlannedRoute } from "../../core/route";
import { FUNDING_SWATCH, SWATCHES, SWATCH_ORDER, type FundingSwatch } from "./timeline-styles";

const BAR_Y = 2;
const BAR_HEIGHT = 26;
const NAME_Y = BAR_Y + BAR_HEIGHT + 15;
const PAY_Y = NAME_Y + 17;
const ROW_HEIGHT = PAY_Y + 5;
/** Average width of a character of the 13px labels (Arial), to tell whether a label fits before the next. */
const CHAR_WIDTH = 7.2;
const TICK_SPACING = 56;

/** The months-to-pixels scale every part of the chart shares: one time axis for every route. */
export type TimelineScale = ScaleLinear<number, number>;

export function makeTimelineScale(months: number, width: number): TimelineScale {
  // Room at the start for a step drawn as a point (a post applied for straight away).
  return scaleLinear()
    .domain([0, months])
    .range([10, Math.max(11, width - 2)]);
}

/** Year ticks that leave room for their labels: every year, or every 2, 5… as the width allows. */
function yearTicks(scale: TimelineScale): number[] {
  const [, months] = scale.domain() as [number, number];
  const [left, right] = scale.range() as [number, number];
  const years = scaleLinear()
    .domain([0, months / 12])
    .ticks(Math.max(2, Math.floor((right - left) / TICK_SPACING)));
  return years.filter((year) => Number.isInteger(year)).map((year) => year * 12);
}

/** The patterns each bar fills with, defined once for the whole chart (ids are unique to this chart). */
function Patterns({ idOf }: { idOf: (name: string) => string }) {
  return (
    <defs>
      {SWATCH_ORDER.map((swatch) => {
        const { colour, pattern } = SWATCHES[swatch];
        const rotate = pattern === "diagonal" ? 45 : pattern === "vertical" ? 90 : 0;
        return (
          <pattern
            key={swatch}
            id={idOf(swatch)}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform={rotate === 0 ? undefined : `rotate(${rotate})`}
          >
            <rect width="6" height="6" fill={colour} />
            {pattern === "diagonal" || pattern === "horizontal" || pattern === "vertical" ? (
              <rect y="2" width="6" height="2" fill="#ffffff" />
            ) : null}
            {pattern === "dots" ? <circle cx="3" cy="3" r="1.3" fill="#ffffff" /> : null}
          </pattern>
        );
      })}
      <pattern
        id={idOf("wait")}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#ffffff" />
        <rect width="2" height="6" fill="#768692" />
      </pattern>
    </defs>
  );
}

/** Labels left to right, each cut to the room before the next one (dropped when too little is left). */
function fitLabels(labels: { x: number; text: string }[], end: number): { x: number; text: string }[] {
  const sorted = [...labels].sort((a, b) => a.x - b.x);
  const fitted: { x: number; text: string }[] = [];
  sorted.forEach((label, i) => {
    const next = sorted[i + 1]?.x ?? end;
    const room = Math.floor((next - label.x - 6) / CHAR_WIDTH);
    if (room >= label.text.length) fitted.push(label);
    else if (room >= 4) fitted.push({ x: label.x, text: `${label.text.slice(0, room - 1).trimEnd()}…` });
  });
  return fitted;
}

interface TimelineChartProps {
  scale: TimelineScale;
  width: number;
  /** Prefix for the patterns' ids, shared by the axis (which defines them) and the bars. */
  patternPrefix: string;
}

/** The time axis above the routes, in years from now and, with an age, the age at each tick. */
export function TimelineAxis({
  scale,
  width,
  patternPrefix,
  age,
}: TimelineChartProps & { age: number | null }) {
  const ticks = yearTicks(scale);
  const height = age === null ? 22 : 42;
  return (
    <svg
      className="route-timeline__axis"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <Patterns idOf={(name) => `${patternPrefix}-${name}`} />
      {ticks.map((months) => {
        const x = scale(months);
        const anchor = months === 0 ? "start" : x > width - 20 ? "end" : "middle";
        return (
          <g key={months}>
            <text x={x} y={15} textAnchor={anchor} className="route-timeline__tick">
              {months === 0 ? "now" : `${months / 12} y`}
            </text>
            {age === null ? null : (
              <text
                x={x}
                y={35}
                textAnchor={anchor}
                className="route-timeline__tick route-timeline__tick--age"
              >
                {ageAt(age, months)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** One route's bar: its steps and waits at the least, the lighter typical extension, names and pay below. */
export function TimelineBar({
  route,
  scale,
  width,
  patternPrefix,
  label,
}: TimelineChartProps & { route: PlannedRoute; label: string }) {
  const timeline = routeTimeline(route);
  const fill = (swatch: FundingSwatch | "wait") => `url(#${patternPrefix}-${swatch})`;
  const ticks = yearTicks(scale);
  const end = scale.range()[1]!;
  const names = fitLabels(
    timeline.segments.flatMap((segment) =>
      segment.type === "step"
        ? [{ x: scale(segment.start), text: `${segment.step + 1}. ${route.steps[segment.step]!.toTitle}` }]
        : scale(segment.end) - scale(segment.start) > 40
          ? [{ x: scale(segment.start) + 2, text: "wait" }]
          : [],
    ),
    end,
  );
  const pay = fitLabels(
    timeline.pay.map((mark) => ({
      x: scale(mark.at),
      text: `${formatBandRange(mark.band)}${mark.whileTraining ? " in training" : ""}`,
    })),
    end,
  );
  const typicalEnd = Math.max(timeline.minimumEnd, timeline.typicalEnd.max);
  return (
    <svg
      className="route-timeline__bar"
      width={width}
      height={ROW_HEIGHT}
      viewBox={`0 0 ${width} ${ROW_HEIGHT}`}
      role="img"
      aria-label={`${label} timeline: ${timelineText(route)}`}
    >
      {ticks.map((months) => (
        <line
          key={months}
          x1={scale(months)}
          x2={scale(months)}
          y1={0}
          y2={BAR_Y + BAR_HEIGHT}
          className="route-timeline__grid"
        />
      ))}
      {typicalEnd > timeline.minimumEnd ? (
        <rect
          x={scale(timeline.minimumEnd)}
          y={BAR_Y + 4}
          width={scale(typicalEnd) - scale(timeline.minimumEnd)}
          height={BAR_HEIGHT - 8}
          className="route-timeline__typical"
        />
      ) : null}
      {timeline.segments.map((segment) => {
        const x = scale(segment.start);
        const key = `${segment.type}-${segment.step}`;
        if (segment.type === "wait")
          return (
            <rect
              key={key}
              x={x}
              y={BAR_Y}
              width={scale(segment.end) - x}
              height={BAR_HEIGHT}
              fill={fill("wait")}
              className="route-timeline__wait"
            />
          );
        const swatch = FUNDING_SWATCH[segment.funding];
        if (segment.end === segment.start) {
          const mid = BAR_Y + BAR_HEIGHT / 2;
          return (
            <path
              key={key}
              d={`M${x},${mid - 9} L${x + 9},${mid} L${x},${mid + 9} L${x - 9},${mid} Z`}
              fill={fill(swatch)}
              className={segment.lengthUnknown ? "route-timeline__unknown" : "route-timeline__point"}
            />
          );
        }
        return (
          <rect
            key={key}
            x={x}
            y={BAR_Y}
            width={Math.max(2, scale(segment.end) - x)}
            height={BAR_HEIGHT}
            fill={fill(swatch)}
            className="route-timeline__step"
          />
        );
      })}
      {names.map((name) => (
        <text key={`name-${name.x}`} x={name.x} y={NAME_Y} className="route-timeline__name">
          {name.text}
        </text>
      ))}
      {pay.map((mark) => (
        <text key={`pay-${mark.x}`} x={mark.x} y={PAY_Y} className="route-timeline__pay">
          {mark.text}
        </text>
      ))}
    </svg>
  );
}

/** The key: each funding swatch the routes use, waits and the typical extension. */
export function TimelineKey({
  routes,
  patternPrefix,
}: {
  routes: ReadonlyArray<PlannedRoute>;
  patternPrefix: string;
}) {
  const used = new Set(routes.flatMap((route) => route.steps.map((step) => FUNDING_SWATCH[step.funding])));
  const hasWaits = routes.some((route) => route.steps.some((step) => step.wait.minimum > 0));
  const hasTypical = routes.some((route) => route.months.typical.max > route.months.minimum);
  const swatch = (fill: string, className = "") => (
    <svg width="28" height="16" aria-hidden="true" focusable="false" className="route-timeline__swatch">
      <rect x="1" y="1" width="26" height="14" fill={fill} className={className} />
    </svg>
  );
  return (
    <ul className="route-timeline__key" aria-label="Key to the timeline">
      {SWATCH_ORDER.filter((s) => used.has(s)).map((s) => (
        <li key={s}>
          {swatch(`url(#${patternPrefix}-${s})`)} {SWATCHES[s].label}
        </li>
      ))}
      {hasWaits ? (
        <li>
          {swatch(`url(#${patternPrefix}-wait)`, "route-timeline__wait")} Waiting, or gaining the experience a
          step asks for
        </li>
      ) : null}
      {hasTypical ? (
        <li>
          {swatch("#d8dde0", "route-timeline__typical")} How much longer it typically takes than the least
        </li>
      ) : null}
    </ul>
  );
}

/** A chart-wide id prefix for the patterns. */
export function useTimelineIds(): string {
  return `timeline${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
}
