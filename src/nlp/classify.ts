// Incident or not (corpus README §1). A story is an Iraqi incident when it reports an ACT
// (explosion, attack, strike, killing, kidnapping, clash, arrest of militants…), no
// not-an-incident frame governs it, and the act is placed in Iraq.
//
// Frames, two families:
// - "leading" frames (statement, funeral/anniversary, deployment, investigation, analysis,
//   speculation) count when they come in the lead BEFORE the first act: «أدان … التفجير»,
//   «تشييع … الذي استشهد», «هل قتل …؟»;
// - "content" frames (accident, fire, overflight, court, crime arrest, controlled detonation,
//   protest policing, statistics, natural events, suicide) count anywhere in the lead unless
//   a real attack is named (a weapon, shooting, strike): a fire after a strike is the strike.

import type { Token } from "./normalize.js";
import { nset, normalizeArabic } from "./normalize.js";
import { PhraseMatcher } from "./match.js";
import type { Hit } from "./match.js";
import { EVENT_CUES, NEG_CUES, IRAQ_CUES, PAST_CUES, MILITANT_CUES, KILLING_CUES, WEAK_FRAME_CUES, MEMORIAL_HEADS, MARTYRDOM_ACTS, MEMORIAL_FILLERS,
  FIGURATIVE_SUBJECTS, FIGURATIVE_VERBS, INTENT_BEFORE, ANY_BEFORE, DAWN_AFTER, HAND_BEFORE, BELIEF_BEFORE } from "./cues.js";
import type { NegKind, TypeCue } from "./cues.js";
import type { PlaceResolution } from "./place.js";
import { readNumber, stems } from "./numbers.js";

const events = new PhraseMatcher<number>(EVENT_CUES);
const past = new PhraseMatcher<true>(PAST_CUES);
const militant = new PhraseMatcher<true>(MILITANT_CUES);
const killing = new PhraseMatcher<true>(KILLING_CUES);
const negs = new PhraseMatcher<NegKind>(NEG_CUES);
const iraq = new PhraseMatcher<true>(IRAQ_CUES);

const LEADING: ReadonlySet<NegKind> = new Set(["statement", "funeral", "deployment", "investigation", "analysis", "notice", "displacement"]);
/** Content frames that also govern the acts named after them («محكمة … تصدر حكما … بتفجير سيارة مفخخة»). */
const GOVERNING: ReadonlySet<NegKind> = new Set(["court", "accident"]);
/** Acts of hostility: they outweigh a drill or a reconnaissance-drone frame. */
const HOSTILE = nset(["هجوم", "هجمات", "هجوما", "استهداف", "استهدف", "استهدفت", "يستهدف", "تستهدف", "اغتيال", "اختطاف", "خطف",
  "قصف", "اشتباكات", "اشتباك", "مقتل", "قتل", "استشهاد", "تفجير", "غاره", "غارات", "ضربه", "ضربات"]);
/** Someone attacked (a death alone may be the accident's): outweighs an accident or a fault frame. */
const ATTACKED = nset(["هجوم", "هجمات", "هجوما", "استهداف", "استهدف", "استهدفت", "يستهدف", "تستهدف", "اغتيال", "اختطاف", "خطف",
  "قصف", "اشتباكات", "اشتباك", "غاره", "غارات"]);
/** A fresh development of an earlier event (a death from wounds, a rising toll) is a follow-up, not a past event. */
const FOLLOW_UP = /^(متاثرا|متاثره|متاثرين|متاثرتين|متاثرا)$/;
/** Event words that are only aftermath / sounds: they do not outweigh a fire or an overflight. */
const SOFT_EVENTS = nset(["الدخان", "اعمده الدخان", "احتراق", "اصوات", "تدمير", "ثانويه", "سقوط", "سقط*", "تعرض*", "تتعرض",
  "يتعرض", "اعتراض", "تحرير", "عثور", "العثور على", "تطال", "طال", "طالت", "اصابه", "اصيب*", "اصابات", "جرح", "جرحى", "مصابين"]);
