import type { Qualification } from "../dataset/schema";

/**
 * A qualification's framework and level: "FHEQ level 7".
 * @example qualificationLevel({ name: "PGDip", framework: "FHEQ", level: 7 }) // "FHEQ level 7"
 */
export function qualificationLevel(qualification: Qualification): string {
  return `${qualification.framework} level ${qualification.level}`;
}

/**
 * A qualification by name, with its framework and level.
 * @example describeQualification({ name: "Doctorate in Clinical Psychology", framework: "FHEQ", level: 8 })
 * // "Doctorate in Clinical Psychology (FHEQ level 8)"
 */
export function describeQualification(qualification: Qualification): string {
  return `${qualification.name} (${qualificationLevel(qualification)})`;
}
