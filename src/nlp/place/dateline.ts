// A news dateline names where the report was filed, not always where it happened: «بغداد (رويترز) - قالت
// مصادر … إن ثلاثة أشخاص قتلوا في انفجار … بمدينة كركوك», «أربيل (كوردستان 24)- … لمحافظة السليمانية». The page's
// dateline is read off its first line (readDateline, called by ../segment.ts), so it is no sentence of the report:
// a statement under «بغداد (أ ف ب) -» keeps its speaker first. It then places the report only where the text names
// no place of the event itself (datelineWeight): a heading such as «بغداد (فيديو)» over a text naming no other place,
// or one naming only a reference point («قرب الحدود مع الكويت») or a source's or a morgue's city, keeps it.

import type { PlaceMention } from "../gazetteer.js";
import { ASIDE_CLAUSE, BORDERS, NEIGHBOURS, OUTLET_NAMES, OUTLETS } from "../data/location-words.js";
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
 * often a party, but «قرب إيلات» is abroad however near; only a neighbour's border is a reference point here: «قرب
 * الحدود مع الكويت»), or in another province, weighed at all, unless in an aside after the act (where a source's or a morgue's city
 * goes: «…، فيما نقلت الجثتان إلى الطب العدلي في بغداد»). Read as the text's
 * first words, a Baghdad dateline had outweighed «قرب مطار أربيل» and a report of Jerusalem; and a dateline placing
 * a text that names a place abroad would make foreign news, which the channel rules reject as placed abroad, Iraqi.
 * `firstAct`: the token of the story's first act word.
 */
export function datelineWeight(s: Story, t: Tally, dateline: PlaceMention, norm: string, firstAct: number | undefined): number {
  if (!dateline.province || dateline.country) return 0;
  for (const m of s.mentions) if (m.country && !neighbourBorder(s.toks, m)) return 0;
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

/** «الحدود الكويتية», «الحدود مع الكويت»: a neighbour's border, named as a reference point. */
function neighbourBorder(toks: readonly Token[], m: PlaceMention): boolean {
  const i = m.i;
  return NEIGHBOURS.has(m.country!) && (BORDERS.test(toks[i - 1]?.t ?? "") || (toks[i - 1]?.t === WITH && BORDERS.test(toks[i - 2]?.t ?? "")));
}

/** The place a dateline names («ذي قار»), as the gazetteer reads it; null when it is none. */
export function datelinePlace(place: string): PlaceMention | null {
  const toks = tokenize(normWords(place));
  return findPlaces(toks).find((m) => m.i === 0 && m.len === toks.length && !m.common) ?? null;
}

// ---- reading a dateline off a page's first line ----

/** What separates a dateline's parts: dashes, a slash, and tatweel written apart as a dash («كركوك ـ وكالات»). */
const DATELINE_SEP = /^\s*(?:[-–—/]|ـ(?=\s))\s*/u;
/** One to three words of letters (or an outlet's digits: «كوردستان 24»), up to a separator or a bracket. */
const HEAD = /^((?:(?:(?!\u0640)[\p{L}\p{M}\p{N}])+(?:\s+|(?=\s*[-–—/(ـ:]|\s*$))){1,3})/u;
/** A bracketed agency or note («(رويترز)», «(كوردستان 24)», «(العراق)»), and the separator after it. */
const BRACKETED = /^\s*\([^()\n]{1,40}\)\s*(?:[-–—:/]|ـ(?=\s))?\s*/u;


/** The words are one place's whole name, in Iraq or abroad («ميسان», «ذي قار», «طهران»), and not a common word. */
function isPlaceName(words: string): boolean {
  const m = datelinePlace(words);
  return m !== null && (m.place !== null || m.country !== null);
}

/** A speaker's colon after one to four words. */
const SPEAKER_NEXT = /^[^\n:.،,]{2,50}:/u;

/** The words name an outlet or its reporter, relaying a report («مراسلنا», «مراسل الميادين», «وكالة الأنباء العراقية»). */
function isRelay(words: string): boolean {
  return isOutlet(words) || OUTLETS.firstWords.includes(normWords(words).split(" ")[0]!);
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
 * نيوز/ بغداد», «بغداد اليوم - دهوك». Left in the text it weighed as a place of the event: a Baghdad dateline put
 * a report of Jerusalem or a minister's statement («بغداد (أ ف ب) - زيلينسكي: …») in Baghdad. Null when the line
 * opens with none: a place and a headline («البصرة - اغتيال ناشط») keep the place (it is the headline's), and two
 * places («بغداد - كركوك») are a road.
 */
export function readDateline(line: string): Dateline | null {
  const lead = /^[^\p{L}\p{N}(]*/u.exec(line)![0];
  const from = line.slice(lead.length);
  const head = HEAD.exec(from);
  if (!head) return null;
  const first = head[1]!.trim();
  let rest = from.slice(head[1]!.length);
  const bracket = BRACKETED.exec(rest);
  // the outlet alone and a colon over a speaker's («مراسلنا: ترامب: …», «وكالة الأنباء العراقية (واع):\nالوزير: …»):
  // who relays the statement, not who makes it. (Over a report, «رويترز: قال مسؤولان …», it stays as it reads.)
  const relay = /^\s*:\s*/.exec(bracket ? rest.slice(bracket[0].length - (bracket[0].trimEnd().endsWith(":") ? 1 : 0)) : rest);
  if (relay && isRelay(first) && (!bracket || bracket[0].includes(":"))) {
    const said = bracket ? rest.slice(bracket[0].length) : rest.slice(relay[0].length);
    if (!/\p{L}/u.test(said) || SPEAKER_NEXT.test(said)) return { place: null, line: lead + said };
  }
  const sep = bracket ?? DATELINE_SEP.exec(rest);
  if (!sep) return null;
  rest = rest.slice(sep[0].length);
  if (isPlaceName(first)) {
    // «بغداد- (يو بي اي) سقط …», «طهران – سانا», «بغداد - أ ف ب - …»: the agency after the place goes too
    const agency = !bracket && BRACKETED.exec(rest);
    if (agency) rest = rest.slice(agency[0].length);
    else {
      const next = HEAD.exec(rest);
      const after = next ? rest.slice(next[1]!.length) : "";
      const end = /^\s*$/.test(after) ? /^\s*/.exec(after) : DATELINE_SEP.exec(after) ?? /^\s*:\s*/.exec(after);
      if (next && end && isOutlet(next[1]!)) rest = after.slice(end[0].length);
      else if (next && !after.trim() && isPlaceName(next[1]!)) return null;
    }
    return { place: first, line: lead + rest };
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
  const end = /^\s*$/.test(after) ? /^\s*/.exec(after) : DATELINE_SEP.exec(after) ?? /^\s*:\s*/.exec(after);
  if (!end) return null;
  return { place: place[1]!.trim(), line: lead + after.slice(end[0].length) };
}
