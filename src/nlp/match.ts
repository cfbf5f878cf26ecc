// A small phrase matcher over normalised tokens. Cue tables (cues.ts) are data:
// phrases of 1–5 words; a word ending in "*" matches as a prefix. Each token is also
// tried without one clitic (و/ف/ب/ل) and without ال, so «وبانفجار» matches «انفجار».

import type { Token } from "./normalize.js";
import { normalizeArabic, WORD_LETTERS } from "./normalize.js";
import { STEM_ARTICLES, STEM_CLITICS, stems } from "./numbers.js";

export interface Cue<T> {
  p: string;
  v: T;
}
export interface Hit<T> {
  /** first token index */
  i: number;
  /** number of tokens */
  len: number;
  v: T;
  p: string;
}

interface Compiled<T> {
  words: { w: string; prefix: boolean }[];
  v: T;
  p: string;
}

function wordMatches(tok: string, w: { w: string; prefix: boolean }): boolean {
  for (const s of stems(tok)) {
    if (w.prefix ? s.startsWith(w.w) : s === w.w) return true;
  }
  return false;
}

// Speed: most tokens start no phrase of any matcher. Each matcher gets one bit; a word's mask (memoised
// per distinct word, across all matchers) says which matchers have a phrase that may start at it, so
// `at` answers "no" with one lookup instead of one per stem and per table.
// First words (exact) and first-word prefixes (3 letters) of every registered index → their bits.
const EXACT_BITS = new Map<string, number>();
/** Keyed by the letter-triple code of the 3-letter start (trigramAt below), not by the string: a new word's
 * mask then needs no substring per form. Codes are shared only by letters outside the coded ranges, which
 * makes the pre-check less selective, never wrong. */
const PREFIX_BITS = new Map<number, number>();
let registered = 0;
/** Per distinct word: its mask, and per matcher (by id) the phrases it may start (filled when asked). */
interface WordRecord { mask: number; starts: unknown[] }
const WORDS = new Map<string, WordRecord>();
/** Bumped when an index is added: masks cached on tokens before that are stale. */
let generation = 0;

/** Register a word index (a matcher, the gazetteer) for the start-of-phrase pre-check; returns its bit.
 * `exact`: words a phrase may start with; `prefixes`: 3-letter starts of words matched as prefixes. */
export function registerStarts(exact: Iterable<string>, prefixes: Iterable<string> = []): number {
  const bit = 1 << (registered++ % 30); // indexes beyond 30 share a bit: the pre-check is only less selective
  for (const w of exact) { EXACT_BITS.set(w, (EXACT_BITS.get(w) ?? 0) | bit); addTrigram(w, 0); }
  for (const p of prefixes) { const g = trigramAt(p, 0); PREFIX_BITS.set(g, (PREFIX_BITS.get(g) ?? 0) | bit); addTrigram(p, 0); }
  WORDS.clear();
  generation++;
  return bit;
}

// A cheaper pre-check before that one: the first three letters of every registered word (fewer when it is
// shorter), as a set of letter-triple codes. A form of a word (stems) can match a registered word, exactly
// or as a prefix, only if its first three letters are those of one; a word none of whose forms starts so
// has mask 0 without any map lookup (most words of a real stream: one lookup per token was a sixth of the
// analysis time).
const TRIGRAMS = new Uint32Array(1 << 16);
/** A letter's 7-bit code: 0 is "no letter" (a word shorter than three), digits, Latin, the Arabic block;
 * letters beyond share one code (the set is then only less selective). */
function letterCode(c: number): number {
  if (c >= 0x621 && c <= 0x64a) return c - 0x621 + 1; // 1..42
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 43; // 43..52
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 53; // 53..78
  return 79;
}
function trigramAt(w: string, o: number): number {
  const n = w.length - o;
  return (letterCode(w.charCodeAt(o)) << 14) | (n > 1 ? letterCode(w.charCodeAt(o + 1)) << 7 : 0) | (n > 2 ? letterCode(w.charCodeAt(o + 2)) : 0);
}
function addTrigram(w: string, o: number): void {
  if (w.length <= o) return;
  const g = trigramAt(w, o);
  TRIGRAMS[g >>> 5]! |= 1 << (g & 31);
}
const hasTrigram = (w: string, o: number): boolean => {
  const g = trigramAt(w, o);
  return (TRIGRAMS[g >>> 5]! & (1 << (g & 31))) !== 0;
};
const WAW = 0x648, FA = 0x641, BA = 0x628, LAM = 0x644, ALEF = 0x627;
/** May a form of `t` (its stems: numbers.ts computeStems, read here as offsets into t) start a registered
 * word? The forms are t, t without one clitic (و before more than two letters, ف/ب/ل before more than
 * three), and each of those without a following ال or لل when more than three letters remain. */
