// A short faithful Arabic summary: the most informative sentence(s) of the story as written.
// The alert's own first lines already carry the type, the place and the toll (src/alerts/format.ts),
// so the summary does not repeat them as a facts line (which would also contradict a later toll
// update); it quotes the report instead:
// - candidates are the story's sentences (headline included), scored by what they name: the act,
//   a place, a toll (and a weapon); background sentences (earlier events) and statements weigh less;
// - the best one comes first; a second or third one is added, in text order, only when it names
//   something the chosen ones do not and everything still fits in ~280 characters;
// - pure attribution («، وفقا لخلية الإعلام الأمني», «أفاد مصدر أمني بأن …») is trimmed, emojis and
//   hashtag marks and a leading dateline («بغداد/ شفق نيوز-») are dropped; a sentence that is too long
//   is cut at a word with «…»;
// - a sentence the feed cut short («… يسفر عن مقتل سبعة مدنيين وإصابة…», a clipped title) is quoted
//   only when no whole sentence names an act: the text usually carries it in full;
// - only when no sentence names an act does the summary fall back to a facts line built from the
//   extracted facts.

import type { AttackType, ProvinceId } from "./taxonomy.js";
import { placeNamesProvince } from "./normalize.js";

export const TYPE_AR: Record<AttackType, string> = {
  ied: "عبوة ناسفة", car_bomb: "سيارة مفخخة", suicide: "هجوم انتحاري", armed_attack: "هجوم مسلح", rocket: "قصف صاروخي",
  drone: "هجوم بطائرة مسيّرة", airstrike: "ضربة جوية", assassination: "اغتيال", kidnapping: "اختطاف", clash: "اشتباكات",
  security_operation: "عملية أمنية", other: "حادث أمني",
};
export const PROVINCE_AR: Record<ProvinceId, string> = {
  baghdad: "بغداد", basra: "البصرة", nineveh: "نينوى", erbil: "أربيل", sulaymaniyah: "السليمانية", duhok: "دهوك", halabja: "حلبجة",
  kirkuk: "كركوك", diyala: "ديالى", anbar: "الأنبار", salahuddin: "صلاح الدين", babil: "بابل", karbala: "كربلاء", najaf: "النجف",
  wasit: "واسط", qadisiyah: "القادسية", maysan: "ميسان", dhi_qar: "ذي قار", muthanna: "المثنى",
};

export interface SummaryFacts {
  type: AttackType;
  place: string | null;
  province: ProvinceId | null;
  killed: number | null;
  injured: number | null;
}

/** One sentence of the story as written, with what it names (computed by the caller on tokens). */
export interface SummarySentence {
  text: string;
  /** an act (explosion, attack, killing…) */
  act: boolean;
  /** an attack type with a weapon or act named (not a weak cue) */
  weapon: boolean;
  /** an Iraqi place; `mainPlace`: the place chosen for the incident */
  place: boolean;
  mainPlace: boolean;
  /** a casualty verb or toll noun */
  toll: boolean;
  /** states the toll the alert gives (its killed or injured figure, when above one) */
  figure?: boolean;
  /** a background sentence (earlier events, «وكان …», statistics) */
  background: boolean;
  /** any background marker at all («وكان», «منذ», «الماضي»…): never added as a second line */
  anyBackground: boolean;
  /** a piece of a sentence cut off by a bare line break */
  fragment: boolean;
  /** cut short by the feed and ended with «…» (a clipped title): quoted only when no whole sentence names an act */
  clipped?: boolean;
  /** a statement, condemnation, warning… */
  statement: boolean;
  words: number;
}

/** Longest summary (characters). */
export const SUMMARY_MAX = 280;
const MAX_SENTENCES = 3;

/** The facts line: the fallback when no sentence names an act. */
export function factsLine(f: SummaryFacts): string {
  let where = "";
  const named = f.place && f.province ? placeNamesProvince(f.place, PROVINCE_AR[f.province]) : null;
  if (f.place && f.province && named !== "same") where = named === "prefixed" ? ` في ${f.place}` : ` في ${f.place} (${PROVINCE_AR[f.province]})`;
  else if (f.province) where = ` في ${PROVINCE_AR[f.province]}`;
  else if (f.place) where = ` في ${f.place}`;
  const tolls: string[] = [];
  if (f.killed !== null) tolls.push(`القتلى: ${f.killed}`);
  if (f.injured !== null) tolls.push(`الجرحى: ${f.injured}`);
  return `${TYPE_AR[f.type]}${where}${tolls.length ? ` — ${tolls.join("، ")}` : ""}.`;
}

