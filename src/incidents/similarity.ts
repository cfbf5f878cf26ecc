// Text similarity between reports on normalised Arabic (normalizeArabic folds
// hamza, ta marbuta, ya, digits…). Outlets reword the same wire report, so two
// measures are combined: word bigram Jaccard (shared phrasing) and a weighted
// word overlap (shared content words in any order — robust for short follow-ups
// such as «ارتفاع حصيلة تفجير الطارمية»). Words every incident report uses
// (killed, security source, explosive device…) weigh little: they say nothing
// about *which* event it is. The word lists and clitics are nlp data (src/nlp/data/similarity.ts).
import {
  BLAST_WORDS, DEFUSED_CUES, DEPOT, DEVICE_WORDS, HEARD_WORDS, NOT_A_VILLAGE_NAME, RENEWED_CUES, VILLAGE_WORD, normalizeArabic, withoutArticle, SIMILARITY_ADJECTIVE_ENDING, SIMILARITY_ARTICLE_PREFIXES,
  SIMILARITY_CLITIC_LETTERS, SIMILARITY_GENERIC_WORDS, SIMILARITY_STOP_WORDS,
} from "../nlp/index.js";

const STOP = new Set(SIMILARITY_STOP_WORDS);
const GENERIC = new Set(SIMILARITY_GENERIC_WORDS);
const GENERIC_WEIGHT = 0.25;
const CLITICS = new Set(SIMILARITY_CLITIC_LETTERS);

/** Clitics and the article: «والقوات» → «قوات», «بالطارميه» → «طارميه». */
function stem(w: string): string {
  let s = w;
  for (const p of SIMILARITY_ARTICLE_PREFIXES) {
    if (s.startsWith(p) && s.length - p.length >= 3) {
      s = s.slice(p.length);
      break;
    }
  }
  if (s.length >= 4 && CLITICS.has(s[0]!) && GENERIC.has(s.slice(1))) s = s.slice(1);
  // an adjective agrees with its noun: «القوات الأمريكية» and «الجيش الأمريكي» name the same side
  if (s.length >= 5 && s.endsWith(SIMILARITY_ADJECTIVE_ENDING)) s = s.slice(0, -(SIMILARITY_ADJECTIVE_ENDING.length - 1));
  return s;
}

export interface TextProfile {
  /** it tells of a device found or defused, with no blast and no victim: never the same event as an explosion */
  defused: boolean;
  /** it tells of a blast by its sound («سماع دوي انفجار»): placed where it was heard, not always where it was */
  heard: boolean;
  /** it tells of an attack or a fight starting again («تجدد النزاع», «مجدداً»: RENEWED_CUES) */
  renewed: boolean;
  /** the villages it names by the word after «قرية» («قرية سوارة»), known to the gazetteer or not */
  villages: ReadonlySet<string>;
  /** content words with their weights */
  words: Map<string, number>;
  /** total weight of `words` */
  mass: number;
  bigrams: Set<string>;
}

/** The profile of one normalised text. */
export function profile(normalized: string): TextProfile {
  const words = new Map<string, number>();
  const seq: string[] = [];
  const villages = new Set<string>();
  let village = false;
  for (const raw of normalized.split(/[^\p{L}\p{N}]+/u)) {
    if (!raw) continue;
    if (village && !NOT_A_VILLAGE_NAME.has(raw) && raw.length >= 3 && !/^\d+$/.test(raw)) villages.add(withoutArticle(raw));
    village = VILLAGE_WORD.test(raw);
    if (/^\d+$/.test(raw)) continue; // numbers change from report to report (tolls, times)
    const w = stem(raw);
    if (w.length < 2 || STOP.has(w) || STOP.has(raw)) continue;
    seq.push(w);
    words.set(w, GENERIC.has(w) || GENERIC.has(raw) ? GENERIC_WEIGHT : 1);
  }
  const bigrams = new Set<string>();
  for (let i = 1; i < seq.length; i++) bigrams.add(`${seq[i - 1]} ${seq[i]}`);
  let mass = 0;
  for (const w of words.values()) mass += w;
  return { words, mass, bigrams, defused: isDefused(normalized), heard: HEARD.test(normalized), renewed: RENEWED.some((c) => normalized.includes(c)), villages };
}

/** DEFUSED_CUES normalised, as texts are matched (reports.ts reads them too). */
export const DEFUSED = DEFUSED_CUES.map(normalizeArabic);
const RENEWED = RENEWED_CUES.map(normalizeArabic);
const HEARD = new RegExp(`(?:^|[^\\p{L}])(?:${HEARD_WORDS.map(normalizeArabic).join("|")})(?![\\p{L}])`, "u");
const DEVICE = DEVICE_WORDS.map(normalizeArabic);
const BLAST = BLAST_WORDS.map(normalizeArabic);

/** A device (not a launch pad, not a weapons cache) found or defused, and nothing went off. Matched on normalised text. */
export function isDefused(normalized: string): boolean {
  return (
    DEFUSED.some((c) => normalized.includes(c)) &&
    DEVICE.some((c) => normalized.includes(c)) &&
    !BLAST.some((c) => normalized.includes(c))
  );
}

/** Below this much content a text is too thin to be judged by its words alone. */
const THIN = 3;

/**
 * Similarity in [0, 1]: the larger of bigram Jaccard and the weighted share of
 * the shorter text's content words found in the other; thin texts are damped.
 */
export function similarity(a: TextProfile, b: TextProfile): number {
  if (a.mass === 0 || b.mass === 0) return 0;
  let common = 0;
  const [small, large] = a.words.size <= b.words.size ? [a, b] : [b, a];
  for (const [w, weight] of small.words) if (large.words.has(w)) common += weight;
  const smaller = Math.min(a.mass, b.mass);
  const overlap = (common / smaller) * Math.min(1, smaller / THIN);
  let inter = 0;
  const [sb, lb] = a.bigrams.size <= b.bigrams.size ? [a.bigrams, b.bigrams] : [b.bigrams, a.bigrams];
  for (const g of sb) if (lb.has(g)) inter++;
  const union = a.bigrams.size + b.bigrams.size - inter;
  const jaccard = union === 0 ? 0 : inter / union;
  return Math.max(jaccard, overlap);
}

/** Both name villages, and none in common («غارة تركية على قرية سوارة», «… على قرية ديركني المجاورة»): two targets. */
export function villagesApart(a: TextProfile, b: readonly TextProfile[]): boolean {
  if (a.villages.size === 0) return false;
  const named = b.filter((p) => p.villages.size > 0);
  return named.length > 0 && named.every((p) => ![...a.villages].some((v) => p.villages.has(v)));
}

/** The text names a depot or a store («مخزن عتاد», «مستودع»): its ammunition goes off for a long time. */
export const namesDepot = (p: TextProfile): boolean => [...p.words.keys()].some((w) => DEPOT.test(w));
