// A part of Iraq named without a province as the place («في إقليم كردستان العراق», «بشمال العراق», «جنوب
// العراق»): asked only of an incident that resolvePlace placed in no province (extract.ts). Its frame is read more
// strictly than a province's: a region has no other mention to be weighed against, and a wrong one reaches several
// provinces' followers.

import type { Token } from "../normalize.js";
import { stems } from "../numbers.js";
import { REGIONS, REGION_FIRST_WORDS, DIRECTION_WORDS, HELD_IN_REGION, type Region } from "../data/regions.js";
import { FROM, LAUNCHED, PREP_LOC } from "../data/location-words.js";
import { frameOf } from "./frame.js";

const stripped = (s: string): string => s.replace(/^ال/, "");
const sameSent = (toks: readonly Token[], k: number, i: number): boolean => k >= 0 && k < toks.length && toks[k]!.sent === toks[i]!.sent;
const isDirection = (toks: readonly Token[], k: number, i: number): boolean =>
  sameSent(toks, k, i) && stems(toks[k]!.t).some((s) => DIRECTION_WORDS.has(stripped(s)));

/** The first region named where it happened, outside the background: after «في» or a glued «بـ» — a direction also
 * standing alone («مقتل جندي جنوب العراق»), not after «من» («مسيرة من جنوب العراق»: where it came from) — and not what is held there (HELD_IN_REGION: a source, a ministry, a
 * hospital, forces stationed there) nor where an attack was launched from, up to three words before; not a compound
 * direction («شمال غرب العراق»); not after a word that makes it an institution's, a reference point or an origin
 * (frame.ts: «حكومة إقليم كردستان», «قرب», «من»). */
export function regionAsPlace(toks: readonly Token[], bg: Uint8Array): Region | null {
  /** the phrase's words are the tokens from i on, each one of its forms */
  const at = (i: number, phrase: readonly string[]): boolean =>
    phrase.every((w, k) => sameSent(toks, i + k, i) && stems(toks[i + k]!.t).includes(w));
  for (let i = 0; i + 1 < toks.length; i++) {
    if (bg[i] || !sameSent(toks, i + 1, i) || !stems(toks[i]!.t).some((s) => REGION_FIRST_WORDS.has(s))) continue;
    for (const region of REGIONS) {
      const phrase = region.phrases.find((p) => at(i, p));
      if (!phrase) continue;
      if (isDirection(toks, i - 1, i) || isDirection(toks, i + phrase.length, i)) continue;
      const frame = frameOf(toks, i);
      if (frame !== "loc" && frame !== "none") continue;
      const glued = toks[i]!.t !== phrase[0] && /^و?ب/.test(toks[i]!.t);
      const prep = sameSent(toks, i - 1, i) && PREP_LOC.has(toks[i - 1]!.t);
      if (!glued && !prep && !region.direction) continue;
      if (sameSent(toks, i - 1, i) && toks[i - 1]!.t === FROM) continue;
      const from = prep ? i - 1 : i;
      let held = false;
      for (let k = from - 1; k >= from - 3 && sameSent(toks, k, i) && !held; k--) {
        held = stems(toks[k]!.t).some((s) => HELD_IN_REGION.has(stripped(s)) || LAUNCHED.test(s));
      }
      if (held) continue;
      return region;
    }
  }
  return null;
}
