// Names typed by power users (/subscribe ديالى baghdad ied): province and
// attack-type ids, their Arabic and English names from locales/, and the
// alternatives people type (nlp's data table, with the rest of the Arabic
// vocabulary). Unknown words get the closest known name as a hint.
import { ATTACK_TYPES, PROVINCES, REGIONS, TYPED_NAME_ALIASES, normalizeArabic, withoutArticle } from "../nlp/index.js";
import type { LOCALES } from "../i18n.js";

export type NameKind = "province" | "type";
export interface Named {
  kind: NameKind;
  id: string;
}


/** Comparable form of a name: normalised, lower-case, without the article or punctuation. */
export function nameKey(s: string): string {
  return normalizeArabic(s).replace(/[_\-/,.()]/g, " ").split(/\s+/).filter(Boolean).map(withoutArticle).join(" ");
}

export class NameIndex {
  /** a name's meaning: one province or type, or a region's provinces (/subscribe كردستان) */
  private byKey = new Map<string, readonly Named[]>();
  private maxWords = 1;

  /** `label(locale, key)` reads a display name from locales/. */
  constructor(label: (locale: (typeof LOCALES)[number], key: string) => string) {
    const add = (name: string, ns: readonly Named[]) => {
      const k = nameKey(name);
      if (!k || this.byKey.has(k)) return;
      this.byKey.set(k, ns);
      this.maxWords = Math.max(this.maxWords, k.split(" ").length);
    };
    const addAll = (kind: NameKind, ids: readonly (keyof typeof TYPED_NAME_ALIASES)[], prefix: string) => {
      for (const id of ids) {
        const n = [{ kind, id }];
        add(id, n);
        for (const locale of ["ar", "en"] as const) {
          const name = label(locale, `${prefix}-${id}`);
          add(name, n);
          for (const part of name.split("/")) add(part, n);
        }
        for (const a of TYPED_NAME_ALIASES[id] ?? []) add(a, n);
      }
    };
    addAll("province", PROVINCES, "province");
    addAll("type", ATTACK_TYPES, "type");
    // after the provinces and types: a name of theirs keeps its one meaning
    for (const r of REGIONS) for (const name of [r.ar, r.en, ...r.typed]) add(name, r.provinces.map((id) => ({ kind: "province", id })));
  }

  /** Reads names from free text, longest match first; returns what it recognised and what it did not. */
  parse(text: string): { found: Named[]; unknown: { word: string; suggestion: Named | null }[] } {
    const words = text.split(/[\s,،؛;]+/).filter(Boolean);
    const found: Named[] = [];
    const unknown: { word: string; suggestion: Named | null }[] = [];
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let n = Math.min(this.maxWords, words.length - i); n > 0 && !matched; n--) {
        const hit = this.byKey.get(nameKey(words.slice(i, i + n).join(" ")));
        if (hit) {
          for (const h of hit) if (!found.some((f) => f.kind === h.kind && f.id === h.id)) found.push(h);
          matched = n;
        }
      }
      if (!matched) {
        unknown.push({ word: words[i]!, suggestion: this.closest(words[i]!) });
        matched = 1;
      }
      i += matched;
    }
    return { found, unknown };
  }

  /** The known name nearest to `word` by edit distance, when it is near enough to be a typo. */
  closest(word: string): Named | null {
    const k = nameKey(word);
    let best: Named | null = null;
    let bestD = Infinity;
    for (const [key, ns] of this.byKey) {
      // a region's name is not offered for a typo: the hint names one province or type
      if (ns.length !== 1) continue;
      const d = editDistance(k, key);
      if (d < bestD) {
        bestD = d;
        best = ns[0]!;
      }
    }
    return bestD <= Math.max(1, Math.floor(k.length / 3)) ? best : null;
  }
}

export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
