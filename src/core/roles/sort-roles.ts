import type { RoleSortKey, SortDirection } from "../url/roles-list";
import type { RoleSummary } from "./role-summary";

const REGISTRATION_ORDER = { statutory: 0, "accredited-register": 1, none: 2 } as const;

const compareTitles = (a: string, b: string) => a.localeCompare(b, "en-GB");

/** The value a column sorts by; null sorts last whatever the direction. */
function sortValue(row: RoleSummary, key: RoleSortKey): string | number | null {
  switch (key) {
    case "title":
      return row.title;
    case "band":
      return row.bandRank;
    case "training":
      return row.trainingMonths?.min ?? null;
    case "apprenticeship":
      return row.apprenticeships.length > 0 ? 0 : 1;
    case "registration":
      return REGISTRATION_ORDER[row.registration];
  }
}

/**
 * Sorts role summaries by a column; ties fall back to the title, and missing values go last either way.
 * @example sortRoles(rows, "band", "descending")[0].band // "Bands 8d–9"
 */
export function sortRoles(
  rows: ReadonlyArray<RoleSummary>,
  key: RoleSortKey,
  direction: SortDirection,
): RoleSummary[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      // Text in reading order (accents and case aside), as the tie-break below; numbers by value.
      const order = typeof x === "string" && typeof y === "string" ? compareTitles(x, y) : x < y ? -1 : 1;
      if (order !== 0) return order * sign;
    }
    return compareTitles(a.title, b.title);
  });
}
