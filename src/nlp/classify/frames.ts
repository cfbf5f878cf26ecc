// The not-an-incident frame that governs a story, if any. Two families:
// - "leading" frames (statement, funeral/anniversary, deployment, investigation, analysis,
//   speculation) count when they come in the lead BEFORE the first act: «أدان … التفجير»,
//   «تشييع … الذي استشهد», «هل قتل …؟»;
// - "content" frames (accident, fire, overflight, court, crime arrest, controlled detonation,
//   protest policing, statistics, natural events, disease, suicide) count anywhere in the lead unless
//   a real attack is named (a weapon, shooting, strike): a fire after a strike is the strike.

import type { Hit } from "../match.js";
import { WEAK_FRAME_CUES } from "../cues.js";
import type { NegKind } from "../cues.js";
import { deniedReports } from "../rumour.js";
import { HOSTILE, ATTACKED, FUNERAL_RITES, HURT_WORD, DEATH_ACTS, PUBLIC_ADDRESS, EARLIER_OPENER, SIMILAR_MARK, RUNNING_TOTAL_RISE, NEWS_TALLY_WORD, DENIAL_VERB, THAT_IT_BE, BE, SIREN_WORDS, SIMULATION_WORDS, THESE_PEOPLE, THIS_ONE, FIGURE_NOUN, TALLY_ACT, ACTS_OF, VIOLENCE, VICTIMS_OF, ATTACKS, RECEIVED, RECEIVED_VICTIMS, HOLD_VERB, RESPONSIBILITY, HELD_REACH, REMNANT_GROUP, BOMB_REMAINS, ONESELF, DIED_WORD, KIDNAPPERS, COURT_STAFF } from "../data/incident-words.js";
import { negs, killing, events } from "./matchers.js";
import { findPlaces } from "../gazetteer.js";
import { appendedBackground, sentenceStart, backgroundSentence } from "../appended-background.js";
import { negated } from "../negation.js";
import { firedByDefences } from "../type.js";
import type { Reading } from "./reading.js";
import type { Token } from "../normalize.js";
import { ZERO_OBJECT, DAMAGE, LOSSES } from "../data/toll-words.js";
import { ON } from "../data/location-words.js";

const SIRENS: ReadonlySet<string> = new Set(SIREN_WORDS);
/** Sport cues that name a match or a league: a club named «القوة الجوية» (the air force) plays in it. */
const MATCH_WORDS: ReadonlySet<string> = new Set(["شباك", "الدوري", "دوري", "مباراه", "مباريات", "هدف قاتل", "بهدفين", "الشوط الاول", "الشوط الثاني",
  "ركله جزاء", "ركلات الترجيح"]);
const SIMULATION: ReadonlySet<string> = new Set(SIMULATION_WORDS);
const LEADING: ReadonlySet<NegKind> = new Set(["statement", "funeral", "deployment", "investigation", "analysis", "notice", "displacement"]);
/** Content frames that also govern the acts named after them («محكمة … تصدر حكما … بتفجير سيارة مفخخة»). */
const GOVERNING: ReadonlySet<NegKind> = new Set(["court", "accident"]);
/** Content frames that govern whatever else the story says. */
const ALWAYS: ReadonlySet<NegKind> = new Set(["denial", "anniversary", "debris", "controlled-detonation", "statistics", "natural",
  "old-remains", "old-footage"]);

