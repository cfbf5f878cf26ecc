// Normalisation for matching. The original text is never changed: callers keep it
// and use `map` to go from a normalised offset back to the original one (display).
//
// Folding: alef/hamza variants → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Persian/Kurdish letters
// → Arabic ones, diacritics and tatweel removed, Arabic-Indic and Persian digits → ASCII,
// Arabic punctuation → ASCII, Latin lower-cased, control chars and odd spaces → space. A run of alefs is one alef:
// no Arabic word doubles it, and fast channels stretch words with it («انفجاار», «عاااجل»).

const FOLD = new Map<number, string>();
const DROP = new Set<number>();

function fold(from: string, to: string): void {
  for (const ch of from) FOLD.set(ch.codePointAt(0)!, to);
}

fold("أإآٱٲٳ", "ا");
fold("ى", "ي");
fold("ة", "ه");
fold("ؤ", "و");
fold("ئ", "ي");
fold("کڪ", "ك");   // Persian/Urdu kaf
fold("گ", "ك");     // Kurdish/Persian gaf (Sorani place names)
fold("یېۍێ", "ي");  // Persian/Kurdish yeh (incl. Kurdish ێ as in «هەولێر»)
fold("ھ", "ه");     // heh doachashmee (Kurdish/Urdu keyboards)
fold("ەۀہ", "ه");   // Kurdish ae, heh variants
fold("ۆۇ", "و");    // Kurdish o/u
fold("ڵ", "ل");
fold("ڕ", "ر");
fold("پ", "ب");
fold("چ", "ج");
fold("ژ", "ز");
fold("ڤ", "ف");
fold("،", ",");
fold("؛", ";");
fold("؟", "?");
fold("٪", "%");
fold("«»“”„″", "\"");
fold("‘’‚′", "'");
for (let i = 0; i < 10; i++) {
  FOLD.set(0x0660 + i, String(i)); // Arabic-Indic
  FOLD.set(0x06f0 + i, String(i)); // Persian
}
fold("٫", ".");
fold("٬", ",");
// Diacritics (harakat, shadda, sukun, superscript alef, Quranic marks) and tatweel.
for (let c = 0x064b; c <= 0x065f; c++) DROP.add(c);
DROP.add(0x0670);
for (let c = 0x06d6; c <= 0x06ed; c++) DROP.add(c);
DROP.add(0x0640);
// Zero-width and bidi controls.
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2066, 0x2067, 0x2068, 0x2069, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0xfeff]) DROP.add(c);

export interface Normalized {
  /** The normalised text (same length or shorter than the original). */
  text: string;
  /** map[i] = offset in the original string of normalised char i (length text.length + 1). */
  map: Int32Array;
}

function foldChar(code: number): string | null {
  if (DROP.has(code)) return null;
  const f = FOLD.get(code);
  if (f !== undefined) return f;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || code === 0x2028 || code === 0x2029) {
    return code === 0x0a ? "\n" : " ";
  }
  if (code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000) return " ";
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  return String.fromCharCode(code);
}

// Speed: every UTF-16 unit folds to at most one unit, so one table lookup per character
// (-1 = dropped) replaces the maps above in the hot loops.
const FOLD_CODE = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) { FOLD_CODE[c] = 0x20; continue; }
  const f = foldChar(c);
  FOLD_CODE[c] = f === null ? -1 : f.charCodeAt(0);
}
const decoder = new TextDecoder("utf-16le");

/** Scratch space for the folded units of one call (grown when a longer text comes; never shrunk: at most
 * twice the longest text seen, and texts are capped by the callers). */
let scratch = new Uint16Array(1024);
function scratchFor(n: number): Uint16Array {
  if (scratch.length < n) scratch = new Uint16Array(n * 2);
  return scratch;
}
/** Below this many units a string is built from the char codes directly: the decoder's per-call cost is
 * most of the time of a short string (segment.ts folds every short line of a post, match.ts every cue). */
const SHORT = 256;
function unitsToString(u: Uint16Array, n: number): string {
  if (n <= SHORT) return String.fromCharCode.apply(null, u.subarray(0, n) as unknown as number[]);
  return decoder.decode(u.subarray(0, n));
}

