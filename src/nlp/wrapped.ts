// A text hard-wrapped at a width (a forum repost, a plain-text feed, a copy from a PDF): most of its lines run to
// about the same length and end inside a sentence. Its line ends are no sentence ends — «مقتل⏎امرأة و ابنتها» is one
// toll — while a line that ends on a full stop, and a blank line, still are (normalize.ts tokenize).

/** Lines a text must have inside its paragraphs before it can be told wrapped. */
const MIN_LINES = 3;
/** The width a wrap is made at: lines run to at most this, and at least to 30 characters. */
const MAX_WIDTH = 120;
const MIN_WIDTH = 30;

/** Most lines inside the text's paragraphs (not a paragraph's last) reach three quarters of the longest, and most end
 * on a letter or a digit rather than a stop. */
export function hardWrapped(text: string): boolean {
  if (text.indexOf("\n") < 0) return false;
  const lines = text.split("\n").map((l) => l.trim());
  let inner = 0;
  let max = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i] || !lines[i + 1]) continue;
    inner++;
    if (lines[i]!.length > max) max = lines[i]!.length;
  }
  if (inner < MIN_LINES || max < MIN_WIDTH || max > MAX_WIDTH) return false;
  let long = 0;
  let open = 0;
  let bullets = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (!l || !lines[i + 1]) continue;
    if (l.length >= 0.75 * max) long++;
    if (ENDS_IN_WORD.test(l)) open++;
    if (BULLET.test(lines[i + 1]!)) bullets++;
  }
  // a list («- …», «• …», «1) …») has lines of its own, however long
  return long >= 0.8 * inner && open >= 0.6 * inner && bullets < 0.5 * inner;
}
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;
const BULLET = /^([-–—•*▪🔸🔹]|\d{1,2}[-.)])/u;
