// Background told after the news, in a clause of its own: «قتل جنديان بهجوم … في الحويجة، بعد هجوم مماثل في
// حزيران الماضي», «… وهو الهجوم الثاني على السيطرة ذاتها خلال الشهر الماضي», «… في هجوم هو الأعنف منذ مطلع
// العام». The past or the statistics of that clause are the earlier event's, not the act reported before it.
// A clause counts only when it names an act of its own and marks it as another one or compares («مماثل»,
// «الثاني», «الأعنف»): a bare time set off by commas («قتل ثلاثة، الشهر الماضي، …») or the act's own
// circumstances («قتل شرطيان، بهجوم نفذه مجهولون الشهر الماضي») still date the act before it, and a tally
// («قتل 45 شخصاً، في هجمات متفرقة … خلال الشهر الماضي») stays a tally.

import type { Token } from "../normalize.js";
import type { Hit } from "../match.js";
import { APPENDED_CLAUSE_OPENER, ANOTHER_EVENT_MARK, COMES_OPENER, SERIES_MARK } from "../data/incident-words.js";

/** A comma or a semicolon between token k-1 and token k. */
function commaBefore(toks: readonly Token[], norm: string, k: number): boolean {
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

/** The background cue at `cue` sits in a clause appended after the act at `act` that names an act of its own
 * (one of `acts`) and a mark of another event or a comparison, between the clause's start and its end (the
 * next comma or the sentence's end). */
export function appendedBackground(toks: readonly Token[], norm: string, act: number, cue: number, acts: readonly Hit<unknown>[]): boolean {
  if (cue <= act) return false;
  const start = clauseStartAfter(toks, norm, act, cue);
  if (start < 0) return false;
  let end = cue;
  while (end + 1 < toks.length && toks[end + 1]!.sent === toks[cue]!.sent && !commaBefore(toks, norm, end + 1)) end++;
  // «ويأتي الحادث ضمن سلسلة هجمات …»: a series marks the other events only in a clause that sets the news among them
  const comes = COMES_OPENER.test(toks[start]!.t);
  let marked = false;
  for (let k = start; k <= end && !marked; k++) marked = ANOTHER_EVENT_MARK.test(toks[k]!.t) || (comes && SERIES_MARK.test(toks[k]!.t));
  return marked && acts.some((h) => h.i >= start && h.i <= end);
}
