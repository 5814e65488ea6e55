/**
 * What format 1 built in, which a format 2 dataset declares for itself: psychology's career stages and route
 * kinds, and the Agenda for Change pay scale. migrate.ts declares them for a format 1 file as it reads it.
 */
import type { PayScale, RouteKindDeclaration, Stage } from "./schema";

/** Format 1's stages, as the map's columns. Its "consultant" stage shared a column with "advanced". */
export const FORMAT_1_STAGES: readonly Stage[] = [
  { id: "support", name: "Support roles" },
  { id: "practitioner", name: "Practitioners and trainees" },
  { id: "senior", name: "Senior roles" },
  { id: "advanced", name: "Advanced and consultant" },
  { id: "leadership", name: "Leadership" },
];

/** Format 1 stages that became another: consultant roles sit in the advanced and consultant column. */
export const FORMAT_1_STAGE_RENAMES: Readonly<Record<string, string>> = { consultant: "advanced" };

export const FORMAT_1_ROUTE_KINDS: readonly RouteKindDeclaration[] = [
  { id: "entry", name: "Entry", category: "entry" },
  { id: "training", name: "Training", category: "training" },
  { id: "top-up", name: "Top-up", category: "top-up" },
  { id: "apprenticeship", name: "Apprenticeship", category: "apprenticeship" },
  { id: "progression", name: "Progression", category: "progression" },
  { id: "lateral", name: "Lateral move", category: "lateral" },
  { id: "advanced-practice", name: "Advanced practice", category: "senior" },
  { id: "approved-clinician", name: "Approved clinician", category: "senior" },
  { id: "consultant", name: "Consultant", category: "senior" },
  { id: "leadership", name: "Leadership", category: "senior" },
];

/** The NHS's Agenda for Change scale, lowest band first. */
export const AGENDA_FOR_CHANGE: PayScale = {
  id: "agenda-for-change",
  name: "Agenda for Change",
  bands: ["2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"],
};