/** Speaker prefixes («ترامب:», «وزير الخارجية:») that make a post a statement, unless factual sources. */
const POLITICAL_SPEAKER = new RegExp(normalizeArabic(String.raw`(ترامب|رئيس|وزير|النيابيه|لجنه|النائب|كتله|ائتلاف|وزاره الخارجيه|الخارجيه|نائب|السيد|الشيخ|عراقجي|نتنياهو|نتن ياهو|حكومه|البرلمان|مجلس|الرئيس|السفير|السفاره|زعيم|امين عام|الامين العام|المرشد|قاليباف|بزشكيان|روبيو|حزب الله|انصار الله|المقاومه الاسلاميه|ترمب|وزاره|الكويت|ايران|السعوديه|تركيا|الاردن|سوريا|قطر|الامارات|البحرين)`));
const FACTUAL_SPEAKER = new RegExp(normalizeArabic(String.raw`(مصدر|مراسل|شهود|خليه|مكافحه|الدفاع|عمليات|الشرطه|شرطه|رويترز|وكاله|الاعلام الامني|جهاز|قياده|مديريه|المعارضه|الحشد|وزاره الداخليه|الداخليه|وزاره الصحه|الصحه|وزاره الدفاع)`));

/** «الولائي: …» opening two lines or more: a speech quoted line by line, not a report. */
function quotedSpeech(norm: string): boolean {
  const seen = new Set<string>();
  let start = 0;
  for (let n = 0; n < 60 && start < norm.length && start < 4000; n++) {
    const end = norm.indexOf("\n", start);
    const line = norm.slice(start, end < 0 ? norm.length : end);
    start = end < 0 ? norm.length : end + 1;
    const colon = line.indexOf(":");
    if (colon <= 0 || colon > 40) continue;
    const speaker = line.slice(0, colon).replace(/[^\p{L} ]+/gu, " ").trim();
    if (!speaker || speaker.split(" ").length > 4 || FACTUAL_SPEAKER.test(speaker)) continue;
    if (seen.has(speaker)) return true;
    seen.add(speaker);
  }
  return false;
}

const NEGATORS = new Set(["دون", "بدون", "لم", "لا", "عدم", "ودون", "ولم", "ولا", "لن", "ولن"]);
const NEG_FILLERS = new Set(["تسجيل", "وقوع", "حدوث", "اي", "يقع", "تقع", "يحدث", "يسجل", "تسجل", "ان", "يوجد", "توجد", "هناك"]);
const DEVICE_TYPES = new Set(["ied", "car_bomb", "suicide", "rocket", "drone"]);
const IRAQI_ADJECTIVE = /^(ال)?(عراقي|عراقيه|عراقيين|عراقيون)$/;
/** Nouns of the state whose Iraqi adjective does place the event («القضاء العراقي», «القوات العراقية»). */
const IRAQI_BODY = /^(و|ب|ل)?(ال)?(قضاء|جيش|حكومه|قوات|امن|شرطه|سلطات|اجهزه|جهاز|حدود|اراضي|مياه|اجواء|دوله|ساحه)$/;
/** Aftermath words that still report harm done: people hurt, something destroyed, blasts heard. */
const HARM = nset(["اصابه", "اصيب*", "اصابات", "جرح", "جرحى", "مصابين", "تدمير", "اصوات", "ثانويه"]);
/** «سقوط جسم مجهول», «سقوط طائرة»: something fell from the sky. */
const FALLEN_OBJECT = /^(ال)?(جسم|اجسام|طائره|طايره|مقذوف|شظايا|حطام)/;
/** Targets of attacks: smoke or fire at one of them is the aftermath of an attack, elsewhere it may be anything. */
const MILITARY_TARGET = /^(و|ب|ل|من)?(ال)?(قاعده|مقر|مقرات|معسكر|معسكرات|ثكنه|منظومه|رتل|دوريه|سريه|فوج)$/;
/** «العثور على …», «عثر على …»: what is found decides. */
const FIND = nset(["عثور", "العثور على", "تعثر على", "يعثر على", "عثر على", "عثرت على", "انتشال", "انتشلت"]);
const FOUND_HOSTILE = /^(و|ب|ل)?(ال)?(جث|رفات|عبو|متفجر|ناسف|صاروخ|صواريخ|قذيف|قذائف|لغم|الغام|مسير|قنبل|قنابل|اسلح|سلاح|اعتد|كدس|مخزن|مضاف|نفق|انفاق|حزام|احزم|مخلفات|جسم|اجسام|مختطف|مخطوف|شخص|طفل|امراه|رجل|مواطن)/;

