// A text hard-wrapped at a width (a forum repost, a plain-text feed, a copy from a PDF): most of its lines run to
// about the same length, end inside a sentence, and some end where no sentence can («… في⏎», «… التي⏎»). Its line
// ends are no sentence ends — «مقتل⏎امرأة و ابنتها» is one toll — while a line that ends on a full stop, a blank
// line, and a line that opens a sentence of its own («وقال …») still are (extract.ts, normalize.ts tokenize). A
// channel post of full-length flash lines, or a site's article of one long line per paragraph, ends its lines on
// complete phrases: no line ends on such a word, and it is not wrapped.
import { normalizeArabic } from "./normalize.js";
import { NEVER_LAST } from "./data/story-words.js";

/** Lines a text must have inside its paragraphs before it can be told wrapped. */
const MIN_LINES = 3;
/** The width a wrap is made at: lines run to at most this, and at least to 30 characters. */
const MAX_WIDTH = 120;
const MIN_WIDTH = 30;

/** Most lines inside the text's paragraphs (not a paragraph's last) reach three quarters of the second longest and
 * end on a word, not a stop; at least one ends on a word no sentence ends with; and they are no list. */
export function hardWrapped(text: string): boolean {
  // most posts have fewer lines than a wrapped paragraph needs: answered without splitting the text
  let breaks = 0;
  for (let c = text.indexOf("\n"); c >= 0 && breaks <= MIN_LINES; c = text.indexOf("\n", c + 1)) breaks++;
  if (breaks < MIN_LINES) return false;
  const lines = text.split("\n").map((l) => l.trim());
  const inner: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i] && lines[i + 1]) inner.push(lines[i]!);
  if (inner.length < MIN_LINES) return false;
  // the second longest: one long line («العنوان» printed long) does not set the width
  const width = inner.map((l) => l.length).sort((a, b) => b - a)[1]!;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return false;
  let long = 0;
  let open = 0;
  let cut = false;
  let bullets = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (!l || !lines[i + 1]) continue;
    if (l.length >= 0.75 * width) long++;
    if (ENDS_IN_WORD.test(l)) open++;
    if (!cut && NEVER_LAST.test(normalizeArabic(l.slice(l.lastIndexOf(" ") + 1)))) cut = true;
    if (BULLET.test(lines[i + 1]!)) bullets++;
  }
  // a list («- …», «• …», «1) …») has lines of its own, however long
  return cut && long >= 0.8 * inner.length && open >= 0.6 * inner.length && bullets < 0.5 * inner.length;
}
/** A line's end inside a sentence: a letter (a mark or tanween after it: «عاماً»), a digit, or a comma. */
const ENDS_IN_WORD = /[\p{L}\p{N}][\p{M}\u0640]*[،,]?$/u;
const BULLET = /^([-–—•*▪🔸🔹]|\d{1,2}[-.)])/u;
