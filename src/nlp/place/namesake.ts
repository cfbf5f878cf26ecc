// A namesake abroad of an Iraqi place («ميناء الشعيبة الكويتي» is Kuwait's Shuaiba, not Basra's).

import type { Token } from "../normalize.js";
import type { PlaceMention } from "../gazetteer.js";
import { NATIONALITY, IN_COUNTRY, IN, IN_GLUED, FUNCTION_AL } from "../data/location-words.js";

/** The country whose namesake of an Iraqi place this mention is: a nationality adjective in the name's
 * noun phrase («ميناء الشعيبة الكويتي»), or the country right after it («"الشعيبة الصناعية" بالكويت»). */
export function namesakeAbroad(toks: readonly Token[], m: PlaceMention): string | null {
  const sent = toks[m.i]!.sent;
  for (let k = m.i + m.len; k < Math.min(toks.length, m.i + m.len + 4) && toks[k]!.sent === sent; k++) {
    const t = toks[k]!.t;
    for (const [re, c] of NATIONALITY) if (re.test(t)) return c;
    for (const [re, c] of IN_COUNTRY) if (re.test(t)) return IN_GLUED.test(t) || toks[k - 1]!.t === IN ? c : null;
    if (t === IN) continue;
    if (!t.startsWith("ال") || FUNCTION_AL.has(t)) return null; // the noun phrase ended
  }
  return null;
}
