// Gazetteer: PLACES (data/places.ts) and FOREIGN_PLACES (data/foreign.ts) loaded once
// into a token index; longest match over normalised tokens, with or without ال and the
// clitics و/ب/ل (and «في» as its own word). Resolution of the incident's place lives in
// place/; this module only finds mentions.

import type { Token } from "./normalize.js";
import { normalizeArabic, tokenize } from "./normalize.js";
import { stems } from "./numbers.js";
import type { ProvinceId } from "./taxonomy.js";
import { isProvinceId } from "./taxonomy.js";
import { PLACE_DATA, FOREIGN_DATA } from "./places-source.js";
import { regionById } from "./data/regions.js";
import type { PlaceLike, ForeignLike } from "./places-source.js";
import { registerStarts, tokenMask, wordSlot, wordRecordOf } from "./match.js";

export type PlaceKind = PlaceLike["kind"];

/** Specificity used to pick «the most specific named place». */
const SPECIFICITY: Record<string, number> = {
  province: 0, region: 1, district: 2, subdistrict: 3, city: 3, town: 4, base: 5, crossing: 5, landmark: 5, village: 5,
  neighbourhood: 6,
};

export interface PlaceMention {
  /** token range */
  i: number;
  len: number;
  /** Iraqi place entry, or null for a foreign mention */
  place: PlaceLike | null;
  province: ProvinceId | null;
  /** country id for foreign mentions */
  country: string | null;
  ambiguous: boolean;
  /** the name is also an ordinary word («المدينة», «الحرية»): never a place without an admin noun */
  common: boolean;
  specificity: number;
  /** first word of the matched name (normalised, without ال) */
  first: string;
  /** other Iraqi places with the same name (homonyms: «الحسينية» in Baghdad and in Karbala) */
  alts?: readonly PlaceLike[];
}

interface IndexEntry {
  words: string[];
  place: PlaceLike | null;
  country: string | null;
  ambiguous: boolean;
  common?: boolean;
  /** single-word Iraqi name written with ال («الزبير», «المعقل»): the bare word is a personal name
   * or an ordinary noun («زبير», «معقل داعش»), so the token must carry the article */
  needsAl?: boolean;
}

/** Single-word names that are also ordinary words («المدينة», «الحرية», «السلام»…): treated as
 * ambiguous (they need an admin noun before them) whatever the data says. */
const COMMON_WORD_NAMES = new Set(["مدينه", "حريه", "سلام", "نصر", "امين", "شعب", "جهاد", "رساله", "اعلام", "عامل", "وحده",
  "ثوره", "صدر", "عدل", "نور", "امل", "شهداء", "جامعه", "معامل", "بلديات", "حسينيه", "رشاد", "رياض", "خضراء", "دوره", "زراعه",
  "صناعه", "تحرير", "كرامه", "قدس", "اسكان", "عروبه", "وطن", "حي", "سوق", "مطار", "جسر", "مركز", "ساحه", "منطقه", "قريه",
  "علم", "دور", "عنه", "حر", "دير", "زهور", "اصلاح", "فجر"]);

/** Admin nouns that may open a name («ناحية الحسينية», «قضاء المدينة»). */
const ADMIN_WORDS = new Set(["ناحيه", "قضاء", "مدينه", "منطقه", "قريه", "حي", "بلده", "مركز"]);

const stripAl = (w: string): string => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w);
/** stripAl(x) === w, without making the string (speed: asked for every word of every candidate name). */
const isWithoutAl = (x: string, w: string): boolean =>
  (x.startsWith("ال") && x.length > 3 ? x.length === w.length + 2 && x.endsWith(w) : x === w);

/** A name of Arabic letters and single spaces only (most of the ~2,900 names): tokenize would cut it at the
 * spaces and nowhere else. */
const PLAIN_NAME = /^[\u0621-\u064a]+(?: [\u0621-\u064a]+)*$/;

/** The words of a normalised name, without ال. */
function nameWords(norm: string): string[] {
  // speed: the index is built on the first story that asks for a place, inside the analysis of a batch;
  // splitting a plain name at its spaces gives tokenize's words without a Token per word
  const words = PLAIN_NAME.test(norm) ? norm.split(" ") : tokenize(norm).map((t) => t.t);
  return words.map(stripAl).filter((w) => w.length > 0);
}

