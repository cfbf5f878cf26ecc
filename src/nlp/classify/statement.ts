// «X: …» by a politician, a state or a ministry (unless its lead reports someone killed or hurt), a quote
// whose first lines report no act, «X يقول إن …» by a politician about nothing placed in a province, or one
// speaker quoted line after line: a statement, not a report.

import { POLITICAL_SPEAKER, FACTUAL_SPEAKER, SPEECH_VERBS, HURT_WORD } from "../data/incident-words.js";
import { killing } from "./matchers.js";
import { negated } from "../negation.js";
import type { Reading } from "./reading.js";
import { extractCasualties } from "../casualties/index.js";

/** Lines after the speaker's, and tokens, within which a quote that reports an act names it: a label line or
 * two («بيان», «إلحاقاً ببياننا السابق», «معلومات أولية») may come first. A source (FACTUAL_SPEAKER) gets a
 * longer stretch: it reports what it says, and buries an act only in a speech. */
const QUOTE_REACH = { lines: 3, tokens: 60 };
const SOURCE_REACH = { lines: 8, tokens: 120 };

export function speakerStatement(norm: string, r: Reading): boolean {
  const speaker = speakerPrefix(norm);
  if (speaker !== null) {
    const source = FACTUAL_SPEAKER.test(speaker);
    // a politician, a state, a ministry: a statement — unless the lead reports someone killed or hurt
    // («عضو مجلس محافظة كركوك: سقوط قذيفتي هاون … وإصابة طفلين» is the attack's first report)
    if (POLITICAL_SPEAKER.test(speaker) && !source && !victimInLead(r)) return true;
    // a quote that names no act in its first lines is what someone said, not an event reported
    if (!actWithin(r, source ? SOURCE_REACH : QUOTE_REACH)) return true;
  }
  return quotedSpeech(norm);
}

function actWithin(r: Reading, reach: { lines: number; tokens: number }): boolean {
  const first = r.toks[0]!.sent;
  return r.evs.some((h) => h.i < reach.tokens && r.toks[h.i]!.sent <= first + reach.lines);
}

/** Someone killed or hurt in the lead, not negated, and counted: «مقتل اثنين من عناصر الأسايش», «إصابة
 * طفلين» report an attack; «قتل أبنائنا», «استشهاد المجاهدين», «ارتقاء عدد من الشهداء» are a politician's words. */
function victimInLead(r: Reading): boolean {
  const { toks, leadEnd } = r;
  const named = killing.find(toks).some((h) => toks[h.i]!.sent <= leadEnd && !negated(toks, h.i)) ||
    toks.some((t, k) => t.sent <= leadEnd && HURT_WORD.test(t.t) && !negated(toks, k));
  if (!named) return false;
  const c = extractCasualties(toks);
  return !!(c.killed || c.injured || c.casualties);
}

/** «X: …» within the first 80 characters: the speaker — on the first line with words, just under it («بيان …\n:»), or
 * under a label line of a word or two («تحديث\nوزير الخارجية: …»). A colon further down is another line's, and one
 * before a mention or a link is a footer's («… بعد الهجوم\n📡 تابعونا على تلغرام: @…» is no speech). */
export function speakerPrefix(norm: string): string | null {
  const colon = speakerColon(norm, 80);
  if (colon <= 0 || FOOTER_AFTER.test(norm.slice(colon + 1, colon + 12))) return null;
  const before = norm.slice(0, colon);
  const lines = before.split("\n").filter((l) => WORDY.test(l));
  return lines.length <= 1 || (lines.length === 2 && lines[0]!.trim().split(/\s+/).length <= 2) ? before : null;
}
const WORDY = /\p{L}/u;

/** The first colon within `limit` characters that may follow a speaker: not one between digits, a time of day
 * («(الساعة 10:30 مساءً)») or a score. -1 when none. */
function speakerColon(s: string, limit: number): number {
  for (let c = s.indexOf(":"); c >= 0 && c < limit; c = s.indexOf(":", c + 1)) {
    if (!(DIGIT.test(s[c - 1] ?? "") && DIGIT.test(s[c + 1] ?? ""))) return c;
  }
  return -1;
}
const DIGIT = /\d/;
const FOOTER_AFTER = /^\s*(?:@|#|https?:\/\/|t\.me\/|www\.)/;

/** «ترامب يقول إن الهجمات …», «معارض سعودي يتحدث عن قصف …»: a headline that opens with a politician and a
 * verb of speech reports what was said — when what was said is placed in no province (the caller asks: «النائب
 * عن نينوى يقول إن مسلحين اختطفوا راعيين في صحراء الحضر» is how a local attack is often first told). */
export function politicianSays(norm: string): boolean {
  const nl = norm.indexOf("\n");
  const words = norm.slice(0, nl < 0 ? 160 : Math.min(nl, 160)).split(/\s+/).filter(Boolean);
  for (let k = 1; k <= 5 && k < words.length; k++) {
    if (!SPEECH_VERBS.has(words[k]!.replace(/^و/, ""))) continue;
    const speaker = words.slice(0, k).join(" ");
    return POLITICAL_SPEAKER.test(speaker) && !FACTUAL_SPEAKER.test(speaker);
  }
  return false;
}

/** «الولائي: …» opening two lines or more: a speech quoted line by line, not a report. */
function quotedSpeech(norm: string): boolean {
  const seen = new Set<string>();
  let start = 0;
  for (let n = 0; n < 60 && start < norm.length && start < 4000; n++) {
    const end = norm.indexOf("\n", start);
    const line = norm.slice(start, end < 0 ? norm.length : end);
    start = end < 0 ? norm.length : end + 1;
    const colon = speakerColon(line, 41);
    if (colon <= 0) continue;
    const speaker = line.slice(0, colon).replace(/[^\p{L} ]+/gu, " ").trim();
    if (!speaker || speaker.split(" ").length > 4 || FACTUAL_SPEAKER.test(speaker)) continue;
    if (seen.has(speaker)) return true;
    seen.add(speaker);
  }
  return false;
}
