// A news dateline names where the report was filed, not always where it happened: «بغداد (رويترز) - قالت
// مصادر … إن ثلاثة أشخاص قتلوا في انفجار … بمدينة كركوك», «أربيل (كوردستان 24)- … لمحافظة السليمانية». The page's
// dateline is read off its first line (readDateline, called by ../segment.ts), so it is no sentence of the report:
// a statement under «بغداد (أ ف ب) -» keeps its speaker first. It then places the report only where the text names
// no place of the event itself (datelineWeight): a heading such as «بغداد (فيديو)» over a text naming no other place,
// or one naming only a reference point («قرب الحدود مع الكويت») or a source's or a morgue's city, keeps it.

import type { PlaceMention } from "../gazetteer.js";
import { ASIDE_CLAUSE, BORDERS, BORDER_PROVINCES, OUTLET_NAMES, OUTLETS } from "../data/location-words.js";
import { WITH } from "../data/incident-words.js";
import { normalizeArabic, tokenize } from "../normalize.js";
import { findPlaces } from "../gazetteer.js";
import type { Story, Tally } from "./weigh.js";
import type { Token } from "../normalize.js";

/** «البصرة - بغداد اليوم», «بغداد اليوم - ديالى», «ميسان / بغداد اليوم»: an outlet named after a place, alone
 * between a line's edge or a separator on each side (not «انفجار يهز بغداد اليوم»: the city, today). The indices
 * of such mentions. */
export function outletMentions(s: Pick<Story, "toks" | "mentions">, norm: string): Set<number> {
  const out = new Set<number>();
  for (let mi = 0; mi < s.mentions.length; mi++) {
    const m = s.mentions[mi]!;
    const nx = s.toks[m.i + m.len];
    if (!nx || !OUTLET_NAMES.some(([place, next]) => place.test(s.toks[m.i]!.t) && nx.t === next)) continue;
    if (edgeOrSeparator(norm, s.toks[m.i]!.s - 1, -1) && edgeOrSeparator(norm, nx.e, 1)) out.add(mi);
  }
  return out;
}

/** From `c` in direction `dir`, past spaces: the text's or a line's edge, or a separator («-», «/», «|»). */
function edgeOrSeparator(norm: string, c: number, dir: 1 | -1): boolean {
  while (c >= 0 && c < norm.length && (norm[c] === " " || norm[c] === "\t")) c += dir;
  return c < 0 || c >= norm.length || norm[c] === "\n" || SEPARATORS.includes(norm[c]!);
}
const SEPARATORS = "-–/|";

/** Token `i` comes after the story's first act (`act`), in its sentence, in a clause of its own that tells where a
 * source or the victims were («…، بحسب مصدر أمني في بغداد», «…، فيما نقلت الجثتان إلى الطب العدلي في بغداد»): a comma
 * and a word opening such a clause (data/location-words.ts ASIDE_CLAUSE) between them. */
function inAsideAfterAct(s: Story, norm: string, act: number | undefined, i: number): boolean {
  if (act === undefined || !s.toks[act] || s.toks[act]!.sent !== s.toks[i]!.sent || i <= act) return false;
  let aside = false;
  for (let k = act + 1; k <= i; k++) {
    const t = s.toks[k]!;
    const gap = norm.slice(s.toks[k - 1]!.e, t.s);
    if (gap.includes(",") || gap.includes(";") || gap.includes("،")) aside = ASIDE_CLAUSE.test(t.t);
  }
  return aside;
}

const normWords = (s: string): string => normalizeArabic(s).replace(/\s+/g, " ").trim();

/** A dateline that places the report weighs as a place in its headline. */
const DATELINE_WEIGHT = 3;

/**
 * The weight the page's dateline (`dateline`, its place's mention, read apart from the text) adds to its province:
 * none when the text names a place of its own — abroad (a country is weighed low wherever it is named, as it is
 * often a party, but «قرب إيلات» is abroad however near; only the border of a neighbour the dateline's province lies
 * on is a reference point: «البصرة (خاص) - … قرب الحدود مع الكويت»), or in another province, weighed at all, unless in
 * an aside after the act (where a source's or a morgue's city goes: «…، فيما نقلت الجثتان إلى الطب العدلي في بغداد»).
 * Read as the text's first words, a Baghdad dateline had outweighed «قرب مطار أربيل» and a report of Jerusalem; and
 * one placing a text that names a place abroad would make foreign news, which is rejected as placed abroad, Iraqi.
 * `firstAct`: the token of the story's first act word.
 */
