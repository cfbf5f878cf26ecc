// Perpetrator and target, when the text states them. Tables are data; the first
// mention in the story wins and is returned as written (from the original text).

import type { Token } from "./normalize.js";
import { normalizeArabic } from "./normalize.js";
import { PhraseMatcher } from "./match.js";
import { HARMED, BEFELL, MEMBERS, PLUPERFECT_BE, PLUPERFECT_PARTICLE, FROM_WORD, ARREST } from "./data/incident-words.js";
import { ATTACK_ON, STRUCK_BEFORE } from "./data/location-words.js";
import { readNumber } from "./numbers.js";
import { backgroundMarkers } from "./background-matcher.js";

/** «No one claimed it»: a group named in that sentence is not the perpetrator (nor one in a background sentence). */
const UNCLAIMED = new PhraseMatcher<true>([{ p: "لم تتبن", v: true }, { p: "لم تتبنى", v: true }, { p: "لم تعلن اي جهه", v: true }]);

/** The perpetrators the extractor names (normalised, as matched) and their English names for English subscribers. */
const PERPETRATOR_NAMES: ReadonlyArray<readonly [string, string]> = [
  ["داعش", "ISIS"], ["تنظيم داعش", "ISIS"], ["الدوله الاسلاميه", "ISIS"], ["تنظيم الدوله", "ISIS"],
  ["القاعده", "al-Qaeda"], ["تنظيم القاعده", "al-Qaeda"],
  ["مسلحون مجهولون", "unknown gunmen"], ["مسلحين مجهولين", "unknown gunmen"], ["مجهولون", "unknown assailants"],
  ["جهه مجهوله", "an unknown party"], ["حزب العمال الكردستاني", "PKK"],
  ["الجيش التركي", "the Turkish army"], ["الطائرات التركيه", "Turkish aircraft"], ["القوات التركيه", "Turkish forces"],
  ["الاحتلال التركي", "Turkish forces"], ["جيش الاحتلال التركي", "the Turkish army"], ["الحرس الثوري", "the IRGC"],
  ["ميليشيات مسلحه", "armed militias"], ["ميليشيات", "militias"], ["مليشيات", "militias"], ["الفصائل المسلحه", "armed factions"],
  ["المقاومه الاسلاميه", "the Islamic Resistance"], ["قناصين", "snipers"], ["انتحاري", "a suicide bomber"], ["انتحاريا", "a suicide bomber"],
];

const PERPETRATORS = new PhraseMatcher<string>(PERPETRATOR_NAMES.map(([p]) => ({ p, v: p })));

// The alert names the perpetrator as a subject («الجهة المنفذة: مسلحون مجهولون»); the text often has
// it after a preposition or as an object («هجوم لمسلحين مجهولين», «فجر انتحاريا نفسه»).
const NOMINATIVE: Record<string, string> = {
  "مسلحين مجهولين": "مسلحون مجهولون", "قناصين": "قناصون", "انتحاريا": "انتحاري",
};

const ENGLISH = new Map<string, string>(PERPETRATOR_NAMES.flatMap(([p, en]) =>
  [[normalizeArabic(p), en], [normalizeArabic(NOMINATIVE[p] ?? p), en]] as [string, string][]));

// Perpetrators written by other hands (an AI summary, an older extractor) → English, by what they contain.
const PERPETRATORS_EN: [RegExp, string][] = [
  [/داعش|الدولة الإسلامية|الدولة الاسلامية/, "ISIS"],
  [/حزب العمال الكردستاني|الكردستاني|pkk/i, "PKK"],
  [/القاعدة/, "al-Qaeda"],
  [/مسلح(ون|ين) مجهول(ون|ين)|مجهول(ون|ين)/, "unknown gunmen"],
  [/مسلح(ون|ين)/, "gunmen"],
  [/الجيش التركي|القوات التركية|تركي/, "Turkish forces"],
  [/أمريكي|أميركي|الأمريكية|الأميركية|التحالف/, "US / coalition forces"],
];

/** The English name of a perpetrator as the extractor wrote it, for English subscribers; null when unknown. */
export function perpetratorInEnglish(who: string): string | null {
  return ENGLISH.get(normalizeArabic(who).trim()) ?? PERPETRATORS_EN.find(([re]) => re.test(who))?.[1] ?? null;
}

