// Split a page into stories by headline, once its furniture is dropped (furniture.ts).
// A headline is a short paragraph (4–25 words, no final full stop) followed by a body
// paragraph; a new story starts at a headline only after the current story has a body.
// A single post with no such structure is one story.

import { normalizeArabic, nset } from "./normalize.js";
import { FLASH_LABELS, STORY_GOES_ON } from "./data/story-words.js";
import { datelinePlace, readDateline } from "./place/dateline.js";
import { withoutFurniture } from "./furniture.js";
import { WORD_CHAR, cleanFolded, hasLetter, isLetter } from "./letters.js";

export interface Segment {
  headline: string;
  text: string;
  /** The words of the page's hashtags on lines of tags alone («#بغداد #العراق» → «بغداد», «العراق»): a channel's
   * topic tags, not sentences of the report (see `tagWords`). */
  tags: string[];
  /** The place of the dateline that opens the page («بغداد (رويترز) -», «شفق نيوز- ميسان»), as written: where the
   * report was filed, taken off the text (place/dateline.ts). The first story's only. */
  dateline: string | null;
}

/** Longest page read (characters): the rest of a longer one is never analysed. */
export const MAX_PAGE = 60_000;

const clean = (l: string): string => cleanFolded(normalizeArabic(l));

/** Remove HTML tags and decode the few entities that matter; bounded, linear regexes only. */
export function stripHtml(s: string): string {
  if (!s.includes("<") && !s.includes("&")) return s;
  return s
    .replace(/<(br|p|div|li|h\d)\b[^>]{0,300}>/gi, "\n")
    .replace(/<[^<>]{0,300}>/g, " ")
    .replace(/&nbsp;/g, " ").replace(/&quot;/g, "\"").replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** What a regex's \s matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The words of s (runs without white space, as s.split(/\s+/) would give them), counted up to `max`:
 * a paragraph of an article has hundreds, and the callers only ask whether there are 4–25 or 12. */
function wordCount(s: string, max = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++n >= max) return n;
    }
  }
  return n;
}

const GOES_ON_AFTER_WAW = nset(STORY_GOES_ON.afterWaw);
const GOES_ON_ALONE = nset(STORY_GOES_ON.alone);
/** A paragraph that opens as the story's next one: «وأوضح …», «وفي هذا السياق …» (`conjoined`), or «كما …», «من
 * جهته …» (STORY_GOES_ON). */
function goesOn(p: string, conjoinedOnly = false): boolean {
  const words = normalizeArabic(p.slice(0, 40)).split(/[\s,:]+/, 2);
  const first = words[0]!;
  if (first.startsWith("و") && GOES_ON_AFTER_WAW.has(first.slice(1))) return true;
  return !conjoinedOnly && (GOES_ON_ALONE.has(first) || (words[1] !== undefined && GOES_ON_ALONE.has(`${first} ${words[1]}`)));
}

function isHeadlineLike(p: string): boolean {
  const t = p.trim();
  if (t.includes("\n")) return false;
  const n = wordCount(t, 26);
  return n >= 4 && n <= 25 && t.length <= 200 && !/[.!؟?…]$/.test(t);
}

function isBody(p: string): boolean {
  const t = p.trim();
  return t.length >= 80 || wordCount(t, 12) >= 12;
}

/** Same words as the story's first paragraph (or its start: a feed title may be the clipped first line). */
function repeatsHeadline(p: string, first: string): boolean {
  const a = clean(p);
  const b = clean(first);
  return a.length >= 15 && (b === a || b.startsWith(a) || a.startsWith(b));
}

const FLASH_ALWAYS = nset(FLASH_LABELS.always);
const FLASH_BEFORE_MARK = nset(FLASH_LABELS.beforeMark);
/** Most lines start with no label: their first letter is none of the labels' (the labels start with no letter that
 * normalisation folds). */
const FLASH_FIRST_LETTERS = new Set([...FLASH_ALWAYS, ...FLASH_BEFORE_MARK].map((l) => l.charCodeAt(0)));
/** A line's opening: symbols, spaces and tatweel, an optional «#», then up to two words (letters, marks, tatweel; «_» joins a
 * hashtag's words). */
