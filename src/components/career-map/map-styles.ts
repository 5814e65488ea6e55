/**
 * How kinds of route and families of role look on the map. Every distinction has a second cue besides colour:
 * routes differ in line pattern and weight, families in a glyph and a labelled lane.
 */
import type { RouteKind } from "../../core/dataset/schema";

export interface EdgeStyle {
  /** The legend's group name; several route kinds can share a look. */
  group: "entry" | "training" | "top-up" | "apprenticeship" | "progression" | "lateral" | "senior";
  colour: string;
  width: number;
  dash: string | null;
  /** Apprenticeships are drawn as a double line: a light line runs inside the coloured one. */
  double: boolean;
}

const SENIOR: EdgeStyle = { group: "senior", colour: "#7c2855", width: 2.5, dash: "12 4 2 4", double: false };

export const EDGE_STYLES: Record<RouteKind, EdgeStyle> = {
  entry: { group: "entry", colour: "#4c6272", width: 1.5, dash: null, double: false },
  training: { group: "training", colour: "#005eb8", width: 2, dash: null, double: false },
  "top-up": { group: "top-up", colour: "#005eb8", width: 2, dash: "7 4", double: false },
  apprenticeship: { group: "apprenticeship", colour: "#006747", width: 4.5, dash: null, double: true },
  progression: { group: "progression", colour: "#212b32", width: 3, dash: null, double: false },
  lateral: { group: "lateral", colour: "#330072", width: 2.5, dash: "1 5", double: false },
  "advanced-practice": SENIOR,
  "approved-clinician": SENIOR,
  consultant: SENIOR,
  leadership: SENIOR,
};

export const EDGE_GROUP_LABELS: Record<EdgeStyle["group"], string> = {
  entry: "Entry (a job or first step)",
  training: "Training",
  "top-up": "Top-up training",
  apprenticeship: "Apprenticeship",
  progression: "Progression in post",
  lateral: "Lateral move",
  senior: "Advanced, consultant, approved clinician or leadership",
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

export function familyColour(laneIndex: number): string {
  return FAMILY_COLOURS[laneIndex % FAMILY_COLOURS.length]!;
}

export function familyGlyph(laneIndex: number): Glyph {
  return FAMILY_GLYPHS[laneIndex % FAMILY_GLYPHS.length]!;
}
