// Act words used for something else than reporting an act: a martyr named, a relative clause about
// people, a memorial genitive, a figurative subject, an intent, a plan, a «لن» clause, a homonym, a slogan,
// a ceasefire, the price of an act, a wrong done to a person, the time of other news.

import type { Token } from "../normalize.js";
import type { Hit } from "../match.js";
import { readNumber, stems } from "../numbers.js";
import { findPlaces } from "../gazetteer.js";
import {
  FIGURATIVE_SUBJECTS, FIGURATIVE_VERBS, INTENT_BEFORE, ANY_BEFORE, DAWN_AFTER,
  HAND_BEFORE, BELIEF_BEFORE, PRICE_HEADS, HARASSMENT, FIGURATIVE_VICTIMS, KILL_VERB, BLAST_WORD, FIGURATIVE_BLASTED,
} from "../cues.js";
import {
  TOLL_NOUN_ACT, TOLL_GOVERNOR, DEFINITE, NOT_A_GENITIVE, RELATIVE_OF_PEOPLE, RELATIVE_FILLER, PURPOSE_ARREST, TO_MAKE, THAT,
  FUTURE_NEGATORS, DAWN_OR_BLEW, HAND_OR_POUNDS, CEASE, PLAN, FOIL, ATTACK_ACT, PLANNED_FORM, TARGETING, CONCURRENT, WITH, ON_TARGET,
  ANCHOR_BEFORE, ERA_ACT, ACT_OWN_TARGET, MAY, PRESENT_TENSE, SEIZE, SELF,
} from "../data/incident-words.js";
import { IN } from "../data/location-words.js";

/** A martyr or a dead person named is not an act unless counted: «3 شهداء», «سقوط قتلى», «جثة» are;
 * «صور الشهداء», «كتائب سيد الشهداء», «الرحمة للشهداء», «الشهيد …» (a title) are not. */
export function uncountedToll(toks: readonly Token[], h: Hit<number>): boolean {
  if (!TOLL_NOUN_ACT.has(h.p)) return false;
  const t = toks[h.i]!.t;
  const definite = DEFINITE.test(t);
  const sent = toks[h.i]!.sent;
  // «قتلى وجرحى في دهوك», «إصابات في صفوف الجيش», «جثة مجهولة»: indefinite, standing alone, a report;
  // «شهداء العراق», «شهداء العدوان»: a construct with a definite noun names the dead, not a toll
  if (!definite) {
    const nx = toks[h.i + 1];
    const construct = !!nx && nx.sent === sent && /^ال/.test(nx.t) && !NOT_A_GENITIVE.test(nx.t);
    if (!construct) return false;
  }
  for (let k = h.i - 1; k >= Math.max(0, h.i - 3) && toks[k]!.sent === sent; k--) {
    if (readNumber(toks, k)) return false;
    if (stems(toks[k]!.t).some((x) => TOLL_GOVERNOR.has(x))) return false;
  }
  return true;
}

/** «الجنود الذين قتلوا …»: an act in a relative clause about people describes who the news is about
 * (soldiers whose bodies arrive, the fallen someone honours); it is not the news. */
export function inRelativeClause(toks: readonly Token[], i: number): boolean {
  const sent = toks[i]!.sent;
  for (let k = i - 1; k >= Math.max(0, i - 2) && toks[k]!.sent === sent; k--) {
    if (RELATIVE_OF_PEOPLE.test(toks[k]!.t)) return true;
    if (!RELATIVE_FILLER.test(toks[k]!.t)) return false;
  }
  return false;
}

/** «خلل يضرب تطبيق», «حالة من الرعب تصيب سكان»: a striking verb whose subject, a few words before it, is
 * a fault, a crisis, fear or the weather strikes only figuratively. */
export function figurativeStrike(toks: readonly Token[], h: Hit<number>): boolean {
  if (!FIGURATIVE_VERBS.has(h.p)) return false;
  const sent = toks[h.i]!.sent;
  for (let k = h.i - 1; k >= Math.max(0, h.i - 4) && toks[k]!.sent === sent; k--) {
    if (stems(toks[k]!.t).some((x) => FIGURATIVE_SUBJECTS.has(x))) return true;
  }
  return false;
}

/** «الكويت تقتل العراق», «اغتيال الديمقراطية»: a killing whose victim, right after it, is a country, a nation
 * or an idea is a figure of speech. */
export function figurativeVictim(toks: readonly Token[], h: Hit<number>): boolean {
  if (!KILL_VERB.test(toks[h.i]!.t)) return false;
  const nx = toks[h.i + h.len];
  return !!nx && nx.sent === toks[h.i]!.sent && FIGURATIVE_VICTIMS.has(nx.t);
}

