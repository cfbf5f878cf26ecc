// Attack type. Precedence, in order (documented decisions):
// 1. suicide > car_bomb > ied: a suicide car bomb is `suicide`, a car bomb is never `ied`.
//    A «suicide drone» (مسيرات انتحارية) is `drone`, not `suicide`.
// 2. «اغتيال» (assassination, attempt) beats shootings, IEDs, grenades and unnamed attacks,
//    but not suicide/car bombs. A foiled assassination PLOT (no attack happened) stays
//    `security_operation` only when no attack cue is present.
// 3. Kidnapping words beat shootings and security operations (a rescue of abductees is
//    a kidnapping follow-up).
// 4. Otherwise the first-named strong cue decides (headline first): drone vs airstrike is
//    settled by the words (مسيرة = drone; غارة / طائرات حربية / طيران الجيش = airstrike).
// 5. Weak cues («قصف» alone = rocket; «عدوان»/«ضربات» by a state = airstrike) decide only
//    when no strong cue is named. Nothing named → `other`.
// Foiled or defused devices keep their weapon type (an IED found/defused is `ied`, per the
// corpus rules); «إحباط/إفشال» of an attack that was carried out keeps the attack's type;
// arrests, raids and clearing operations with no weapon named are `security_operation`.

import type { Token } from "./normalize.js";
import type { AttackType } from "./taxonomy.js";
import { PhraseMatcher } from "./match.js";
import type { Hit } from "./match.js";
import { TYPE_CUES, GUNMEN_GROUPS, KILLING_CUES } from "./cues.js";
import { LIKENESS, SOUND, CEASE, DEPOT, MUNITIONS, COOK_OFF, BELONGING, FLYING_OVER, AIRCRAFT, CARRYING, STRIKE_RESULT, VEHICLE, KILLING_OF, MILITANTS_KILLED, MILITANT_COUNTED, MILITANTS_AS_SUBJECT, AIR_STRIKE_VERB, BEFORE_THAT, BEFORE_WORD, THEN, ATTACKERS, SEIZING, DEFENCE_SUBJECT, ARREST, ARREST_OF_HIM, ON_HIM, SEIZE, SELF, RECON_OF, ARMED } from "./data/incident-words.js";
import { nset } from "./normalize.js";
import { AFTER_WORD, AFTER_SPAN } from "./data/location-words.js";
import { readNumber } from "./numbers.js";
import { personForm } from "./casualties/person.js";
import type { TypeCue } from "./cues.js";
import { backgroundSentence, sentenceStart } from "./appended-background.js";
import { leadEnd } from "./lead.js";
import { chargeOf } from "./charge.js";
import { negated } from "./negation.js";

const matcher = new PhraseMatcher<TypeCue>(TYPE_CUES);
const gunmen = new PhraseMatcher<true>(GUNMEN_GROUPS);
/** «هجوم», «هاجم», «اقتحام»: an assault with no weapon named. */
const ASSAULT = /^(و|ب|ل|ف)?(ال)?(هجوم|هجوما|هجمات|هجمه|هاجم|يهاجم|تهاجم|اقتحام|اقتحم|يقتحم|تقتحم)/;
const DRONE_AFTER = /مسير|درون/;
const QUALIFIED = /^(و|ل|ب)?(ال)?(فصيل|فصائل|جماعه|مجموعه|عصابه|تنظيم|ميليشيا|مليشيا|نزاع|اشتباك|صراع|حزب|جناح|تمرد|عمل|كفاح)(ا)?$/;
/** «عشائري», «عشائرياً»: a nisba adjective between the qualified noun and «مسلح» («نزاع عشائري مسلح»). */
const NISBA = /^(ال)?[^\s]+(ي|يا|يه)$/;
/** The gunmen word of a group or a fight: right after the noun, or after one nisba adjective of it. */
const qualifies = (prev: readonly string[]): boolean =>
  QUALIFIED.test(prev[prev.length - 1] ?? "") || (NISBA.test(prev[prev.length - 1] ?? "") && QUALIFIED.test(prev[prev.length - 2] ?? ""));
/** «جاءت العملية بعد ساعات من اختطاف ثلاثة رعاة», «عبوة صوتية على منزل ناشط بعد يومين من اغتيال العبودي»: an
 * abduction or a killing the news came after, not the news — unless it is its subject's own («تحرير طفل بعد 48 ساعة على
 * اختطافه»). «بعد» up to four words back, past a span of time. */