// Attribution that carries nothing: a trailing «، وفقا لـ…/بحسب…/نقلا عن…» clause, a leading
// «أفاد/قال/ذكر مصدر أمني … بأن/إن/أن». Bounded, linear regexes.
const TRAILING_ATTRIBUTION = /\s*[،,]\s*(?:و)?(?:\s?ذلك\s)?(?:وفقا|وفقاً|وفق|حسب|بحسب|طبقا|طبقاً|نقلا عن|نقلاً عن|على حد قول|حسبما|بحسب ما|وفق ما|وفقا لما|وفقاً لما)\s[^،,]{0,90}$/u;
const LEADING_SOURCE = /^(?:و)?(?:قال|قالت|[أا]فاد|[أا]فادت|ذكر|ذكرت|[أا]كد|[أا]كدت|[أا]وضح|[أا]وضحت|[أا]ضاف|[أا]ضافت|تابع|تابعت|كشف|كشفت|[أا]بلغ)\s+(?:مصدر|مصادر|شهود|مراسل|ضابط|مسؤول)[^.]{0,120}?\s(?:إن|ان|أن|بأن|بان)\s+["“«]?/u;
const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;
// A dateline before the report: «بغداد/ شفق نيوز- …», «شفق نيوز/ …», «بغداد – …» (a place or outlet, then a slash or a spaced dash).
const DATELINE = /^(?:\p{L}+ ?){1,3}\/ *(?:(?:\p{L}+ ?){1,3}[-–—] *)?|^\p{L}+ [-–—] /u;

// Speed: each costly pattern is run only when the characters it needs are there (the answer is the same):
// an emoji is none of tab, line breaks, the printable ASCII up to ©, «», the Arabic block (checked for each); a
// dateline needs its slash or its dash (its nested repeats try every way of cutting the first words).
const MAY_HAVE_EMOJI = /[^\t\n\r -\u00a8\u00ab\u00bb\u0600-\u06ff]/;
const DATELINE_MARK = /[/\-–—]/;

/** The sentence as shown: no emojis, no hashtag marks, no attribution-only clause, one space. */
export function cleanSentence(raw: string): string {
  let s = MAY_HAVE_EMOJI.test(raw) ? raw.replace(EMOJI, "") : raw;
  if (s.includes("#")) s = s.replace(/#/g, "");
  if (s.includes("_")) s = s.replace(/_/g, " ");
  s = s.replace(/\s+/g, " ").trim();
  const dateline = DATELINE_MARK.test(s) ? DATELINE.exec(s) : null;
  if (dateline && s.length - dateline[0].length >= 30) s = s.slice(dateline[0].length);
  const lead = LEADING_SOURCE.exec(s);
  // after «أنّ» the subject is accusative («أن شخصين قتلا»): cut the frame only when no case ending shows
  if (lead && s.length - lead[0].length >= 30 && !/^\S*(ين|ا|اً|ًا)(?=\s)/u.test(s.slice(lead[0].length))) s = s.slice(lead[0].length);
  const trail = TRAILING_ATTRIBUTION.exec(s);
  if (trail && trail.index >= 30) s = s.slice(0, trail.index);
  return s.replace(/^[\s\-–—|:،,.]+|[\s\-–—|:،,]+$/g, "").trim();
}

function score(s: SummarySentence, pos: number): number {
  let v = 0;
  if (s.act) v += 2;
  if (s.weapon) v += 1.5;
  if (s.mainPlace) v += 2;
  else if (s.place) v += 1;
  if (s.toll) v += 2;
  // quoting a preliminary count under the final one would contradict the alert's own toll line
  if (s.figure) v += 3;
  // the headline and the lead usually tell the new event; later sentences add context
  v += pos <= 1 ? 1.5 : pos === 2 ? 1 : pos === 3 ? 0.5 : 0;
  if (s.background) v *= 0.6;
  if (s.statement) v *= 0.5;
  if (s.words < 5) v *= 0.6;
  if (s.words > 60) v -= 1;
  return v;
}

/** A sentence that may be quoted: it names an act or a weapon, is whole and long enough. The flags are
 * asked first: cleaning is the costly part, and most sentences of an article name no act. */
function usable(s: SummarySentence): boolean {
  return (s.act || s.weapon) && !s.fragment && s.words >= 3;
}

const wordsOf = (s: string): Set<string> => new Set(s.split(/[\s،,.]+/).filter((w) => w.length > 2));
function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, max - 1).replace(/\s+\S*$/, "").replace(/[\s،,]+$/, "")}…`;
}

const end = (s: string): string => (/[.!؟?…]$/.test(s) ? s : `${s}.`);

/**
 * The summary: the most informative sentence(s) of the story as written (≤ ~280 characters, at
 * most three lines), or the facts line when no sentence names an act.
 */
export function buildSummary(f: SummaryFacts, sentences: readonly SummarySentence[]): string {
  // The candidates are the usable sentences whose cleaned text has 12 characters or more — the whole ones,
  // or the clipped ones when no whole one is left — ranked by score, then by position. Cleaning is the
  // costly part, and an article has many usable sentences of which only the best and the few that pass
  // the cheap tests below can be quoted: the usable ones are ranked first (the same order: the filter
  // keeps it) and a sentence is cleaned only when its text is asked for.
  const ranked: Candidate[] = [];
  sentences.forEach((s, pos) => {
    if (usable(s)) ranked.push({ s, pos, score: score(s, pos) });
  });
  ranked.sort((a, b) => b.score - a.score || a.pos - b.pos);
  let at = ranked.findIndex((c) => !c.s.clipped && long(c));
  const wholeOnly = at >= 0;
  if (!wholeOnly) at = ranked.findIndex(long);
  if (at < 0) return factsLine(f);
  const best = ranked[at]!;
  if (textOf(best).length >= SUMMARY_MAX) return cut(textOf(best), SUMMARY_MAX);
  if (best.s.clipped) return `${textOf(best)}…`; // says that it is cut, rather than ending on «وإصابة.»
  const chosen = [best];
  let len = textOf(best).length + 1;
  const has = { act: best.s.act, place: best.s.place, toll: best.s.toll, weapon: best.s.weapon };
  for (const c of ranked.slice(at + 1)) {
    if (chosen.length >= MAX_SENTENCES) break;
    if (c.score < 3 || c.s.words < 5 || c.s.anyBackground || c.s.statement) continue;
    const adds = (c.s.toll && !has.toll) || (c.s.place && !has.place) || (c.s.weapon && !has.weapon);
    if (!adds) continue;
    if ((wholeOnly && c.s.clipped) || !long(c)) continue; // not a candidate
    if (chosen.some((x) => overlap(bagOf(x), bagOf(c)) >= 0.5)) continue;
    if (len + textOf(c).length + 1 > SUMMARY_MAX) continue;
    chosen.push(c);
    len += textOf(c).length + 1;
    has.act ||= c.s.act; has.place ||= c.s.place; has.toll ||= c.s.toll; has.weapon ||= c.s.weapon;
  }
  // the quoted sentences count the victims otherwise than the alert, and the sentence stating its toll names no act
  // («وأعلنت مصادر طبية ارتفاع عدد القتلى إلى 18»): it is quoted too, or the summary would contradict the toll line
  if (!chosen.some((c) => c.s.figure) && chosen.length < MAX_SENTENCES) {
    const pos = sentences.findIndex((s) => s.figure && !s.fragment && s.words >= 3 && !s.clipped);
    const update: Candidate | undefined = pos >= 0 ? { s: sentences[pos]!, pos, score: 0 } : undefined;
    if (update && long(update) && len + textOf(update).length + 1 <= SUMMARY_MAX) chosen.push(update);
  }
  return chosen.sort((a, b) => a.pos - b.pos).map((c) => end(textOf(c))).join("\n");
}

/** A usable sentence, its cleaned text and word bag made when first asked. */
interface Candidate { s: SummarySentence; pos: number; score: number; text?: string; words?: Set<string> }
// (module-level, not closures in buildSummary: tsx compiles with esbuild's keepNames, which names a closure
// bound to a const with a defineProperty each time it is created)
function textOf(c: Candidate): string {
  return (c.text ??= cleanSentence(c.s.text));
}
/** Long enough to be quoted. */
function long(c: Candidate): boolean {
  return textOf(c).length >= 12;
}
/** The word bag, compared only for a second or third line. */
function bagOf(c: Candidate): Set<string> {
  return (c.words ??= wordsOf(textOf(c)));
}
