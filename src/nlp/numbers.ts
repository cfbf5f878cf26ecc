// Numbers in Arabic news text, on normalised tokens (see normalize.ts: ة→ه, no hamza).
// Digits in any script (already ASCII after normalisation), number words in both
// genders, teens and compounds (خمسه وعشرين), hundreds and thousands, and vague
// quantities (عشرات، عده) which read as `null` = "several, unknown".

import type { Token } from "./normalize.js";
import { nset, nrec } from "./normalize.js";

/** A vague quantity (عشرات، عده…): the text gives no number. */
export const VAGUE = null;

const UNITS: Record<string, number> = nrec({
  واحد: 1, واحده: 1,
  اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثنتا: 2, اثنى: 2, اثني: 2,
  ثلاث: 3, ثلاثه: 3,
  اربع: 4, اربعه: 4,
  خمس: 5, خمسه: 5,
  ست: 6, سته: 6,
  سبع: 7, سبعه: 7,
  ثمان: 8, ثماني: 8, ثمانيه: 8,
  تسع: 9, تسعه: 9,
  عشر: 10, عشره: 10,
});
const TENS: Record<string, number> = nrec({
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40,
  خمسون: 50, خمسين: 50, ستون: 60, ستين: 60, سبعون: 70, سبعين: 70,
  ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
});
const HUNDREDS: Record<string, number> = nrec({
  مئه: 100, مائه: 100, مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200, مئتا: 200, مائتا: 200,
  ثلاثمئه: 300, ثلاثمائه: 300, اربعمئه: 400, اربعمائه: 400, خمسمئه: 500, خمسمائه: 500,
  ستمئه: 600, ستمائه: 600, سبعمئه: 700, سبعمائه: 700, ثمانمئه: 800, ثمانمائه: 800,
  تسعمئه: 900, تسعمائه: 900,
});
const THOUSANDS: Record<string, number> = nrec({ الف: 1000, الفين: 2000, الفان: 2000, الفا: 1000, الاف: 1000 });
/** Words that stand for an unknown, plural quantity. */
export const VAGUE_WORDS = nset([
  "عشرات", "العشرات", "مئات", "المئات", "الاف", "الالاف", "عده", "عدد", "العديد", "بضع", "بضعه",
  "عديد", "جمله", "مجموعه", "اعداد",
]);

/** «أحد عشر»: eleven. */
const ONE_OF_TEN = new Set(["احد", "احدى", "احدي"]);
/** Every word a number may start with, in any table (a word none of whose forms is here reads as no number). */
const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(HUNDREDS), ...Object.keys(THOUSANDS), ...VAGUE_WORDS]);

const STEMS = new Map<string, readonly string[]>();

/** The token and its forms without one clitic (و/ف/ب/ل) and without ال (memoised; do not mutate). */
export function stems(t: string): readonly string[] {
  // most calls ask again about the word just asked about (one rule after another on the same token):
  // answered without a map lookup
  if (t === lastWord) return lastStems;
  let r = STEMS.get(t);
  if (!r) {
    r = computeStems(t);
    if (STEMS.size > 50_000) STEMS.clear();
    STEMS.set(t, r);
  }
  lastWord = t;
  lastStems = r;
  return r;
}
let lastWord = "";
let lastStems: readonly string[] = [""];

const WAW = 0x648, FA = 0x641, BA = 0x628, LAM = 0x644, ALEF = 0x627;
/** What `stems` takes off a word's start: one of these clitics, then one of these articles (computeStems compares
 * their char codes; match.ts's act-word scan builds its pattern from these). */
export const STEM_CLITICS: readonly string[] = ["و", "ف", "ب", "ل"];
export const STEM_ARTICLES: readonly string[] = ["ال", "لل"];

/** t; t without one clitic; then each of those without ال or لل — in that order. (Run once per distinct word
 * of a batch — tens of thousands in the stream — so without intermediate arrays or prefix loops.) */
function computeStems(t: string): string[] {
  const out = [t];
  // «و» may stand before a two-letter word («وفي», «ولم»); «ف/ب/ل» before one are part of a name («فدك»)
  const c = t.charCodeAt(0);
  if ((c === WAW && t.length > 2) || ((c === FA || c === BA || c === LAM) && t.length > 3)) out.push(t.slice(1));
  const forms = out.length;
  for (let k = 0; k < forms; k++) {
    const x = out[k]!;
    // «ال…» and «لل…» exclude each other (the second letter is ل either way, the first differs)
    if (x.length > 3 && x.charCodeAt(1) === LAM && (x.charCodeAt(0) === ALEF || x.charCodeAt(0) === LAM)) out.push(x.slice(2));
  }
  return out;
}

