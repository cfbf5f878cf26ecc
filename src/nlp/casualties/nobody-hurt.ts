// «لم يسفر عن إصابات», «دون خسائر بشرية», «لا توجد أي إصابات», «لم يصب أحد»: nobody was hurt, a toll
// of 0 (never inferred from silence).

import type { Token } from "../normalize.js";
import { ZERO_NEGATOR, ZERO_FILLER, ZERO_OBJECT, LOSSES, OF_PEOPLE, MATERIAL, DAMAGE, OR, AMONG_SOME } from "../data/toll-words.js";
import { zeros } from "./matchers.js";

/** Where the text says nobody was hurt (the token index), or -1. */
export function nobodyHurtAt(toks: readonly Token[]): number {
  const z = zeros.find(toks).filter((h) => !ofSome(toks, h.i + h.len));
  if (z.length) return z[0]!.i;
  for (let i = 0; i < toks.length; i++) {
    if (!ZERO_NEGATOR.has(toks[i]!.t)) continue;
    const sent = toks[i]!.sent;
    for (let k = i + 1; k < Math.min(toks.length, i + 6) && toks[k]!.sent === sent; k++) {
      const t = toks[k]!.t;
      // «أضرار أو إصابات», «أضرار وإصابات»: the damage and then the people, under one negator
      if (DAMAGE.test(t)) {
        const nx = toks[k + 1];
        if (nx && nx.sent === sent && OR.has(nx.t)) continue;
        if (nx && nx.sent === sent && nx.t.startsWith("و") && ZERO_OBJECT.test(nx.t.slice(1))) return i;
        break;
      }
      if (OR.has(t) && DAMAGE.test(toks[k - 1]!.t)) continue;
      if (ZERO_OBJECT.test(t)) {
        const nx = toks[k + 1];
        // «خسائر» alone may be material; it speaks of people with «بشرية» / «في الأرواح»
        if (LOSSES.test(t) && !(nx && nx.sent === sent && OF_PEOPLE.test(nx.t))) break;
        if (nx && nx.sent === sent && MATERIAL.test(nx.t)) break;
        if (ofSome(toks, k + 1)) break;
        return i;
      }
      if (!ZERO_FILLER.has(t)) break;
    }
  }
  return -1;
}

/** «ولم تقع إصابات بين المدنيين», «في صفوف القوات», «إصابات أخرى»: nobody hurt among some, or besides the victims
 * told — not a toll of 0 for the story (token k follows the casualties word). */
function ofSome(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  return !!t && t.sent === toks[k - 1]!.sent && AMONG_SOME.test(t.t);
}
