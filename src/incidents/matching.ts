// Is a report another account of an incident we have? Place, type and time
// decide what *may* be the same event; the text must then resemble it — the
// less the facts pin the place down, the more — unless the report refines a
// vague first one within the burst of the attack.
import { normalizeArabic, placeById, regionById, statesToll, unknownPerpetrator, victimsTold, type AttackType } from "../nlp/index.js";
import { placeRelation, regionHolds, siteOf, specific, type PlaceRelation } from "./places.js";
import { namesDepot, similarity, villagesApart } from "./similarity.js";
import { HOUR, type Candidate, type Incoming, type IncidentState, type MergeOptions } from "./state.js";

/**
 * How much the texts must resemble each other, by what the places say. Two
 * named places in different districts (or two different bases, camps,
 * crossings, landmarks) are two targets however alike the words: templated
 * reports of one wave («مسيرة تستهدف …») name a different district each time,
 * and a wrong merge hides an attack from subscribers (an IED in al-Udhaim two
 * minutes after one in al-Muqdadiya was merged into it and nobody was alerted).
 */
const NEEDED: Record<PlaceRelation, number> = {
  "same-place": 0.1,
  "same-district": 0.25,
  "same-province": 0.3,
  unknown: 0.35,
  neighbour: 0.5,
  conflict: Infinity,
  far: Infinity,
};

/** The resemblance a report naming no place needs to join an event (NEEDED.unknown). */
export const NEEDED_UNPLACED = NEEDED.unknown;

/** How much a report's words resemble the closest of an incident's report texts. */
export function resemblance<K>(incoming: Incoming, c: Candidate<K>): number {
  let sim = 0;
  for (const p of c.texts) sim = Math.max(sim, similarity(incoming.text, p));
  return sim;
}

/** A follow-up names an event already reported: it needs less resemblance. */
const FOLLOW_UP_BONUS = 0.1;

const FAMILY: Record<AttackType, string> = {
  ied: "blast", car_bomb: "blast", suicide: "blast",
  rocket: "strike", drone: "strike", airstrike: "strike",
  armed_attack: "gunfire", assassination: "gunfire", kidnapping: "gunfire", clash: "gunfire",
  security_operation: "operation",
  other: "other",
};

/** Two named weapons of different families (a bomb and a drone, gunfire and a rocket): two attacks, whatever the words. */
export const unlikeWeapons = (a: AttackType, b: AttackType): boolean => a !== "other" && b !== "other" && FAMILY[a] !== FAMILY[b];

/**
 * Extra similarity a type difference costs, or null when the types cannot be
 * one event. Outlets name the weapon differently (a «هجوم» that was an IED, a
 * missile that was a drone); an unexplained explosion («انفجار») may be anything.
 * A security operation (raids, arrests after an attack) is always its own event.
 */
export function typePenalty(a: AttackType, b: AttackType): number | null {
  if (a === b) return 0;
  const fa = FAMILY[a];
  const fb = FAMILY[b];
  if (fa === "operation" || fb === "operation") return null;
  // an abduction is never another account of a blast or a strike («العثور على جثتي راعيين … اختطفوا الثلاثاء» is not the
  // IED on a patrol there half an hour before: review 83)
  if ((a === "kidnapping" && (fb === "blast" || fb === "strike")) || (b === "kidnapping" && (fa === "blast" || fa === "strike"))) return null;
  // nor is a fight another account of an assassination (a tribal fight in al-Kifl is not the sticky bomb on Hilla's
  // municipality director 40 minutes before: review 89)
  if ((a === "clash" && b === "assassination") || (a === "assassination" && b === "clash")) return null;
  if (fa === "other" || fb === "other") return 0.04;
  return fa === fb ? 0.06 : 0.15;
}


