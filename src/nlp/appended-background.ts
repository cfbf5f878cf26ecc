// Background told after the news, in a clause of its own: «قتل جنديان بهجوم … في الحويجة، بعد هجوم مماثل في
// حزيران الماضي», «… وهو الهجوم الثاني على السيطرة ذاتها خلال الشهر الماضي», «… في هجوم هو الأعنف منذ مطلع
// العام». The past or the statistics of that clause are the earlier event's, not the act reported before it.
// A clause counts only when it marks another event or a comparison («مماثل», «الثاني», «الأعنف») and either
// names an act of its own or ranks the news itself by an order («…، وهو الأول من نوعه منذ عام 2017», «… هو
// الأعنف منذ سنوات»): the news is today's, and the span only compares it. A bare time set off by commas («قتل
// ثلاثة، الشهر الماضي، …») or the act's own circumstances («قتل شرطيان، بهجوم نفذه مجهولون الشهر الماضي») still
// date the act before it; a tally («قتل 45 شخصاً، في هجمات متفرقة … خلال الشهر الماضي») and a size ranked after
// one («…، وهي الحصيلة الأكبر منذ بداية العام») stay a tally. A whole sentence below the news is background for
// certain when it opens «يذكر أن …»/«يشار إلى …» about something else than the news's act, or tells what happens now
// and then (backgroundSentence). Read by the incident rules (classify/), the type, the toll rules (casualties/) and
// the place rules (place/).

import type { Token } from "./normalize.js";
import type { Hit } from "./match.js";
import { events } from "./acts-matcher.js";
import { APPENDED_CLAUSE_OPENER, ANOTHER_EVENT_MARK, COMES_OPENER, SERIES_MARK, NEWS_PRONOUN, OF_ITS_KIND, RANK_MARK, BACKGROUND_OPENER, NOW_AND_THEN, THAT_OR_TO, NEWS_ACT_NOUN } from "./data/incident-words.js";

/** A comma or a semicolon between token k-1 and token k. */
export function commaBefore(toks: readonly Token[], norm: string, k: number): boolean {
  const prev = toks[k - 1];
  if (!prev) return false;
  for (let c = prev.e; c < toks[k]!.s; c++) {
    const ch = norm.charCodeAt(c);
    if (ch === 0x2c || ch === 0x3b) return true;
  }
  return false;
}

/** Where the clause holding the cue at `cue` starts, when it opens after the act at `act` (-1: none). In the
 * act's sentence a comma or an opener starts it; a later sentence is such a clause only when it opens with an
 * opener («… .⏎وهو الهجوم الثاني …»), not at any comma (a report's own sentence restating the figures). */
function clauseStartAfter(toks: readonly Token[], norm: string, act: number, cue: number): number {
  const sameSentence = toks[cue]!.sent === toks[act]!.sent;
  for (let b = cue; b > act; b--) {
    if (toks[b]!.sent !== toks[cue]!.sent) return -1;
    const opener = APPENDED_CLAUSE_OPENER.test(toks[b]!.t);
    if (!sameSentence) {
      if (toks[b - 1]?.sent !== toks[b]!.sent) return opener ? b : -1;
      continue;
    }
    if (opener || commaBefore(toks, norm, b)) return b;
  }
  return -1;
}

/** The mark at `k` ranks the news itself: an order or «الأعنف» (RANK_MARK) right after the pronoun that opens the
 * clause («وهو الأول», «هي الأعنف»), or before «من نوعه» in its sentence («في ثالث اعتداء من نوعه»). */
function ranksTheNews(toks: readonly Token[], start: number, k: number): boolean {
  if (!RANK_MARK.test(toks[k]!.t)) return false;
  if (NEWS_PRONOUN.test(toks[start]!.t) && k === start + 1) return true;
  for (let j = k + 1; j <= k + 3 && j + 1 < toks.length && toks[j + 1]!.sent === toks[k]!.sent; j++) {
    if (toks[j]!.t === "من" && OF_ITS_KIND.test(toks[j + 1]!.t)) return true;
  }
  return false;
}

