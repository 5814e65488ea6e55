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
  // Three rolling rows in typed arrays: this runs for every word of every name on each keystroke.
  const width = b.length + 1;
  let prevPrev = new Int32Array(width);
  let prev = new Int32Array(width);
  let current = new Int32Array(width);
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        best = Math.min(best, prevPrev[j - 2]! + 1);
      }
      current[j] = best;
    }
    const spare = prevPrev;
    prevPrev = prev;
    prev = current;
    current = spare;
  }
  return prev[b.length]!;
}

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/** The most similarity() can be: at least the difference in length must be edited. */
function similarityBound(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - Math.abs(a.length - b.length) / longest;
}

/** similarity(a, b) if it can beat `floor`, else `floor` (skipping the edit distance when it cannot). */
function similarityAbove(a: string, b: string, floor: number): number {
  return similarityBound(a, b) <= floor ? floor : Math.max(floor, similarity(a, b));
}

/** A name normalised once, with the forms scoring compares against. */
interface Prepared {
  /** normaliseText of the name. */
  text: string;
  /** Without spaces. */
  compact: string;
  /** Initial letters of the significant words. */
  initials: string;
  words: string[];
  /** The words that carry meaning: all but "and", "of" and the like. */
  significant: string[];
}

function prepare(name: string): Prepared {
  const text = normaliseText(name);
  const words = text.split(" ");
  return {
    text,
    compact: text.replace(/ /g, ""),
    initials: initialism(text),
    words,
    significant: words.filter((w) => w.length > 0 && !SMALL_WORDS.has(w)),
  };
}

/**
 * The most of what a person types that is matched against names: longer than any title or other name (the
 * longest is about 80 characters), and short enough that a pasted essay cannot freeze the page. Text boxes
 * take no more, and an address's search text is cut to it.
 */
export const MAX_QUERY_LENGTH = 100;

/** What was typed, cut to MAX_QUERY_LENGTH, ready to match. */
function prepareQuery(query: string): Prepared {
  return prepare(query.slice(0, MAX_QUERY_LENGTH));
}

/** Words equal, or equal but for a plural "s" ("gcse" and "gcses"). */
function sameWord(a: string, b: string): boolean {
  return a === b || a === `${b}s` || b === `${a}s`;
}

/** How many of `words` appear among `among`, plurals aside. */
function wordsFound(words: readonly string[], among: readonly string[]): number {
  return words.reduce((n, w) => (among.some((other) => sameWord(w, other)) ? n + 1 : n), 0);
}

/**
 * The same significant words in any order, plurals aside: "healthcare assistants" and "Healthcare assistant",
 * "support time recovery worker" and "Support, time and recovery worker".
 */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return (
    a.length > 0 && a.length === b.length && wordsFound(a, b) === a.length && wordsFound(b, a) === b.length
  );
}

/*
 * Scores, best first. Whole names come before parts of names, so a job title typed in full finds the role
 * that has it before roles whose names merely contain its words:
 *   1     the name itself                    0.98  the name but for spaces ("health care assistant")
 *   0.97  its words in another order, plurals aside
 *   0.95  its initials ("pwp")               0.8–0.9  the start of the name (type-ahead), longer starts higher
 *   0.8–0.9  every typed word in the name, in any order; names with fewer other words higher ("nurse":
 *         "Mental health nurse" before "Nurse consultant (mental health)")
 *   0.74–0.8  every typed word somewhere among the candidate's names ("mental health assistant": "Mental
 *         health support worker" and "Healthcare assistant" are one role's names)
 *   0.75  a word of the name starts with it  0.7  the name contains it
 *   below  every typed word close to a word of the name (typos), scaled by how much of the name it covers
 * Typed words found in another name count a little less than the same words in the title (TITLE_PREFERENCE):
 * the title is what the map shows and what most people mean by a single word such as "nurse". The start of a
 * name counts the same for every name, so type-ahead completes a short other name ("lived exp": "Lived
 * experience") as readily as a title.
 */
const TITLE_PREFERENCE = 0.97;