/** The incident this report is another account of, or null when it is a new one. */
export function findMatch<K>(incoming: Incoming, candidates: Iterable<Candidate<K>>, opts: MergeOptions): { candidate: Candidate<K>; score: number } | null {
  let best: { candidate: Candidate<K>; score: number } | null = null;
  let bestHere: { candidate: Candidate<K>; score: number } | null = null;
  const t = incoming.at.getTime();
  // (at the very place, an incident still reported comes before one hours old: the site's next attack, not its first)
  const live = (c: Candidate<K>): boolean => t - c.lastAt.getTime() <= STALE;
  for (const c of candidates) {
    const margin = matchMargin(incoming, c, opts);
    if (margin === null) continue;
    if (!best || margin > best.score) best = { candidate: c, score: margin };
    if (placeRelation(incoming.facts, c.state) !== "same-place") continue;
    const ahead = !bestHere || (live(c) !== live(bestHere.candidate) ? live(c) : margin > bestHere.score);
    if (ahead) bestHere = { candidate: c, score: margin };
  }
  // an incident at the very place the report names comes before one it would refine from coarser
  // («ارتفاع حصيلة تفجير المقدادية» is the IED in al-Muqdadiya's, not the one in Abu Saida inside the district) —
  // unless it is hours old and the other is under way: «مسيرة تستهدف محيط مطار أربيل» minutes after «انفجار جديد يهز
  // أربيل» is that new attack's, not the one on the airport four hours before (review 77)
  if (bestHere && best && best !== bestHere && !live(bestHere.candidate) && t - best.candidate.lastAt.getTime() <= BURST) return best;
  return bestHere ?? best;
}

