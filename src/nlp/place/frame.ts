// The frame of a place name: the words before it say whether it is where it happened («في»,
// «قضاء»), a reference point («قرب», «طريق»), an institution («شرطة»), a direction («باتجاه») or not
// where it happened at all («مستشفى», «من قبل», «انطلقت من»).

import type { Token } from "../normalize.js";
import type { PlaceMention } from "../gazetteer.js";
import { stems } from "../numbers.js";
import { LOCATIVE_BEFORE, NOT_LOCATION_BEFORE, NEAR_BEFORE } from "../cues.js";
import {
  DIRECTION, REF_BEFORE, INSTITUTION, PARTITIVE, ADMIN, PREP_LOC, NEIGHBOUR_SIDE, SIDE, HEARD, SOURCE, ATTACK_ON, ON, FROM, BY, LAUNCHED, ROAD,
  OUTLET_NAMES, OUTLET_BEFORE, ADMINISTRATIVE, BORDERS, SOUND, COMING, HEAR_VERB, DENIED_PLACE,
} from "../data/location-words.js";
import { BORDER_BEFORE, WITH, BORDER_WITH_REACH } from "../data/incident-words.js";

/** The place a correction denies («وقع في صحراء البعاج وليس الحضر», «… وليس في القرنة»): the first Iraqi place right
 * after «وليس» (or «وليس في»), or null. The merging stage finds by it the incident the wrong report opened. */
export function deniedPlace(toks: readonly Token[], mentions: readonly PlaceMention[]): PlaceMention | null {
  for (const m of mentions) {
    if (!m.place) continue;
    const prev = toks[m.i - 1];
    if (!prev || prev.sent !== toks[m.i]!.sent) continue;
    if (DENIED_PLACE.test(prev.t) || (PREP_LOC.has(prev.t) && DENIED_PLACE.test(toks[m.i - 2]?.t ?? "") && toks[m.i - 2]!.sent === prev.sent)) return m;
  }
  return null;
}
export type Frame = "loc" | "not" | "near" | "ref" | "inst" | "dir" | "none";

/** «على الواجهة الحدودية الشرقية للمملكة مع العراق», «حدودنا مع سوريا»: the name at i follows «مع» after a border
 * word — a border with it, told from the other side of it. */
export function borderWith(toks: readonly Token[], i: number): boolean {
  if (toks[i - 1]?.t !== WITH) return false;
  const sent = toks[i]!.sent;
  for (let k = i - 2; k >= i - 1 - BORDER_WITH_REACH && k >= 0 && toks[k]!.sent === sent; k--) if (BORDER_BEFORE.test(toks[k]!.t)) return true;
  return false;
}

/** Tokens between the sound and the place where it was heard («سماع دوي انفجارات قوية في البصرة»), and between the
 * place and the word of its source («… في الفاو مصدره …»); when the hearers follow the place («أهالي الفاو يسمعون أصوات
 * انفجارات قوية قادمة من …»), the verb of hearing right after it and the source a few words on. */
const HEARD_REACH = { before: 4, after: 2, hearers: 2, source: 6 };

/**
 * «سماع دوي انفجارات في البصرة مصدرها قصف على مدينة عبادان الإيرانية», «… في القائم قادمة من الجانب السوري», «أهالي
 * الفاو يسمعون أصوات انفجارات قادمة من عبادان»: the place of the mention at i (len tokens) is where sounds were heard
 * whose source the text names after it — not where anything went off (the source is weighed on its own).
 */
export function heardFromElsewhere(toks: readonly Token[], i: number, len: number): boolean {
  const sent = toks[i]!.sent;
  const end = i + len;
  const inSent = (k: number): boolean => k >= 0 && k < toks.length && toks[k]!.sent === sent;
  let reach = 0;
  for (let k = i - 1; k >= i - HEARD_REACH.before && inSent(k); k--) if (SOUND.test(toks[k]!.t)) { reach = HEARD_REACH.after; break; }
  if (!reach) for (let k = end; k < end + HEARD_REACH.hearers && inSent(k); k++) if (HEAR_VERB.test(toks[k]!.t)) { reach = HEARD_REACH.source; break; }
  for (let k = end; k < end + reach && inSent(k); k++) if (COMING.test(toks[k]!.t)) return true;
  return false;
}

/** The place at i is where a source is («بحسب مصادر محلية في قضاء جومان», «مصدر أمني في بنجوين»): «في», past an admin
 * noun, right after a source and at most one adjective. */
export function sourcePlace(toks: readonly Token[], i: number): boolean {
  const sent = toks[i]!.sent;
  let k = i - 1;
  while (k >= 0 && k >= i - 2 && toks[k]!.sent === sent && stems(toks[k]!.t).some((x) => ADMIN.has(x))) k--;
  if (k < 0 || toks[k]!.sent !== sent || !PREP_LOC.has(toks[k]!.t)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 2) && toks[j]!.sent === sent; j--) if (SOURCE.test(toks[j]!.t)) return true;
  return false;
}