function cameAfter(toks: readonly Token[], i: number): boolean {
  if (/(ه|ها|هم|هما)$/.test(toks[i]!.t)) return false;
  const sent = toks[i]!.sent;
  for (let k = i - 1; k >= Math.max(0, i - 5) && toks[k]!.sent === sent; k--) {
    if (AFTER_WORD.test(toks[k]!.t)) return true;
    if (!AFTER_SPAN.test(toks[k]!.t) && !readNumber(toks, k)) return false;
  }
  return false;
}
/** «اثنين» after what it counts (numbers from three on come before it). Normalised. */
const TWO_AFTER = /^(اثنين|اثنان|اثنتين|اثنتان)$/;
/** «بإسناد من», «وبدعم من», «بإسناد» right before the aircraft: they support. */
const SUPPORT = /^(و)?(ب)?(اسناد|دعم|مسانده|غطاء)$/;
const supporting = (prev: readonly string[]): boolean => {
  const last = prev[prev.length - 1] ?? "";
  return SUPPORT.test(last) || (last === "من" && SUPPORT.test(prev[prev.length - 2] ?? ""));
};
/** Gunmen in the plural or dual: those who may be the killing's victims («مقتل ثلاثة مسلحين»). */
const GUNMEN_KILLED = /^مسلح(ين|ان)$/;

/** The gunmen at i are what a killing word before them killed, past a number («مقتل ثلاثة مسلحين», «قتل 5 مسلحين»). */
function killedOnes(toks: readonly Token[], i: number): boolean {
  const sent = toks[i]!.sent;
  for (let k = i - 1; k >= Math.max(0, i - 3) && toks[k]!.sent === sent; k--) {
    if (KILLING_OF.test(toks[k]!.t)) return true;
    if (!readNumber(toks, k)) return false;
  }
  return false;
}
const AIR_GENERIC = new Set(["غاره", "غارات", "غارتين", "ضربه", "ضربات", "قصف جوي", "قصفا جويا"]);

const DRONE_NEAR = /^(و|ب|ال|بال)?(مسير|طاير|طيران)/;
const INTERCEPTOR = /باتريوت|باترويت|اعتراضي/;

