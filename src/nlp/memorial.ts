// A martyrdom named as the genitive of a place, a day, a memory, blood or mourners («مكان استشهاد القادة», «ذكرى
// استشهاد الإمام», «دماء شهداء»): a death already known, not one reported. One rule for both readers that would
// take it for news: the act finder (classify/acts.ts) and the toll reader (casualties/), which would count it.

import type { Token } from "./normalize.js";
import { readNumber, stems } from "./numbers.js";
import { MEMORIAL_HEADS, MARTYRDOM_ACTS, MEMORIAL_FILLERS } from "./cues.js";

/** The martyrdom or killing word `p` at token i is the genitive of a memorial head a few words before it. */
export function memorialGenitive(toks: readonly Token[], h: { i: number; p: string }): boolean {
  if (!MARTYRDOM_ACTS.has(h.p)) return false;
  const sent = toks[h.i]!.sent;
  for (let k = h.i - 1; k >= Math.max(0, h.i - 4) && toks[k]!.sent === sent; k--) {
    const ss = stems(toks[k]!.t);
    if (ss.some((x) => MEMORIAL_HEADS.has(x))) return true;
    if (!ss.some((x) => MEMORIAL_FILLERS.has(x)) && !readNumber(toks, k)) return false;
  }
  return false;
}