export function governingFrame(r: Reading): NegKind | null {
  const { toks, leadEnd, firstEventPos } = r;
  // (no named closure for «in the lead» (tsx compiles with esbuild's keepNames: a closure bound to a const gets a defineProperty each time it is created))
  const leadKilling = killing.find(toks).some((h) => toks[h.i]!.sent <= leadEnd && !negated(toks, h.i));
  for (const n of negs.find(toks)) {
    const kind = n.v;
    if (kind === "speculation") continue;
    if (!(toks[n.i]!.sent <= leadEnd) && !(kind === "funeral" && FUNERAL_RITES.test(n.p) && toks[n.i]!.sent <= leadEnd + 1)) continue;
    if (LEADING.has(kind)) {
      if (leadingFrameGoverns(r, n, leadKilling)) return kind;
      continue;
    }
    // «لا توجد أي خسائر», «لم يحدث أي ضرر»: no losses is a toll of none, not a denial of the attack
    if (kind === "denial" && (deniesLossesOnly(toks, n) || deniesDetail(r, n) || deniesRumouredToll(toks, n))) continue;
    // «بهجوم لبقايا داعش»: the remnants of a group are its fighters, not a wreck
    if (kind === "debris" && REMNANT_GROUP.test(toks[n.i + n.len]?.t ?? "")) continue;
    // «رفعوا بقايا العبوة للتحقيق»: what is left of a bomb that went off is its evidence, not a wreck found
    if (kind === "debris" && BOMB_REMAINS.test(toks[n.i + n.len]?.t ?? "")) continue;
    // (a sentence at the first act itself too: «الإعدام لإرهابي …» names the sentence as its act; an accident cue there
    // — «انفجار محولة» — is judged by what else the story names: «… بعبوة ناسفة» is an attack)
    // «قاض في محكمة استئناف …»: the victim's court, no trial
    if (kind === "court" && toks[n.i - 1]?.t === "في" && COURT_STAFF.test(toks[n.i - 2]?.t ?? "")) continue;
    if (GOVERNING.has(kind) && (n.i < firstEventPos || (kind === "court" && n.i === firstEventPos))) return kind;
    // «…، في هجوم هو الأعنف منذ مطلع العام»: a comparison appended to the act reported is no tally
    // (after the lead's first act, or after its own sentence's start: «إنفجار عبوة⏎أصيب ثلاثة …، وهو الأول من نوعه منذ عام 2017»)
    if (kind === "statistics" && [firstEventPos, sentenceStart(toks, n.i)].some((act) => appendedBackground(toks, r.norm, act, n.i, events.find(toks)))) continue;
    if (kind === "statistics" && otherEventsBelowNews(r, n.i)) continue;
    // a drill told before any act («نفذت قطعات الفرقة تمريناً تعبوياً … تضمن قصفاً مدفعياً وهجوماً بالدبابات»): its shelling
    // and its assault are the drill's, unless someone is killed or hurt
    if (kind === "training" && n.i < firstEventPos && !leadKilling && !toks.some((t, k) => HURT_WORD.test(t.t) && !negated(toks, k))) return kind;
    if (contentFrameGoverns(r, kind, n.p, leadKilling)) return kind;
  }
  return null;
}

/** The statistics cue at `cue` is in a sentence below the news's first act, and that sentence tells other events: it
 * opens as background («يذكر أن المنطقة شهدت هجمات … خلال الأشهر الماضية», «وكانت …»), tells what happens now and
 * then, names them like the news («وقتل أكثر من 40 شخصاً في هجمات مماثلة منذ بداية العام») or, below news of one
 * event, tells a running total rising («ويرتفع بذلك عدد ضحايا الهجمات منذ بداية الشهر إلى 40»). A tally there is
 * theirs — unless it points back at the news's figures («يذكر أن هذه الحصيلة …», «هؤلاء») or the news is itself a tally
 * («مقتل 15 جنديا بهجمات لداعش», «ارتفاع عدد ضحايا هجمات داعش إلى 60»). */
function otherEventsBelowNews(r: Reading, cue: number): boolean {
  const { toks } = r;
  const sent = toks[cue]!.sent;
  const news = toks[r.firstEventPos];
  if (!news || news.sent >= sent) return false;
  let oneEvent = true;
  for (let k = sentenceStart(toks, r.firstEventPos); k < toks.length && toks[k]!.sent === news.sent; k++) {
    const t = toks[k]!.t;
    if (TALLY_ACT.test(t) || (ACTS_OF.test(t) && VIOLENCE.test(toks[k + 1]?.t ?? "")) ||
      (ATTACKS.test(t) && VICTIMS_OF.test(toks[k - 1]?.t ?? ""))) return false;
    oneEvent &&= !NEWS_TALLY_WORD.test(t);
  }
  // …and placed in a province («60 ناشطاً قتلوا في العراق» is a count over the country, however told)
  oneEvent &&= findPlaces(toks).some((m) => !!m.province && !m.country && toks[m.i]!.sent === news.sent);
  const start = sentenceStart(toks, cue);
  let similar = false;
  for (let k = start; k < toks.length && toks[k]!.sent === sent; k++) {
    const t = toks[k]!.t;
    if (THESE_PEOPLE.test(t) || (THIS_ONE.test(t) && FIGURE_NOUN.test(toks[k + 1]?.t ?? ""))) return false;
    similar ||= SIMILAR_MARK.test(t) || (oneEvent && RUNNING_TOTAL_RISE.test(t));
  }
  return similar || EARLIER_OPENER.test(toks[start]!.t) || backgroundSentence(toks, start);
}

/** A loss word («قتلى», «خسائر», «أضرار»). */
const lossWord = (t: string | undefined): boolean => t !== undefined && (ZERO_OBJECT.test(t) || DAMAGE.test(t) || LOSSES.test(t));