export function datelineWeight(s: Story, t: Tally, dateline: PlaceMention, norm: string, firstAct: number | undefined): number {
  if (!dateline.province || dateline.country) return 0;
  for (const m of s.mentions) if (m.country && !borderOf(s.toks, m, dateline.province)) return 0;
  // «على مقربة من الحدود العراقية الكويتية»: on the border, not at the dateline
  if (s.toks.some((t, i) => BORDERS.test(t.t) && IRAQI_FEM.test(s.toks[i + 1]?.t ?? ""))) return 0;
  const named = new Set(s.mentions.map((o) => o.country));
  if ([...t.foreign.keys()].some((c) => !named.has(c))) return 0; // by adjective («داخل العمق الروسي»), a namesake abroad
  const weighed = new Set([...t.weights.keys(), ...t.fallback.map((f) => f.m)]);
  for (const o of weighed) {
    if (o.country || o.province === dateline.province) continue;
    if (inAsideAfterAct(s, norm, firstAct, o.i)) continue;
    return 0;
  }
  return DATELINE_WEIGHT;
}

const IRAQI_FEM = /^(ال)?عراقيه?$/;

/** «الحدود الكويتية», «الحدود مع الكويت»: the border of a neighbour that `province` lies on, named as a reference point. */
function borderOf(toks: readonly Token[], m: PlaceMention, province: string): boolean {
  const i = m.i;
  return !!BORDER_PROVINCES[m.country!]?.includes(province) &&
    (BORDERS.test(toks[i - 1]?.t ?? "") || (toks[i - 1]?.t === WITH && BORDERS.test(toks[i - 2]?.t ?? "")));
}

/** The place a dateline names («ذي قار»), as the gazetteer reads it; null when it is none. */
export function datelinePlace(place: string): PlaceMention | null {
  const toks = tokenize(normWords(place));
  return findPlaces(toks).find((m) => m.i === 0 && m.len === toks.length && !m.common) ?? null;
}

// ---- reading a dateline off a page's first line ----