function mayStart(t: string): boolean {
  if (!t.length) return true;
  if (hasTrigram(t, 0) || articleFormStarts(t, 0)) return true;
  const c = t.charCodeAt(0);
  const clitic = (c === WAW && t.length > 2) || ((c === FA || c === BA || c === LAM) && t.length > 3);
  return clitic && (hasTrigram(t, 1) || articleFormStarts(t, 1));
}
/** The form without ال / لل at offset o, when there is one. */
function articleFormStarts(t: string, o: number): boolean {
  if (t.length - o <= 3) return false;
  const a = t.charCodeAt(o), b = t.charCodeAt(o + 1);
  if (!((a === ALEF || a === LAM) && b === LAM)) return false;
  return hasTrigram(t, o + 2);
}

/** Which registered indexes may have a phrase starting at this token (cached on the token). */
export function tokenMask(tok: Token): number {
  if (tok.mg === generation && tok.mt === tok.t) return tok.m!;
  const r = mayStart(tok.t) ? recordOf(tok.t) : null;
  const m = r ? r.mask : 0;
  tok.r = r;
  tok.m = m;
  tok.mt = tok.t;
  tok.mg = generation;
  return m;
}

/** The masks of a whole token array, computed once per story: every matcher's `find` walks the same
 * tokens, and a typed array read is cheaper than the per-token cache check (one entry: a story's rules
 * run one after another). */
let lastToks: readonly Token[] | null = null;
let lastMasks = new Int32Array(0);
let lastGeneration = -1;
function masksOf(toks: readonly Token[]): Int32Array {
  if (toks === lastToks && lastGeneration === generation && lastMasks.length === toks.length) return lastMasks;
  const masks = new Int32Array(toks.length);
  for (let i = 0; i < toks.length; i++) masks[i] = tokenMask(toks[i]!);
  lastToks = toks;
  lastMasks = masks;
  lastGeneration = generation;
  return masks;
}

function recordOf(tok: string): WordRecord {
  const hit = WORDS.get(tok);
  if (hit) return hit;
  let m = 0;
  for (const s of stems(tok)) m |= (EXACT_BITS.get(s) ?? 0) | (PREFIX_BITS.get(trigramAt(s, 0)) ?? 0);
  if (WORDS.size > 100_000) WORDS.clear();
  const r = { mask: m, starts: [] };
  WORDS.set(tok, r);
  return r;
}

let matchers = 0;

/** A slot of its own in every word record, for an index that keeps per-word results as the matchers do
 * (the gazetteer: the names a word may start). */
export function wordSlot(): number {
  return matchers++;
}

/** The record of the token's word, as `tokenMask` left it: only valid right after a non-zero mask. */
export function wordRecordOf(tok: Token): WordRecord | null {
  return tok.mg === generation && tok.mt === tok.t ? tok.r ?? null : null;
}

export class PhraseMatcher<T> {
  private exact = new Map<string, Compiled<T>[]>();
  private prefix = new Map<string, Compiled<T>[]>();
  private readonly bit: number;
  /** Every phrase's first word (a prefix word without its «*»), for `mayOccurIn`. */
  private readonly firsts = new Set<string>();
  private atTokenStart: RegExp | null = null;
  private anywhere: RegExp | null = null;

  constructor(cues: readonly Cue<T>[]) {
    for (const c of cues) {
      const p = normalizeArabic(c.p);
      const words = p.trim().split(/\s+/).map((w) => (w.endsWith("*") ? { w: w.slice(0, -1), prefix: true } : { w, prefix: false }));
      const first = words[0]!;
      const comp: Compiled<T> = { words, v: c.v, p };
      this.firsts.add(first.w);
      const map = first.prefix ? this.prefix : this.exact;
      const key = first.prefix ? first.w.slice(0, 3) : first.w;
      const list = map.get(key);
      if (list) list.push(comp);
      else map.set(key, [comp]);
    }
    // longest phrases first so that the first hit at a position is the longest
    for (const m of [this.exact, this.prefix]) for (const l of m.values()) l.sort((a, b) => b.words.length - a.words.length);
    this.bit = registerStarts(this.exact.keys(), this.prefix.keys());
  }

  /**
   * False when no phrase can occur in this normalised text: none of the first words is anywhere where a token's
   * form (stems: the word, without one clitic, then without ال / لل) may start with it. One scan by the regular-
   * expression engine, before the text is even tokenised: most posts of a real stream name no act at all. Never
   * false where `find` would find a hit (a token starts after a character that is no word character, or after a
   * digit; a phrase's first word is a form of the token, or a form's prefix).
   */
  mayOccurIn(norm: string): boolean {
    return (this.atTokenStart ??= occurrencePattern([...this.firsts], true)).test(norm);
  }