/** «انفجار أسعار الذهب», «انفجار سكاني», «انفجار الغضب»: an explosion of prices, people or anger is a figure of speech. */
export function figurativeBlast(toks: readonly Token[], h: Hit<number>): boolean {
  if (!BLAST_WORD.test(toks[h.i]!.t)) return false;
  // (or «انفجار في أسعار الدولار»)
  const k = toks[h.i + h.len]?.t === IN ? h.i + h.len + 1 : h.i + h.len;
  const nx = toks[k];
  if (nx && nx.sent === toks[h.i]!.sent && FIGURATIVE_BLASTED.has(nx.t)) return true;
  // the verb after its subject («أسعار الطماطم تنفجر في أسواق بغداد»: the prices, a word or two before)
  if (!BLAST_VERB.test(toks[h.i]!.t)) return false;
  for (let j = h.i - 1; j >= Math.max(0, h.i - 3) && toks[j]!.sent === toks[h.i]!.sent; j--) if (FIGURATIVE_BLASTED.has(toks[j]!.t)) return true;
  return false;
}
/** The blast verbs (not the nouns: «توتر الوضع بعد انفجار عبوة» is a blast). */
const BLAST_VERB = /^(و|ف)?(ينفجر|تنفجر|انفجر|انفجرت)$/;

/** «للمشاركة بالقصف», «يريدون قصف», «بأي هجوم»: an act someone intends, demands or rules out is not
 * one that happened. */
export function intendedOrAny(toks: readonly Token[], i: number): boolean {
  // «البحث عن جماعة لاعتقالهم», «محاولة لاعتقال …», «لإلقاء القبض على»: an arrest as a purpose
  if (PURPOSE_ARREST.test(toks[i]!.t) || toks[i - 1]?.t === TO_MAKE) return true;
  const prev = toks[i - 1];
  if (!prev || prev.sent !== toks[i]!.sent) return false;
  if (ANY_BEFORE.has(prev.t)) return true;
  // «قد تنفجر في أي لحظة»: «قد» before the present tense is «may» (before the past, «has»: «قد انفجرت»)
  if (prev.t === MAY && PRESENT_TENSE.test(toks[i]!.t)) return true;
  if (stems(prev.t).some((x) => INTENT_BEFORE.has(x))) return true;
  // «تعتقد أنه قُتل»: what someone believed happened
  if (THAT.test(prev.t)) {
    const pp = toks[i - 2];
    if (pp && pp.sent === prev.sent && stems(pp.t).some((x) => BELIEF_BEFORE.has(x))) return true;
  }
  return false;
}

/** «القصف بالقصف», «الصاروخ بالصاروخ»: an act answered by itself is a slogan of retaliation, not a report. */
export function reciprocitySlogan(toks: readonly Token[], i: number): boolean {
  return answeredBy(toks[i], toks[i + 1]) || answeredBy(toks[i - 1], toks[i]);
}
// (module-level helpers rather than closures in their callers (tsx compiles with esbuild's keepNames: a closure bound to a const gets a defineProperty each time it is created))
/** «X بX», «X بالX» in one sentence. */
function answeredBy(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.sent === b.sent && b.t.startsWith("ب") && (b.t.slice(1) === a.t || b.t === "بال" + a.t);
}

/** «لن تحمي … من الضربات»: «لن» negates the clause that follows it, not only the next word. */
export function futureNegated(toks: readonly Token[], i: number): boolean {
  const s = toks[i]!.sent;
  for (let k = i - 1; k >= Math.max(0, i - 6) && toks[k]!.sent === s; k--) {
    if (FUTURE_NEGATORS.has(toks[k]!.t)) return true;
  }
  return false;
}

/** «فجر الثلاثاء», «فجر اليوم»: the dawn; «قبضة يدك», «بيدك»: a hand; «ضبط النفس»: self-restraint — homonyms of act
 * verbs. */
export function homonymOfAct(toks: readonly Token[], h: Hit<number>): boolean {
  const t = toks[h.i]!;
  if (h.p === SEIZE) {
    const nx = toks[h.i + 1];
    return !!nx && nx.sent === t.sent && SELF.test(nx.t);
  }
  if (h.p === DAWN_OR_BLEW) {
    const nx = toks[h.i + 1];
    return !!nx && nx.sent === t.sent && DAWN_AFTER.test(nx.t);
  }
  if (h.p === HAND_OR_POUNDS) {
    if (t.t !== HAND_OR_POUNDS) return true; // «بيدك», «ليدك»: a preposition glued to a noun
    const pv = toks[h.i - 1];
    return !!pv && pv.sent === t.sent && stems(pv.t).some((x) => HAND_BEFORE.has(x));
  }
  return false;
}