/** What separates a dateline's parts: dashes, a slash, and tatweel written apart as a dash («كركوك ـ وكالات»). */
const DATELINE_SEP = /^\s*(?:[-–—/]|ـ(?=\s))\s*/u;
/** One to three words of letters (or an outlet's digits: «كوردستان 24»), up to a separator, a bracket or a colon. */
const HEAD = /^((?:(?:(?!\u0640)[\p{L}\p{M}\p{N}])+(?:\s+|(?=\s*[-–—/(ـ:]|\s*$))){1,3})/u;
/** A bracketed agency or note («(رويترز)», «(كوردستان 24)», «(العراق)»), and the separator after it. */
const BRACKETED = /^\s*\([^()\n]{1,40}\)\s*([-–—:/]|ـ(?=\s))?\s*/u;
/** What a dateline of a place has after its first word or three (a colon alone opens a relay only). */
const DASH_OR_BRACKET = /[-–—/(]|ـ\s/;
/** A colon and the spaces after it. */
const COLON = /^\s*:\s*/;
/** A digest's bullet before a line («- بغداد - …», «• …»). */
const BULLET = /[-–—•·*▪●◾]/u;


/** The words are one place's whole name, in Iraq or abroad («ميسان», «ذي قار», «طهران»), and not a common word. */
function isPlaceName(words: string): boolean {
  const m = datelinePlace(words);
  return m !== null && (m.place !== null || m.country !== null);
}

/** A speaker's colon within the next 50 characters of the line. */
const SPEAKER_NEXT = /^[^\n:.،,]{2,50}:/u;

/** The words name an outlet or its reporter, relaying a report («مراسلنا», «مراسل الميادين», «وكالة الأنباء العراقية»). */
function isRelay(words: string): boolean {
  return isOutlet(words) || OUTLETS.firstWords.includes(normWords(words).split(" ")[0]!);
}

/** After a place, the words name an agency: an outlet's whole name («أ ف ب», «سانا», «مراسلنا»), or two words whose
 * first is a place's or an outlet's name («المغرب اليوم», «السومرية نيوز») — not a headline that ends on «اليوم» or a
 * number («مقتل شخصين اليوم», «مقتل 24»). */
function isAgency(words: string): boolean {
  const name = normWords(words);
  if (OUTLETS.names.includes(name)) return true;
  const w = name.split(" ");
  return w.length === 2 && isOutlet(words) && (OUTLETS.names.includes(w[0]!) || isPlaceName(w[0]!));
}

/** The words name a news outlet or agency (data/location-words.ts OUTLETS). */
function isOutlet(words: string): boolean {
  const w = normWords(words);
  if (!w || /[^\p{L}\p{M}\p{N} ]/u.test(w)) return false;
  return OUTLETS.names.includes(w) || OUTLETS.lastWords.includes(w.split(" ").pop()!);
}

export interface Dateline {
  /** the place the report was filed from, as written («ميسان»); null for an outlet alone («مراسلنا:») */
  place: string | null;
  /** the line without it */
  line: string;
}

/**
 * A dateline opening a line: where the report was filed and by whom, not a sentence of the report — «بغداد
 * (رويترز) - …», «أربيل (كوردستان 24)- …», «بغداد - أ ف ب - …», «طهران – سانا», «شفق نيوز- ميسان», «السومرية
 * نيوز/ بغداد», «بغداد اليوم - دهوك»; or an outlet alone relaying a speaker («مراسلنا: ترامب: …»). Left in the text
 * it weighed as a place of the event: a Baghdad dateline put a report of Jerusalem or a minister's statement
 * («بغداد (أ ف ب) - زيلينسكي: …») in Baghdad. Null when the line opens with none: a place and a dash with no outlet
 * named («البصرة - اغتيال ناشط», «ديالى - مقتل شخصين اليوم») is a headline that names its place, a list of places
 * («بغداد - البصرة - ميسان: …») or a road («بغداد - كركوك») no one's dateline, and a bulleted line a digest's item.
 */
export function readDateline(line: string): Dateline | null {
  // no letter or digit: what is left of the line (lead + the rest) holds no run of letters the line does not (segment.ts)
  const lead = /^[^\p{L}\p{N}(]*/u.exec(line)![0];
  if (BULLET.test(lead)) return null;
  // most lines that may open with one have a speaker's colon and nothing else: only an outlet's name before it
  // makes it a relay, asked before the costlier regexes
  if (!DASH_OR_BRACKET.test(line.slice(0, 80))) {
    const colon = line.indexOf(":");
    const before = colon > 0 ? line.slice(lead.length, colon).trim() : "";
    if (!before || before.split(/\s+/).length > 3 || !isRelay(before.replace(/\s*\(.*$/, ""))) return null;
  }
  const from = line.slice(lead.length);
  const head = HEAD.exec(from);
  if (!head) return null;
  const first = head[1]!.trim();
  let rest = from.slice(head[1]!.length);
  const bracket = BRACKETED.exec(rest);
  // the outlet alone and a colon over a speaker's («مراسلنا: ترامب: …», «وكالة الأنباء العراقية (واع):\nالوزير: …»):
  // who relays the statement, not who makes it. (Over a report, «رويترز: قال مسؤولان …», it stays as it reads.)
  const colon = bracket ? (bracket[1] === ":" ? bracket[0].length : -1) : COLON.exec(rest)?.[0].length ?? -1;
  if (colon >= 0 && isRelay(first)) {
    const said = rest.slice(colon);
    if (!/\p{L}/u.test(said) || SPEAKER_NEXT.test(said)) return { place: null, line: lead + said };
  }
  const sep = bracket ?? DATELINE_SEP.exec(rest);
  if (!sep) return null;
  rest = rest.slice(sep[0].length);
  if (isPlaceName(first)) {
    // «بغداد- (يو بي اي) سقط …», «طهران – سانا», «بغداد - أ ف ب - …»: the agency after the place goes too
    const agency = !bracket && BRACKETED.exec(rest);
    if (agency) return { place: first, line: lead + rest.slice(agency[0].length) };
    if (bracket) return { place: first, line: lead + rest };
    const next = HEAD.exec(rest);
    if (next && isPlaceName(next[1]!)) return null;
    const after = next ? rest.slice(next[1]!.length) : "";
    const end = /^\s*$/.test(after) ? /^\s*/.exec(after) : DATELINE_SEP.exec(after) ?? COLON.exec(after);
    if (next && end && isAgency(next[1]!)) return { place: first, line: lead + after.slice(end[0].length) };
    return null;
  }
  // the outlet first: «شفق نيوز- ميسان», «السومرية نيوز/ بغداد»
  if (bracket || !isOutlet(first)) return null;
  const place = HEAD.exec(rest);
  if (!place || !isPlaceName(place[1]!)) return null;
  let after = rest.slice(place[1]!.length);
  // a report from two places («شفق نيوز- ذي قار/ المثنى»): the second is the dateline's too
  const second = DATELINE_SEP.exec(after);
  const other = second && HEAD.exec(after.slice(second[0].length));
  if (other && isPlaceName(other[1]!)) after = after.slice(second![0].length + other[1]!.length);
  const end = /^\s*$/.test(after) ? /^\s*/.exec(after) : DATELINE_SEP.exec(after) ?? COLON.exec(after);
  if (!end) return null;
  return { place: place[1]!.trim(), line: lead + after.slice(end[0].length) };
}