/** The first token of the sentence token `i` is in. */
export function sentenceStart(toks: readonly Token[], i: number): number {
  const sent = toks[i]!.sent;
  while (i > 0 && toks[i - 1]!.sent === sent) i--;
  return i;
}

/** Where the clause holding the background cue at `cue` starts, when it is appended after the act at `act`
 * and marks another event or a comparison between its start and its end (the next comma or the sentence's
 * end) — with an act of its own (one of `acts`) or ranking the news itself; -1 when it is no such clause. */
export function appendedClauseStart(toks: readonly Token[], norm: string, act: number, cue: number, acts: readonly Hit<unknown>[]): number {
  if (cue <= act) return -1;
  const start = clauseStartAfter(toks, norm, act, cue);
  if (start < 0) return -1;
  let end = cue;
  while (end + 1 < toks.length && toks[end + 1]!.sent === toks[cue]!.sent && !commaBefore(toks, norm, end + 1)) end++;
  // «ويأتي الحادث ضمن سلسلة هجمات …»: a series marks the other events only in a clause that sets the news among them
  const comes = COMES_OPENER.test(toks[start]!.t);
  let marked = false;
  let ranked = false;
  for (let k = start; k <= end && !ranked; k++) {
    if (ANOTHER_EVENT_MARK.test(toks[k]!.t)) { marked = true; ranked = ranksTheNews(toks, start, k); }
    else if (comes && SERIES_MARK.test(toks[k]!.t)) marked = true;
  }
  return marked && (ranked || acts.some((h) => h.i >= start && h.i <= end)) ? start : -1;
}

/** Where the reach of the background cue at `cue` starts in its sentence: at the clause holding it when that clause
 * is appended to the news to compare it (appendedClauseStart after the sentence's first word, with the story's
 * acts), else at the sentence's first word. Without `norm` (no commas to read), the sentence's first word. */
export function backgroundReachStart(toks: readonly Token[], norm: string | undefined, cue: number): number {
  const from = sentenceStart(toks, cue);
  const clause = norm === undefined ? -1 : appendedClauseStart(toks, norm, from, cue, events.find(toks));
  return clause >= 0 ? clause : from;
}

/** The background cue at `cue` sits in a clause appended after the act at `act` (appendedClauseStart: with an act
 * of its own, or ranking the news). */
export const appendedBackground = (toks: readonly Token[], norm: string, act: number, cue: number, acts: readonly Hit<unknown>[]): boolean =>
  appendedClauseStart(toks, norm, act, cue, acts) >= 0;

/** The sentence that starts at token `start` is background for certain: it opens «يذكر أن …», «يشار إلى …» with a
 * subject that is not the news's act named again («يذكر أن الانفجار نجم عن عبوة» tells the news), or it tells what
 * happens now and then before any act of its own («وتشهد المنطقة بين الحين والآخر هجمات …», not «هاجم مسلحون …، وهي
 * منطقة تشهد بين الحين والآخر هجمات»). */
export function backgroundSentence(toks: readonly Token[], start: number): boolean {
  const sent = toks[start]!.sent;
  if (BACKGROUND_OPENER.test(toks[start]!.t) && THAT_OR_TO.test(toks[start + 1]?.t ?? "")) {
    const subject = toks[start + 2];
    return !(subject && subject.sent === sent && NEWS_ACT_NOUN.test(subject.t));
  }
  // the sentence's first act, if any: «بين الحين والآخر» counts only before it
  let firstAct = Infinity;
  for (const h of events.find(toks)) if (h.i >= start && toks[h.i]!.sent === sent) { firstAct = h.i; break; }
  for (let k = start; k < firstAct && k < toks.length && toks[k]!.sent === sent; k++) {
    if (toks[k]!.t === "بين" && NOW_AND_THEN.some((p) => p.every((w, j) => toks[k + j]?.t === w))) return true;
  }
  return false;
}
