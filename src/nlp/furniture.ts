// A web page's furniture around and inside an article: buttons, breadcrumbs, bylines, view counts, date lines,
// links to other articles («اقرأ أيضاً: …», the titles under «أخبار ذات صلة») and keyword lists. None of it is the
// report: a related article's headline read as text made a second incident of another province, a keyword list
// («الكلمات المفتاحية: بغداد، انفجار») placed and typed the report, and a date line over a statement hid its
// speaker. The vocabulary is data (data/page-words.ts); segment.ts and the fetcher (sources/fulltext.ts) drop them.

import { normalizeArabic, nset } from "./normalize.js";
import { FURNITURE_LINES, SHARE_WORDS, LINK_HEADINGS, DATE_LINE_WORDS, VIEW_COUNT_WORDS } from "./data/page-words.js";
import { MONTHS, WEEKDAYS } from "./data/story-words.js";
import { WORD_CHAR, cleanFolded, hasDigit, hasLetter, isLetter, moreWordsThan } from "./letters.js";

const FURNITURE = nset(FURNITURE_LINES);
const SHARE = nset(SHARE_WORDS);
/** A breadcrumb trail: «الرئيسية / أمن», «Home › News › Iraq» (the first crumb, then separators). */
const BREADCRUMB = /^\s*(?:الرئيسية|الرئيسيه|الصفحة الرئيسية|الصفحه الرئيسيه|home)\s*[/»›>|\\]/iu;
/** Longer than any furniture line (the longest is a row of share buttons): text, not furniture. */
const MAX_FURNITURE = 120;
/** Furniture phrases and rows of share buttons have at most 8 words once cleaned. */
const MAX_FURNITURE_WORDS = 8;
/** A view or read count a fetched page puts under the title («المحرر منذ ساعتين 1٬204 مشاهدة»). */
const VIEW_COUNT = new RegExp(`^.{0,100}?[0-9٠-٩۰-۹][0-9٠-٩۰-۹,٬.]*\\s*(?:[كK]\\s*)?(?:${VIEW_COUNT_WORDS.join("|")})\\s*$`, "iu");
/** A view count's last word, asked of a line's last letters before the regex that scans the line. */
const VIEW_COUNT_END = new Set(VIEW_COUNT_WORDS);
/** The run of letters (not digits) that ends a line, blanks after it aside. */
function lastLetters(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) <= 0x20) end--;
  let start = end;
  while (start > 0) {
    const c = line.charCodeAt(start - 1);
    if (!((c >= 0x621 && c <= 0x64a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) break;
    start--;
  }
  return line.slice(start, end);
}
/** A byline on a line of its own («المحرر: …», «بقلم …», «بواسطة …», «تحرير: …»): at most a name and a time. «تحرير» only
 * with its colon or dash: alone it is a release's news («تحرير الطفل المختطف في الزبير»). */
const BYLINE = /^\s*(?:(?:المحرر|محرر الموقع|بقلم|بواسطة|نشر بواسطة|الكاتب)\s*[:：|-]?|تحرير\s*[:：|-])\s*[^.!؟?\n]{0,50}$/u;

/** The line's first word, normalised: its first run of letters and digits (with the marks and tatweel that
 * normalisation drops), after up to 32 other characters (flags, emoji, indentation: «🔴 اقرأ أيضاً»). What cleaning
 * would make its first word, for words of up to 16 letters (no furniture word is longer). */
function firstWord(line: string): string {
  let i = 0;
  while (i < line.length && i < 32 && !isLetter(line.charCodeAt(i))) i++;
  let j = i;
  let letters = 0;
  while (j < line.length) {
    const c = line.charCodeAt(j);
    if (isLetter(c)) {
      if (++letters > 16) return "";
    } else if (!(c >= 0x640 && c <= 0x65f) && c !== 0x670 && !(c >= 0x200b && c <= 0x200f)) break;
    j++;
  }
  return j > i ? normalizeArabic(line.slice(i, j)) : "";
}

/** The first words of the furniture phrases and the share buttons: a line whose first word is none of them is not
 * cleaned (the cleaning regex is the dearest thing asked of a short line). */
const FURNITURE_FIRST_WORDS = new Set([...FURNITURE, ...SHARE].map((p) => p.split(" ")[0]!));

/** A line that is site furniture by itself: a button, a row of share buttons, a breadcrumb, a byline, a view count. */
export function isBoilerplate(line: string): boolean {
  if (line.length > MAX_FURNITURE) return false;
  if ((VIEW_COUNT_END.has(lastLetters(line).toLowerCase()) && VIEW_COUNT.test(line.trim())) || (BYLINE.test(line) && line.trim().split(/\s+/).length <= 8)) return true;
  if (BREADCRUMB.test(line) && line.trim().split(/\s+/).length <= 12) return true;
  // a furniture phrase or a row of share buttons: at most 8 words, which is cheaper to count than to clean
  if (moreWordsThan(line, MAX_FURNITURE_WORDS)) return false;
  if (!FURNITURE_FIRST_WORDS.has(firstWord(line))) return false;
  const c = cleanFolded(normalizeArabic(line));
  if (!c) return false;
  if (FURNITURE.has(c)) return true;
  const words = c.split(" ");
  return words.length <= 8 && words.every((w) => SHARE.has(w));
}

const HEADINGS = nset(LINK_HEADINGS);
/** The longest heading, in characters, with room for the symbols before it. */
const HEADING_REACH = Math.max(...[...HEADINGS].map((h) => h.length)) + 8;
/** A heading, a separator, then the link's words («اقرأ أيضاً: …», «🔴 ذات صلة | …»), on a normalised line (where «»» is
 * «"»). Not a dash: «للمزيد - …» may be a report's own words. */
const HEADING_THEN_LINK = new RegExp(`^[^\\p{L}\\p{N}]*(${[...HEADINGS].sort((a, b) => b.length - a.length).join("|")})\\s*[:|｜"›>]+\\s*[^\\s:|｜"›>]`, "u");
/** A separator within a heading's reach: asked before normalising a line. */
const MAY_LINK = /[:|｜»›>]/;

/** The first words of the headings: a line whose first word is none of them is asked nothing more. */
const HEADING_FIRST_WORDS = new Set([...HEADINGS].map((h) => h.split(" ")[0]!));
/** A line that is a heading over a list of links or keywords, alone («أخبار ذات صلة», «الوسوم»). */
function isLinkHeading(line: string): boolean {
  return !moreWordsThan(line, 5) && HEADING_FIRST_WORDS.has(firstWord(line)) && HEADINGS.has(cleanFolded(normalizeArabic(line)));
}
/** A link to another article on one line: a heading, a separator, the other article's title («اقرأ أيضاً: …»). */
function isLinkLine(line: string): boolean {
  const head = line.slice(0, HEADING_REACH);
  return MAY_LINK.test(head) && HEADING_FIRST_WORDS.has(firstWord(line)) && HEADING_THEN_LINK.test(normalizeArabic(head));
}
/** A title under a heading: a line of at most 20 words that ends with no full stop, quoted or not (a paragraph of the
 * article does). */
function isListedTitle(line: string): boolean {
  const t = line.trim();
  return hasLetter(t) && !moreWordsThan(t, 20) && !/[^.][.!؟?]["”»']?$/.test(t);
}

const MONTH_WORDS = nset(MONTHS.flatMap((m) => m.split(" ")));
/** «الأحد», «الاحد», «أحد» … */
const DAY_WORDS = nset(Object.keys(WEEKDAYS).flatMap((d) => [d, d.replace(/^ال/, "")]));
const DATE_WORDS = nset(DATE_LINE_WORDS);
/** A date written with numbers, the year in full («2026/07/12», «12-7-2026»). */
const NUMERIC_DATE = /[0-9٠-٩۰-۹]{1,4}\s*[/.-]\s*[0-9٠-٩۰-۹]{1,2}\s*[/.-]\s*[0-9٠-٩۰-۹]{1,4}/;
/** A page's date stamp alone on a line («الأحد 12 تموز 2026 - 10:30», «نشر في: 2026-07-12»): a full date, with its
 * year (a numeric date, or a month or weekday beside a year), and every other word a stamp's. «مساء الأحد 7 حزيران»
 * under a flash is the event's time, not the page's: it names no year, and stays. */
export function isDateLine(line: string): boolean {
  if (line.length > 80 || !hasDigit(line) || moreWordsThan(line, 12)) return false;
  const words = cleanFolded(normalizeArabic(line)).split(" ");
  let named = false;
  let year = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^[0-9]+$/.test(w)) {
      if (/^(19|20)[0-9]{2}$/.test(w)) year = true;
      continue;
    }
    if (MONTH_WORDS.has(w) || DAY_WORDS.has(w)) named = true;
    else if (w === "بتوقيت") i++; // «بتوقيت بغداد», «بتوقيت غرينتش»
    else if (!DATE_WORDS.has(w)) return false;
  }
  return (named && year) || NUMERIC_DATE.test(line);
}

