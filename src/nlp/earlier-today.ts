// «في وقت سابق» (earlier) dates a story in the past or tells another event — unless it is earlier the same day
// («في وقت سابق من اليوم», «في وقت سابق من مساء اليوم», «في وقت سابق الليلة»): today's news, its toll and its
// claim. So is «منذ» a moment or hours ago («منذ قليل», «منذ لحظات», «منذ ساعات»), which is no span compared over
// nor the start of a tally. One rule for every reader of the cues (classify's past, the toll and place background,
// the perpetrator's background, the summary's weights).
import type { Token } from "./normalize.js";
import type { Hit } from "./match.js";
import { EARLIER } from "./cues.js";
import { DAY_PART, THIS_DEMONSTRATIVE, TODAY_WORD, RECENT_SPAN, HOURS, DAY_PART_AFTER } from "./data/incident-words.js";
import { SINCE } from "./data/toll-words.js";
import { readNumber } from "./numbers.js";

const EARLIER_FORMS = new Set([EARLIER, EARLIER.slice(EARLIER.indexOf(" ") + 1)]);

/** The hit is «(في) وقت سابق» followed, in its sentence, by (من) (هذا/هذه) (يوم/صباح/مساء…) اليوم/الليلة, or «منذ» a
 * moment or hours ago. */
export function earlierToday(toks: readonly Token[], h: Pick<Hit<unknown>, "i" | "len" | "p">): boolean {
  if (h.len === 1 && SINCE.test(toks[h.i]!.t)) return momentsAgo(toks, h.i);
  if (!EARLIER_FORMS.has(h.p)) return false;
  const sent = toks[h.i]!.sent;
  let k = h.i + h.len;
  const at = (re: RegExp | string): boolean => {
    const t = toks[k];
    if (!t || t.sent !== sent || !(typeof re === "string" ? t.t === re : re.test(t.t))) return false;
    k++;
    return true;
  };
  at("من");
  at(THIS_DEMONSTRATIVE);
  at(DAY_PART);
  return at(TODAY_WORD);
}

/** «منذ» at i is followed, in its sentence, by a recent span («قليل», «ساعات»), with a number before it or not (at
 * most 12 hours, or minutes) — not by a part of the day («منذ ساعات الصباح» is a span). */
function momentsAgo(toks: readonly Token[], i: number): boolean {
  const sent = toks[i]!.sent;
  const at = (k: number) => (toks[k] && toks[k]!.sent === sent ? toks[k]! : null);
  let k = i + 1;
  const n = at(k) ? readNumber(toks, k) : null;
  if (n) k += n.len;
  const t = at(k);
  if (!t || !RECENT_SPAN.test(t.t) || DAY_PART_AFTER.test(at(k + 1)?.t ?? "")) return false;
  return !n || (n.value !== null && (!HOURS.test(t.t) || n.value <= 12));
}

/** The hits that are not earlier today. */
export const notToday = <T extends Pick<Hit<unknown>, "i" | "len" | "p">>(toks: readonly Token[], hits: readonly T[]): T[] =>
  hits.filter((h) => !earlierToday(toks, h));