/** How far the resemblance clears what this pair needs (≥ 0), or null when it is not the same event. */
export function matchMargin<K>(incoming: Incoming, c: Candidate<K>, opts: MergeOptions): number | null {
  const window = opts.windowHours * HOUR;
  const t = incoming.at.getTime();
  const since = Math.abs(t - c.lastAt.getTime());
  // an abductee's release days later: today's news of a kidnapping days old
  const release = since > LATE_REACH * window && since <= RELEASE_REACH && released(incoming, c.state);
  if (since > window && !(since <= LATE_REACH * window ? lateFollowUp(incoming, c.state, t) : release)) return null;
  // Dated reports («أمس», «الخميس») must agree on the day: with the incident's date, or with its latest
  // report (an incident still being reported is live, whatever its first report said about the day).
  const occurred = incoming.facts.occurredAt.getTime();
  if (!release && Math.abs(occurred - c.state.occurredAt.getTime()) > 30 * HOUR && Math.abs(occurred - c.lastAt.getTime()) > 30 * HOUR) return null;
  const penalty = typePenalty(incoming.facts.type, c.state.type);
  if (penalty === null) return null;
  // Outlets confuse the weapon in the first minutes; another named weapon hours
  // later (rockets, then a drone on the same base) is another attack.
  const gap = Math.abs(t - c.lastAt.getTime());
  const named = incoming.facts.type !== "other" && c.state.type !== "other";
  // a clash or an operation goes on for hours, told as gunfire as often as a clash (a tribal fight's «تجدد إطلاق النار»);
  // a targeted act is no fight going on (stealthy)
  const lasting = (LASTING.has(incoming.facts.type) || LASTING.has(c.state.type)) && !stealthy(incoming.facts) && !stealthy(c.state);
  const sameFamily = FAMILY[incoming.facts.type] === FAMILY[c.state.type];
  // (a shooting or a sticky bomb told an hour later as the assassination it was — «إطلاق نار في حي الشموخ», then «اغتيال
  // ناشط»; «انفجار عبوة لاصقة بسيارة مدير بلدية الحلة», then «نجاة مدير بلدية الحلة من محاولة اغتيال» — is one act)
  if (penalty > 0 && named && gap > HOUR && !incoming.followUp && !(lasting && sameFamily) && !shotDead(incoming.facts.type, c.state.type)) return null;
  // Two unexplained blasts placed in two provinces are two places, however alike the flashes read; and so
  // are two reports of any weapon that each name only a province («مسيرة تستهدف مقراً … في محافظة أربيل»,
  // then «… في محافظة السليمانية»: one wave's templated reports). A place on either side — a town, or a region
  // across the border («جبال حمرين», «مطيبيجة») — may still be the other's told from the other side
  // («طوزخورماتو» / «جنوب كركوك»): its words judge it.
  // (a correction is at the place it denies: «وقع في صحراء البعاج وليس الحضر» is of the incident placed at al-Hadhar)
  const relation = corrects(incoming, c.state) ? "same-place" : placeRelation(incoming.facts, c.state);
  if (incoming.facts.type === "other" && c.state.type === "other" && (relation === "neighbour" || relation === "far")) return null;
  if (relation === "neighbour" && provinceOnly(incoming.facts) && provinceOnly(c.state)) return null;
  // A device found or defused and a device that went off are two events, however alike the words.
  if (!incoming.followUp && c.texts[0] && incoming.text.defused !== c.texts[0].defused) return null;
  // «Explosions shake Erbil» again hours later is another wave, not the same blast;
  // «again», «new explosions» after a lull says so itself. A report that states the very toll the incident
  // has at the very site it names («مقتل جندي أمريكي في قاعدة الحرير», retold by another outlet hours later)
  // is that event told again, not the next wave: the waves' cut-offs below let it through to be judged by its
  // words. (Only at one site: one dead in Erbil, or two wounded in a village of Sulaymaniyah, are any wave's toll.)
  const retoldToll = relation === "same-place" && !!siteOf(c.state) && sameToll(incoming.facts, c.state);
  if (incoming.facts.type === "other" && c.state.type === "other" && gap > 2 * HOUR && !incoming.followUp && !retoldToll) return null;
  // (a fight's gunfire lulls and starts again within hours; «تجدد النزاع» after a quiet morning is the fight flaring up
  // anew, a truce broken: its own alert — review 85 — which later accounts of the renewed fight join)
  if (incoming.renewed && gap > (lasting ? FLARE_UP : LULL) && !incoming.followUp && !(lasting && c.texts.some((p) => p.renewed))) return null;
  // A fresh report of an attack hours after the incident's latest one is another attack — the next drone
  // on the opposition HQs that evening, another US drone down in another province — unless it says it
  // follows up (a toll rising, details), is dated earlier («أمس»: an account of an earlier attack) or
  // names the very site already hit. A report naming no place parts from a placed incident only when it
  // tells no toll («one of the PMF's wounded from the aggression» is a victim of an attack already told);
  // a wave nobody placed («strikes in Iraq») is told for hours in reports that place nothing either, and
  // its words judge them. Clashes and operations last for hours: their later reports are the same event; and
  // only strikes and unexplained explosions come in waves — a bomb's official account hours after the flash,
  // placed at another granularity («شمال العاصمة بغداد»), is the same attack, judged by its words.
  const waves = WAVES.has(FAMILY[incoming.facts.type]) && WAVES.has(FAMILY[c.state.type]);
  const retold = occurred < t - HOUR;
  const toll = statesToll(incoming.facts);
  const placed = incoming.facts.provinces.length > 0;
  const parts = placed || (!toll && c.state.provinces.length > 0);
  // (at the very site too, a blast nobody explains told hours later is a fresh one — «عاجل | انفجار قرب مطار بغداد» four
  // hours after the rockets on the base there — and so is a second wave or another hit there: «موجة ثانية من المسيرات
  // تستهدف محيط مطار أربيل» seven hours after the first)
  const fresh = relation !== "same-place" || incoming.facts.type === "other" || incoming.another || incoming.renewed;
  // (each rule below: a report told afresh — hours after the incident's latest one, no follow-up, not dated earlier)
  const afresh = gap > STALE && !incoming.followUp && !retold;
  if (afresh && waves && !retoldToll && !lasting && parts && fresh) return null;
  // Past a lull, an explosion heard where gunmen struck is not their attack: «انفجار يسمع في المسيب» an hour after an
  // armed robbery there was war remnants going off in a scrap shop (review 89)
  if (incoming.facts.type === "other" && (c.state.type === "armed_attack" || c.state.type === "kidnapping") && gap > LULL && !incoming.followUp &&
    incoming.text.heard) return null;
  // So is an unexplained blast, or a body found, told afresh hours after an attack of a named weapon — a clash's too:
  // its gunfire goes on, not its blasts («دوي انفجارات قوية يسمع في قضاء القائم» hours after the IED on a convoy there,
  // «العثور على جثة شاب … في الصقلاوية» the morning after a tribal fight in Fallujah: review 83)
  if (afresh && incoming.facts.type === "other" && c.state.type !== "other" && !retoldToll && parts) return null;
  // Any attack told afresh hours later at another place of the district — two neighbourhoods, two villages, neither
  // holding the other — is another attack («هجوم مسلح على منزل مختار قرية في ناحية حمام العليل» the morning after
  // gunmen shot an exchange-shop owner in Mosul's al-Zuhur: review 87); coarser or finer, it may be the same told again.
  if (afresh && !retoldToll && relation === "same-district" && !inside(incoming, c.state, relation) && specific(incoming.facts) && specific(c.state)) return null;
  // and a fight told afresh hours later away from the incident's place (another town, or the province alone) is another
  // fight: tribal fights are many a day in one province, all told in the same words («نزاع عشائري في منطقة البوفراج شمالي
  // الرمادي» the day after one in Fallujah). A fight in a range or a desert moves about it («… في مطيبيجة ضمن جبال حمرين،
  // والمعارك تتواصل منذ فجر اليوم»).
  if (afresh && LASTING.has(incoming.facts.type) && LASTING.has(c.state.type) && placed && relation !== "same-place" &&
    !inside(incoming, c.state, relation) && !isRegion(c.state) && !isRegion(incoming.facts)) return null;
  // Two targets named in one wave (the consulate and a party's HQ; a base and the HQs) are two events,
  // as is a report of «another fall» anywhere but at the site already named. (A report naming no place
  // is often a statement whose first-named side is not the one hit: its target is not trusted so far.)
  if (placed && otherTarget(incoming.facts.target, c.state.target)) return null;
  // and so are two villages, whether the gazetteer knows them or not: Turkish strikes on «قرية سوارة» and «قرية ديركني»
  // of one district minutes apart are placed alike, at the district (review 87); a correction names both
  if (!incoming.corrects && villagesApart(incoming.text, c.texts)) return null;
  // (the very site: one the gazetteer knows as a site, not a district or a town where many attacks happen)
  if (incoming.another && (relation !== "same-place" || !siteOf(c.state))) return null;
  // «again» once the event has a site of its own is a new hit unless it is at that very site («explosions at the
  // Qadir Karam junction», then «Sulaymaniyah again» minutes later); a depot's ammunition going off again and again
  // is one event, and so are unexplained blasts heard again in the district that holds the site — a drone or a
  // rocket «again» in that district is the wave's next hit
  const goingOff = namesDepot(incoming.text) || c.texts.some(namesDepot) ||
    (incoming.facts.type === "other" && inside(incoming, c.state, relation));
  if (incoming.renewed && !incoming.followUp && specific(c.state) && relation !== "same-place" && !goingOff) return null;
  // An event nobody placed («strikes in Iraq»), once its first burst is over, does not take in a report that
  // names a province: it may be one strike of the wave, and its own alert reaches that province's subscribers.
  if (c.state.provinces.length === 0 && incoming.facts.provinces.length > 0 && gap > BURST && !incoming.followUp) return null;
  if (!Number.isFinite(NEEDED[relation])) return null;
  // a toll rising to fewer dead than the incident already has is another incident's («ارتفاع حصيلة هجوم مطيبيجة إلى ثلاثة
  // شهداء» is not the air strike with four dead whose report named Mutaibijah in passing)
  if (incoming.tollRise && incoming.facts.killed !== null && c.state.killed !== null && incoming.facts.killed < c.state.killed) return null;
  const sim = resemblance(incoming, c);
  // among events the report may refine, the one in the province it names first, then the closest words
  // (a blast told by its sound may be heard from the next town of the district: «سماع دوي انفجارين في ناحية البغدادي», then
  // rockets near Ain al-Asad there)
  const heard = (incoming.facts.type === "other" && incoming.text.heard) || (c.state.type === "other" && !!c.texts[0]?.heard);
  if (refines(incoming, c.state, relation, gap, heard)) return sim + (incoming.facts.provinces[0] === c.state.provinces[0] ? 1 : 0);
  // A new toll of an attack in its province («ارتفاع حصيلة ضحايا الهجوم في بغداد إلى 5») is that attack's
  // whatever its words, when its weapon is of the attack's family and no figure it states is lower than the
  // attack's: only an attack with a toll can see it rise, or one at the very place or district it names.
  const needed = NEEDED[relation] + penalty - (incoming.followUp ? FOLLOW_UP_BONUS : 0);
  // (its margin may be below zero: an incident its words do resemble comes first)
  if (tollRises(incoming, c.state, c.lastAt, relation) && !unlikeWeapons(incoming.facts.type, c.state.type)) return sim - needed;
  return sim >= needed ? sim - needed : null;
}