/** Candidates with their names normalised once, for matching many queries against the same names. */
export interface PreparedCandidates {
  readonly candidates: ReadonlyArray<MatchCandidate>;
  readonly labels: ReadonlyArray<ReadonlyArray<Prepared>>;
}

/**
 * Normalises every candidate's names once. Keep the result wherever the candidates are kept (type-ahead keeps
 * it while its options stay the same; a page keeps it per graph) and pass it to closestMatches.
 * @example const roles = prepareCandidates(graph.roles.map((r) => ({ id: r.id, labels: [r.title] })));
 */
export function prepareCandidates(candidates: ReadonlyArray<MatchCandidate>): PreparedCandidates {
  return { candidates, labels: candidates.map((candidate) => candidate.labels.map(prepare)) };
}

/** How well one prepared query matches one prepared label, from 0 to 1. */
function scoreLabel(query: Prepared, label: Prepared, isTitle: boolean): number {
  const q = query.text;
  const l = label.text;
  if (q.length === 0 || l.length === 0) return 0;
  if (q === l) return 1;
  if (query.compact === label.compact) return 0.98;
  if (sameWords(query.significant, label.significant)) return 0.97;
  if (q.length >= 2 && q === label.initials) return 0.95;
  if (l.startsWith(q)) return 0.9 - 0.1 * (1 - q.length / l.length);
  const typed = query.significant;
  if (typed.length > 0 && wordsFound(typed, label.words) === typed.length) {
    const share = 0.8 + 0.1 * (typed.length / Math.max(typed.length, label.significant.length));
    return isTitle ? share : share * TITLE_PREFERENCE;
  }
  const words = label.words;
  if (q.length >= 3 && words.some((w) => w.startsWith(q))) return 0.75;
  if (q.length >= 3 && l.includes(q)) return 0.7;
  // Every typed word close to some word of the label: "clinicl psycholgist" → "clinical psychologist".
  // Edit distances are the cost here, so each is skipped when its length difference alone rules it out.
  const queryWords = query.words;
  const perWord = queryWords.map((qw) => words.reduce((best, w) => similarityAbove(qw, w, best), -Infinity));
  const wordScore = perWord.reduce((sum, s) => sum + s, 0) / perWord.length;
  const coverage = Math.min(1, queryWords.length / words.length);
  const byWords = wordScore * (0.6 + 0.25 * coverage);
  return similarityBound(q, l) * 0.85 <= byWords ? byWords : Math.max(similarity(q, l) * 0.85, byWords);
}

/**
 * Every typed word found among one candidate's names, when no single name has them all: 0.74 to 0.8, higher
 * when one name holds more of the words and has fewer others. Undefined when a word is missing or the query
 * has only one word.
 */
function scoreAcrossLabels(
  query: Prepared,
  candidate: MatchCandidate,
  labels: ReadonlyArray<Prepared>,
): Match | undefined {
  const typed = query.significant;
  if (typed.length < 2) return undefined;
  if (!typed.every((w) => labels.some((label) => label.words.some((lw) => sameWord(w, lw)))))
    return undefined;
  let best: { index: number; found: number; share: number } | undefined;
  labels.forEach((label, index) => {
    const found = wordsFound(typed, label.words);
    const share = found / Math.max(1, label.significant.length);
    if (best === undefined || found > best.found || (found === best.found && share > best.share)) {
      best = { index, found, share };
    }
  });
  const { index, found, share } = best!;
  return {
    id: candidate.id,
    label: candidate.labels[index]!,
    score: 0.74 + 0.04 * (found / typed.length) + 0.02 * share,
  };
}

/**
 * Ranks candidates by how closely one of their names matches the query, best first; ties keep input order.
 * Pass candidates prepared by prepareCandidates to match many queries against the same names: then only the
 * query is normalised.
 * @example
 * closestMatches("pwp", [{ id: "psychological-wellbeing-practitioner", labels: ["Psychological wellbeing practitioner", "PWP"] }])
 * // [{ id: "psychological-wellbeing-practitioner", label: "PWP", score: 1 }]
 */