const ALEF = 0x627;

/** Normalise and keep the offset map back to the original text. */
export function normalizeWithMap(s: string): Normalized {
  const out = scratchFor(s.length);
  const map = new Int32Array(s.length + 1);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // Surrogate pairs (emoji): one space for the pair, they are never matched anyway.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      out[n] = 0x20;
      map[n++] = i;
      i++;
      continue;
    }
    const f = FOLD_CODE[code]!;
    if (f < 0 || (f === ALEF && n > 0 && out[n - 1] === ALEF)) continue;
    out[n] = f;
    map[n++] = i;
  }
  map[n] = s.length;
  return { text: unitsToString(out, n), map: map.subarray(0, n + 1) };
}

/** Normalise Arabic text for matching (see the header for what is folded). */
export function normalizeArabic(s: string): string {
  // many words and short lines fold to themselves: no copy then
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (FOLD_CODE[c] !== c || (c === ALEF && s.charCodeAt(i - 1) === ALEF)) break;
  }
  if (i === s.length) return s;
  const out = scratchFor(s.length);
  let n = 0;
  for (let j = 0; j < i; j++) out[n++] = s.charCodeAt(j);
  for (; i < s.length; i++) {
    const f = FOLD_CODE[s.charCodeAt(i)]!;
    if (f >= 0 && !(f === ALEF && n > 0 && out[n - 1] === ALEF)) out[n++] = f;
  }
  return unitsToString(out, n);
}

export interface Token {
  /** normalised token text (Arabic letters, digits or Latin) */
  t: string;
  /** start / end offsets in the normalised text */
  s: number;
  e: number;
  /** index of the sentence the token belongs to */
  sent: number;
  /** cache of match.ts's start-of-phrase mask, valid for text `mt` and generation `mg` (speed only) */
  m?: number;
  mt?: string;
  mg?: number;
  /** match.ts's record of the word (its mask and, per matcher, the phrases it may start), valid as `m` is */
  r?: { mask: number; starts: unknown[] } | null;
}

const isWordChar = (c: number): boolean =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
/** The letters of isWordChar, as a regular-expression class body (its digits aside). */
export const WORD_LETTERS = "\\u0621-\\u064A\\u0671-\\u06D3a-z";

/** Normalised text holds at least one token (`tokenize` returns some). */
export function hasToken(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) if (isWordChar(norm.charCodeAt(i))) return true;
  return false;
}

const SENTENCE_END = new Set([".", "!", "?", "\n", ";", ":"]);

/**
 * Tokenise normalised text into words. Digits separated by "," or "." inside a number
 * (1,500 / 3.4) or by ":" in a clock time (22:30) stay one token. Sentence indices advance at . ! ? ; : and new lines — except a new line
 * after which `runsOn` says the sentence goes on (a text whose lines were broken mid-sentence).
 */
/** The last character before position i, spaces aside (-1: none). */
function lastBefore(norm: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && (norm[k] === " " || norm[k] === "\t" || norm[k] === "\r")) k--;
  return k >= 0 ? norm.charCodeAt(k) : -1;
}

/** The character before position i, spaces aside, is part of a word (not another line break). */
const afterWord = (norm: string, i: number): boolean => isWordChar(lastBefore(norm, i));

/** The character before position i, spaces aside, is a comma (normalised: «،» is ","). */
const afterComma = (norm: string, i: number): boolean => lastBefore(norm, i) === 0x2c;

/** The word starting at `i` after spaces (the next line's first word; "" when the line starts otherwise). */
function nextWord(norm: string, i: number): string {
  while (i < norm.length && (norm.charCodeAt(i) === 0x20 || norm.charCodeAt(i) === 0x09)) i++;
  const s = i;
  while (i < norm.length && isWordChar(norm.charCodeAt(i))) i++;
  return norm.slice(s, i);
}