function foundSomethingHostile(toks: readonly Token[], h: Hit<number>): boolean {
  const sent = toks[h.i]!.sent;
  for (let k = h.i + h.len; k < Math.min(toks.length, h.i + h.len + 4) && toks[k]!.sent === sent; k++) {
    if (FOUND_HOSTILE.test(toks[k]!.t)) return true;
  }
  return false;
}

const RELEASE = nset(["اطلاق سراح", "الافراج عن", "تحرر", "يحرر", "حررت", "حرر", "تحرير"]);

/** The act at i is negated: a negator right before it, or with «تسجيل/وقوع/أي» in between. */
function negated(toks: readonly Token[], i: number): boolean {
  const s = toks[i]!.sent;
  for (let k = i - 1; k >= Math.max(0, i - 3) && toks[k]!.sent === s; k--) {
    const t = toks[k]!.t;
    if (NEGATORS.has(t)) return true;
    if (!NEG_FILLERS.has(t)) return false;
  }
  return false;
}

/** Toll nouns that the act list carries («قتلى», «الشهداء», «جثث»…). */
const TOLL_NOUN_ACT = nset(["جثه", "جثث", "جثتين", "قتلى", "جرحى", "شهداء", "قتيل", "قتيلا", "قتيلان", "جريح", "مصابين", "اصابات"]);
/** Words before a toll noun that make it a toll of something happening («سقوط قتلى», «أسفر عن جرحى»). */
const TOLL_GOVERNOR = nset(["سقوط", "وقوع", "عن", "خلف", "خلفت", "اوقع", "اوقعت", "يوقع", "توقع", "عدد", "ارتفاع", "حصيله", "بين"]);

/** A martyr or a dead person named is not an act unless counted: «3 شهداء», «سقوط قتلى», «جثة» are;
 * «صور الشهداء», «كتائب سيد الشهداء», «الرحمة للشهداء», «الشهيد …» (a title) are not. */
