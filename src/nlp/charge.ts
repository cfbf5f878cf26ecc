// What someone arrested or tried is accused of («القبض على المتهم باغتيال شيخ العشيرة», «اعتقال متهمين بتفجير عبوة»):
// the act named is the charge — an act already told, or to be proved — not one this story reports. The toll and
// type rules read past it.

import type { Token } from "./normalize.js";
import { ACCUSED } from "./data/incident-words.js";

/** The word at i, glued to «ب», right after «المتهم» / «متهمين» …: the charge. */
export function chargeOf(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  return t.t.startsWith("ب") && !!prev && prev.sent === t.sent && ACCUSED.test(prev.t);
}
