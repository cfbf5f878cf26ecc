// Character classes asked of every line of a page (segment.ts, furniture.ts): plain scans, so that most lines never
// reach a regex with Unicode classes (those cost a first post milliseconds).

/** What a cleaned line keeps besides white space: a line with none of it cleans to nothing. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;

/** `cleanLine` of a line already normalised: letters and digits, single spaces. */
export const cleanFolded = (n: string): string => n.replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();

/** What `cleanFolded` keeps as letters (and never drops): ASCII letters and digits, Arabic and Persian letters
 * and digits. */
export function isLetter(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x621 && c <= 0x63a) ||
    (c >= 0x641 && c <= 0x64a) || (c >= 0x660 && c <= 0x669) || (c >= 0x671 && c <= 0x6d3) || (c >= 0x6f0 && c <= 0x6ff);
}
/** An Arabic, Persian or Latin letter or a digit: WORD_CHAR's common case without a regex. */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isLetter(s.charCodeAt(i))) return true;
  return false;
}
/** A digit, ASCII, Arabic-Indic or Persian. */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return true;
  }
  return false;
}
/** What `cleanFolded` always turns into a space: white space, ASCII and Arabic punctuation, guillemets, emoji. */
function isBreak(c: number): boolean {
  return c <= 0x2f || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7f) || c === 0xa0 ||
    c === 0xab || c === 0xbb || c === 0x60c || c === 0x61b || c === 0x61f || (c >= 0x66a && c <= 0x66d) || c === 0x6d4 ||
    (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e);
}
/** At least `max + 1` words survive `cleanFolded`: runs of letters between breaks (other characters, such as
 * diacritics that normalisation drops, neither start nor end a run), so the count never exceeds clean's. */
export function moreWordsThan(line: string, max: number): boolean {
  let n = 0;
  let counted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isBreak(c)) counted = false;
    else if (!counted && isLetter(c)) {
      counted = true;
      if (++n > max) return true;
    }
  }
  return false;
}