export function tokenize(norm: string, runsOn?: (last: readonly Token[], next: string) => boolean): Token[] {
  const toks: Token[] = [];
  let sent = 0;
  let i = 0;
  const n = norm.length;
  while (i < n) {
    const c = norm.charCodeAt(i);
    if (isWordChar(c)) {
      const s = i;
      const digit = c >= 0x30 && c <= 0x39;
      i++;
      while (i < n) {
        const d = norm.charCodeAt(i);
        // «1,500», «3.4», and a clock time «22:30» stay one token: a time's minutes are no count («الساعة 22:30 |
        // إصابة مدنيين» had read 30 wounded)
        if (digit && (d === 0x2c || d === 0x2e || d === 0x3a) && i + 1 < n) {
          const nx = norm.charCodeAt(i + 1);
          // the separator and the digit after it: the next step then compares digit with digit
          if (nx >= 0x30 && nx <= 0x39) { i += 2; continue; }
        }
        if (!isWordChar(d)) break;
        const wasDigit = norm.charCodeAt(i - 1) >= 0x30 && norm.charCodeAt(i - 1) <= 0x39;
        const isDigit = d >= 0x30 && d <= 0x39;
        if (wasDigit !== isDigit && !(d >= 0x61 && d <= 0x7a)) break; // "بـ10" → ب | 10
        i++;
      }
      toks.push({ t: norm.slice(s, i), s, e: i, sent, m: 0, mt: "", mg: -1, r: null });
    } else {
      const ch = norm[i]!;
      if (SENTENCE_END.has(ch)) {
        // a number's separators and a clock time's colon never reach here (kept in the token above); a «.» or «:»
        // between digits glued to letters («a1.5») does not split either.
        const prev = i > 0 ? norm.charCodeAt(i - 1) : 0;
        const next = i + 1 < n ? norm.charCodeAt(i + 1) : 0;
        const inNumber = prev >= 0x30 && prev <= 0x39 && next >= 0x30 && next <= 0x39;
        // a blank line is always a break: only a line's end right after a word may run on
        // a line that ends on a comma goes on in the next one, whatever the words («هروبًا من … العراق،» / «لجأ شاب …»)
        const wrapped = ch === "\n" && !!runsOn && toks.length > 0 &&
          (afterComma(norm, i) || (afterWord(norm, i) && runsOn(toks, nextWord(norm, i + 1))));
        if (!inNumber && !wrapped && toks.length && toks[toks.length - 1]!.sent === sent) sent++;
      }
      i++;
    }
  }
  return toks;
}

/** A set of words, normalised (tables are written by hand with hamza, ة, ى). */
export function nset(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => normalizeArabic(w)));
}
/** A record with normalised keys. */
export function nrec<V>(r: Record<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [k, v] of Object.entries(r)) out[normalizeArabic(k)] = v;
  return out;
}

/** A word without its article («الموصل» → «موصل»), unless too short to be a word without it («ال…» of 3 letters). */
export function withoutArticle(w: string): string {
  return w.startsWith("ال") && w.length > 3 ? w.slice(2) : w;
}

/** Arabic glues و ف ب ل ك and the article to the next word: «والعبوة» is the word «عبوة» (a regex source, to put
 * before a word that must start there; «دينار» does not hold «نار»). */
export const CLITIC_PREFIX_SOURCE = "(?:^|[^\\p{L}\\p{N}])(?:[وف]?(?:[بلك]|ال|بال|لل|كال)?)";

/** A place name as compared with another's (a province's): normalised, without the article on any word, lower
 * case, one space — «اربيل» and «أربيل», «سليمانية» and «السليمانية» compare equal. */
export function comparableName(name: string): string {
  return normalizeArabic(name).toLowerCase().replace(/(^| )ال/g, "$1").replace(/\s+/g, " ").trim();
}

/** «مدينة», «محافظة», «العاصمة» before a province's name (as `comparableName` writes them). */
const PROVINCE_PREFIX = /^(مدينه|محافظه|عاصمه|city of|province of) /;

/** How a place as written names a province: "same" — it is the province as the post spells it («اربيل»,
 * «سليمانية»); "prefixed" — the province with «مدينة/محافظة/العاصمة» before it; null — another place. */
export function placeNamesProvince(place: string, province: string): "same" | "prefixed" | null {
  const a = comparableName(place);
  const b = comparableName(province);
  if (a === b) return "same";
  return a.replace(PROVINCE_PREFIX, "") === b ? "prefixed" : null;
}