/** Below the news, a side's denial of a detail of it: its losses or damage («ونفى الحزب وقوع خسائر في صفوفه», «نفت قيادة
 * الشرطة سقوط قتلى»), or who or whence of the thing told («نفت … أن يكون الصاروخ قد أطلق من داخل الأراضي العراقية»; not
 * «أن يكون هناك أي انفجار») — what it names
 * first in its sentence, before any act (an act named first is what it denies: «ونفت … وقوع أي انفجار»). */
function deniesDetail(r: Reading, n: Hit<NegKind>): boolean {
  const { toks } = r;
  const news = toks[r.firstEventPos];
  const sent = toks[n.i]!.sent;
  if (!news || sent <= news.sent || !DENIAL_VERB.test(toks[n.i]!.t)) return false;
  for (let k = n.i + 1; k <= n.i + 10 && k < toks.length && toks[k]!.sent === sent; k++) {
    if (r.evs.some((h) => h.i === k)) return lossWord(toks[k + 1]?.t); // «سقوط قتلى», «وقوع خسائر»: losses; else the act
    if (lossWord(toks[k]!.t)) return true;
    // «أن يكون الصاروخ قد …»: the thing already told, defined; «أن يكون هناك أي انفجار» denies the thing itself
    if (THAT_IT_BE.test(toks[k]!.t) && BE.test(toks[k + 1]?.t ?? "")) return /^ال/.test(toks[k + 2]?.t ?? "");
  }
  return false;
}

/** Words from the reports denied to the figure they told («الأنباء المتداولة عن مقتل»). */
const RUMOUR_REACH = 4;

/** A denial of a rumoured toll, with the toll stated instead: «نفى مصدر … الأنباء المتداولة عن مقتل خمسة أشخاص
 * بالاشتباك …، مؤكداً أن الاشتباك أسفر عن مقتل شخص واحد», «نفي الأنباء عن مقتل 4 جنود.. الهجوم أسفر عن إصابة جنديين
 * فقط». The attack is told, and the denial is of a figure (casualties/other-events.ts drops it). With no figure stated
 * after it, the denial of the reports is the denial of the event. */
function deniesRumouredToll(toks: readonly Token[], n: Hit<NegKind>): boolean {
  const rumour = deniedReports(toks, n.i + n.len);
  if (rumour < 0) return false;
  const hits = killing.find(toks).map((h) => h.i);
  for (let k = 0; k < toks.length; k++) if (HURT_WORD.test(toks[k]!.t)) hits.push(k);
  const told = hits.filter((i) => i > rumour).sort((a, b) => a - b);
  // the figure the reports told, then a toll stated after it
  return told.length >= 2 && told[0]! <= rumour + RUMOUR_REACH + 1 && told.some((i) => i > told[0]! + 2 && !negated(toks, i));
}

/** A denial whose object is losses or damage («لا يوجد أي إصابات»), not the event. */
function deniesLossesOnly(toks: readonly Token[], n: Hit<NegKind>): boolean {
  const next = toks[n.i + n.len]?.t;
  return next !== undefined && (ZERO_OBJECT.test(next) || DAMAGE.test(next));
}

/** A leading frame governs before the first act (a judgement or a call only when the lead reports no
 * killing); a funeral told after the death it follows governs when no attack is named
 * («استشهد … مشاهد من تشييع الشهداء»; but «استشهاد … بهجوم لداعش … وتشييع جثمانه»: the news is the attack). */
function leadingFrameGoverns(r: Reading, n: Hit<NegKind>, leadKilling: boolean): boolean {
  // «بيان للرأي العام: استشهاد ثلاثة بانفجار عبوة»: an address to the public that reports an attack is the report
  if (PUBLIC_ADDRESS.test(n.p) && (r.attackNamed || r.strongEvents.length > 0)) return false;
  if (receivesVictims(r.toks, n)) return false;
  if (HOLD_VERB.test(r.toks[n.i]!.t) && !holdsResponsible(r.toks, n.i)) return false;
  // («خاطفون يطالبون بفدية»: the kidnappers' demand is their act's)
  if (WEAK_FRAME_CUES.has(n.p) && n.i > 0 && KIDNAPPERS.test(r.toks[n.i - 1]!.t)) return false;
  if (n.i < r.firstEventPos && !(WEAK_FRAME_CUES.has(n.p) && leadKilling)) return true;
  return n.v === "funeral" && !r.attackNamed && !r.strongEvents.some((h) => ATTACKED.has(h.p)) && FUNERAL_RITES.test(n.p);
}