const LINE_HEAD = /^((?:[^\p{L}\p{N}#]|\u0640)*#?)((?!\u0640)[\p{L}\p{M}\u0640]+)(?:[\s_]+([\p{L}\p{M}\u0640]+))?/u;
/** Separators between a label and the report: bars, colons, dashes, dots, bullets, emoji (\p{Extended_Pictographic}). */
const SEPARATOR = "|｜:：\\-–—ـ/\\\\.…•·*،,\\p{Extended_Pictographic}";
const AFTER_LABEL = new RegExp(`^[\\s${SEPARATOR}\\uFE0F\\u200d]*`, "u");
const MARK = new RegExp(`^\\s*(?:[${SEPARATOR}]|$)`, "u");

/** The first Arabic letter of a line, if nothing but spaces, symbols and «#» come before it (else -1): a plain
 * scan, so that most lines never reach the label's regexes (whose Unicode classes cost a first post milliseconds). */
function firstLetter(line: string): number {
  for (let i = 0; i < line.length && i < 40; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x640) continue; // tatweel («ـــ عاجل ـــ»)
    if (c >= 0x621 && c <= 0x64a) return c;
    if (c === 0x6be) return 0x647; // «ھ» of Kurdish keyboards folds to «ه»
    if (isLetter(c)) return -1;
  }
  return -1;
}

/** The line without a flash label at its start («🔴 عاجل | انفجار…» → «🔴 انفجار…»). Left in, the label became the lead
 * sentence: a speaker who opens a statement («عاجل: ترامب: …») no longer led the post, and it read as a report. */
export function withoutFlashLabel(line: string): string {
  const c = line.charCodeAt(0);
  if ((c >= 0x621 && c <= 0x64a && c !== 0x640 && !FLASH_FIRST_LETTERS.has(c)) || !FLASH_FIRST_LETTERS.has(firstLetter(line))) return line;
  const m = LINE_HEAD.exec(line);
  if (!m) return line;
  const lead = m[1]!.replace(/#$/, ""); // symbols, and tatweel that normalisation drops: no letter joins the rest (segment)
  const one = normalizeArabic(m[2]!);
  const labels: [string, number][] = [[one, m[1]!.length + m[2]!.length]];
  if (m[3]) labels.unshift([`${one} ${normalizeArabic(m[3])}`, m[0].length]);
  for (const [label, end] of labels) {
    const rest = line.slice(end);
    if (FLASH_ALWAYS.has(label) || (FLASH_BEFORE_MARK.has(label) && MARK.test(rest))) {
      // «عاجل عاجل», «عاجل | هام |»: a label may follow another
      return withoutFlashLabel(lead + rest.slice(AFTER_LABEL.exec(rest)![0].length));
    }
  }
  return line;
}

/** A hashtag's words («#خبر_عاجل» → «خبر عاجل»). */
const hashtagWords = (w: string): string => w.slice(1).replace(/_+/g, " ").trim();
/** A word of a tag line: a hashtag, a mention, a link (its other words have no letter or digit: emoji, bars). */
const TAG_WORD = /^(?:[#@][\p{L}\p{N}_]|https?:\/\/|t\.me\/|www\.)/iu;
/** A line with none of these has no tag, mention or link (one scan, asked of every line). */
const MAY_TAG = /[#@]|https?:|t\.me\/|www\./i;
/** The hashtags of a line made of tags, mentions and links alone («#العراق #عاجل», «📡 @channel»), as words
 * («#خبر_عاجل» → «خبر عاجل»); null for a line of text. Such a line is the channel's tagging: read as text, a
 * footer «#العراق» under a report of Bahrain placed the report in Iraq. */
export function tagWords(line: string): string[] | null {
  if (!MAY_TAG.test(line)) return null;
  const tags: string[] = [];
  let tagged = false;
  for (const w of line.trim().split(/\s+/)) {
    if (TAG_WORD.test(w)) {
      tagged = true;
      if (w.startsWith("#")) tags.push(hashtagWords(w));
    } else if (WORD_CHAR.test(w)) return null;
  }
  return tagged ? tags : null;
}

/** Hashtags that open a line and end at a separator («#العراق | …», «#بغداد: …»): the channel's tags before the text. */
const LEADING_TAGS = /^([^\p{L}\p{N}#]*)((?:#[\p{L}\p{N}\p{M}_]+\s*)+)(?:[|｜:：\-–—]\s*)+(?=\S)/u;

/** The line without the tags that open it, which go to `tags`. */
function withoutLeadingTags(line: string, tags: string[]): string {
  const m = line.includes("#") ? LEADING_TAGS.exec(line) : null;
  if (!m) return line;
  tags.push(...m[2]!.trim().split(/\s+/).map(hashtagWords));
  return m[1]! + line.slice(m[0].length); // m[1] has no letter or digit (segment)
}

/** A line that may open with a dateline has a dash, a slash, a bracket or a colon (one scan before place/dateline.ts's regexes). */
const MAY_DATELINE = /[-–—/(ـ:]/;
/** A dateline's first separator comes within its first three words, after a flag or two. */
const DATELINE_REACH = 80;

/** A line with a word that is not a hashtag. */
const hasWords = (line: string): boolean => line.split(/\s+/).some((w) => !w.startsWith("#") && /\p{L}/u.test(w));
/** The same, asked of every line's start: a line with no «#» has words when it has a letter. */
const wordy = (line: string): boolean => (line.includes("#") ? hasWords(line) : LETTER.test(line));
const LETTER = /\p{L}/u;

/**
 * The page's stories. What it drops (furniture, flash labels, tags, a dateline, markup) goes whole, and what is
 * left on either side of a cut has no letter or digit at the cut (a line's leading symbols, a line break, a
 * space): a story never holds a run of letters the page does not (extract.ts reportedIncidents relies on it).
 */
export function segment(page: string): Segment[] {
  let text = stripHtml(page.length > MAX_PAGE ? page.slice(0, MAX_PAGE) : page).replace(/\r\n?/g, "\n");
  // a line that was a flash label and nothing else («🔴 عاجل 🔴») goes, as do lines of tags: left empty they would
  // break the paragraph
  const tags: string[] = [];
  const tagLines: string[] = [];
  const lines: string[] = [];
  let last = "";
  let wordLines = 0;
  let dateline = null as { place: string | null; line: string; at: number } | null;
  for (const l of withoutFurniture(text.split("\n"))) {
    const t = tagWords(l);
    if (t) {
      tags.push(...t);
      tagLines.push(l);
      continue;
    }
    let s = withoutLeadingTags(withoutFlashLabel(l), tags);
    // the first line with words may open with a dateline: where the report was filed, not a place of the event; so
    // may the article's first line under a title of one line («عنوان\n\nبغداد (رويترز) - …»: a feed's item), and an
    // Iraqi dateline on a line of its own right under the title («عنوان\nالعمارة – السومرية نيوز\nأوضحت …»: read as a
    // line of the story, it would stand between the title and the lead; one abroad — «طهران - وكالات» — stays, a place)
    const opening = wordLines === 0 || (lines.length > 0 && !lines[lines.length - 1]!.trim());
    if (wordLines < 2 && !dateline?.place && MAY_DATELINE.test(s.slice(0, DATELINE_REACH)) && (opening || wordLines === 1) && wordy(s)) {
      const d = readDateline(s);
      if (d && (opening || (!d.line.trim() && !!d.place && !!datelinePlace(d.place)?.province))) {
        dateline = { place: d.place, line: s, at: lines.length };
        s = d.line;
      }
    }
    if (s !== l && !hasLetter(s) && !WORD_CHAR.test(s)) continue;
    // a line said again at once (a page's title printed over the article that opens with it) is said once, and the
    // blank lines between go with it: read twice, «العراق: …» was a speaker quoted line after line
    // (lines of emoji or flags alone between them do not count)
    const key = hasLetter(s) || WORD_CHAR.test(s) ? s.trim() : "";
    if (key && key === last) {
      while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
      continue;
    }
    if (key) last = key;
    if (wordLines < 2 && wordy(s)) wordLines++; // (only the first two lines with words are asked about)
    lines.push(s);
  }
  text = lines.join("\n").trim();
  // a dateline with nothing after it («بغداد (فيديو)» alone) is the post's only words: they stay
  if (dateline && !hasWords(text)) {
    lines.splice(dateline.at, 0, dateline.line);
    text = lines.join("\n").trim();
    dateline = null;
  }
  // a post of hashtags alone («#عاجل\n#انفجار_عبوة_في_الكرخ») says what it says in them
  if (!text && tagLines.length) {
    text = tagLines.join("\n");
    tags.length = 0;
  }
  if (!text) return [];
  const paras = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const stories: string[][] = [];
  let cur: string[] = [];
  let hasBody = false;
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k]!;
    const next = paras[k + 1];
    // a repeat of the story's own headline (a page that prints its title again under a byline, a
    // teaser followed by the article) continues the story; so do a paragraph that goes on with it, however short
    // and unstopped, and a subheading whose paragraph opens with «و» («… \n\nوفي هذا السياق، أكد …»)
    if (hasBody && isHeadlineLike(p) && next !== undefined && isBody(next) && !repeatsHeadline(p, cur[0]!) && !goesOn(p) && !goesOn(next, true)) {
      stories.push(cur);
      cur = [];
      hasBody = false;
    }
    cur.push(p);
    if (isBody(p)) hasBody = true;
  }
  if (cur.length) stories.push(cur);
  return stories.map((ps, k) => {
    const body = ps.join("\n\n");
    // a channel opens many posts with a line of flags, emoji («1️⃣» is a digit and an emoji) or hashtags
    // («#عاجل»): the headline is the first line with words
    const lines = body.split("\n");
    const firstLine = (lines.find(hasWords) ?? lines[0]!).trim();
    let headline = firstLine;
    if (headline.length > 200) {
      const m = /^(.{20,200}?[.!؟?])\s/.exec(headline);
      headline = m ? m[1]! : headline.slice(0, 200);
    }
    // the tags are the page's: with several stories on it, whose they are is not known
    return { headline, text: body, tags: stories.length === 1 ? tags : [], dateline: k === 0 ? dateline?.place ?? null : null };
  });
}