export function typeHits(toks: readonly Token[]): Hit<TypeCue>[] {
  const hits = matcher.find(toks);
  return hits.filter((h) => {
    const prev = toks.slice(Math.max(0, h.i - 3), h.i).map((t) => t.t);
    const next = toks.slice(h.i + h.len, h.i + h.len + 2).map((t) => t.t);
    // «مسيرات انتحارية», «الطيران المسير الانتحاري»: a drone, not a suicide bomber
    if (h.v.type === "suicide" && prev.some((t) => DRONE_NEAR.test(t))) return false;
    // «مقتل ثلاثة بينهم انتحاري»: a victim, not the weapon
    if (h.v.type === "suicide" && /^(بينهم|منهم|احدهم|بينها)$/.test(prev[prev.length - 1] ?? "")) return false;
    // «فصيل مسلح», «جماعة مسلحة», «نزاعاً عشائرياً مسلحاً»: an adjective of a group or a fight, not a gunman
    if (h.v.type === "armed_attack" && /^مسلح(ا|ان)?$/.test(h.p) && qualifies(prev)) return false;
    // «مقتل ثلاثة مسلحين بقصف جوي تركي»: gunmen killed are the victims; another weapon named in the sentence is the attack's
    if (h.v.type === "armed_attack" && GUNMEN_KILLED.test(h.p) && killedOnes(toks, h.i) && hits.some((o) => o !== h && o.v.type !== "armed_attack" && !o.v.weak && toks[o.i]!.sent === toks[h.i]!.sent)) return false;
    // «قذيفة قديمة من مخلفات الحرب»: a war remnant is an explosive device, not a shelling
    if (h.v.type === "rocket" && toks.slice(h.i + h.len, h.i + h.len + 5).some((t) => /^(من)?(ال)?مخلفات$|^قديم(ه)?$/.test(t.t) && t.sent === toks[h.i]!.sent)) return false;
    // «صوت مشابه لصوت المسيرات»: a weapon in a likeness is not there
    if (inLikenessOfSound(toks, h.i)) return false;
    // «القبض على المتهم باغتيال …»: the charge of an arrest, no weapon of this story
    if (chargeOf(toks, h.i)) return false;
    // «من دون تسجيل إطلاق نار»: a weapon denied is no weapon of the story
    if (negated(toks, h.i)) return false;
    // «بعد رصد تحركاتهم بواسطة طائرات الاستطلاع»: reconnaissance aircraft watch, they strike no one
    if (h.v.type === "airstrike" && RECON_OF.test(next[0] ?? "") && !ARMED.test(next[1] ?? "")) return false;
    // «ضبط النفس»: self-restraint, nothing seized
    if (h.p === SEIZE && SELF.test(next[0] ?? "")) return false;
    // «وقف إطلاق النار»: a ceasefire is no shooting
    if (h.v.type === "armed_attack" && CEASE.test(prev[prev.length - 1] ?? "")) return false;
    // «مخزن صواريخ», «انفجار القذائف والأعتدة»: a depot's stock, not the weapon
    if (h.v.type === "rocket" && inStore(toks, h.i, h.len)) return false;
    // Patriot interceptors are not the attack
    if (h.v.type === "rocket" && (next.some((t) => INTERCEPTOR.test(t)) || prev.slice(-1).some((t) => INTERCEPTOR.test(t)))) return false;
    // «حظيرة الطائرات», «التابعة للطائرات»: aircraft that a thing is for or belongs to are not the weapon
    if (h.v.type === "airstrike" && h.p === "طايرات" && h.i > 0 && BELONGING.test(toks[h.i - 1]!.t) && toks[h.i - 1]!.sent === toks[h.i]!.sent) return false;
    // «طيران حربي كثيف يجوب سماء …»: aircraft flying over, whatever is heard meanwhile
    if (h.v.type === "airstrike" && flyingOver(toks, h.i, h.len)) return false;
    // «بإسناد من طيران الجيش»: aircraft supporting an operation are not what it is («نفذت قطعات … بإسناد من طيران الجيش
    // عملية تفتيش وتطهير أسفرت عن قتل إرهابيين اثنين»)
    if (h.v.type === "airstrike" && supporting(prev)) return false;
    // «مروحيات إنقاذ تجلي جنوداً مصابين»: aircraft carrying the wounded, not striking
    if (h.v.type === "airstrike" && carrying(toks, h.i, h.len)) return false;
    // «طائرات» alone followed by a drone word is a drone (handled by the longer drone cue); a bare
    // «طائرات» next to «مسيرة» elsewhere is also a drone
    if (h.v.type === "airstrike" && h.p === "طايرات" && next.some((t) => DRONE_NEAR.test(t) || /انتحاري|مسير/.test(t))) return false;
    // «غارة لطائرة مسيرة», «ضربة بطائرة مسيرة»: the drone is the weapon
    if (h.v.type === "airstrike" && AIR_GENERIC.has(h.p)) {
      const after = toks.slice(h.i + h.len, h.i + h.len + 3);
      if (after.some((t) => DRONE_AFTER.test(t.t) && t.sent === toks[h.i]!.sent)) return false;
    }
    return true;
  });
}

/** The airstrike cue at i..i+len names aircraft (AIRCRAFT) with an overflight verb (FLYING_OVER) within three words
 * after it or two before it («طيران حربي يجوب», «حلق طيران حربي», «تحليق مكثف للطيران الحربي»), and they do not
 * strike in their own clause: a strike verb joined to the flying by «و», «ثم» or «قبل أن» («تحلق … وتقصف», «حلق …
 * وقصف», «يحوم … قبل أن يقصف») makes them the weapon; «عقب استهداف القاعدة بصواريخ» is another weapon's strike they follow. */
function flyingOver(toks: readonly Token[], i: number, len: number): boolean {
  if (!AIRCRAFT.test(toks[i]!.t)) return false;
  const sent = toks[i]!.sent;
  let over = false;
  for (let k = Math.max(0, i - 2); k < Math.min(toks.length, i + len + 3) && !over; k++) {
    if ((k < i || k >= i + len) && toks[k]!.sent === sent) over = FLYING_OVER.test(toks[k]!.t);
  }
  if (!over) return false;
  for (let k = i + len; k < toks.length && toks[k]!.sent === sent; k++) {
    const t = toks[k]!.t;
    if (!AIR_STRIKE_VERB.test(t)) continue;
    const joined = /^[وف]/.test(t) || THEN.test(toks[k - 1]?.t ?? "");
    if (joined || (BEFORE_THAT.test(toks[k - 1]?.t ?? "") && BEFORE_WORD.test(toks[k - 2]?.t ?? ""))) return false;
  }
  return true;
}