class GazetteerIndex {
  private byFirst = new Map<string, IndexEntry[]>();
  readonly size: number;
  private readonly bit: number;
  /** Per distinct word (in match.ts's word records): the name lists its forms start, in stems order. */
  private readonly slot = wordSlot();

  constructor(places: readonly PlaceLike[], foreign: readonly ForeignLike[]) {
    let n = 0;
    for (const p of places) {
      if (!isProvinceId(p.province)) continue;
      for (const name of new Set([p.ar, ...(p.aliases ?? [])])) {
        const norm = normalizeArabic(name);
        const words = nameWords(norm);
        if (!words.length || (words.length === 1 && words[0]!.length < 3)) continue;
        const common = words.length === 1 && COMMON_WORD_NAMES.has(words[0]!);
        const needsAl = words.length === 1 && /^ال/.test(norm.trim());
        this.add({ words, place: p, country: null, ambiguous: !!p.ambiguous || common, common, needsAl });
        n++;
      }
    }
    for (const f of foreign) {
      for (const name of new Set([f.ar, ...(f.aliases ?? [])])) {
        const words = nameWords(normalizeArabic(name));
        if (!words.length || (words.length === 1 && words[0]!.length < 3)) continue;
        this.add({ words, place: null, country: f.country, ambiguous: !!f.ambiguous });
      }
    }
    for (const l of this.byFirst.values()) l.sort((a, b) => b.words.length - a.words.length);
    this.size = n;
    // keys are without ال, and a token's stems include its form without ال
    this.bit = registerStarts(this.byFirst.keys());
  }

  private add(e: IndexEntry): void {
    const k = e.words[0]!;
    const l = this.byFirst.get(k);
    if (l) l.push(e);
    else this.byFirst.set(k, [e]);
  }

  /** Other Iraqi places named by the same words; «ناحية الحسينية» also names a «الحسينية» with no
   * «ناحية» alias (the admin noun is not part of the name). */
  private homonyms(e: IndexEntry, tok: string): readonly PlaceLike[] {
    const art = hasArticle(tok);
    const memo = this.homonymsOf[art ? 1 : 0]!;
    let out = memo.get(e);
    if (!out) memo.set(e, (out = this.homonymsOfEntry(e, art)));
    return out;
  }
  /** homonyms' answers by entry, for a token with the article and without it (speed: a mention's first word
   * may start a hundred names, and the same names come back story after story): at most two arrays per
   * entry of the index (~2,900), shared by the mentions — read only. */
  private readonly homonymsOf = [new Map<IndexEntry, readonly PlaceLike[]>(), new Map<IndexEntry, readonly PlaceLike[]>()];

  private homonymsOfEntry(e: IndexEntry, art: boolean): PlaceLike[] {
    const words = ADMIN_WORDS.has(e.words[0]!) && e.words.length > 1 ? e.words.slice(1) : e.words;
    const out: PlaceLike[] = [];
    for (const ws of words === e.words ? [words] : [words, e.words]) {
      for (const x of this.byFirst.get(ws[0]!) ?? []) {
        if (!x.place || x.place === e.place || x.place.province === e.place!.province) continue;
        if (x.words.length !== ws.length || x.words.some((w, k) => w !== ws[k])) continue;
        if (x.needsAl && ws === e.words && !art) continue;
        if (!out.includes(x.place)) out.push(x.place);
      }
    }
    return out;
  }

  /** The name lists that the forms of the token's word start (each form without ال), in stems order;
   * kept in the word's record once its mask is known (speed: one lookup per distinct word, not one per
   * form and per occurrence). */
  private listsOf(tok: Token): IndexEntry[][] {
    const r = wordRecordOf(tok);
    if (!r) return this.listsOfWord(tok.t);
    return ((r.starts[this.slot] as IndexEntry[][] | undefined) ??= this.listsOfWord(tok.t));
  }

  private listsOfWord(t: string): IndexEntry[][] {
    const out: IndexEntry[][] = [];
    for (const s of stems(t)) {
      const l = this.byFirst.get(stripAl(s));
      if (l) out.push(l);
    }
    return out;
  }

