// Which act words report an act here. An act word is dropped when it is a siren, negated, a release of
// prisoners, a seizure of rifles, a find of money — or one of the word-use rules of not-acts.ts.

import type { Token } from "../normalize.js";
import type { Hit } from "../match.js";
import type { TypeCue } from "../cues.js";
import {
  SIREN, RELEASE, SEIZURE, FIND, FOUND_HOSTILE, CLASH, NOT_A_CLASH_BEFORE, EXECUTION, AT_THE_HANDS, SKY_LIT, FESTIVE, CELEBRATING,
  STRUCK_NOUN, THROWN_WEAPON, VERBLESS_ACT,
} from "../data/incident-words.js";
import { ON } from "../data/location-words.js";
import { militant } from "./matchers.js";
import { readNumber } from "../numbers.js";
import {
  uncountedToll, inRelativeClause, figurativeStrike, intendedOrAny, futureNegated, homonymOfAct, reciprocitySlogan,
  ceasefire, plannedAttack, priceOfAct, harassment, concurrentWithOwnTarget, eraAnchor, figurativeVictim, figurativeBlast,
} from "./not-acts.js";
import { memorialGenitive } from "../memorial.js";
import { negated } from "../negation.js";

/** Weapons fired from afar, and a hand grenade thrown: named in a headline with «على» and what they struck, they are the
 * act (verblessStrike). */
const FIRED_TYPES = new Set(["rocket", "drone", "airstrike"]);
/** Words a weapon may carry before «على» («قذائف هاون داعشية على …»: one adjective). */
const VERBLESS_REACH = 2;

/**
 * The act of a headline told with no verb: a weapon fired from afar, then «على» and what it struck or a place
 * («قذائف هاون داعشية على قرية في العظيم بديالى», «مسيرتان على مطار أربيل», «رمانة يدوية على منزل في الشعلة»).
 * Channels and sites write a strike so; «طائرة مسيرة على ارتفاع منخفض» or «صواريخ على متن سفينة» name no struck
 * thing. Returned as a shelling act at the weapon.
 */
export function verblessStrike(toks: readonly Token[], typeHits: readonly Hit<TypeCue>[], struckPlace: (k: number) => boolean): Hit<number> | null {
  const first = toks[0]?.sent;
  for (const h of typeHits) {
    if (!(FIRED_TYPES.has(h.v.type) || THROWN_WEAPON.test(h.p)) || h.v.weak || toks[h.i]!.sent !== first) continue;
    for (let k = h.i + h.len; k <= h.i + h.len + VERBLESS_REACH && k + 1 < toks.length && toks[k]!.sent === first; k++) {
      if (!ON.has(toks[k]!.t)) continue;
      if (STRUCK_NOUN.test(toks[k + 1]!.t) || struckPlace(k + 1)) return { i: h.i, len: h.len, v: 3, p: VERBLESS_ACT };
      break;
    }
  }
  return null;
}

/** Attack types named by a device: their seizure is an act. */
const DEVICE_TYPES = new Set(["ied", "car_bomb", "suicide", "rocket", "drone"]);

