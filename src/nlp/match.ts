// A small phrase matcher over normalised tokens. Cue tables (cues.ts) are data:
// phrases of 1–5 words; a word ending in "*" matches as a prefix. Each token is also
// tried without one clitic (و/ف/ب/ل) and without ال, so «وبانفجار» matches «انفجار».

import type { Token } from "./normalize.js";
import { normalizeArabic } from "./normalize.js";
import { stems } from "./numbers.js";

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
const PREFIX_BITS = new Map<string, number>();
let registered = 0;
const MASKS = new Map<string, number>();
/** Bumped when an index is added: masks cached on tokens before that are stale. */
let generation = 0;

/** Register a word index (a matcher, the gazetteer) for the start-of-phrase pre-check; returns its bit.
 * `exact`: words a phrase may start with; `prefixes`: 3-letter starts of words matched as prefixes. */
export function registerStarts(exact: Iterable<string>, prefixes: Iterable<string> = []): number {
  const bit = 1 << (registered++ % 30); // indexes beyond 30 share a bit: the pre-check is only less selective
  for (const w of exact) EXACT_BITS.set(w, (EXACT_BITS.get(w) ?? 0) | bit);
  for (const p of prefixes) PREFIX_BITS.set(p, (PREFIX_BITS.get(p) ?? 0) | bit);
  MASKS.clear();
  generation++;
  return bit;
}

/** Which registered indexes may have a phrase starting at this token (cached on the token). */
export function tokenMask(tok: Token): number {
  if (tok.mg === generation && tok.mt === tok.t) return tok.m!;
  const m = maskOf(tok.t);
  tok.m = m;
  tok.mt = tok.t;
  tok.mg = generation;
  return m;
}

function maskOf(tok: string): number {
  let m = MASKS.get(tok);
  if (m !== undefined) return m;
  m = 0;
  for (const s of stems(tok)) m |= (EXACT_BITS.get(s) ?? 0) | (PREFIX_BITS.get(s.slice(0, 3)) ?? 0);
  if (MASKS.size > 100_000) MASKS.clear();
  MASKS.set(tok, m);
  return m;
}

export class PhraseMatcher<T> {
  private exact = new Map<string, Compiled<T>[]>();
  private prefix = new Map<string, Compiled<T>[]>();
  private readonly bit: number;

  constructor(cues: readonly Cue<T>[]) {
    for (const c of cues) {
      const p = normalizeArabic(c.p);
      const words = p.trim().split(/\s+/).map((w) => (w.endsWith("*") ? { w: w.slice(0, -1), prefix: true } : { w, prefix: false }));
      const first = words[0]!;
      const comp: Compiled<T> = { words, v: c.v, p };
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

  /** Whole-story results, per token array: several rules ask the same matcher about one story. */
  private last: { toks: readonly Token[]; hits: Hit<T>[] } | null = null;

  /** All hits, longest at each start position, non-overlapping (left to right). Do not mutate the result. */
  find(toks: readonly Token[], from = 0, to = toks.length): Hit<T>[] {
    const whole = from === 0 && to === toks.length;
    if (whole && this.last && this.last.toks === toks) return this.last.hits;
    const hits: Hit<T>[] = [];
    for (let i = from; i < to; i++) {
      const h = this.at(toks, i, to);
      if (h) {
        hits.push(h);
        i += h.len - 1;
      }
    }
    if (whole) this.last = { toks, hits };
    return hits;
  }

  /** Per distinct word: the phrases whose first word it matches, longest first (ties in table order). */
  private starts = new Map<string, Compiled<T>[]>();

  private startsOf(t: string): Compiled<T>[] {
    let out = this.starts.get(t);
    if (out) return out;
    out = [];
    for (const s of stems(t)) {
      for (const list of [this.exact.get(s), this.prefix.get(s.slice(0, 3))]) {
        if (!list) continue;
        for (const c of list) if (!out.includes(c) && wordMatches(t, c.words[0]!)) out.push(c);
      }
    }
    out.sort((a, b) => b.words.length - a.words.length); // stable: equal lengths keep the order above
    if (this.starts.size > 50_000) this.starts.clear();
    this.starts.set(t, out);
    return out;
  }

  /** The longest phrase that starts at token i, if any (the first of the longest, in table order). */
  at(toks: readonly Token[], i: number, to = toks.length): Hit<T> | null {
    const tok = toks[i]!;
    if (!(tokenMask(tok) & this.bit)) return null;
    for (const c of this.startsOf(tok.t)) {
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

/** Build a set-lookup that also tries clitic-stripped forms. */
export function makeWordSet(words: readonly string[]): (tok: string) => boolean {
  const set = new Set(words.map((w) => normalizeArabic(w)));
  return (tok: string) => {
    for (const s of stems(tok)) if (set.has(s)) return true;
    return false;
  };
}
