import type { Apprenticeship } from "../dataset/schema";

/**
 * An apprenticeship by title, with its level and standard reference, saying so when the reference was not found.
 * @example describeApprenticeship({ title: "Peer worker", standard: "ST0896", level: 3 })
 * // "Peer worker, level 3 (ST0896)"
 */
export function describeApprenticeship(apprenticeship: Apprenticeship): string {
  const reference = apprenticeship.standard ?? "standard reference not found";
  return `${apprenticeship.title}, level ${apprenticeship.level} (${reference})`;
}

/**
 * Whether there is an apprenticeship into a role, and which: "No", or "Yes: " and each of them.
 * @example describeApprenticeships([{ title: "Peer worker", standard: "ST0896", level: 3 }])
 * // "Yes: Peer worker, level 3 (ST0896)"
 */
export function describeApprenticeships(apprenticeships: ReadonlyArray<Apprenticeship>): string {
  if (apprenticeships.length === 0) return "No";
  return `Yes: ${apprenticeships.map(describeApprenticeship).join("; ")}`;
}