export function closestMatches(
  query: string,
  candidates: ReadonlyArray<MatchCandidate> | PreparedCandidates,
  options: { limit?: number; minScore?: number; maxGapFromBest?: number } = {},
): Match[] {
  // maxGapFromBest keeps only names nearly as close as the best, for a short "did you mean".
  const { limit = 3, minScore = 0.55, maxGapFromBest = Infinity } = options;
  const q = prepareQuery(query);
  if (q.text.length === 0) return [];
  const prepared = "labels" in candidates ? candidates : prepareCandidates(candidates);
  const scored: Match[] = [];
  prepared.candidates.forEach((candidate, c) => {
    let best: Match | undefined;
    candidate.labels.forEach((label, i) => {
      const score = scoreLabel(q, prepared.labels[c]![i]!, i === 0);
      if (best === undefined || score > best.score) best = { id: candidate.id, label, score };
    });
    const acrossNames = scoreAcrossLabels(q, candidate, prepared.labels[c]!);
    if (acrossNames !== undefined && (best === undefined || acrossNames.score > best.score))
      best = acrossNames;
    if (best !== undefined && best.score >= minScore) scored.push(best);
  });
  const ranked = scored
    .map((m, order) => ({ m, order }))
    .sort((x, y) => y.m.score - x.m.score || x.order - y.order)
    .map(({ m }) => m);
  const best = ranked[0]?.score ?? 0;
  return ranked.filter((m) => best - m.score <= maxGapFromBest).slice(0, limit);
}

/** Type-ahead lists: up to eight names, none weaker than a loose match of most typed words. */
export const TYPE_AHEAD = { limit: 8, minScore: 0.5 } as const;

/**
 * "Did you mean" when type-ahead lists nothing: up to three names, only those nearly as close as the closest,
 * and not so loose that any word would do.
 */
export const NO_MATCH_SUGGESTIONS = { limit: 3, minScore: 0.42, maxGapFromBest: 0.05 } as const;

/** What a typed name resolves to: one candidate, several it could mean, or none. */
export type NameResolution =
  { status: "found"; id: string } | { status: "ambiguous"; ids: string[] } | { status: "none" };

/**
 * Resolves what a person typed to one candidate, the way a reader would, trying in turn: an id in any case; a
 * whole title or other name; the start of a name ("A-levels" for "A-levels or other Level 3 qualifications");
 * some of a name's words in any order, plurals aside ("approved clinician"). The first of these that only one
 * candidate fits decides; when several fit, they are returned for the person to choose from.
 * @example resolveName("a levels", [{ id: "a-levels", labels: ["A-levels or other Level 3 qualifications"] }])
 * // { status: "found", id: "a-levels" }
 */
export function resolveName(
  query: string,
  candidates: ReadonlyArray<MatchCandidate> | PreparedCandidates,
): NameResolution {
  const q = prepareQuery(query);
  if (q.text.length === 0) return { status: "none" };
  const prepared = "labels" in candidates ? candidates : prepareCandidates(candidates);
  const lowered = query.slice(0, MAX_QUERY_LENGTH).trim().toLowerCase();
  const byId = prepared.candidates.filter((c) => c.id.toLowerCase() === lowered);
  if (byId.length === 1) return { status: "found", id: byId[0]!.id };
  const pick = (fits: (label: Prepared) => boolean): NameResolution | null => {
    const ids = [
      ...new Set(prepared.candidates.filter((_, c) => prepared.labels[c]!.some(fits)).map((c) => c.id)),
    ];
    if (ids.length === 1) return { status: "found", id: ids[0]! };
    if (ids.length > 1) return { status: "ambiguous", ids };
    return null;
  };
  const significant = q.words.filter((w) => !SMALL_WORDS.has(w));
  return (
    pick((label) => label.text === q.text || label.compact === q.compact) ??
    pick((label) => label.text.startsWith(q.text)) ??
    pick(
      (label) =>
        significant.length > 0 && significant.every((w) => label.words.some((lw) => sameWord(w, lw))),
    ) ?? { status: "none" }
  );
}
