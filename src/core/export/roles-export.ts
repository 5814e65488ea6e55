import type { Family } from "../dataset/schema";
import type { RoleSummary } from "../roles/role-summary";
import {
  describeApprenticeships,
  describeQualification,
  formatDuration,
  REGISTRATION_LABELS,
} from "../describe";

/** One role as a flat record for download: the columns of the list view, plus ids and numbers to compute with. */
export interface RoleExportRecord {
  id: string;
  title: string;
  family: string;
  band: string;
  trainingLength: string;
  trainingMonthsMin: number | null;
  trainingMonthsMax: number | null;
  highestQualification: string | null;
  apprenticeship: string;
  registration: string;
  registrationBodies: string;
}

const HEADER: Record<keyof RoleExportRecord, string> = {
  id: "Id",
  title: "Role",
  family: "Family",
  band: "Band",
  trainingLength: "Training length",
  trainingMonthsMin: "Training months (shortest)",
  trainingMonthsMax: "Training months (longest)",
  highestQualification: "Highest qualification",
  apprenticeship: "Apprenticeship",
  registration: "Registration",
  registrationBodies: "Registered with",
};

export const ROLE_EXPORT_COLUMNS = Object.keys(HEADER) as (keyof RoleExportRecord)[];
export const ROLE_EXPORT_HEADER = ROLE_EXPORT_COLUMNS.map((c) => HEADER[c]);

/**
 * @example toExportRecord(summary, families).apprenticeship // "Yes: Peer worker, level 3 (ST0896)"
 */
export function toExportRecord(summary: RoleSummary, families: ReadonlyArray<Family>): RoleExportRecord {
  return {
    id: summary.id,
    title: summary.title,
    family: families.find((f) => f.id === summary.familyId)?.name ?? summary.familyId,
    band: summary.band,
    trainingLength: summary.trainingMonths === null ? "Not recorded" : formatDuration(summary.trainingMonths),
    trainingMonthsMin: summary.trainingMonths?.min ?? null,
    trainingMonthsMax: summary.trainingMonths?.max ?? null,
    highestQualification:
      summary.highestQualification === null ? null : describeQualification(summary.highestQualification),
    apprenticeship: describeApprenticeships(summary.apprenticeships),
    registration: REGISTRATION_LABELS[summary.registration],
    registrationBodies: summary.registrationBodies.join("; "),
  };
}