/** `foreign`: the name is a foreign place, for which «من» is an origin («عدوان من السعودية»). */
export function frameOf(toks: readonly Token[], i: number, foreign = false): Frame {
  const sent = toks[i]!.sent;
  if (outletName(toks, i)) return "not";
  let admin = false;
  for (let back = 1; back <= 3; back++) {
    const k = i - back;
    if (k < 0 || toks[k]!.sent !== sent) break;
    const t = toks[k]!.t;
    const ss = stems(t);
    // «انفجار في العبدلي … يسمع دويه في صفوان»: where the sound of a blast told before is heard
    // («… وليس في القرنة»: the place a correction denies)
    if (PREP_LOC.has(t) && DENIED_PLACE.test(toks[k - 1]?.t ?? "")) return "not";
    if (PREP_LOC.has(t)) return HEARD.test(toks[k - 1]?.t ?? "") && toks[k - 1]!.sent === sent ? "near" : "loc";
    if (t === FROM) return fromFrame(toks, k, sent, foreign, admin);
    // «بمنطقة زيونة», «بقضاء المقدادية»: the admin noun with «ب» glued puts the event there, whatever came before it
    // («… تعود لموظف في وزارة النفط بمنطقة زيونة» is no institution's Zayouna)
    if (ss.some((s) => ADMIN.has(s))) {
      if (/^و?ب/.test(t) && !ADMIN.has(t)) return "loc";
      admin = true;
      continue;
    }
    // «ضمن الحدود الإدارية لمحافظة السليمانية»: inside the province («قرب الحدود الإدارية لـ…» is near it)
    if (t === ADMINISTRATIVE) {
      if (BORDERS.test(toks[k - 1]?.t ?? "") && PREP_LOC.has(toks[k - 2]?.t ?? "")) return "loc";
      continue;
    }
    // «الحدود المشتركة مع العراق»: a border the place is on the other side of
    if (back === 1 && borderWith(toks, i)) return "ref";
    // «طريق بغداد – كركوك», «الطريق الرابط بين …»: the places name the road, they are reference points
    if (ss.some((s) => s === ROAD)) return "ref";
    if (ss.some((s) => REF_BEFORE.has(s))) return "ref";
    if (ss.some((s) => INSTITUTION.has(s))) return "inst";
    if (DIRECTION.has(t)) return "dir";
    if (DENIED_PLACE.test(t) || ss.some((s) => NOT_LOCATION_BEFORE.has(s))) return "not";
    if (ss.some((s) => NEAR_BEFORE.has(s))) return "near";
    // «من قبل X»: by X
    if (back === 1 && t.startsWith(FROM) && t.length <= 3 && toks[k - 1] && stems(toks[k - 1]!.t).some((s) => s === BY)) return "not";
    if (ss.some((s) => LOCATIVE_BEFORE.has(s))) return "loc";
    // «بأربيل», «في» glued or separate
    if (back === 1 && (toks[i]!.t.startsWith("ب") || toks[i]!.t.startsWith("وب"))) return "loc";
  }
  return admin ? "loc" : "none";
}

/** «من X» (the «من» at k): «بالقرب من X» is near; for a foreign place it is an origin («عدوان من
 * السعودية», «من قبل إيران»); «الجانب الشمالي من العاصمة» is partitive. */
function fromFrame(toks: readonly Token[], k: number, sent: number, foreign: boolean, admin: boolean): Frame {
  const before = toks[k - 1];
  const bs = before && before.sent === sent ? stems(before.t) : [];
  if (bs.some((s) => REF_BEFORE.has(s))) return "ref";
  // «سماع دوي انفجارات قادمة من الجانب السوري»: where the blasts heard went off
  if (before && before.sent === sent && COMING.test(before.t) && SOUND.test(toks[k - 2]?.t ?? "") && toks[k - 2]!.sent === sent) return "loc";
  // «انطلقت من البصرة», «بعد عودته من بغداد»: where an attack or a person came from, not where it struck
  if (launchedFrom(toks, k, sent)) return "not";
  if (bs.some((s) => NEAR_BEFORE.has(s))) return "near";
  if (before && NEIGHBOUR_SIDE.test(before.t) && SIDE.test(toks[k - 2]?.t ?? "")) return "not";
  if (bs.some((s) => PARTITIVE.has(s))) return "loc";
  if (foreign) return "not";
  return admin ? "loc" : "none";
}

/** «وقال المصدر لـ(بغداد اليوم)», «موقع بغداد اليوم»: an outlet named after a place, after «لـ» or «موقع»
 * («شهدت بغداد اليوم انفجاراً» is the city, today; a dateline line naming the outlet is dateline.ts's). */
export function outletName(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const nx = toks[i + 1];
  if (!nx || nx.sent !== t.sent || !OUTLET_NAMES.some(([place, next]) => place.test(t.t) && nx.t === next)) return false;
  if (t.t.startsWith("ل")) return true;
  const prev = toks[i - 1];
  return !!prev && prev.sent === t.sent && OUTLET_BEFORE.test(prev.t);
}

/** «من» at k says where something came from: an origin word right before it, or before an area the place
 * stands beside («أطلقت من منطقة قريبة من الموصل»). */
function launchedFrom(toks: readonly Token[], k: number, sent: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4) && toks[j]!.sent === sent; j--) {
    const ss = stems(toks[j]!.t);
    if (ss.some((s) => LAUNCHED.test(s))) return true;
    if (!(toks[j]!.t === FROM || ss.some((s) => ADMIN.has(s) || PARTITIVE.has(s) || REF_BEFORE.has(s)))) return false;
  }
  return false;
}

/** «على X» right after an attack phrase (within four words): X is the target, a place. */
export function attackOn(toks: readonly Token[], k: number): boolean {
  if (!ON.has(toks[k]!.t)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 4) && toks[j]!.sent === toks[k]!.sent; j--) if (ATTACK_ON.test(toks[j]!.t)) return true;
  return false;
}