function uncountedToll(toks: readonly Token[], h: Hit<number>): boolean {
  if (!TOLL_NOUN_ACT.has(h.p)) return false;
  const t = toks[h.i]!.t;
  const definite = /^(و|ف)?(ب|ل|ك)?ال|^(و|ف)?لل/.test(t);
  const sent = toks[h.i]!.sent;
  // «قتلى وجرحى في دهوك», «إصابات في صفوف الجيش», «جثة مجهولة»: indefinite, standing alone, a report;
  // «شهداء العراق», «شهداء العدوان»: a construct with a definite noun names the dead, not a toll
  if (!definite) {
    const nx = toks[h.i + 1];
    const construct = !!nx && nx.sent === sent && /^ال/.test(nx.t) && !/^(الى|الي|التي|الذي|الذين)$/.test(nx.t);
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
function inRelativeClause(toks: readonly Token[], i: number): boolean {
  const sent = toks[i]!.sent;
  for (let k = i - 1; k >= Math.max(0, i - 2) && toks[k]!.sent === sent; k--) {
    if (/^(الذين|اللذين|اللتين|اللواتي)$/.test(toks[k]!.t)) return true;
    if (!/^(قد|تم|كان|كانت|كانوا|سبق)$/.test(toks[k]!.t)) return false;
  }
  return false;
}

/** «مكان استشهاد القادة», «دماء شهداء», «وصول عدد من الشهداء»: a martyrdom as the genitive of a place,
 * a day, a memory, blood or mourners names a death already known; it does not report one. */
function memorialGenitive(toks: readonly Token[], h: Hit<number>): boolean {
  if (!MARTYRDOM_ACTS.has(h.p)) return false;
  const sent = toks[h.i]!.sent;
  for (let k = h.i - 1; k >= Math.max(0, h.i - 4) && toks[k]!.sent === sent; k--) {
    const ss = stems(toks[k]!.t);
    if (ss.some((x) => MEMORIAL_HEADS.has(x))) return true;
    if (!ss.some((x) => MEMORIAL_FILLERS.has(x)) && !readNumber(toks, k)) return false;
  }
  return false;
}

/** «خلل يضرب تطبيق», «حالة من الرعب تصيب سكان»: a striking verb whose subject, a few words before it, is
 * a fault, a crisis, fear or the weather strikes only figuratively. */
function figurativeStrike(toks: readonly Token[], h: Hit<number>): boolean {
  if (!FIGURATIVE_VERBS.has(h.p)) return false;
  const sent = toks[h.i]!.sent;
  for (let k = h.i - 1; k >= Math.max(0, h.i - 4) && toks[k]!.sent === sent; k--) {
    if (stems(toks[k]!.t).some((x) => FIGURATIVE_SUBJECTS.has(x))) return true;
  }
  return false;
}

/** «للمشاركة بالقصف», «يريدون قصف», «بأي هجوم»: an act someone intends, demands or rules out is not
 * one that happened. */
function intendedOrAny(toks: readonly Token[], i: number): boolean {
  // «البحث عن جماعة لاعتقالهم», «محاولة لاعتقال …», «لإلقاء القبض على»: an arrest as a purpose
  if (PURPOSE_ARREST.test(toks[i]!.t) || toks[i - 1]?.t === "لالقاء") return true;
  const prev = toks[i - 1];
  if (!prev || prev.sent !== toks[i]!.sent) return false;
  if (ANY_BEFORE.has(prev.t)) return true;
  if (stems(prev.t).some((x) => INTENT_BEFORE.has(x))) return true;
  // «تعتقد أنه قُتل»: what someone believed happened
  if (/^(ب)?ان(ه|ها|هم)?$/.test(prev.t)) {
    const pp = toks[i - 2];
    if (pp && pp.sent === prev.sent && stems(pp.t).some((x) => BELIEF_BEFORE.has(x))) return true;
  }
  return false;
}

/** «القصف بالقصف», «الصاروخ بالصاروخ»: an act answered by itself is a slogan of retaliation, not a report. */
function reciprocitySlogan(toks: readonly Token[], i: number): boolean {
  const answered = (a: Token | undefined, b: Token | undefined): boolean =>
    !!a && !!b && a.sent === b.sent && b.t.startsWith("ب") && (b.t.slice(1) === a.t || b.t === "بال" + a.t);
  return answered(toks[i], toks[i + 1]) || answered(toks[i - 1], toks[i]);
}

/** The rites of a funeral (not the bodies, which a report of the attack names too). */
const FUNERAL_RITES = /^(تشييع|يشيع|تشيع|شيع|جنازه|مراسم|مغتسل)/;

/** An arrest with the lam of purpose: what someone sets out to do. */
const PURPOSE_ARREST = /^(لاعتقال|للقبض)/;

/** «لن تحمي … من الضربات»: «لن» negates the clause that follows it, not only the next word. */
function futureNegated(toks: readonly Token[], i: number): boolean {
  const s = toks[i]!.sent;
  for (let k = i - 1; k >= Math.max(0, i - 6) && toks[k]!.sent === s; k--) {
    if (toks[k]!.t === "لن" || toks[k]!.t === "ولن") return true;
  }
  return false;
}

/** «فجر الثلاثاء», «فجر اليوم»: the dawn; «قبضة يدك», «بيدك»: a hand — homonyms of act verbs. */
function homonymOfAct(toks: readonly Token[], h: Hit<number>): boolean {
  const t = toks[h.i]!;
  if (h.p === "فجر") {
    const nx = toks[h.i + 1];
    return !!nx && nx.sent === t.sent && DAWN_AFTER.test(nx.t);
  }
  if (h.p === "يدك") {
    if (t.t !== "يدك") return true; // «بيدك», «ليدك»: a preposition glued to a noun
    const pv = toks[h.i - 1];
    return !!pv && pv.sent === t.sent && stems(pv.t).some((x) => HAND_BEFORE.has(x));
  }
  return false;
}

/** «قواعد الاشتباك» (rules of engagement), «حالة الاشتباك»: a phrase, not a clash. */
const NOT_A_CLASH_BEFORE = /^(قواعد|لقواعد|وقواعد)$/;

/** «قبل ثلاثة أسابيع», «قبل 5 أشهر»: a time ago (PAST_CUES lists the wordings without a number). */
const AGO_UNIT = /^(ايام|اسابيع|اسبوع|اسبوعين|اشهر|شهور|شهر|شهرين|سنوات|سنين|سنه|عام|اعوام|عامين|سنتين)$/;
function agoSentences(toks: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i]!.t !== "قبل") continue;
    const n = readNumber(toks, i + 1);
    if (!n) continue;
    const u = toks[i + 1 + n.len];
    if (u && u.sent === toks[i]!.sent && AGO_UNIT.test(u.t)) out.add(toks[i]!.sent);
  }
  return out;
}

