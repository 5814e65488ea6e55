/**
 * Finds the names closest to what someone typed: used for "did you mean" suggestions (an unknown id in the data,
 * a role in a URL or on the command line) and for type-ahead search. Tolerant of case, punctuation, small typos
 * and initialisms such as PWP or CAP.
 */

export interface MatchCandidate {
  id: string;
  /** Every name the candidate goes by: its title, other names and id. The first is its display label. */
  labels: readonly string[];
}

export interface Match {
  id: string;
  /** The label that matched best. */
  label: string;
  /** 0 to 1; 1 is an exact match. */
  score: number;
}

const SMALL_WORDS = new Set(["and", "of", "the", "for", "in", "with", "a", "an", "to"]);

/**
 * Lower-cases, drops accents and punctuation, and collapses spaces.
 * @example normaliseText("Children's  Wellbeing-Practitioner") // "childrens wellbeing practitioner"
 */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Initial letters of the significant words: "psychological wellbeing practitioner" → "pwp". */
function initialism(normalised: string): string {
  return normalised
    .split(" ")
    .filter((w) => w.length > 0 && !SMALL_WORDS.has(w))
    .map((w) => w[0])
    .join("");
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, prevPrev[j - 2]! + 1);
      }
      current.push(best);
    }
    prevPrev = prev;
    prev = current;
  }
  return prev[b.length]!;
}

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/** How well one normalised query matches one normalised label, from 0 to 1. */
function scoreLabel(query: string, label: string): number {
  if (query.length === 0 || label.length === 0) return 0;
  if (query === label) return 1;
  if (query.replace(/ /g, "") === label.replace(/ /g, "")) return 0.98;
  if (query.length >= 2 && query === initialism(label)) return 0.95;
  if (label.startsWith(query)) return 0.9 - 0.1 * (1 - query.length / label.length);
  const words = label.split(" ");
  if (query.length >= 3 && words.some((w) => w.startsWith(query))) return 0.75;
  if (query.length >= 3 && label.includes(query)) return 0.7;
  // Every typed word close to some word of the label: "clinicl psycholgist" → "clinical psychologist".
  const queryWords = query.split(" ");
  const perWord = queryWords.map((qw) => Math.max(...words.map((w) => similarity(qw, w))));
  const wordScore = perWord.reduce((sum, s) => sum + s, 0) / perWord.length;
  const coverage = Math.min(1, queryWords.length / words.length);
  return Math.max(similarity(query, label) * 0.85, wordScore * (0.6 + 0.25 * coverage));
}

/**
 * Ranks candidates by how closely one of their names matches the query, best first; ties keep input order.
 * @example
 * closestMatches("pwp", [{ id: "psychological-wellbeing-practitioner", labels: ["Psychological wellbeing practitioner", "PWP"] }])
 * // [{ id: "psychological-wellbeing-practitioner", label: "PWP", score: 1 }]
 */
export function closestMatches(
  query: string,
  candidates: ReadonlyArray<MatchCandidate>,
  options: { limit?: number; minScore?: number; maxGapFromBest?: number } = {},
): Match[] {
  // maxGapFromBest keeps only names nearly as close as the best, for a short "did you mean".
  const { limit = 3, minScore = 0.55, maxGapFromBest = Infinity } = options;
  const q = normaliseText(query);
  if (q.length === 0) return [];
  const scored: Match[] = [];
  for (const candidate of candidates) {
    let best: Match | undefined;
    for (const label of candidate.labels) {
      const score = scoreLabel(q, normaliseText(label));
      if (best === undefined || score > best.score) best = { id: candidate.id, label, score };
    }
    if (best !== undefined && best.score >= minScore) scored.push(best);
  }
  const ranked = scored
    .map((m, order) => ({ m, order }))
    .sort((x, y) => y.m.score - x.m.score || x.order - y.order)
    .map(({ m }) => m);
  const best = ranked[0]?.score ?? 0;
  return ranked.filter((m) => best - m.score <= maxGapFromBest).slice(0, limit);
}