/** The English names of a perpetrator told only as unknown («مسلحون مجهولون», «مجهولون»). */
const UNKNOWN_NAMES: ReadonlySet<string> = new Set(["unknown gunmen", "unknown assailants"]);

/** The perpetrator is told only as unknown: an act of unknown gunmen, not a side of a fight. */
export function unknownPerpetrator(who: string): boolean {
  return UNKNOWN_NAMES.has(perpetratorInEnglish(who) ?? "");
}

/** Every name the extractor can write as a perpetrator (as matched, and as a subject), for tests. */
export const PERPETRATOR_FORMS: readonly string[] = [...ENGLISH.keys()];

/** «امريكي» and «اميركي» are one word spelt two ways (both common on the channels). */
const withAmerican = (phrase: string): string[] => {
  const p = normalizeArabic(phrase);
  return /امريك/.test(p) ? [p, p.replace(/امريك/g, "اميرك")] : [p];
};

const TARGETS = new PhraseMatcher<string>([
  ["مدنيين", "civilians"], ["المدنيين", "civilians"], ["مواطنين", "civilians"], ["زائرين", "civilians"], ["متظاهرين", "protesters"],
  ["المتظاهرين", "protesters"], ["قوات الامن", "security forces"], ["عناصر امن", "security forces"], ["عنصرا امن", "security forces"],
  ["الجيش العراقي", "security forces"], ["الشرطه", "security forces"], ["الحشد الشعبي", "PMF"], ["نقطه للجيش", "security forces"],
  ["رتل", "security forces"], ["سيطره", "security forces"], ["نقطه تفتيش", "security forces"], ["المعارضه الكرديه", "Kurdish opposition"],
  ["المعارضه الايرانيه", "Kurdish opposition"], ["الاحزاب المعارضه", "Kurdish opposition"],
  // the Iranian Kurdish parties camped in the Kurdistan Region, as the channels name them
  ["مقرات المعارضه", "Kurdish opposition"], ["مقرات للمعارضه", "Kurdish opposition"], ["مقار المعارضه", "Kurdish opposition"],
  ["مقرات الاحزاب المعارضه", "Kurdish opposition"], ["الاحزاب الكرديه المعارضه", "Kurdish opposition"], ["الانفصاليين الاكراد", "Kurdish opposition"],
  ["الانفصاليين", "Kurdish opposition"], ["الانفصاليه", "Kurdish opposition"],
  // «the Iranian opposition party», «the Iranian ethnic parties»: the same parties, told from Baghdad or Tehran
  ["حزب المعارضه الايراني", "Kurdish opposition"], ["احزاب المعارضه الايرانيه", "Kurdish opposition"],
  ["الاحزاب الايرانيه المعارضه", "Kurdish opposition"], ["الاحزاب الاثنيه الايرانيه", "Kurdish opposition"],
  ["الاحزاب الكرديه الايرانيه", "Kurdish opposition"],
  // the parties by name (the KDPI, Komala, PAK, PJAK); «الحزب الديمقراطي الكردستاني» alone is the KDP of the Region
  ["الحزب الديمقراطي الكردستاني الايراني", "Kurdish opposition"], ["للحزب الديمقراطي الكردستاني الايراني", "Kurdish opposition"],
  ["حدكا", "Kurdish opposition"], ["كومله", "Kurdish opposition"], ["حزب كومله", "Kurdish opposition"],
  ["حزب الحريه الكردستاني", "Kurdish opposition"], ["حزب الحياه الحره الكردستاني", "Kurdish opposition"], ["بيجاك", "Kurdish opposition"],
  ["القاعده الامريكيه", "US forces"],
  ["القوات الامريكيه", "US forces"], ["قاعده امريكيه", "US forces"], ["الجيش الامريكي", "US forces"], ["البيشمركه", "Peshmerga"],
  // its soldiers: «مقتل جندي امريكي» and «اصابات في صفوف الجيش الاميركي» tell of one target
  ["جندي امريكي", "US forces"], ["جنديا امريكيا", "US forces"], ["جنديين امريكيين", "US forces"], ["جنديان امريكيان", "US forces"],
  ["جنود امريكيين", "US forces"], ["جنود امريكيون", "US forces"], ["جنود امريكان", "US forces"],
  // a mission is another target than the forces' bases: a strike on the consulate and one on a base are two events
  ["القنصليه الامريكيه", "US diplomatic mission"], ["السفاره الامريكيه", "US diplomatic mission"],
].flatMap(([p, v]) => withAmerican(p!).map((form) => ({ p: form, v: v! }))));