/** How many merge windows back a late follow-up may reach (lateFollowUp). */
const LATE_REACH = 2;
/** How far back an abductee's release may reach its kidnapping (released): a release comes days later as often. */
const RELEASE_REACH = 4 * 24 * HOUR;
/** How far back from a report the incidents it may join reach: the store and the cluster CLI keep them this long. */
export const reachOf = (windowHours: number): number => Math.max(LATE_REACH * windowHours * HOUR, RELEASE_REACH);

/**
 * A follow-up told the next morning, past the merge window: a quiet week's news of an attack comes hours apart
 * («استشهاد جندي ثانٍ متأثراً بجراحه … بانفجار العبوة في الطارمية امس», «ارتفاع حصيلة ضحايا النزاع العشائري في القرنة
 * الى اربعة قتلى»). It names the incident's place or a place of its district, and either dates itself to the
 * incident's day («أمس», a weekday), or says it follows up (a death from wounds, a toll rising, the victims named, new
 * details) and is a new toll of an incident with a toll, stating no fewer dead, tells of the abductee of a kidnapping, or
 * tells of an attack of the incident's type at its very place.
 * Anything else that late is another event.
 */
function lateFollowUp(incoming: Incoming, s: IncidentState, t: number): boolean {
  if (incoming.renewed || !!incoming.another) return false;
  const relation = placeRelation(incoming.facts, s);
  // (the very region too: «ارتفاع حصيلة عملية وادي حوران» the next morning)
  const sameRegion = !!s.placeId && incoming.facts.placeId === s.placeId;
  if (relation !== "same-place" && relation !== "same-district" && !sameRegion) return false;
  // dated to the incident's day, it is that day's news whatever it adds («الغارات التركية أمس أحرقت نحو 40 دونماً …») —
  // of its weapon: «داعش يقتل راعياً … مساء أمس» is not the raid on an army post there the night before (review 83)
  const occurred = incoming.facts.occurredAt.getTime();
  const dated = occurred <= t - LATE_DATED && Math.abs(occurred - s.occurredAt.getTime()) <= LATE_DATED;
  if (dated) return typePenalty(incoming.facts.type, s.type) !== null && !unlikeWeapons(incoming.facts.type, s.type) &&
    (incoming.facts.type === s.type || incoming.facts.type === "other" || s.type === "other");
  if (!incoming.followUp) return false;
  const rises = !!incoming.tollRise && statesToll(s) && (incoming.facts.killed ?? 0) >= (s.killed ?? 0);
  // the abductee freed the next morning («قوة من شرطة ديالى تحرر التاجر المختطف في بعقوبة»)
  const freed = released(incoming, s);
  // more of the very attack, at its very place or the district holding it («تفاصيل جديدة عن هجوم المقدادية: العبوة زُرعت
  // ليلاً …»)
  const retold = (relation === "same-place" || incoming.facts.placeId === s.district) && incoming.facts.type === s.type;
  return rises || freed || retold;
}
/** News of the abductee of a kidnapping at its place or in its district («تحرير التاجر المختطف في كلار», days after):
 * a follow-up (the abductee with the article) of the kidnapping type. */