/** «عام 2014», «في العام 2019»: an earlier year than the report's. */
function earlierYearSentences(toks: readonly Token[], year: number | undefined): Set<number> {
  const out = new Set<number>();
  if (!year) return out;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!/^(عام|العام|سنه|لعام|بعام|خلال|منذ)$/.test(toks[i]!.t)) continue;
    const y = /^(19|20)\d\d$/.test(toks[i + 1]!.t) ? Number(toks[i + 1]!.t) : 0;
    if (y && y < year) out.add(toks[i]!.sent);
  }
  return out;
}

export interface Classification {
  incident: boolean;
  reason: string | null;
}

export interface ClassifyInput {
  toks: readonly Token[];
  norm: string;
  typeHits: readonly Hit<TypeCue>[];
  /** where it happened, or how to find out: the location rules come last, and most stories that are no
   * incident are told so before (speed: resolvePlace is then never run) */
  place: PlaceResolution | (() => PlaceResolution);
  /** the act cues of the story, when the caller has found them already */
  events?: readonly Hit<number>[];
  /** the report's year (UTC), to tell an earlier year's event from this one */
  year?: number;
}

const STRONG_TYPES = new Set(["suicide", "car_bomb", "ied", "armed_attack", "rocket", "drone", "airstrike", "assassination", "kidnapping", "clash"]);

/** The act words that report an act here: not a siren, not negated, not a release of prisoners, a
 * seizure of rifles or a find of money, not a martyr named, a relative clause, a memorial genitive, a
 * figurative subject, an intent, a «لن» clause, a homonym, a slogan or «قواعد الاشتباك». */
function actsReported(toks: readonly Token[], typeHits: readonly Hit<TypeCue>[], acts: readonly Hit<number>[]): Hit<number>[] {
  const kidnapNamed = typeHits.some((h) => h.v.type === "kidnapping");
  const deviceNamed = typeHits.some((h) => DEVICE_TYPES.has(h.v.type) && !h.v.weak);
  return acts.filter((h) => {
    // «دوي صافرات الانذار», «دوي صافرة الإنذار» is a siren, not a blast
    const nx = toks[h.i + h.len]?.t ?? "";
    if (/صافر|صفار/.test(nx)) return false;
    // «دون تسجيل أي هجوم», «لم يقع انفجار»: a negated act
    if (negated(toks, h.i)) return false;
    // a release is an act only as the end of a kidnapping («إطلاق سراح المختطف»), not of prisoners
    if (RELEASE.has(h.p) && !kidnapNamed) return false;
    // a seizure is an act only when explosives or launchers are seized («ضبط عبوة ناسفة»), not rifles
    if (h.p === "ضبط" && !deviceNamed) return false;
    // a find is an act only when a body, a device or a weapon is found («العثور على جثة / عبوة»), not money
    if (FIND.has(h.p) && !foundSomethingHostile(toks, h)) return false;
    if (uncountedToll(toks, h)) return false;
    if (inRelativeClause(toks, h.i)) return false;
    if (memorialGenitive(toks, h)) return false;
    if (figurativeStrike(toks, h)) return false;
    if (intendedOrAny(toks, h.i)) return false;
    if (futureNegated(toks, h.i)) return false;
    if (homonymOfAct(toks, h)) return false;
    if (reciprocitySlogan(toks, h.i)) return false;
    if (/^اشتب/.test(h.p) && NOT_A_CLASH_BEFORE.test(toks[h.i - 1]?.t ?? "")) return false;
    return true;
  });
}

