// Where it happened decides last: a province (unless a foreign place outweighs it), Iraq itself or an
// Iraqi force or body; abroad, near the border only, or nowhere named is not an Iraqi incident.

import type { Token } from "../normalize.js";
import { findPlaces } from "../gazetteer.js";
import { borderWith } from "../place/frame.js";
import type { PlaceResolution } from "../place/index.js";
import { IRAQI_ADJECTIVE, IRAQI_BODY, BORDER_BEFORE, BORDER_TWO_BEFORE, PATTERN_ACTS, ON_TARGET, AGAINST, TARGET_ABROAD } from "../data/incident-words.js";
import { iraq, killing } from "./matchers.js";
import type { Classification, Reading } from "./reading.js";

export function locationVerdict(toks: readonly Token[], place: PlaceResolution): Classification {
  if (place.provinces.length) {
    if (place.foreign && place.foreignScore > place.iraqiScore) return { incident: false, reason: "outside-iraq" };
    return { incident: true, reason: null };
  }
  if (place.foreign) return { incident: false, reason: "outside-iraq" };
  // «عراقي», «العراقية» alone describe someone (an Iraqi-born actress, Iraqi factions), they do not place
  // the event: Iraq as a place (resolvePlace's generic score) or an Iraqi force or body does
  const iraqHits = iraq.find(toks).filter((h) => h.len > 1 || !IRAQI_ADJECTIVE.test(toks[h.i]!.t.replace(/^(و|ب|ل|ف)/, "")) ||
    IRAQI_BODY.test(toks[h.i - 1]?.t ?? ""));
  if (!iraqHits.length && !place.iraqiScore) return { incident: false, reason: "no-place" };
  if (!iraqHits.length) return { incident: true, reason: null };
  // «قرب الحدود العراقية الكويتية» does not place it inside Iraq
  if (iraqHits.every((h) => BORDER_BEFORE.test(toks[h.i - 1]?.t ?? "") || BORDER_TWO_BEFORE.test(toks[h.i - 2]?.t ?? "") || borderWith(toks, h.i))) {
    return { incident: false, reason: "border" };
  }
  return { incident: true, reason: null };
}

/** «خلايا … تنفذ هجمات في العراق», «أحبطنا عدة هجمات … واعتقلنا متورطين», «شنت 7 هجمات منذ نيسان»: attacks
 * in the plural (and arrests over them) placed nowhere below the country, with nobody killed, tell a pattern,
 * a claim or a tally — not one event to wake anyone for. (The caller has found no province.) */
export function unplacedPattern(r: Reading): boolean {
  return r.evs.every((h) => PATTERN_ACTS.has(h.p) && !targeted(r.toks, h.i)) && !killing.find(r.toks).length;
}

/** «على», «ضد» at k (a module-level helper, not a closure in targeted (tsx compiles with esbuild's keepNames: a closure bound to a const gets a defineProperty each time it is created)). */
function onOrAgainst(toks: readonly Token[], k: number): boolean {
  return ON_TARGET.test(toks[k]?.t ?? "") || toks[k]?.t === AGAINST;
}

/** «هجمات بطائرات مسيرة على مواقع للحشد»: attacks on a target named are events; on states («على دول المنطقة»,
 * «ضد الكويت والسعودية») they are abroad, not here. */
function targeted(toks: readonly Token[], i: number): boolean {
  const sent = toks[i]!.sent;
  for (let k = i + 1; k <= i + 5 && k < toks.length && toks[k]!.sent === sent; k++) {
    if (!onOrAgainst(toks, k)) continue;
    let j = k + 1;
    while (onOrAgainst(toks, j)) j++; // a preposition written twice
    if (TARGET_ABROAD.test(toks[j]?.t ?? "")) return false;
    return !findPlaces(toks).some((m) => m.country && m.i === j);
  }
  return false;
}
