// A toll noun with its number: «11 قتيلا», «5 قتلى على الأقل», «شهيد», «قتيلان», «يوقع قتيلا وجريحين».

import type { Token } from "../normalize.js";
import { stems } from "../numbers.js";
import { CAS_NOUNS } from "../cues.js";
import { ACC_ONE, YIELD, OF_MOST, BETWEEN, AND_OTHER_TOLL_NOUN, NISBA_ENDING, CAUSE_WORDS, CAUSE_PREFIX } from "../data/toll-words.js";
import { personForm } from "./person.js";
import { memorialGenitive } from "../memorial.js";
import { numberBefore, atLeastAfter, atLeastBefore } from "./count.js";
import type { Push } from "./mention.js";

export function nounFigure(toks: readonly Token[], i: number, used: Uint8Array, push: Push): void {
  const tok = toks[i]!;
  let noun: { kind: "killed" | "injured"; n: number | null } | undefined;
  let stem = "";
  for (const s of stems(tok.t)) { noun = CAS_NOUNS[s]; if (noun) { stem = s; break; } }
  if (!noun) return;
  // «من عائلة شهيد», «لأرواح الشهداء»: a martyr remembered, no toll of this story
  if (memorialGenitive(toks, { i, p: stem }, true)) return;
  // «وصلت إلى 12 والجرحى إلى 30»: a number right before a noun joined by «و» is no count of it
  const nb = tok.t.startsWith("و") && !CAS_NOUNS[tok.t] ? undefined : numberBefore(toks, i) ?? countedPeopleBefore(toks, i);
  if (nb !== undefined) {
    // «ما لا يقل عن 5 قتلى», «5 قتلى على الأقل»
    const lower = atLeastAfter(toks, i + 1, tok.sent) || [1, 2, 3].some((b) => atLeastBefore(toks, i - b));
    if (!used[i - 1] && nb !== null) {
      push(noun.kind, nb, i, false, lower);
      // the number is this noun's: a verb after it («… 22 جريحاً مع انتشال جثث») does not count it again
      used[i - 1] = 1;
    }
  } else if (!tok.t.startsWith("ال")) {
    // «بين قتيل وجريح» is a combined total, not one victim; «يوقع قتيلا وجريحين» is 1 and 2; a dual says its number
    // whatever follows («قتيلان وجريح بنزاع عشائري»: 2 and 1)
    const nxt = toks[i + 1]?.t ?? "";
    const prevNoun = i > 0 && stems(toks[i - 1]!.t).some((x) => CAS_NOUNS[x]);
    const n = noun.n ?? (ACC_ONE.has(tok.t) && !prevNoun && YIELD.has((toks[i - 1]?.t ?? "").replace(/^[وف]/, "")) ? 1 : null);
    // «جثث معظمها مصاب بطلقات نارية»: the wounds of the dead, not a person injured
    const ofMost = OF_MOST.test(toks[i - 1]?.t ?? "");
    if (n !== null && !ofMost && !(prevIs(toks, i, BETWEEN) || (AND_OTHER_TOLL_NOUN.test(nxt) && noun.n !== 2))) push(noun.kind, n, i);
  }
}

/** «24 جندي أمريكي جريح نتيجة ضربة», «يوقع 3 مدنيين جرحى»: the number before the people counted (and one adjective of
 * theirs) that the toll noun then describes — when the figure is this attack's: a yield verb before it or the cause
 * after it. Not people carried or housed («عجلة تنقل 4 جنود جرحى», «مستشفى يضم 20 مقاتلا جريحا»): wounded before. */
function countedPeopleBefore(toks: readonly Token[], i: number): number | null | undefined {
  let k = i - 1;
  const sent = toks[i]!.sent;
  if (toks[k]?.sent === sent && NISBA_ENDING.test(toks[k]!.t) && personForm(toks[k]!.t, undefined) < 0) k--;
  if (k < 1 || toks[k]!.sent !== sent || personForm(toks[k]!.t, undefined) < 0) return undefined;
  const n = numberBefore(toks, k);
  if (n === undefined || n === null) return n;
  // the yield verb before the number (which spans at most two tokens)
  const yielded = [1, 2, 3].some((b) => YIELD.has((toks[k - b]?.t ?? "").replace(/^[وف]/, "")) && toks[k - b]!.sent === sent);
  const after = toks[i + 1];
  const caused = !!after && after.sent === sent && (CAUSE_WORDS.has(after.t) || CAUSE_PREFIX.test(after.t));
  return yielded || caused ? n : undefined;
}

function prevIs(toks: readonly Token[], i: number, w: string): boolean {
  const p = toks[i - 1];
  return !!p && p.sent === toks[i]!.sent && p.t === w;
}
