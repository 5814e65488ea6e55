/**
 * How kinds of route and families of role look on the map. Every distinction has a second cue besides colour:
 * routes differ in line pattern and weight, families in a glyph and a labelled lane. None of it is in the
 * dataset: a route kind looks as its category says, and a family by its place in the dataset's families.
 */
import type { RouteCategory } from "../dataset/schema";

export interface EdgeStyle {
  /** The route category it draws; the key names each once. */
  group: RouteCategory;
  colour: string;
  width: number;
  dash: string | null;
  /** Apprenticeships are drawn as a double line: a light line runs inside the coloured one. */
  double: boolean;
}

const SENIOR: EdgeStyle = { group: "senior", colour: "#7c2855", width: 2.5, dash: "12 4 2 4", double: false };

export const EDGE_STYLES: Readonly<Record<RouteCategory, EdgeStyle>> = {
  entry: { group: "entry", colour: "#4c6272", width: 1.5, dash: null, double: false },
  training: { group: "training", colour: "#005eb8", width: 2, dash: null, double: false },
  "top-up": { group: "top-up", colour: "#005eb8", width: 2, dash: "7 4", double: false },
  apprenticeship: { group: "apprenticeship", colour: "#006747", width: 4.5, dash: null, double: true },
  progression: { group: "progression", colour: "#212b32", width: 3, dash: null, double: false },
  lateral: { group: "lateral", colour: "#330072", width: 2.5, dash: "1 5", double: false },
  senior: SENIOR,
};

/** Distinct enough from each other and dark enough (3:1 or more on white) to mark a lane. */
export const FAMILY_COLOURS = [
  "#005eb8",
  "#006747",
  "#7c2855",
  "#330072",
  "#8a5a00",
  "#00787a",
  "#b34700",
  "#425563",
  "#003087",
  "#6b3d9a",
] as const;

export const FAMILY_GLYPHS = [
  "circle",
  "square",
  "triangle",
  "diamond",
  "hexagon",
  "star",
  "cross",
  "bar",
  "ring",
  "chevron",
] as const;
export type Glyph = (typeof FAMILY_GLYPHS)[number];

/** A family's colour, by its place in the dataset's families (LaneBox.familyIndex). */
export function familyColour(familyIndex: number): string {
  return FAMILY_COLOURS[familyIndex % FAMILY_COLOURS.length]!;
}

/** A family's glyph, by its place in the dataset's families (LaneBox.familyIndex). */
export function familyGlyph(familyIndex: number): Glyph {
  return FAMILY_GLYPHS[familyIndex % FAMILY_GLYPHS.length]!;
}