/** What the frame rules weigh: the acts reported, those that are more than aftermath, where the lead ends. */
interface Reading {
  toks: readonly Token[];
  typeHits: readonly Hit<TypeCue>[];
  evs: readonly Hit<number>[];
  strongEvents: readonly Hit<number>[];
  leadEnd: number;
  /** first act in the lead (Infinity: none) */
  firstEventPos: number;
  /** a weapon or a hostile act is named («عبوة», «مسلحون», «قصف مدفعي») */
  attackNamed: boolean;
}

/** «X: …» by a politician, a state or a ministry, or one speaker quoted line after line: a statement. */
function speakerStatement(norm: string): boolean {
  // speaker prefix: «X: …» within the first 60 characters
  const colon = norm.slice(0, 80).indexOf(":");
  if (colon > 0) {
    const speaker = norm.slice(0, colon);
    if (POLITICAL_SPEAKER.test(speaker) && !FACTUAL_SPEAKER.test(speaker)) return true;
  }
  return quotedSpeech(norm);
}

/** The not-an-incident frame that governs the story, if any (see the head of this file). */
function governingFrame(r: Reading): NegKind | null {
  const { toks, typeHits, strongEvents, leadEnd, firstEventPos, attackNamed } = r;
  const inLead = (i: number): boolean => toks[i]!.sent <= leadEnd;
  const leadKilling = killing.find(toks).some((h) => inLead(h.i) && !negated(toks, h.i));
  for (const n of negs.find(toks)) {
    const kind = n.v;
    if (kind === "speculation") continue;
    if (!inLead(n.i) && !(kind === "funeral" && FUNERAL_RITES.test(n.p) && toks[n.i]!.sent <= leadEnd + 1)) continue;
    if (LEADING.has(kind)) {
      if (n.i < firstEventPos && !(WEAK_FRAME_CUES.has(n.p) && leadKilling)) return kind;
      // a funeral told after the death it follows («استشهد … مشاهد من تشييع الشهداء»), with no weapon
      // or attack named: the news is the funeral
      // («استشهاد … بهجوم لداعش … وتشييع جثمانه»: an attack is named, the news is the attack)
      if (kind === "funeral" && !attackNamed && !strongEvents.some((h) => ATTACKED.has(h.p)) && FUNERAL_RITES.test(n.p)) return kind;
      continue;
    }
    if (GOVERNING.has(kind) && n.i < firstEventPos) return kind;
    switch (kind) {
      case "denial":
        return kind;
      case "anniversary":
        return kind;
      case "celebratory":
        if (!killing.find(toks).length && !toks.some((t, k) => /^(و|ب)?(اصاب|اصيب|جرح)/.test(t.t) && !negated(toks, k))) return kind;
        break;
      case "brawl":
        if (!attackNamed && !killing.find(toks).length) return kind;
        break;
      case "training":
      case "recon":
        if (!strongEvents.some((h) => HOSTILE.has(h.p))) return kind;
        break;
      case "fire":
      case "overflight":
        if (!strongEvents.length) return kind;
        break;
      case "sport":
        if (!attackNamed) return kind;
        break;
      case "court":
      case "crime-arrest":
      case "protest":
      case "accident":
        if (!attackNamed || (kind === "protest" && !typeHits.some((h) => h.v.type === "armed_attack"))) return kind;
        break;
      case "debris":
      case "controlled-detonation":
      case "statistics":
      case "natural":
      case "old-remains":
      case "old-footage":
        return kind;
      case "fault":
        // a fault or an accident, unless someone attacked; a drone that falls is an incident whatever made it fall
        if (!strongEvents.some((h) => ATTACKED.has(h.p)) && !typeHits.some((h) => h.v.type === "drone")) return kind;
        break;
      case "self-harm":
        if (!attackNamed) return kind;
        break;
      default:
        break;
    }
  }
  return null;
}

