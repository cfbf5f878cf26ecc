// A martyrdom named as the genitive of a place, a day, a memory, blood or mourners («مكان استشهاد القادة», «ذكرى
// استشهاد الإمام», «دماء شهداء»): a death already known, not one reported. One rule for both readers that would
// take it for news: the act finder (classify/acts.ts) and the toll reader (casualties/), which would count it.

import type { Token } from "./normalize.js";
import { readNumber, stems } from "./numbers.js";
import { personForm } from "./casualties/person.js";
import { MEMORIAL_HEADS, MARTYRDOM_ACTS, MEMORIAL_FILLERS, NOT_MEMORIAL_HEADS, WEEKDAY_NAME, ARRIVALS_AND_CAPTIVES, MEDIA_TAGS, PLACE_OR_TIME_HEADS } from "./cues.js";

/**
 * The martyrdom or killing word `p` at token i is the genitive of a memorial head a few words before it. «اليوم»
 * (today) and a weekday («يوم الاثنين مقتل …») are when the news happened, not a memory. `toll`: asked by the toll
 * reader, which counts a number between them as the toll («وصول 3 شهداء و5 جرحى إلى المستشفى»), or one after the death
 * when the head is a place or a time («ليلة استشهاد 4 جنود», «مكان مقتل شخصين»; not «ذكرى استشهاد شابين»), and for which
 * an arrival of the dead, a capture («وأسر ثلاثة واستشهاد اثنين») or a media tag («صور | مقتل شاب …», the channel's
 * caption) is news, not a memory.
 */
export function memorialGenitive(toks: readonly Token[], h: { i: number; p: string }, toll = false): boolean {
  if (!MARTYRDOM_ACTS.has(h.p)) return false;
  // «منزل عائلة ومقتل طفلين»: a word joined by «و» starts its own phrase, no genitive of the one before
  if (toks[h.i]!.t.startsWith("و")) return false;
  // to the toll reader a death counted after a place or a time («ليلة استشهاد 4 جنود», «مكان مقتل شخصين») is news; after
  // a memory («ذكرى استشهاد شابين») it is still the memory
  // (an indefinite dual counts: «شخصين»; the definite «الشقيقين» are a known pair)
  const next = toks[h.i + 1]?.t ?? "";
  const counted = toll && (!!readNumber(toks, h.i + 1) || (!/^ال/.test(next) && personForm(next, toks[h.i + 2]?.t) === 2));
  const sent = toks[h.i]!.sent;
  for (let k = h.i - 1; k >= Math.max(0, h.i - 4) && toks[k]!.sent === sent; k--) {
    const t = toks[k]!.t;
    if (NOT_MEMORIAL_HEADS.has(t) || WEEKDAY_NAME.test(t)) return false;
    const ss = stems(t);
    if (ss.some((x) => MEMORIAL_HEADS.has(x))) {
      return !(toll && ss.some((x) => ARRIVALS_AND_CAPTIVES.has(x) || MEDIA_TAGS.has(x) || (counted && PLACE_OR_TIME_HEADS.has(x))));
    }
    if (!ss.some((x) => MEMORIAL_FILLERS.has(x)) && (toll || !readNumber(toks, k))) return false;
  }
  return false;
}
