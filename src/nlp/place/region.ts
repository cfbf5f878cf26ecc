// A part of Iraq named without a province as the place («في إقليم كردستان العراق», «بشمال العراق»): asked only
// of a story that places its event in no province (resolvePlace).

import type { Token } from "../normalize.js";
import { stems } from "../numbers.js";
import { REGIONS, DIRECTION_WORDS, type Region } from "../data/regions.js";
import { COUNTRY_WORD } from "../data/location-words.js";
import { frameOf } from "./frame.js";

export interface RegionMention {
  region: Region;
  /** token range and the first word as matched (without its clitic) */
  i: number;
  len: 2;
  first: string;
}

const stripped = (s: string): string => s.replace(/^ال/, "");

/** The first region named where it happened: after «في», «ب…», an admin noun (frame.ts's "loc"), outside the
 * background; not an institution's («حكومة إقليم كردستان»), not a compound direction («شمال غرب العراق»), not
 * a neighbour's («إقليم كردستان الإيراني»). */
export function regionAsPlace(toks: readonly Token[], bg: Uint8Array): RegionMention | null {
  for (let i = 0; i + 1 < toks.length; i++) {
    if (bg[i] || toks[i + 1]!.sent !== toks[i]!.sent) continue;
    const firsts = stems(toks[i]!.t);
    const seconds = stems(toks[i + 1]!.t);
    for (const region of REGIONS) {
      const phrase = region.phrases.find(([a, b]) => firsts.includes(a) && seconds.includes(b));
      if (!phrase) continue;
      const prev = toks[i - 1];
      if (prev && prev.sent === toks[i]!.sent && stems(prev.t).some((s) => DIRECTION_WORDS.has(stripped(s)))) continue;
      const next = toks[i + 2];
      if (next && next.sent === toks[i]!.sent && stems(next.t).some((s) => COUNTRY_WORD.test(stripped(s)) || DIRECTION_WORDS.has(stripped(s)))) continue;
      if (frameOf(toks, i) !== "loc") continue;
      return { region, i, len: 2, first: phrase[0] };
    }
  }
  return null;
}