  /** All place mentions, longest match first, left to right, non-overlapping. */
  find(toks: readonly Token[]): PlaceMention[] {
    const out: PlaceMention[] = [];
    for (let i = 0; i < toks.length; i++) {
      if (!(tokenMask(toks[i]!) & this.bit)) continue;
      let best: IndexEntry | null = null;
      let bestIraqi: IndexEntry | null = null;
      // a first word may start a hundred names («قاعدة …», «ناحية …»): the next word's forms, read once
      // here, rule most of them out before the word-by-word test below
      let next: string[] | null = null;
      for (const l of this.listsOf(toks[i]!)) {
        for (const e of l) {
          if (best && e.words.length < best.words.length) break;
          if (i + e.words.length > toks.length) continue;
          if (e.needsAl && !hasArticle(toks[i]!.t)) continue;
          if (e.words.length > 1 && !(next ??= secondWordForms(toks, i)).includes(e.words[1]!)) continue;
          let ok = true;
          for (let k = 1; k < e.words.length; k++) {
            const tk = toks[i + k]!;
            if (tk.sent !== toks[i]!.sent) { ok = false; break; }
            if (!stems(tk.t).some((x) => isWithoutAl(x, e.words[k]!))) { ok = false; break; }
          }
          if (!ok) continue;
          if (!best || e.words.length > best.words.length) { best = e; bestIraqi = e.place ? e : null; }
          else if (e.words.length === best.words.length && e.place && !bestIraqi) bestIraqi = e;
          else if (e.words.length === best.words.length && e.place && bestIraqi &&
            (SPECIFICITY[e.place.kind] ?? 3) < (SPECIFICITY[bestIraqi.place!.kind] ?? 3)) bestIraqi = e; // same name: province wins the tie
        }
      }
      if (!best) continue;
      // An Iraqi reading of the same name beats a foreign one (e.g. a town shared with a neighbour);
      // the data marks truly ambiguous names.
      const e = bestIraqi && bestIraqi.words.length === best.words.length ? bestIraqi : best;
      const alts = e.place ? this.homonyms(e, toks[i]!.t) : undefined;
      out.push({
        i, len: e.words.length, place: e.place, province: e.place ? (e.place.province as ProvinceId) : null,
        country: e.country, ambiguous: e.ambiguous, common: !!e.common, first: e.words[0]!, specificity: e.place ? (SPECIFICITY[e.place.kind] ?? 3) : 0,
        ...(alts && alts.length ? { alts } : {}),
      });
      i += e.words.length - 1;
    }
    return out;
  }
}

/** The forms a name's second word may take at token i + 1 (its stems without ال), none when that token is in
 * another sentence: the test of find's word loop for k = 1, made once per position. */
function secondWordForms(toks: readonly Token[], i: number): string[] {
  const tk = toks[i + 1];
  if (!tk || tk.sent !== toks[i]!.sent) return [];
  return stems(tk.t).map(stripAl);
}

/** «الزبير», «بالزبير», «والزبير», «للزبير»: the token carries the article. */
function hasArticle(t: string): boolean {
  return /^(و|ف)?(ب|ل|ك)?ال/.test(t) || /^(و|ف)?لل/.test(t);
}

let index: GazetteerIndex | null = null;

/** The shared index, built once on first use. */
export function gazetteer(): GazetteerIndex {
  if (!index) index = new GazetteerIndex(PLACE_DATA, FOREIGN_DATA);
  return index;
}

/** Find place mentions in token stream (Iraqi and foreign). */
export function findPlaces(toks: readonly Token[]): PlaceMention[] {
  return gazetteer().find(toks);
}

/** Look up the district entry of a place (for IncidentFacts.district). */
/** Kilometres between two points (haversine). */
export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export function placeById(id: string): PlaceLike | undefined {
  return PLACE_BY_ID().get(id);
}
/** The English name of an incident's placeId: a gazetteer place or a region («Kurdistan Region»). */
/** The district a place lies in: its own id for a district. */
export const districtOf = (p: PlaceLike): string | null => (p.kind === "district" ? p.id : p.district ?? null);
export const placeInEnglish = (id: string): string | undefined => placeById(id)?.en ?? regionById(id)?.en;
let byId: Map<string, PlaceLike> | null = null;
function PLACE_BY_ID(): Map<string, PlaceLike> {
  if (!byId) byId = new Map(PLACE_DATA.map((p) => [p.id, p]));
  return byId;
}
