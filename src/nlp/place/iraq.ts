// Iraq itself as the place: «العراق», «الأراضي العراقية», «الجانب العراقي».

import type { Token } from "../normalize.js";
import { stems } from "../numbers.js";
import { TERRITORY, RESISTANCE, ISLAMIC, IN, SIDE, IRAQI, IRAQ_STEM, IRAQ_ADJECTIVE_STEM } from "../data/location-words.js";
import { frameOf } from "./frame.js";

/** «العراق», «الاراضي العراقية», «كردستان العراق» as a location: Iraq without a province (its weight). */
export function iraqAsPlace(toks: readonly Token[], bg: Uint8Array, firstSent: number): number {
  let generic = 0;
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.t.includes(IRAQ_STEM)) continue;
    const ss = stems(toks[i]!.t);
    if (!ss.some((s) => s === IRAQ_STEM || s === IRAQ_ADJECTIVE_STEM)) continue;
    // «فصائل عراقية», «قوات عراقية»: an actor; «الأراضي العراقية», «المياه العراقية»: a place
    if (!ss.includes(IRAQ_STEM) && !TERRITORY.test(toks[i - 1]?.t ?? "")) continue;
    const frame = frameOf(toks, i);
    if (frame === "not" || frame === "near" || frame === "ref" || frame === "inst" || frame === "dir") continue;
    // «المقاومة الإسلامية في العراق» is the name of an actor, not where something happened
    if (toks[i - 1]?.t === IN && RESISTANCE.test(toks[i - 3]?.t ?? "") && ISLAMIC.test(toks[i - 2]?.t ?? "")) continue;
    let w = toks[i]!.sent === firstSent ? 3 : 1;
    if (frame === "loc") w += 1.5;
    if (bg[i]) w *= 0.2;
    generic = Math.max(generic, w);
  }
  return generic;
}

/** «الجانب العراقي» anywhere in the story. */
export function iraqiSide(toks: readonly Token[]): boolean {
  for (let i = 0; i + 1 < toks.length; i++) if (SIDE.test(toks[i]!.t) && IRAQI.test(toks[i + 1]!.t)) return true;
  return false;
}