  /** `mayOccurIn` for a normalised page still to be cut into stories: a first word anywhere at all, inside a word
   * too (dropping a page's furniture, labels and tags may leave a word next to anything). */
  mayOccurAnywhereIn(norm: string): boolean {
    return (this.anywhere ??= occurrencePattern([...this.firsts], false)).test(norm);
  }

  /** Whole-story results, per token array: several rules ask the same matcher about one story. */
  private last: { toks: readonly Token[]; hits: Hit<T>[] } | null = null;

  /** All hits, longest at each start position, non-overlapping (left to right). Do not mutate the result. */
  find(toks: readonly Token[], from = 0, to = toks.length): Hit<T>[] {
    const whole = from === 0 && to === toks.length;
    if (whole && this.last && this.last.toks === toks) return this.last.hits;
    const hits: Hit<T>[] = [];
    const masks = masksOf(toks);
    const bit = this.bit;
    for (let i = from; i < to; i++) {
      if (!(masks[i]! & bit)) continue;
      const h = this.startingAt(toks, i, to);
      if (h) {
        hits.push(h);
        i += h.len - 1;
      }
    }
    if (whole) this.last = { toks, hits };
    return hits;
  }

  /** This matcher's index in a word record's `starts`. */
  private readonly id = matchers++;

  /** The phrases whose first word the token matches, longest first (ties in table order): kept in the
   * word's record, which the token carries once its mask is known (always, before `startingAt`). */
  private startsOf(tok: Token): Compiled<T>[] {
    const r = tok.mg === generation && tok.mt === tok.t ? tok.r : null;
    if (!r) return this.startsOfWord(tok.t);
    return ((r.starts[this.id] as Compiled<T>[] | undefined) ??= this.startsOfWord(tok.t));
  }

  private startsOfWord(t: string): Compiled<T>[] {
    const out: Compiled<T>[] = [];
    for (const s of stems(t)) {
      for (const list of [this.exact.get(s), this.prefix.get(s.slice(0, 3))]) {
        if (!list) continue;
        for (const c of list) if (!out.includes(c) && wordMatches(t, c.words[0]!)) out.push(c);
      }
    }
    out.sort((a, b) => b.words.length - a.words.length); // stable: equal lengths keep the order above
    return out;
  }

  /** The longest phrase that starts at token i, if any (the first of the longest, in table order). */
  at(toks: readonly Token[], i: number, to = toks.length): Hit<T> | null {
    if (!(tokenMask(toks[i]!) & this.bit)) return null;
    return this.startingAt(toks, i, to);
  }

  /** `at` once the start-of-phrase pre-check has passed. */
  private startingAt(toks: readonly Token[], i: number, to: number): Hit<T> | null {
    const tok = toks[i]!;
    for (const c of this.startsOf(tok)) {
      const n = c.words.length;
      if (i + n > to) continue;
      let ok = true;
      for (let k = 1; k < n; k++) {
        if (!wordMatches(toks[i + k]!.t, c.words[k]!)) { ok = false; break; }
      }
      if (ok) return { i, len: n, v: c.v, p: c.p };
    }
    return null;
  }
}

/** What `mayOccurIn` scans for: a word at a token's start (a letter right after a letter is inside a token; a
 * letter after a digit starts one, as does a digit after a letter), after one clitic and an article at most (what
 * `stems` takes off); or, not `atTokenStart`, a word anywhere. */
function occurrencePattern(words: readonly string[], atTokenStart: boolean): RegExp {
  // an empty first word would match anywhere: so does the pattern then
  if (words.some((w) => !w)) return /(?:)/;
  if (!words.length) return /(?!)/;
  const alt = (ws: readonly string[]): string => ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  if (!atTokenStart) return new RegExp(alt(words));
  const letters = words.filter((w) => !/^\d/.test(w));
  const digits = words.filter((w) => /^\d/.test(w));
  const parts = [];
  if (letters.length) parts.push(`(?<![${WORD_LETTERS}])(?:${alt(STEM_CLITICS)})?(?:${alt(STEM_ARTICLES)})?(?:${alt(letters)})`);
  // a digit after a letter starts a token too
  if (digits.length) parts.push(`(?:${alt(digits)})`);
  return new RegExp(parts.join("|"));
}

/** Build a set-lookup that also tries clitic-stripped forms. */
export function makeWordSet(words: readonly string[]): (tok: string) => boolean {
  const set = new Set(words.map((w) => normalizeArabic(w)));
  return (tok: string) => {
    for (const s of stems(tok)) if (set.has(s)) return true;
    return false;
  };
}