/**
 * The page's lines without its furniture: lines that are furniture by themselves (isBoilerplate); a date stamp that
 * stands apart (first, last, or next to a blank line: a channel breaks its own sentences across lines, «… بتاريخ\n
 * 02-06-2026\n…», and that date is the report's); and, once the article has begun, links to other articles on one
 * line and a heading over links or keywords with the titles right under it (the list is the lines up to the next
 * blank one, a blank line between the heading and its first title aside, and ends early at a line that is no title).
 * A heading that opens the page is the post's own words, and so is what follows it.
 */
export function withoutFurniture(lines: readonly string[]): string[] {
  const out: string[] = [];
  let text = false; // a line with words was kept
  let list: "off" | "heading" | "titles" = "off";
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const blank = !l.trim();
    if (list !== "off") {
      if (blank) {
        if (list === "titles") list = "off";
        out.push(l);
        continue;
      }
      if (isListedTitle(l)) {
        list = "titles";
        continue;
      }
      list = "off";
    }
    if (blank) {
      out.push(l);
      continue;
    }
    if (isBoilerplate(l)) continue;
    if (isDateLine(l) && (k === 0 || !lines[k - 1]!.trim() || k === lines.length - 1 || !lines[k + 1]!.trim() || !text)) continue;
    if (text && isLinkLine(l)) continue;
    if (text && isLinkHeading(l)) {
      list = "heading";
      continue;
    }
    if (!text && (hasLetter(l) || WORD_CHAR.test(l))) text = true; // (a letter of any script: a post in Hebrew has begun too)
    out.push(l);
  }
  return out;
}