function lookup(t: string, table: Record<string, number>): number | undefined {
  for (const s of stems(t)) {
    const v = table[s];
    if (v !== undefined) return v;
  }
  return undefined;
}

export interface NumberRead {
  /** the value, or null for a vague quantity */
  value: number | null;
  /** how many tokens it spans */
  len: number;
}

const DIGITS = /^\d+(?:[.,]\d+)?$/;

function digitValue(t: string): number | null {
  if (!DIGITS.test(t)) return null;
  // "1,500" and "1.500" are thousands (a count of people is never a decimal); "1.5" a decimal; "3,4" (a list) and
  // "16,15" are no count. A clock time «16:15» is one token DIGITS refuses.
  const sep = t.includes(",") ? "," : t.includes(".") ? "." : null;
  if (sep) {
    const [a, b] = t.split(sep);
    if (b && b.length === 3) return Number(a + b);
    return sep === "." ? Number(t) : null;
  }
  return Number(t);
}

/**
 * Read a number starting at token i: digits, number words (any gender, teens,
 * compounds with و, hundreds, thousands) or a vague quantity. Returns null when
 * token i is not a number.
 */
export function readNumber(toks: readonly Token[], i: number): NumberRead | null {
  const tok = toks[i];
  if (!tok) return null;
  const t = tok.t;
  const d = digitValue(t);
  if (d !== null) {
    const nx = toks[i + 1];
    if (nx && nx.sent === tok.sent && lookup(nx.t, THOUSANDS) !== undefined) {
      return { value: d * 1000, len: 2 };
    }
    return { value: d, len: 1 };
  }
  // most words are no number word in any form: one set lookup per form instead of one per table
  if (!stems(t).some((s) => NUMBER_WORDS.has(s)) && !ONE_OF_TEN.has(t)) return null;
  for (const s of stems(t)) if (VAGUE_WORDS.has(s)) return { value: VAGUE, len: 1 };

  let len = 0;
  let value = 0;
  // hundreds / thousands first ("مئه وخمسون", "ثلاث مئه")
  const u0 = lookup(t, UNITS);
  const h0 = lookup(t, HUNDREDS);
  const th0 = lookup(t, THOUSANDS);
  const nextT = toks[i + 1]?.t ?? "";
  if (u0 !== undefined && u0 < 10 && lookup(nextT, HUNDREDS) === 100) { value = u0 * 100; len = 2; }
  else if (u0 !== undefined && u0 < 10 && lookup(nextT, THOUSANDS) === 1000) { value = u0 * 1000; len = 2; }
  else if (h0 !== undefined) { value = h0; len = 1; }
  else if (th0 !== undefined && t !== "الاف") { value = th0; len = 1; }
  else if (ONE_OF_TEN.has(t)) {
    const n = toks[i + 1];
    if (n && (n.t === "عشر" || n.t === "عشره")) return { value: 11, len: 2 };
    return null;
  } else {
    const u = u0;
    const tens = lookup(t, TENS);
    if (tens !== undefined) return { value: tens, len: 1 };
    if (u === undefined) return null;
    const n1 = toks[i + 1];
    // teens: ثلاث عشره / ثلاثه عشر / اثنا عشر
    if (u < 10 && n1 && (n1.t === "عشر" || n1.t === "عشره")) return { value: 10 + u, len: 2 };
    // compound: خمسه وعشرين
    if (u < 10 && n1 && n1.t.startsWith("و")) {
      const tv = TENS[n1.t.slice(1)];
      if (tv !== undefined) return { value: u + tv, len: 2 };
    }
    return { value: u, len: 1 };
  }
  // after hundreds/thousands: optional "و" + rest
  const n = toks[i + len];
  if (n && n.t.startsWith("و") && n.t.length > 2) {
    const sub: Token[] = [{ ...n, t: n.t.slice(1) }, ...toks.slice(i + len + 1, i + len + 3)];
    const rest = readNumber(sub, 0);
    if (rest && rest.value !== null && rest.value < value) return { value: value + rest.value, len: len + rest.len };
  }
  return { value, len };
}

/** Parse a whole string as a number (for tests and callers with raw text). */
export function parseNumber(norm: string): number | null | undefined {
  const toks = norm.split(/\s+/).filter(Boolean).map((t, k) => ({ t, s: k, e: k, sent: 0 }));
  const r = readNumber(toks, 0);
  return r ? r.value : undefined;
}