/** The aircraft cue at i..i+len has a carrying word (CARRYING) within two words before it or five after it
 * («مروحيات الجيش الإسرائيلي تنفذ عملية إخلاء») and no strike verb there: «طيران الجيش يستهدف شاحنة نقل», «قصف طيران
 * مجهول سيارة إسعاف», «طيران الجيش يدمر عجلة تنقل إرهابيين», «… يقتل 4 إرهابيين حاولوا نقل أسلحة» strike what carries. */
function carrying(toks: readonly Token[], i: number, len: number): boolean {
  if (!AIRCRAFT.test(toks[i]!.t)) return false;
  const sent = toks[i]!.sent;
  let carries = false;
  for (let k = Math.max(0, i - 2); k < Math.min(toks.length, i + len + 5); k++) {
    if ((k >= i && k < i + len) || toks[k]!.sent !== sent) continue;
    if (AIR_STRIKE_VERB.test(toks[k]!.t) || STRIKE_RESULT.test(toks[k]!.t)) return false;
    // «عجلة تنقل عناصر من داعش»: the vehicle carries, the aircraft strikes it
    carries ||= CARRYING.test(toks[k]!.t) && !VEHICLE.test(toks[k - 1]?.t ?? "");
  }
  return carries;
}

const CHAIN: AttackType[] = ["suicide", "car_bomb", "ied"];
const AIR_DEFENCE = nset(["تصدي", "تصدت", "تصدى", "التصدي", "معارك", "معركه"]);

export function classifyType(toks: readonly Token[], found?: readonly Hit<TypeCue>[]): AttackType {
  const hits = found ?? typeHits(toks);
  // «… ومطاردة المهاجمين مستمرة»: hunting the attackers follows their attack, and does not type it (nor makes it
  // a security operation, which is always an event of its own)
  const acts = hits.filter((h) => !h.v.weak && !pursuesAttackers(toks, h));
  // «تعتقل أربعة متهمين … وتضبط بحوزتهم أحزمة ناسفة»: what an arrest seized types nothing (a cache seized alone keeps
  // its weapon, as a device found does)
  const used = acts.filter((h) => !seized(toks, h));
  const lastLead = leadEnd(toks, hits);
  // (… unless militants were killed: «مقتل اثنين من عناصر داعش … وضبطت داخل النفق خمس عبوات» is the operation)
  if (!used.length && acts.length && militantsKilled(toks, lastLead)) return "security_operation";
  const strong = notInBackground(toks, used.length ? used : acts);
  // (no named closures here (tsx compiles with esbuild's keepNames: a closure bound to a const gets a defineProperty each time it is created))
  const first = strong[0];
  if (first) {
    // suicide > car_bomb > ied among the cues of the first weapon sentence (a car bomb of another,
    // earlier incident further down does not count); if the first weapon is itself a bomb, the
    // whole lead may upgrade it («انفجار سيارة مفخخة … يقودها انتحاري»).
    const sent = toks[first.i]!.sent;
    for (const t of CHAIN.slice(0, 2)) {
      if (strong.some((h) => h.v.type === t && (toks[h.i]!.sent === sent || (CHAIN.includes(first.v.type) && toks[h.i]!.sent <= Math.max(lastLead, sent + 1))))) return t;
    }
  }
  // overrides look at the lead only: an assassination or kidnapping told as background
  // («their past crimes included…») does not retype the story
  if (strong.some((h) => h.v.type === "assassination" && toks[h.i]!.sent <= lastLead && !cameAfter(toks, h.i)) && !(first && first.v.type === "kidnapping")) {
    return "assassination";
  }
  if (strong.some((h) => h.v.type === "kidnapping" && !cameAfter(toks, h.i)) && strong.filter((h) => toks[h.i]!.sent <= lastLead).every((h) => ["kidnapping", "armed_attack", "security_operation", "clash", "ied"].includes(h.v.type))) {
    return "kidnapping";
  }
  if (first) {
    const sameSent = strong.filter((h) => toks[h.i]!.sent === toks[first.i]!.sent);
    // an operation reported with its weapon in the same sentence («قتل 5 من داعش بقصف جوي»)
    if (first.v.type === "security_operation") {
      const weapon = sameSent.find((h) => ["airstrike", "drone", "rocket"].includes(h.v.type));
      if (weapon) return weapon.v.type;
    }
    // air defences engaging incoming drones/missiles: typed by the incoming weapon
    if ((first.v.type === "clash" && AIR_DEFENCE.has(first.p)) || (first.v.type === "armed_attack" && firedByDefences(toks, first.i))) {
      const incoming = sameSent.find((h) => ["drone", "rocket", "airstrike"].includes(h.v.type));
      if (incoming) return incoming.v.type;
    }
    return first.v.type;
  }
  const weak = hits.find((h) => h.v.weak);
  if (weak) return weak.v.type;
  // an assault by ISIS or a like group with no weapon named: an attack by gunmen
  let groups: Set<number> | null = null;
  for (let i = 0; i < toks.length && toks[i]!.sent <= lastLead; i++) {
    if (!ASSAULT.test(toks[i]!.t)) continue;
    groups ??= new Set(gunmen.find(toks).map((g) => toks[g.i]!.sent));
    if (groups.has(toks[i]!.sent) && (toks[i]!.sent === toks[0]!.sent || !backgroundSentence(toks, sentenceStart(toks, i)))) return "armed_attack";
  }
  if (militantsKilled(toks, lastLead)) return "security_operation";
  return "other";
}