function released(incoming: Incoming, s: IncidentState): boolean {
  if (!incoming.followUp || incoming.facts.type !== "kidnapping" || s.type !== "kidnapping") return false;
  const relation = placeRelation(incoming.facts, s);
  return relation === "same-place" || relation === "same-district";
}

/** A report dated at least this much before it was posted says when; an incident's day is within this of it. */
const LATE_DATED = 12 * HOUR;

/** A fresh report this long after an incident's latest one is another attack (matchMargin). */
const STALE = 2 * HOUR;
/** Weapons that come in waves on one province (drones, rockets, air strikes; unexplained explosions). */
const WAVES = new Set(["strike", "other"]);
/** Events that go on for hours: a report hours later is still about them. */
const LASTING: ReadonlySet<AttackType> = new Set<AttackType>(["clash", "security_operation"]);
/**
 * A targeted act — an assassination, a kidnapping, a shooting by unknown gunmen — is no fight going on: hours after
 * a clash in the same town it is another event (review 75: a shop owner shot from a motorbike in al-Qurna seven
 * hours after a tribal clash there had been merged into the clash, and nobody was alerted).
 */
const stealthy = (f: Pick<IncidentState, "type" | "perpetrator">): boolean =>
  f.type === "assassination" || f.type === "kidnapping" || (!!f.perpetrator && unknownPerpetrator(f.perpetrator));