/** «وقف إطلاق النار»: a ceasefire names the shooting it stops. */
export function ceasefire(toks: readonly Token[], i: number): boolean {
  const pv = toks[i - 1];
  return !!pv && pv.sent === toks[i]!.sent && CEASE.test(pv.t);
}

/** «مخطط خارجي يستهدف …», «مخططات لميليشيات لاستهداف …»: an attack a plan or plot is for has not happened —
 * unless the sentence says it was foiled («إحباط مخطط لاستهداف …» is a foiled attack, an incident). */
export function plannedAttack(toks: readonly Token[], i: number): boolean {
  // the plan's purpose («لاستهداف») or its verb («يستهدف»), not a noun told beside it («خطة الطوارئ، استهداف المطار»)
  if (!ATTACK_ACT.test(toks[i]!.t) || !PLANNED_FORM.test(toks[i]!.t)) return false;
  const sent = toks[i]!.sent;
  for (let k = i - 1; k >= Math.max(0, i - 3) && toks[k]!.sent === sent; k--) {
    if (!PLAN.test(toks[k]!.t)) continue;
    for (let j = k - 1; j >= 0 && toks[j]!.sent === sent; j--) if (FOIL.test(toks[j]!.t)) return false;
    return true;
  }
  return false;
}


/** «ستدفعون ثمن استهداف العراق»: an act as the genitive of its price or its consequences is spoken of (a threat),
 * not reported. */
export function priceOfAct(toks: readonly Token[], i: number): boolean {
  const pv = toks[i - 1];
  return !!pv && pv.sent === toks[i]!.sent && stems(pv.t).some((x) => PRICE_HEADS.has(x));
}

/** «قوبلت بالتضييق والاستهداف»: «targeting» coordinated with a non-violent wrong (harassment, exclusion,
 * smearing) is the figurative «targeting» of a person. */
export function harassment(toks: readonly Token[], i: number): boolean {
  if (!TARGETING.test(toks[i]!.t)) return false; // a killing is never figurative
  const sent = toks[i]!.sent;
  return (toks[i]!.t.startsWith("و") && harassmentWord(toks, i - 1, sent)) || (toks[i + 1]?.t.startsWith("و") === true && harassmentWord(toks, i + 1, sent));
}
/** Token k, in sentence `sent`, is a non-violent wrong. */
function harassmentWord(toks: readonly Token[], k: number, sent: number): boolean {
  return !!toks[k] && toks[k]!.sent === sent && stems(toks[k]!.t).some((x) => HARASSMENT.has(x));
}

/** «بالتزامن مع الهجوم على القواعد الأمريكية.. طيران مروحي في سماء أربيل»: an act with its own target, named
 * as the time of the news told beside it, is another event (told elsewhere), not this one; a bare one
 * («بالتزامن مع الانفجارات، طيران حربي يجوب سماء أربيل») is what is heard where the news is. */
export function concurrentWithOwnTarget(toks: readonly Token[], h: Hit<number>): boolean {
  const i = h.i;
  const sent = toks[i]!.sent;
  if (toks[i - 1]?.t !== WITH || !CONCURRENT.test(toks[i - 2]?.t ?? "") || toks[i - 2]!.sent !== sent) return false;
  for (let k = i + h.len; k <= i + h.len + 1 && k < toks.length && toks[k]!.sent === sent; k++) {
    if (!ON_TARGET.test(toks[k]!.t)) continue;
    // «… على قاعدة عين الأسد»: a target in Iraq is an Iraqi incident, whatever else the post tells
    return !findPlaces(toks).some((m) => m.province && !m.country && m.i > k && m.i <= k + 5 && toks[m.i]!.sent === sent);
  }
  return false;
}

/** «توافد الزوار عبر المنفذ عقب العدوان الأمريكي الغاشم», «مشاهد … بعد الحرب»: «the aggression» or «the war»,
 * definite and bare after «after / since / during», dates the news by an act everyone knows; it reports
 * none. With a target or a story of its own («إثر العدوان على مقرات الحشد», «بعد العدوان الذي استهدفهم»)
 * it is that act, told as the cause. */
export function eraAnchor(toks: readonly Token[], h: Hit<number>): boolean {
  const i = h.i;
  const sent = toks[i]!.sent;
  if (!ERA_ACT.test(toks[i]!.t) || !ANCHOR_BEFORE.test(toks[i - 1]?.t ?? "") || toks[i - 1]!.sent !== sent) return false;
  // only the act's adjectives («الأمريكي الغاشم») are skipped; a target, a place, a time or a relative clause
  // after them makes it the act
  for (let k = i + 1; k <= i + 4 && k < toks.length && toks[k]!.sent === sent; k++) {
    if (ACT_OWN_TARGET.test(toks[k]!.t)) return false;
    if (!toks[k]!.t.startsWith("ال")) break;
  }
  return true;
}