/** The act words that report an act here. */
export function actsReported(toks: readonly Token[], typeHits: readonly Hit<TypeCue>[], acts: readonly Hit<number>[]): Hit<number>[] {
  const kidnapNamed = typeHits.some((h) => h.v.type === "kidnapping");
  const deviceNamed = typeHits.some((h) => DEVICE_TYPES.has(h.v.type) && !h.v.weak);
  return acts.filter((h) => {
    // «دوي صافرات الانذار», «دوي صافرة الإنذار» is a siren, not a blast
    const nx = toks[h.i + h.len]?.t ?? "";
    if (SIREN.test(nx)) return false;
    // «دون تسجيل أي هجوم», «لم يقع انفجار»: a negated act
    if (negated(toks, h.i)) return false;
    // a release is an act only as the end of a kidnapping («إطلاق سراح المختطف»), not of prisoners
    if (RELEASE.has(h.p) && !kidnapNamed) return false;
    // a seizure is an act only when explosives or launchers are seized («ضبط عبوة ناسفة»), not rifles
    if (h.p === SEIZURE && !deviceNamed) return false;
    // a find is an act only when a body, a device or a weapon is found («العثور على جثة / عبوة»), not money
    if (FIND.has(h.p) && !foundSomethingHostile(toks, h)) return false;
    // «المسيرات تشعل سماء أربيل»: a sky lit up is a strike only by a weapon named right before it, never by
    // fireworks, celebrations, lightning or a field fire
    if (SKY_LIT.has(h.p) && !litByWeapon(toks, h, typeHits)) return false;
    if (uncountedToll(toks, h)) return false;
    if (inRelativeClause(toks, h.i)) return false;
    if (memorialGenitive(toks, h)) return false;
    if (figurativeStrike(toks, h)) return false;
    if (intendedOrAny(toks, h.i)) return false;
    if (futureNegated(toks, h.i)) return false;
    if (homonymOfAct(toks, h)) return false;
    if (reciprocitySlogan(toks, h.i)) return false;
    if (ceasefire(toks, h.i)) return false;
    if (plannedAttack(toks, h.i)) return false;
    if (priceOfAct(toks, h.i)) return false;
    if (harassment(toks, h.i)) return false;
    if (concurrentWithOwnTarget(toks, h)) return false;
    if (eraAnchor(toks, h)) return false;
    if (figurativeVictim(toks, h) || figurativeBlast(toks, h)) return false;
    if (CLASH.test(h.p) && NOT_A_CLASH_BEFORE.test(toks[h.i - 1]?.t ?? "")) return false;
    if (EXECUTION.test(toks[h.i]!.t) && !executedByMilitants(toks, h.i)) return false;
    return true;
  });
}

/** A strong drone, rocket or aircraft cue ends at most three words before the act, in its sentence; what lights the
 * sky is nothing festive («صواريخ الألعاب النارية», «احتفالات رأس السنة», «عرض للطائرات المسيرة») and it is not lit
 * to celebrate («… احتفالا بالعام الجديد»). A holiday as the time («ليلة العيد») changes nothing. */
function litByWeapon(toks: readonly Token[], h: Hit<number>, typeHits: readonly Hit<TypeCue>[]): boolean {
  const sent = toks[h.i]!.sent;
  for (let k = h.i - 1; k >= 0 && toks[k]!.sent === sent; k--) if (FESTIVE.test(toks[k]!.t)) return false;
  for (let k = h.i + h.len; k < toks.length && toks[k]!.sent === sent; k++) if (CELEBRATING.test(toks[k]!.t)) return false;
  return typeHits.some((w) => !w.v.weak && SKY_WEAPONS.has(w.v.type) && w.i + w.len <= h.i && h.i - (w.i + w.len) <= 3 &&
    toks[w.i]!.sent === sent);
}
const SKY_WEAPONS = new Set(["drone", "rocket", "airstrike"]);

/** «داعش يعدم راعياً», «أعدم عناصر داعش ثلاثة رعاة»: an execution is an attack when militants carry it out —
 * named before the verb, or after it before any count; «العراق يعدم 11 إرهابياً», «السلطات تعدم 9 مدانين»
 * are the state's sentences carried out (militants named after the count are the executed). */
function executedByMilitants(toks: readonly Token[], i: number): boolean {
  const sent = toks[i]!.sent;
  for (const m of militant.find(toks)) {
    if (toks[m.i]!.sent !== sent) continue;
    // «على يد عناصر داعش»: at their hands
    if (m.i < i || AT_THE_HANDS.test(toks[m.i - 1]?.t ?? "") || AT_THE_HANDS.test(toks[m.i - 2]?.t ?? "")) return true;
    let counted = false;
    for (let k = i + 1; k < m.i && !counted; k++) counted = !!readNumber(toks, k);
    if (!counted) return true;
  }
  return false;
}

/** What is found within four words of «العثور على»: a body, a device, a weapon, a kidnapped person. */
function foundSomethingHostile(toks: readonly Token[], h: Hit<number>): boolean {
  const sent = toks[h.i]!.sent;
  for (let k = h.i + h.len; k < Math.min(toks.length, h.i + h.len + 4) && toks[k]!.sent === sent; k++) {
    if (FOUND_HOSTILE.test(toks[k]!.t)) return true;
  }
  return false;
}