/** Targets that are people near any attack, not what it aimed at: outlets name them for the same attack. */
const BYSTANDERS = new Set(["civilians", "protesters"]);
/** Iraq's forces, which outlets name by the unit or as a whole for one attack (a PMF checkpoint, «security forces»). */
const FORCE = (t: string): string => (t === "PMF" || t === "Peshmerga" ? "security forces" : t);
/** Both name one target that is neither bystanders nor Iraq's own forces, whom attacks aim at everywhere: US forces, a
 * US mission, the Kurdish opposition's HQs. */
const rareTarget = (a: string | null, b: string | null): boolean =>
  !!a && a === b && !BYSTANDERS.has(a) && FORCE(a) !== "security forces";
/** Two aimed-at targets that differ (the consulate, the opposition's HQs, a US base, Iraq's forces): two attacks. */
const otherTarget = (a: string | null, b: string | null): boolean =>
  !!a && !!b && !BYSTANDERS.has(a) && !BYSTANDERS.has(b) && FORCE(a) !== FORCE(b);

/** Reports of one attack in its first hour: the flash, the target, the weapon, the toll follow each other within this of the latest. */
const BURST = HOUR;
/** After this long without a report, «again» / «new explosions» is a new wave. */
const LULL = 30 * 60_000;

/** Placed by its province alone: no place, the province, or what says no more (the city of Baghdad) — not a region,
 * of the gazetteer («جبال حمرين») or a part of Iraq with no province («جنوب العراق»: its edges are a reader's). */
const provinceOnly = (p: Pick<IncidentState, "placeId" | "district" | "provinces">): boolean =>
  !specific(p) && placeById(p.placeId ?? "")?.kind !== "region" && !regionById(p.placeId);

/** The report corrects this incident's place: it denies the very place (or district) the incident has, or the name its
 * place is told by («وليس الحضر» of an incident at «صحراء الحضر»). */
function corrects(incoming: Incoming, s: IncidentState): boolean {
  const denied = incoming.corrects ? incoming.facts.deniedPlaceId : undefined;
  if (!denied) return false;
  if (denied === s.placeId || denied === s.district) return true;
  const name = placeById(denied)?.ar;
  return !!name && !!s.place && normalizeArabic(s.place).includes(normalizeArabic(name));
}

/** An assassination and the weapon it was done with, named first (a shooting, a sticky bomb): one act, the second naming
 * its target. */
const ASSASSINATION_WEAPONS: ReadonlySet<AttackType> = new Set<AttackType>(["armed_attack", "ied", "car_bomb"]);
const shotDead = (a: AttackType, b: AttackType): boolean =>
  (a === "assassination" && ASSASSINATION_WEAPONS.has(b)) || (b === "assassination" && ASSASSINATION_WEAPONS.has(a));

/** A fight quiet this long whose gunfire «starts again» has flared up anew (matchMargin). */
const FLARE_UP = 4 * HOUR;

/** Placed at a region of the gazetteer: a range, a desert, a valley («جبال حمرين», «صحراء الأنبار»). */
const isRegion = (p: Pick<IncidentState, "placeId">): boolean => placeById(p.placeId ?? "")?.kind === "region";

/** The report is a new toll (TOLL_RISE_CUES) of this incident: see matchMargin. */
function tollRises(incoming: Incoming, s: IncidentState, lastAt: Date, relation: PlaceRelation): boolean {
  if (!incoming.tollRise || incoming.renewed || incoming.another) return false;
  // of an attack told the same day: «الحصيلة النهائية لتفجير سوق بعقوبة أمس» is not the toll of this morning's
  // IED (a toll undated is of the day it is told, like the incident's latest report)
  const day = (t: Date) => Math.abs(incoming.facts.occurredAt.getTime() - t.getTime()) <= 12 * HOUR;
  if (!day(s.occurredAt) && !day(lastAt)) return false;
  const { killed, injured } = incoming.facts;
  const combined = incoming.facts.casualties ?? null;
  if (!statesToll(incoming.facts)) return false;
  // a combined figure («إلى 15 بين قتيل وجريح») no lower than all the attack had
  if (combined !== null && combined < victimsTold(s)) return false;
  // no fewer dead; fewer wounded only as some of them died («إلى 3 قتلى و3 جرحى» after 2 dead and 4 wounded)
  if (killed !== null && s.killed !== null && killed < s.killed) return false;
  if (injured !== null && s.injured !== null && injured < s.injured && !(killed !== null && killed > (s.killed ?? 0))) return false;
  if (relation === "same-place" || relation === "same-district") return true;
  return relation === "same-province" && statesToll(s);
}