/** «الدفاعات الجوية تطلق النار على طائرة مسيرة»: the gunfire at i is air defences' (DEFENCE_SUBJECT up to three words before). */
export function firedByDefences(toks: readonly Token[], i: number): boolean {
  return wordBefore(toks, i, DEFENCE_SUBJECT);
}

/** A word matching `re` up to `reach` words before token i, in its sentence. */
function wordBefore(toks: readonly Token[], i: number, re: RegExp, reach = 3): boolean {
  const sent = toks[i]!.sent;
  for (let k = i - 1; k >= Math.max(0, i - reach) && toks[k]!.sent === sent; k--) if (re.test(toks[k]!.t)) return true;
  return false;
}

/** How far before a weapon word its seizing may stand: past where and how many («ضبطت داخل النفق خمس عبوات ناسفة»). */
const SEIZED_REACH = 5;
/** …and past the items seized before it in one list («وتضبط ٤ أحزمة ناسفة و٦ عبوات معدة للتفجير»). */
const SEIZED_LIST_REACH = 8;

/** A weapon word seized («بحوزتهم», «وتضبط»): a seizing word up to SEIZED_REACH words before it, in its sentence, or up
 * to SEIZED_LIST_REACH when the weapon is joined by «و» to what was listed before it. */
function seized(toks: readonly Token[], h: Hit<TypeCue>): boolean {
  if (wordBefore(toks, h.i, SEIZING, SEIZED_REACH)) return true;
  // («و٦ عبوات»: the tokenizer parts «و» from the digits)
  const before = readNumber(toks, h.i - 1) ? h.i - 2 : h.i - 1;
  const joined = toks[h.i]!.t.startsWith("و") || toks[before]?.t === "و" || (before < h.i - 1 && toks[h.i - 1]!.t.startsWith("و"));
  return joined && wordBefore(toks, h.i, SEIZING, SEIZED_LIST_REACH);
}

/** A raid word whose object is the attackers («مطاردة المهاجمين», «ملاحقة الجناة»), or an arrest of the killer just told
 * («شاب يقتل والدته طعناً … والشرطة تعتقله», «… وألقت القبض عليه»: the arrest's pronoun, after a killing). */
function pursuesAttackers(toks: readonly Token[], h: Hit<TypeCue>): boolean {
  if (h.v.type !== "security_operation") return false;
  const next = toks[h.i + h.len];
  const sameSent = !!next && next.sent === toks[h.i]!.sent;
  if (sameSent && ATTACKERS.test(next.t)) return true;
  const ofHim = ARREST_OF_HIM.test(toks[h.i]!.t) || (sameSent && ARREST.test(h.p) && ON_HIM.test(next.t));
  return ofHim && killings.find(toks).some((k) => k.i < h.i);
}
const killings = new PhraseMatcher<true>(KILLING_CUES);

