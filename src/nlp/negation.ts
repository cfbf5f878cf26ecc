// An act or a weapon denied in place («دون تسجيل أي هجوم», «من دون تسجيل إطلاق نار», «لم يكن يستهدف»): the classifier's
// acts and the type rules read past it.

import type { Token } from "./normalize.js";
import { NEGATORS, NEG_FILLERS, BEFORE_IT_GREW, GROWING_INTO } from "./data/incident-words.js";

/** Fillers a negation reaches an act across («ولم تسجل أي حالة استهداف»: three; «دون أن يسفر ذلك عن إصابات»: four). */
const NEG_REACH = 5;

/** The act at i is negated: a negator right before it, or with «تسجيل/وقوع/أي» in between. */
export function negated(toks: readonly Token[], i: number): boolean {
  const s = toks[i]!.sent;
  // «احتواء خلاف … قبل أن يتطور إلى نزاع مسلح»: what it would have grown into did not happen
  let growing = false;
  for (let k = i - 1; k >= Math.max(0, i - NEG_REACH) && toks[k]!.sent === s; k--) {
    const t = toks[k]!.t;
    if (NEGATORS.has(t) || (growing && t === BEFORE_IT_GREW)) return true;
    if (GROWING_INTO.has(t)) growing = true;
    else if (!NEG_FILLERS.has(t) && !(INTO.test(t) && GROWING_INTO.has(toks[k - 1]?.t ?? ""))) return false;
  }
  return false;
}

/** «إلى» between the growing and the act («يتطور إلى نزاع»). Normalised. */
const INTO = /^(الى|الي)$/;