/**
 * Both state the same toll: the same number of dead (at least one), or with no dead on either side the same
 * number of wounded. A second attack in one province with the very toll of the first, hours later, is rarer
 * than an outlet retelling the first; the words and the places still have to agree.
 */
function sameToll(a: Pick<IncidentState, "killed" | "injured">, b: Pick<IncidentState, "killed" | "injured">): boolean {
  if (a.killed !== null || b.killed !== null) return a.killed !== null && a.killed > 0 && a.killed === b.killed;
  return a.injured !== null && a.injured > 0 && a.injured === b.injured;
}

/** A district and a place inside it, either way round (two towns of one district are two places). */
const inside = (incoming: Incoming, s: IncidentState, relation: PlaceRelation): boolean =>
  relation === "same-district" && (incoming.facts.placeId === s.district || s.placeId === incoming.facts.district);

/**
 * Event refinement: a fast channel reports one attack as a vague flash
 * («انفجار يهز أربيل»), then the target, the weapon, the toll, each a few
 * minutes after the last, in words that share little. Within the burst, a
 * report in the same province (at the same place, at a place inside the one
 * known, anywhere in the district of a blast told by its sound, or with only
 * the province named on either side) whose type is the
 * same or left open («انفجار», «استهداف») refines that event — whatever the
 * wording — when one of the two leaves the type or the place open, and unless
 * it names another target («civilians» / «security forces»). Two complete
 * accounts (a kidnapping in a district, another in a town of it) are judged
 * by their words as before.
 * Two named places in different districts never get here (placeRelation:
 * conflict), nor does a security operation (typePenalty: null).
 */
function refines(incoming: Incoming, s: IncidentState, relation: PlaceRelation, gap: number, heard: boolean): boolean {
  if (gap > BURST) return false;
  // a toll that rises («ارتفاع حصيلة القصف … إلى 5 قتلى») is of an event that had one, not of a flash told since
  if (incoming.tollRise && !statesToll(s)) return false;
  // two towns of one district are two places: only a district and a place inside it refine each other; a part of
  // Iraq («بشمال العراق») is refined by a province it holds, as a province is by a district of it — but only where
  // both name one target few attacks aim at: the north holds seven provinces, and two bombs or two ISIS raids on
  // the army there within the hour are as often two attacks (review 32)
  const widened = relation === "unknown" && regionHolds(incoming.facts, s) && rareTarget(incoming.facts.target, s.target);
  const heardNearby = heard && relation === "same-district";
  if (relation !== "same-place" && relation !== "same-province" && !inside(incoming, s, relation) && !widened && !heardNearby) return false;
  const a = incoming.facts.type;
  const b = s.type;
  // (gunmen's attack and the clash it becomes — «هجوم لداعش على قرية», then «… هاجموا قرية الهواشم … واشتباكات مع أبناء
  // القرية» — are one fight told two ways)
  const gunfight = (a === "armed_attack" && b === "clash") || (a === "clash" && b === "armed_attack");
  if (a !== b && a !== "other" && b !== "other" && !gunfight) return false;
  if (a === "security_operation" || b === "security_operation") return false;
  // a fight is told where it is: an explosion heard somewhere in its province is not it («انفجار قوي يسمع في شمال البصرة»
  // while a tribal fight in a village of al-Qurna was being put down: rockets on the airport, review 85)
  if (a === "other" && LASTING.has(b) && relation !== "same-place" && !inside(incoming, s, relation)) return false;
  // something must be left to refine: the type, or the place; two full accounts are judged by their words
  // (a clash in a district and one in a place of that district within the hour: one fight spreading or told closer)
  // (a shelling or a strike told by its district is vaguer than one told by a place inside it: «قصف تركي على قرى في
  // العمادية», then «… في ناحية كاني ماسي» within the hour, is the shelling told closer, as a province is by a district
  // of it — a bomb or a kidnapping told in full in each is judged by its words: two victims, two events)
  const area = FAMILY[a] === "strike" && FAMILY[b] === "strike";
  const vague = a === "other" || b === "other" || !specific(incoming.facts) || !specific(s) ||
    ((area || (LASTING.has(a) && LASTING.has(b))) && inside(incoming, s, relation));
  if (!vague && relation !== "same-place") return false;
  const t = incoming.facts.target;
  if (t && s.target && t !== s.target) return false;
  return true;
}
