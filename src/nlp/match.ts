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

export class PhraseMatcher<T> {
  private exact = new Map<string, Compiled<T>[]>();
  private prefix = new Map<string, Compiled<T>[]>();

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
  }

  /** All hits, longest at each start position, non-overlapping (left to right). */
  find(toks: readonly Token[], from = 0, to = toks.length): Hit<T>[] {
    const hits: Hit<T>[] = [];
    for (let i = from; i < to; i++) {
      const h = this.at(toks, i, to);
      if (h) {
        hits.push(h);
        i += h.len - 1;
      }
    }
    return hits;
  }

  /** The longest phrase that starts at token i, if any. */
  at(toks: readonly Token[], i: number, to = toks.length): Hit<T> | null {
    const tok = toks[i]!;
    let best: Compiled<T> | null = null;
    for (const s of stems(tok.t)) {
      for (const list of [this.exact.get(s), this.prefix.get(s.slice(0, 3))]) {
        if (!list) continue;
        for (const c of list) {
          if (best && best.words.length >= c.words.length) break;
          if (i + c.words.length > to) continue;
          let ok = true;
          for (let k = 0; k < c.words.length; k++) {
            if (!wordMatches(toks[i + k]!.t, c.words[k]!)) { ok = false; break; }
          }
          if (ok) { best = c; break; }
        }
      }
    }
    return best ? { i, len: best.words.length, v: best.v, p: best.p } : null;
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