/** The lead kills militants: a killing word (KILLING_OF) whose object, past a number and «من عناصر», is militants —
 * not its subject: «قتل عناصر داعش ثلاثة رعاة», «قتل إرهابيون راعيين» (a nominative, or people counted after them). */
function militantsKilled(toks: readonly Token[], lastLead: number): boolean {
  for (let i = 0; i < toks.length && toks[i]!.sent <= lastLead; i++) {
    if (!KILLING_OF.test(toks[i]!.t)) continue;
    const sent = toks[i]!.sent;
    let k = i + 1;
    while (k < Math.min(toks.length, i + 6) && toks[k]!.sent === sent) {
      const n = readNumber(toks, k);
      if (n) k += n.len;
      else if (MILITANT_COUNTED.test(toks[k]!.t)) k++;
      else break;
    }
    if (toks[k]?.sent !== sent || !MILITANTS_KILLED.test(toks[k]!.t) || MILITANTS_AS_SUBJECT.test(toks[k]!.t)) continue;
    const after = toks[k + 1];
    // (two, told after the militants as its adjective, is their own count — «تقتل إرهابيين اثنين»; a number from three
    // on comes before what it counts: «قتل عناصر داعش ثلاثة رعاة» counts whom they killed)
    const theirCount = !!after && after.sent === sent && TWO_AFTER.test(after.t);
    if (after && after.sent === sent && !theirCount && (readNumber(toks, k + 1) || personForm(after.t, toks[k + 2]?.t) >= 0)) continue;
    return true;
  }
  return false;
}

/** The hits, without those in a sentence after the story's first that is background for certain («يذكر أن …»;
 * «وتشهد المنطقة بين الحين والآخر هجمات …»): a weapon told there types no news (appended-background.ts
 * backgroundSentence). */
function notInBackground(toks: readonly Token[], hits: Hit<TypeCue>[]): Hit<TypeCue>[] {
  const first = toks[0]?.sent;
  if (hits.every((h) => toks[h.i]!.sent === first)) return hits;
  const background = new Map<number, boolean>();
  return hits.filter((h) => {
    const sent = toks[h.i]!.sent;
    if (sent === first) return true;
    let bg = background.get(sent);
    if (bg === undefined) background.set(sent, (bg = backgroundSentence(toks, sentenceStart(toks, h.i))));
    return !bg;
  });
}

/** The rocket word at i..i+len is a depot's stock (data/incident-words.ts, DEPOT): never with «ب», the
 * weapon's preposition («استهداف مستودع بالصواريخ»); a depot word just before it; or a cook-off word up to two
 * words before it, with «و…الذخائر» right after it or «من <depot>» within the next four words. */
function inStore(toks: readonly Token[], i: number, len: number): boolean {
  const sent = toks[i]!.sent;
  if (/^(و)?ب/.test(toks[i]!.t)) return false;
  if (i > 0 && toks[i - 1]!.sent === sent && DEPOT.test(toks[i - 1]!.t)) return true;
  let cookOff = false;
  for (let k = Math.max(0, i - 2); k < i; k++) if (toks[k]!.sent === sent && COOK_OFF.test(toks[k]!.t)) cookOff = true;
  if (!cookOff) return false;
  const after = toks[i + len];
  if (after && after.sent === sent && after.t.startsWith("و") && MUNITIONS.test(after.t)) return true;
  for (let k = i + len; k < Math.min(toks.length, i + len + 4) && toks[k]!.sent === sent; k++) {
    if (toks[k]!.t === "من" && DEPOT.test(toks[k + 1]?.t ?? "")) return true;
  }
  return false;
}

/** «صوتاً مشابهاً لصوت المسيرات»: a likeness word within three words before, itself after a sound. */
function inLikenessOfSound(toks: readonly Token[], i: number): boolean {
  const sent = toks[i]!.sent;
  for (let k = i - 1; k >= Math.max(0, i - 3) && toks[k]!.sent === sent; k--) {
    if (!LIKENESS.test(toks[k]!.t)) continue;
    for (let j = k - 1; j >= Math.max(0, k - 2) && toks[j]!.sent === sent; j--) if (SOUND.test(toks[j]!.t)) return true;
  }
  return false;
}