/** Reasons found once the frames are passed: every act in the past, an arrest of no militant, only
 * aftermath with no weapon, attack or killing named. */
function lateReason(r: Reading, year: number | undefined): string | null {
  const { toks, typeHits, evs, strongEvents } = r;
  // every act is told in background sentences (earlier events, comparisons): a past event
  const bg = new Set([...past.find(toks).map((h) => toks[h.i]!.sent), ...agoSentences(toks), ...earlierYearSentences(toks, year)]);
  const followUp = toks.some((t, k) => FOLLOW_UP.test(t.t) && /^(ب)?(جراح|جروح)/.test(toks[k + 1]?.t ?? ""));
  if (!followUp && strongEvents.length && strongEvents.every((h) => bg.has(toks[h.i]!.sent)) && evs.every((h) => bg.has(toks[h.i]!.sent))) {
    return "past-event";
  }
  // arrests count only when they target militants / armed men, not politicians or crowds
  const onlyArrest = !typeHits.some((h) => h.v.type !== "security_operation" && !h.v.weak) && !killing.find(toks).length;
  if (onlyArrest && typeHits.some((h) => h.v.type === "security_operation") && !militant.find(toks).length) {
    return "arrest-not-militant";
  }

  // only aftermath or injuries («أعمدة الدخان تتصاعد من …», «طالت مكاتب …», «سقوط إصابات») with no weapon,
  // attack or killing named: not an incident on its own — a follow-up when an incident is known nearby
  if (!strongEvents.length && !typeHits.some((h) => !h.v.weak) && !killing.find(toks).length &&
    !evs.some((h) => HARM.has(h.p) || (/^سق/.test(h.p) && FALLEN_OBJECT.test(toks[h.i + 1]?.t ?? ""))) &&
    !toks.some((t) => MILITARY_TARGET.test(t.t))) {
    return "aftermath";
  }
  return null;
}

/** Where it happened decides last: a province (unless a foreign place outweighs it), Iraq itself or an
 * Iraqi force or body; abroad, near the border only, or nowhere named is not an Iraqi incident. */
function locationVerdict(toks: readonly Token[], place: PlaceResolution): Classification {
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
  if (iraqHits.every((h) => /حدود|حدودي/.test(toks[h.i - 1]?.t ?? "") || /حدود/.test(toks[h.i - 2]?.t ?? ""))) {
    return { incident: false, reason: "border" };
  }
  return { incident: true, reason: null };
}

export function classify({ toks, norm, typeHits, place: placeOrFind, events: acts, year }: ClassifyInput): Classification {
  if (!toks.length) return { incident: false, reason: "empty" };
  const evs = actsReported(toks, typeHits, acts ?? events.find(toks));
  if (!evs.length) return { incident: false, reason: "no-event" };
  const leadEnd = toks[0]!.sent + 1; // headline + first sentence of the body
  const reading: Reading = {
    toks, typeHits, evs, leadEnd,
    strongEvents: evs.filter((h) => !SOFT_EVENTS.has(h.p)),
    firstEventPos: evs.find((h) => toks[h.i]!.sent <= leadEnd)?.i ?? Infinity,
    attackNamed: typeHits.some((h) => STRONG_TYPES.has(h.v.type) && !h.v.weak),
  };
  if (speakerStatement(norm)) return { incident: false, reason: "statement" };
  // a question in the lead: speculation, rhetoric
  for (const t of toks) {
    if (t.sent > leadEnd) break;
    if (t.t === "هل") return { incident: false, reason: "speculation" };
  }
  const frame = governingFrame(reading);
  if (frame) return { incident: false, reason: frame };
  const late = lateReason(reading, year);
  if (late) return { incident: false, reason: late };
  return locationVerdict(toks, typeof placeOrFind === "function" ? placeOrFind() : placeOrFind);
}