/**
 * «القاعدة» with an adjective or a genitive after it («القاعدة الأمريكية», «القاعدة الجوية»), or struck
 * («استهدف القاعدة», «على القاعدة»), is a base, not al-Qaeda (who is «تنظيم القاعدة» or «القاعدة» alone).
 */
function isBase(toks: readonly Token[], h: { i: number; len: number; p: string }): boolean {
  if (h.p !== "القاعده") return false;
  const next = toks[h.i + 1];
  if (!!next && next.sent === toks[h.i]!.sent && next.t.startsWith("ال")) return true;
  // «استهدف القاعدة في …», «على القاعدة»: the base an attack struck
  const prev = toks[h.i - 1];
  return !!prev && prev.sent === toks[h.i]!.sent && (ATTACK_ON.test(prev.t) || STRUCK_BEFORE.test(prev.t));
}

/** «مقتل ثلاثة من عناصر داعش», «قتل الجيش العراقي 5 من مسلحي تنظيم داعش», «اعتقال أمير تنظيم القاعدة»: the group
 * whose members were killed, hurt or caught — member nouns right before the name, then a count or «من», and a
 * killing or an arrest at most four words before them (the verb's own subject may stand between). */
function sideHit(toks: readonly Token[], h: { i: number; len: number }): boolean {
  const sent = toks[h.i]!.sent;
  let k = h.i - 1;
  const inSent = (j: number): boolean => j >= 0 && j < toks.length && toks[j]!.sent === sent;
  if (!inSent(k) || !MEMBERS.test(toks[k]!.t)) return false;
  while (inSent(k) && MEMBERS.test(toks[k]!.t)) k--;
  const before = k;
  while (inSent(k) && (toks[k]!.t === FROM_WORD || readNumber(toks, k))) k--;
  for (let j = k; j >= k - 4 && inSent(j); j--) {
    const t = toks[j]!.t;
    // «مقتل جنديين بهجوم لعناصر داعش»: the attack the members made stands between — they are its authors
    if (ATTACK_ON.test(t)) return false;
    if (HARMED.test(t) || ARREST.test(t)) return true;
  }
  // «أن 5 من مسلحي داعش قتلوا»: a counted group, then what befell it
  if (k === before) return false;
  for (let j = h.i + h.len; j < h.i + h.len + 2 && inSent(j); j++) if (HARMED.test(toks[j]!.t) || BEFELL.test(toks[j]!.t)) return true;
  return false;
}

/** «كان الحرس الثوري قد وجّههم»: named in a pluperfect frame, what it had done before. */
function pluperfect(toks: readonly Token[], h: { i: number; len: number }): boolean {
  const sent = toks[h.i]!.sent;
  const be = [h.i - 1, h.i - 2].some((k) => k >= 0 && toks[k]!.sent === sent && PLUPERFECT_BE.test(toks[k]!.t));
  if (!be) return false;
  for (let k = h.i + h.len; k < Math.min(toks.length, h.i + h.len + 3) && toks[k]!.sent === sent; k++) if (toks[k]!.t === PLUPERFECT_PARTICLE) return true;
  return false;
}

export interface Actors {
  /** `nominative`: the name as a subject, when the text's form is oblique or accusative (else: as written) */
  perpetrator: { i: number; len: number; first: string; nominative: string | null } | null;
  target: string | null;
}

export function findActors(toks: readonly Token[]): Actors {
  // a group named in a background or «no one claimed it» sentence is not this incident's perpetrator
  const bg = new Set([...backgroundMarkers(toks), ...UNCLAIMED.find(toks)].map((h) => toks[h.i]!.sent));
  const p = PERPETRATORS.find(toks).find((h) => !bg.has(toks[h.i]!.sent) && !isBase(toks, h) && !sideHit(toks, h) && !pluperfect(toks, h));
  const t = TARGETS.find(toks)[0];
  return { perpetrator: p ? { i: p.i, len: p.len, first: p.p.split(" ")[0]!, nominative: NOMINATIVE[p.p] ?? null } : null, target: t ? t.v : null };
}
