// What someone arrested or tried is accused of («القبض على المتهم باغتيال شيخ العشيرة», «اعتقال متهمين بتفجير عبوة»):
// the act named is the charge — an act already told, or to be proved — not one this story reports. The toll and
// type rules read past it.

import type { Token } from "./normalize.js";
import { ACCUSED } from "./data/incident-words.js";

/** The word at i, glued to «ب», right after «المتهم» / «متهمين» / «متورطة» …: the charge — and the weapon that
 * charge names right after it («خلية متورطة بإطلاق الصواريخ على المنطقة الخضراء»). */
export function chargeOf(toks: readonly Token[], i: number): boolean {
  // (not the next conjunct: «مقتل متهم بالإرهاب وإصابة منتسب» wounded a policeman)
  return chargeWord(toks, i) || (i > 0 && toks[i - 1]!.sent === toks[i]!.sent && !toks[i]!.t.startsWith("و") && chargeWord(toks, i - 1));
}

function chargeWord(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  return t.t.startsWith("ب") && !!prev && prev.sent === t.sent && ACCUSED.test(prev.t);
}