/** «تحمل فصائل مسلحة مسؤولية الهجمات»: «responsibility» within the next few words of the verb at `i`. */
function holdsResponsible(toks: readonly Token[], i: number): boolean {
  const sent = toks[i]!.sent;
  for (let k = i + 1; k <= i + HELD_REACH && k < toks.length && toks[k]!.sent === sent; k++) if (RESPONSIBILITY.test(toks[k]!.t)) return true;
  return false;
}

/** «استقبل المستشفى 6 جثث و9 جرحى»: what is received, within the next few words, is the dead or the wounded. */
function receivesVictims(toks: readonly Token[], n: Hit<NegKind>): boolean {
  if (!RECEIVED.test(toks[n.i]!.t)) return false;
  const sent = toks[n.i]!.sent;
  for (let k = n.i + 1; k <= n.i + 4 && k < toks.length && toks[k]!.sent === sent; k++) if (RECEIVED_VICTIMS.test(toks[k]!.t)) return true;
  return false;
}

/** A content frame governs unless what it excepts is there: an attack named, a killing, someone hurt. */
function contentFrameGoverns(r: Reading, kind: NegKind, cue: string, leadKilling: boolean): boolean {
  const { toks, typeHits, strongEvents, attackNamed } = r;
  if (ALWAYS.has(kind)) return true;
  switch (kind) {
    case "celebratory":
      // gunfire in the air, unless somebody is hit or dies of it
      return !killing.find(toks).length && !toks.some((t, k) => (HURT_WORD.test(t.t) || DIED_WORD.test(t.t)) && !negated(toks, k));
    case "brawl":
      return !attackNamed && !killing.find(toks).length;
    case "training":
    case "recon":
      // a drill that simulates an attack («تمريناً لمحاكاة التعامل مع هجوم إرهابي», «… وقال القائد إن التمرين يحاكي التصدي
      // لهجوم») names one that did not happen, and its weapons («شاركت فيه المدفعية») fire at no one
      return SIMULATION.has(cue) || negs.find(toks).some((h) => SIMULATION.has(h.p)) || !strongEvents.some((h) => HOSTILE.has(h.p));
    case "fire":
      // a fire is no incident unless an explosion or an attack is named: its dead are the fire's
      return !attackNamed && strongEvents.every((h) => DEATH_ACTS.has(h.p));
    case "overflight":
      // sirens sounding beside a rocket's fall («سقط صاروخ كاتيوشا داخل المنطقة الخضراء … أطلقت صفارات الإنذار») are
      // the warning of it; sirens alone, or aircraft overhead, tell no attack
      // (air defences firing at an aircraft flying over — «الدفاعات الجوية تطلق النار باتجاه طائرة استطلاع كانت تحلق فوق
      // الحلة» — fire at it, they tell no attack)
      return !strongEvents.some((h) => !firedByDefences(toks, h.i)) && !(SIRENS.has(cue) && r.evs.length > 0 && attackNamed);
    case "sport":
      // a goal or a league table names a match, whatever club plays in it («القوة الجوية يقصف شباك الزوراء»)
      return !attackNamed || (MATCH_WORDS.has(cue) && !killing.find(toks).length);
    case "self-harm":
      // a gun turned on oneself («انتحار فتاة بإطلاق النار على نفسها») is the suicide, not a shooting
      if (toks.some((t, k) => ONESELF.test(t.t) && ON.has(toks[k - 1]?.t ?? ""))) return !strongEvents.some((h) => HOSTILE.has(h.p));
      return !attackNamed && !strongEvents.some((h) => HOSTILE.has(h.p));
    case "disease":
      // a vaccination team, a vaccine store or a COVID ward can be where an attack or a killing happened
      return !attackNamed && !strongEvents.some((h) => HOSTILE.has(h.p));
    case "crime-arrest":
      // a killing in the lead of a theft or a robbery («مقتل راعيين وسرقة عشرات الأغنام بهجوم لداعش», «مقتل صائغ بعملية
      // سطو») is the news: a criminal killing is an incident
      return !attackNamed && !leadKilling;
    case "court":
    case "accident":
      return !attackNamed;
    case "protest":
      return !attackNamed || !typeHits.some((h) => h.v.type === "armed_attack");
    case "fault":
      // a fault or an accident, unless someone attacked; a drone that falls is an incident whatever made it fall
      return !strongEvents.some((h) => ATTACKED.has(h.p)) && !typeHits.some((h) => h.v.type === "drone");
    default:
      return false;
  }
}
