// «لم يسفر عن إصابات», «دون خسائر بشرية», «لا توجد أي إصابات», «لم يصب أحد»: nobody was hurt, a toll
// of 0 (never inferred from silence).

import type { Token } from "../normalize.js";
import { ZERO_NEGATOR, ZERO_FILLER, ZERO_OBJECT, DEATHS, LOSSES, OF_PEOPLE, MATERIAL, DAMAGE, OR, AMONG_SOME, IN, RANKS_OF } from "../data/toll-words.js";
import { zeros } from "./matchers.js";

/**
 * Where the text says nobody was hurt (`at`, the token index), or null. `among`: it says so of some people only
 * («ولم تقع إصابات بين المدنيين», «في صفوف القوات», «إصابات أخرى») — a 0 only when no one is said to be killed or hurt
 * elsewhere (the caller's call). An unqualified one is preferred.
 */
export function nobodyHurt(toks: readonly Token[]): { at: number; among: boolean; deathsOnly?: boolean } | null {
  // every phrase in reading order, the fixed ones first
  const found: { at: number; among: boolean; deathsOnly?: boolean }[] = zeros.find(toks).map((h) => ({ at: h.i, among: ofSome(toks, h.i + h.len) }));
  for (let i = 0; i < toks.length; i++) {
    if (!ZERO_NEGATOR.has(toks[i]!.t)) continue;
    const sent = toks[i]!.sent;
    for (let k = i + 1; k < Math.min(toks.length, i + 6) && toks[k]!.sent === sent; k++) {
      const t = toks[k]!.t;
      // «أضرار أو إصابات», «أضرار وإصابات»: the damage and then the people, under one negator
      if (DAMAGE.test(t)) {
        const nx = toks[k + 1];
        if (nx && nx.sent === sent && OR.has(nx.t)) continue;
        if (nx && nx.sent === sent && nx.t.startsWith("و") && ZERO_OBJECT.test(nx.t.slice(1))) found.push({ at: i, among: ofSome(toks, k + 2) });
        break;
      }
      if (OR.has(t) && DAMAGE.test(toks[k - 1]!.t)) continue;
      if (ZERO_OBJECT.test(t)) {
        const nx = toks[k + 1];
        // «خسائر» alone may be material; it speaks of people with «بشرية» / «في الأرواح»
        if (LOSSES.test(t) && !(nx && nx.sent === sent && OF_PEOPLE.test(nx.t))) break;
        if (nx && nx.sent === sent && MATERIAL.test(nx.t)) break;
        // «لم تسجل أي حالة وفاة», «دون تسجيل وفيات»: no one died — of the wounded it says nothing, unless «أو إصابة» follows
        const deathsOnly = DEATHS.test(t) && !(nx && nx.sent === sent && (OR.has(nx.t) || (nx.t.startsWith("و") && ZERO_OBJECT.test(nx.t.slice(1)))));
        found.push({ at: i, among: ofSome(toks, k + 1), ...(deathsOnly ? { deathsOnly } : {}) });
        break;
      }
      if (!ZERO_FILLER.has(t)) break;
    }
  }
  return found.find((f) => !f.among) ?? found[0] ?? null;
}

/** The casualties word ends before token k, and k says of whom: «بين المدنيين», «في صفوف القوات», «أخرى» (not «في
 * الأرواح», «في الحادث»). */
function ofSome(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t || t.sent !== toks[k - 1]!.sent) return false;
  return AMONG_SOME.test(t.t) || (IN.has(t.t) && RANKS_OF.test(toks[k + 1]?.t ?? ""));
}
