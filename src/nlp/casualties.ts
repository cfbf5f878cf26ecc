// Killed and injured, read separately. Rules (corpus README §4):
// - a combined total («مقتل وإصابة 6», «قتل وجرح 13», «12 بين قتيل وجريح») gives neither;
// - a singular victim noun means one (مقتل جندي), a dual means two (عنصرا أمن، شخصين);
// - «توفي أحدهم» moves one from injured to killed;
// - numbers that count other things (rockets, km, brigade numbers, dates) are not tolls;
// - background sentences (earlier events, monthly figures) are ignored; «rose to N» wins;
// - 0 only when the text says nobody was hurt («لم يسفر عن إصابات», «دون خسائر بشرية»);
// - a combined figure («مقتل وإصابة 15», «15 بين قتيل وجريح») is kept apart as `casualties`;
// - «ما لا يقل عن N», «أكثر من N», «N على الأقل» give N with the lower-bound mark `atLeast`;
// - a vague count («عدد من القتلى», «مقتل عدد من الجنود») is unknown, never 1;
// - a day's or a war's running total («في عموم المحافظات», «منذ بدء العدوان») is not this incident's toll.

import type { Token } from "./normalize.js";
import { readNumber, stems, VAGUE_WORDS } from "./numbers.js";
import { nset } from "./normalize.js";
import { PhraseMatcher } from "./match.js";
import type { Hit } from "./match.js";
import {
  CAS_VERBS, CAS_NOUNS, PERSON_SINGULAR, PERSON_DUAL, PERSON_PLURAL, NON_PERSON_AFTER, BACKGROUND_CUES, UPDATE_CUES,
  ZERO_CUES, OTHER_INCIDENT_CUES, AGGREGATE_CUES, EARLIER_ACT_CUES,
} from "./cues.js";
import type { CasKind } from "./cues.js";

const verbs = new PhraseMatcher<CasKind>(CAS_VERBS);
const background = new PhraseMatcher<true>(BACKGROUND_CUES);
/** Background markers that also introduce an earlier statement about this very incident. */
const SOFT_BACKGROUND = nset(["وكانت", "وكان", "كانت", "كان قد"]);
const updates = new PhraseMatcher<true>(UPDATE_CUES);
const zeros = new PhraseMatcher<true>(ZERO_CUES);
const otherIncident = new PhraseMatcher<true>(OTHER_INCIDENT_CUES);
const aggregate = new PhraseMatcher<true>(AGGREGATE_CUES);
const earlierAct = new PhraseMatcher<true>(EARLIER_ACT_CUES);

/** Tokens skipped between a casualty verb and its count. */
const FILLERS = nset(["ما", "لا", "يقل", "عن", "اكثر", "من", "نحو", "حوالي", "قرابه", "زهاء", "اليوم", "امس", "الى", "ايضا",
  "بجروح", "فقط", "جراء", "اثر", "على", "الاقل", "مجموعه", "يزيد", "بحياه", "عدد", "مصرعه", "مصرعهم", "الحياه", "فيما"]);
const ORDINAL_ONE = nset(["ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "اخر", "اخري", "اخرى", "ثاني", "ثان"]);
/** Before a number: the number names a unit, an article, a year… */
const UNIT_BEFORE = nset(["لواء", "اللواء", "فوج", "الفوج", "فرقه", "الفرقه", "ماده", "الماده", "رقم", "عام", "العام", "سنه",
  "الساعه", "ساعه", "تمام", "كتيبه", "مشاه", "المشاه", "حزيران", "تشرين", "بتاريخ"]);
const OWNER_SUFFIX = ["هما", "هم", "ها", "ه"];
const FIVE_NOUNS = nset(["اخ", "اب", "ذو", "حم", "فو"]);
/** Words that make the figures after them the latest ones (see isUpdate). */
const STRONG_UPDATE = /^(و|ب|ل)?(ال)?(ارتفاع|ارتفع|ارتفعت|ليرتفع|لترتفع|النهاييه|نهاييه|المحدثه|محدثه)$/;

/** 1 for a singular victim noun, 2 for a dual, 0 for a plural (count comes elsewhere), -1 otherwise. */
function personForm(tok: string, next: string | undefined): number {
  const cands = new Set<string>();
  for (const s of stems(tok)) {
    cands.add(s);
    for (const suf of OWNER_SUFFIX) if (s.length > suf.length + 2 && s.endsWith(suf)) {
      const b = s.slice(0, -suf.length);
      // construct dual before a pronoun («طفلاها», «طفليها», «نجليه», «حارسيه»): two; not the
      // five nouns («أخيه», «أبيه», «ذويه»), whose -ي/-ا is a case ending
      if (/[اي]$/.test(b) && b.length >= 4 && !PERSON_SINGULAR.has(s) &&
        PERSON_SINGULAR.has(b.slice(0, -1)) && !FIVE_NOUNS.has(b.slice(0, -1))) return 2;
      cands.add(b);
      if (b.endsWith("ت")) cands.add(b.slice(0, -1) + "ه");
    }
  }
  for (const s of cands) {
    if (PERSON_DUAL.has(s)) {
      // «عنصري» is dual only in construct («عنصري امن»); «مدنيا» accusative singular elsewhere.
      return 2;
    }
  }
  for (const s of cands) {
    // «مدنيا» right after a verb is an accusative singular; after a number it is the counted noun
    if (s.endsWith("ا") && PERSON_SINGULAR.has(s.slice(0, -1)) && !(next && /^(اثنين|اثنان)$/.test(next))) return 1;
    if (PERSON_PLURAL.has(s)) return next && /^(اثنين|اثنان)$/.test(next) ? 2 : 0;
  }
  for (const s of cands) if (PERSON_SINGULAR.has(s)) return next === "اثنين" || next === "اثنان" ? 2 : 1;
  // accusative singular with tanween alif («عضوا», «مختارا»)
  for (const s of cands) if (s.length > 3 && s.endsWith("ا") && PERSON_SINGULAR.has(s.slice(0, -1))) return 1;
  // nominative dual «-ان» of a singular person noun («مهربان», «راعيان»)
  for (const s of cands) if (s.length > 4 && s.endsWith("ان") && PERSON_SINGULAR.has(s.slice(0, -2))) return 2;
  return -1;
}

interface Count { value: number | null; end: number; atLeast?: boolean }

/** Fillers before a count that make it a lower bound («ما لا يقل عن», «أكثر من», «ما يزيد على»). */
const LOWER_BOUND_BEFORE = nset(["اكثر", "يقل", "يزيد", "الاقل"]);
/** Fillers that make what follows a vague quantity («عدد من الجنود», «مجموعة من المدنيين»). */
const VAGUE_FILLERS = nset(["عدد", "مجموعه"]);

/** «N … على الأقل» right after a count (within two tokens). */
function atLeastAfter(toks: readonly Token[], end: number, sent: number): boolean {
  for (let k = end; k < Math.min(toks.length - 1, end + 3); k++) {
    if (toks[k]!.sent !== sent) return false;
    if ((toks[k]!.t === "على" || toks[k]!.t === "علي") && toks[k + 1]!.t === "الاقل") return true;
  }
  return false;
}
/** «ما لا يقل عن N», «أكثر من N» right before the count starting at k. */
function atLeastBefore(toks: readonly Token[], k: number): boolean {
  const sent = toks[k]?.sent;
  for (let b = k - 1; b >= Math.max(0, k - 3); b--) {
    if (toks[b]!.sent !== sent) return false;
    if (LOWER_BOUND_BEFORE.has(toks[b]!.t)) return true;
  }
  return false;
}

/** «ما أدى إلى مقتله», «إصابته بجروح», «مصرعهما»: the pronoun gives the count (a fallback only). */
const SELF: Record<string, { kind: "killed" | "injured"; n: number }> = {};
for (const [stem, kind] of [["مقتل", "killed"], ["مصرع", "killed"], ["استشهاد", "killed"], ["اغتيال", "killed"], ["وفات", "killed"],
  ["اصابت", "injured"], ["جرح", "injured"]] as const) {
  SELF[stem + "ه"] = { kind, n: 1 };
  SELF[stem + "ها"] = { kind, n: 1 };
  SELF[stem + "هما"] = { kind, n: 2 };
}
/** «أحد المسلحين», «إحدى النساء»: one. */
const ONE_OF = /^(احد|احدى|احدي)$/;
/** «ضابط برتبة ملازم أول وجنديين»: a rank phrase between the items of a list. */
const RANK = /^(ب)?رتبه$/;
/** Accusative singular toll nouns: one victim when no number precedes («يوقع قتيلا»). */
const ACC_ONE = nset(["قتيلا", "شهيدا", "جريحا", "مصابا"]);
/** Verbs that «leave» victims («يوقع قتيلا», «خلف جريحا»). */
const YIELD = nset(["يوقع", "توقع", "اوقع", "اوقعت", "يخلف", "تخلف", "خلف", "خلفت", "يسقط", "تسقط", "اسقط", "اسفر عن", "يحصد", "تحصد"]);
const PREPOSITIONS = nset(["في", "من", "على", "عن", "الى", "قرب", "بعد", "قبل", "خلال", "اثر", "جراء", "داخل", "عند", "امام", "حيث", "كما", "فيما", "بينما"]);

/** Read «N [من] persons», «persons», «X وY» starting at j. */
function readCount(toks: readonly Token[], j: number, sent: number, allowSkip: boolean): Count | null {
  let k = j;
  let skipped = 0;
  let lower = false;
  let vague = false;
  while (k < toks.length && toks[k]!.sent === sent && FILLERS.has(toks[k]!.t)) {
    if (LOWER_BOUND_BEFORE.has(toks[k]!.t)) lower = true;
    if (VAGUE_FILLERS.has(toks[k]!.t)) vague = true;
    k++;
  }
  const done = (c: Count): Count => (lower || atLeastAfter(toks, c.end, sent) ? { ...c, atLeast: true } : c);
  for (;;) {
    const tok = toks[k];
    if (!tok || tok.sent !== sent) return null;
    const num = readNumber(toks, k);
    if (num) {
      const prev = toks[k - 1]?.t ?? "";
      if (UNIT_BEFORE.has(prev)) return null;
      const after = toks[k + num.len];
      const afterT = after && after.sent === sent ? after.t : "";
      if (afterT && !/^ب/.test(afterT) && stems(afterT).some((s) => NON_PERSON_AFTER.has(s))) return null;
      if (afterT && /^ب/.test(afterT) && NON_PERSON_AFTER.has(afterT)) return null;
      if (num.value === null) return { value: null, end: k + num.len };
      if (!Number.isInteger(num.value) || num.value > 5000) return null;
      if (skipped > 0 && !(afterT === "من" || personForm(afterT, undefined) >= 0 || CAS_NOUNS[afterT] || stems(afterT).some((s) => CAS_NOUNS[s]))) return null;
      let value = num.value;
      let end = k + num.len;
      // «ثلاث نساء وطفل»: the counted noun, then additions
      if (afterT && !afterT.startsWith("و") && personForm(afterT, undefined) >= 0) end++;
      // additive «ضابط وجنديان», «عمده القريه وثلاثه من ابنائه»
      const more = additive(toks, end, sent);
      value += more.value;
      end = more.end;
      return done({ value, end });
    }
    if (VAGUE_WORDS.has(tok.t)) return { value: null, end: k + 1 };
    const pf = personForm(tok.t, toks[k + 1]?.t);
    // «مقتل عدد من الجنود»: a vague count, whatever noun follows
    if (vague && pf >= 0) return { value: null, end: k + 1 };
    if (pf > 0 && skipped === 0) {
      const more = additive(toks, k + 1 + (pf === 2 && /^(اثنين|اثنان)$/.test(toks[k + 1]?.t ?? "") ? 1 : 0), sent);
      return { value: pf + more.value, end: more.end };
    }
    if (pf === 0) {
      // plural noun without a number: «آخرين», «مدنيين» → vague
      return { value: null, end: k + 1 };
    }
    if (skipped === 0 && (ORDINAL_ONE.has(tok.t) || (tok.t.endsWith("ا") && ORDINAL_ONE.has(tok.t.slice(0, -1))))) return { value: 1, end: k + 1 };
    if (skipped === 0 && ONE_OF.test(tok.t) && toks[k + 1]?.sent === sent &&
      (/^ال/.test(toks[k + 1]!.t) || toks[k + 1]!.t === "من" || personForm(toks[k + 1]!.t, undefined) >= 0)) {
      const more = additive(toks, k + 2, sent);
      return { value: 1 + more.value, end: more.end };
    }
    if (!allowSkip || skipped >= 3 || verbs.at(toks, k)) return null;
    skipped++;
    k++;
  }
}

function additive(toks: readonly Token[], from: number, sent: number): { value: number; end: number } {
  let value = 0;
  let k = from;
  for (let guard = 0; guard < 4; guard++) {
    // one adjective may sit between items («ضابط عراقي وجنديان»)
    let j = k;
    const t0 = toks[j];
    if (!t0 || t0.sent !== sent) break;
    if (!t0.t.startsWith("و") && toks[j + 1]?.t.startsWith("و") && /ي$|يه$|يا$/.test(t0.t)) j++;
    else if (RANK.test(t0.t)) {
      // «برتبة ملازم أول وجنديين»
      let r = j + 1;
      while (r < j + 4 && toks[r] && toks[r]!.sent === sent && !toks[r]!.t.startsWith("و")) r++;
      j = r;
    } else if (k === from && !t0.t.startsWith("و") && !t0.t.startsWith("ب") && !PREPOSITIONS.has(t0.t) && !/^ال/.test(t0.t) && t0.t.length > 2 &&
      toks[j + 1]?.t.startsWith("و") && readNumber([{ ...toks[j + 1]!, t: toks[j + 1]!.t.slice(1) }], 0)) j++; // «آمر فوج وثلاثة من مرافقيه»
    const t = toks[j];
    // «ضابط و3 جنود»: the conjunction stands apart before digits
    if (t && t.sent === sent && t.t === "و") {
      const num = readNumber(toks, j + 1);
      if (!num || num.value === null || toks[j + 1 + num.len]?.sent !== sent) break;
      const after = toks[j + 1 + num.len]!.t;
      if (after !== "من" && personForm(after, undefined) < 0) break;
      if (stems(after).some((x) => CAS_NOUNS[x])) break; // «مقتل 3 و5 جرحى»: another kind
      value += num.value;
      k = j + num.len + 2;
      continue;
    }
    if (!t || t.sent !== sent || !t.t.startsWith("و") || t.t.length < 3) break;
    const bare = t.t.slice(1);
    if (verbs.at([{ ...t, t: bare }], 0)) break;
    const num = readNumber([{ ...t, t: bare }, ...toks.slice(j + 1, j + 3)], 0);
    if (num && num.value !== null) {
      const after = toks[j + num.len]?.t ?? "";
      if (after !== "من" && personForm(after, undefined) < 0) break;
      if (stems(after).some((x) => CAS_NOUNS[x])) break;
      value += num.value;
      k = j + num.len + 1;
      continue;
    }
    const pf = personForm(bare, toks[j + 1]?.t);
    if (pf > 0) { value += pf; k = j + 1; continue; }
    break;
  }
  return { value, end: k };
}

/** The number that ends right before token i (a number may span two tokens). */
function numberBefore(toks: readonly Token[], i: number): number | null | undefined {
  // the longest number that ends right before i («احد عشر قتيلا» is 11, not 10)
  for (let back = 3; back >= 1; back--) {
    const k = i - back;
    if (k < 0 || toks[k]!.sent !== toks[i]!.sent) continue;
    const r = readNumber(toks, k);
    if (r && k + r.len === i) {
      if (UNIT_BEFORE.has(toks[k - 1]?.t ?? "")) return undefined;
      if (r.value !== null && (!Number.isInteger(r.value) || r.value > 5000)) return undefined;
      return r.value;
    }
  }
  return undefined;
}

interface Mention { kind: "killed" | "injured" | "both"; value: number; pos: number; bg: boolean; update: boolean; weak?: boolean; atLeast?: boolean }

export interface Casualties {
  killed: number | null;
  injured: number | null;
  /** a combined killed-and-injured figure as stated («مقتل وإصابة 15»), never split */
  casualties: number | null;
  /** a stated figure is a lower bound («ما لا يقل عن», «أكثر من», «على الأقل») */
  atLeast: boolean;
}

/** `elsewhere(i)`: token i is told of another place than the incident's (another incident's clause). */
export function extractCasualties(toks: readonly Token[], elsewhere?: (i: number) => boolean): Casualties {
  const bgSent = new Set<number>();
  for (const h of background.find(toks)) bgSent.add(toks[h.i]!.sent);
  const mentions: Mention[] = [];
  const used = new Uint8Array(toks.length);
  let died = false;

  const isUpdate = (i: number): boolean => {
    const s = toks[i]!.sent;
    for (let k = Math.max(0, i - 4); k < i; k++) if (toks[k]!.sent === s && updates.at(toks, k)) return true;
    // a rise or a final toll governs the figures that follow it in its clause («الحصيلة النهائية
    // للهجوم وهي 5 قتلى و4 جرحى», «ارتفعت إلى 14 قتيلا و38 جريحا»)
    for (let k = Math.max(0, i - 9); k < i; k++) if (toks[k]!.sent === s && STRONG_UPDATE.test(toks[k]!.t)) return true;
    return false;
  };
  const push = (kind: Mention["kind"], value: number, pos: number, weak = false, atLeast = false): void => {
    // «بعد وفاة اثنين من الجرحى»: the reason for a rise, not the toll
    const aside = toks[pos - 1]?.t === "بعد" && toks[pos - 1]!.sent === toks[pos]!.sent;
    mentions.push({ kind, value, pos, bg: bgSent.has(toks[pos]!.sent), update: !aside && isUpdate(pos), weak: weak || aside, atLeast });
  };

  for (let i = 0; i < toks.length; i++) {
    if (used[i]) continue;
    const tok = toks[i]!;
    // «توفي احدهم / احد المصابين»
    if ((tok.t === "توفي" || tok.t === "وتوفي" || tok.t === "فارق") && /^احد/.test(toks[i + 1]?.t ?? "")) { died = true; continue; }
    const v = verbs.at(toks, i);
    if (v) {
      i = verbFigure(toks, i, v, used, push);
      continue;
    }
    {
      let self: { kind: "killed" | "injured"; n: number } | undefined;
      for (const s of stems(tok.t)) { self = SELF[s]; if (self) break; }
      if (self) { push(self.kind, self.n, i, true); continue; }
    }
    nounFigure(toks, i, used, push);
  }

  mentions.push(...riseFigures(toks, used, bgSent));
  dropOtherEventsFigures(toks, mentions, elsewhere);
  const killedM = pick(mentions, "killed");
  const injuredM = pick(mentions, "injured");
  const bothM = pick(mentions, "both");
  let killed = killedM?.value ?? null;
  let injured = injuredM?.value ?? null;
  if (died) {
    killed = (killed ?? 0) + 1;
    if (injured !== null && injured > 0) injured -= 1;
  }
  const casualties = bothM?.value ?? null;
  const atLeast = !!(killedM?.atLeast || injuredM?.atLeast || bothM?.atLeast);
  if (killed === null && injured === null && casualties === null && saysNobodyHurt(toks)) return { killed: 0, injured: 0, casualties: null, atLeast: false };
  return { killed, injured, casualties, atLeast };
}

/** A casualty verb or masdar at i with its count after it («مقتل 3 أشخاص», «اصيب 23 آخرون»), before it
 * («أربعة مدنيين قتلوا») or a combined figure («مقتل وإصابة 15»). Returns the last token it read. */
function verbFigure(toks: readonly Token[], i: number, v: Hit<CasKind>, used: Uint8Array, push: Push): number {
  const tok = toks[i]!;
  const prevT = toks[i - 1]?.t ?? "";
  if (v.v === "both") {
    // a combined figure: kept as such, and its number blocked before and after
    const c = readCount(toks, i + v.len, tok.sent, false);
    if (c && c.value !== null) push("both", c.value, i, false, !!c.atLeast);
    else {
      // «12 شخصاً بين قتيل وجريح», «15 قتيلا وجريحا»
      const k = personForm(prevT, undefined) >= 0 && i > 0 ? i - 1 : i;
      const nb = numberBefore(toks, k);
      if (typeof nb === "number") push("both", nb, i, false, atLeastBefore(toks, k - 1) || atLeastAfter(toks, i + v.len, tok.sent));
    }
    for (let k = Math.max(0, i - 6); k < Math.min(toks.length, i + v.len + 5); k++) if (readNumber(toks, k)) used[k] = 1;
    return i + v.len - 1;
  }
  if (v.p.startsWith("اغتيال") && /محاول/.test(prevT)) return i;
  const end = i + v.len;
  const c = readCount(toks, end, tok.sent, true);
  if (c && !used[Math.max(end, c.end - 1)]) {
    if (c.value !== null) push(v.v, c.value, i, false, !!c.atLeast);
    for (let k = end; k < c.end; k++) used[k] = 1;
    // «لقي N مصرعهم»: the later «مصرع» is the same mention
    if (v.p === "لقي" || v.p === "لقوا") for (let k = c.end; k < Math.min(toks.length, c.end + 4); k++) if (/^مصرع/.test(toks[k]!.t)) used[k] = 1;
    return Math.max(i, c.end - 1);
  }
  // count before the verb: «اربعه مدنيين قتلوا», «5 من مسلحي داعش قتلوا»
  for (let k = i - 1; k >= Math.max(0, i - 6) && toks[k]!.sent === tok.sent; k--) {
    if (used[k]) break;
    const r = readNumber(toks, k);
    if (r && r.value !== null && Number.isInteger(r.value) && !UNIT_BEFORE.has(toks[k - 1]?.t ?? "")) {
      const after = toks[k + r.len]?.t ?? "";
      // «اربعه مدنيين قتلوا», «مدنيين اثنين اغتيلا»
      const before = k > 0 && toks[k - 1]!.sent === tok.sent ? toks[k - 1]!.t : "";
      if (after === "من" || personForm(after, undefined) >= 0 || (before && personForm(before, undefined) >= 0)) { push(v.v, r.value, k); used[k] = 1; }
      break;
    }
    const pf = personForm(toks[k]!.t, toks[k + 1]?.t);
    if (pf === 2) { push(v.v, 2, k); break; }
  }
  return i + v.len - 1;
}

type Push = (kind: Mention["kind"], value: number, pos: number, weak?: boolean, atLeast?: boolean) => void;

/** A toll noun at i: «11 قتيلا», «5 قتلى على الأقل», «شهيد», «قتيلان», «يوقع قتيلا وجريحين». */
function nounFigure(toks: readonly Token[], i: number, used: Uint8Array, push: Push): void {
  const tok = toks[i]!;
  let noun: { kind: "killed" | "injured"; n: number | null } | undefined;
  for (const s of stems(tok.t)) { noun = CAS_NOUNS[s]; if (noun) break; }
  if (noun) {
    const nb = numberBefore(toks, i);
    if (nb !== undefined) {
      const k0 = i - 1;
      // «ما لا يقل عن 5 قتلى», «5 قتلى على الأقل»
      const lower = atLeastAfter(toks, i + 1, tok.sent) || [1, 2, 3].some((b) => atLeastBefore(toks, i - b));
      if (!used[k0] && nb !== null) push(noun.kind, nb, i, false, lower);
    } else if (!tok.t.startsWith("ال")) {
      // «بين قتيل وجريح» is a combined total, not one victim; «يوقع قتيلا وجريحين» is 1 and 2
      const nxt = toks[i + 1]?.t ?? "";
      const prevNoun = i > 0 && stems(toks[i - 1]!.t).some((x) => CAS_NOUNS[x]);
      const n = noun.n ?? (ACC_ONE.has(tok.t) && !prevNoun && YIELD.has((toks[i - 1]?.t ?? "").replace(/^و/, "")) ? 1 : null);
      // «جثث معظمها مصاب بطلقات نارية»: the wounds of the dead, not a person injured
      const ofMost = /^(و)?(معظم|جميع|بعض|كل|اغلب)/.test(toks[i - 1]?.t ?? "");
      if (n !== null && !ofMost && !(prevIs(toks, i, "بين") || /^و(جريح|مصاب|قتيل|شهيد)(ا)?$/.test(nxt))) push(noun.kind, n, i);
    }
  }
}

/** «ارتفاع عدد شهداء العدوان على … إلى 7», «عدد القتلى ارتفع إلى 9»: the bare number after «إلى» is the
 * new toll (an update). */
function riseFigures(toks: readonly Token[], used: Uint8Array, bgSent: ReadonlySet<number>): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!/^(و|ب)?(ال)?ارتفاع$|^(و)?ارتفع(ت)?$/.test(toks[i]!.t)) continue;
    const s = toks[i]!.sent;
    let kind: "killed" | "injured" | null = null;
    let k = i + 1;
    for (; k < Math.min(toks.length, i + 4) && toks[k]!.sent === s; k++) {
      const t = toks[k]!.t.replace(/^(ال)/, "");
      if (/^(شهداء|قتلى|قتلي|الشهداء|القتلى|وفيات)$/.test(t)) { kind = "killed"; break; }
      if (/^(جرحى|جرحي|مصابين|اصابات)$/.test(t)) { kind = "injured"; break; }
    }
    // «عدد القتلى ارتفع إلى 9»: the kind named just before the verb
    if (!kind) {
      for (let b = i - 1; b >= Math.max(0, i - 3) && toks[b]!.sent === s; b--) {
        const t = toks[b]!.t.replace(/^(و)?(ال)/, "");
        if (/^(شهداء|قتلى|قتلي|وفيات)$/.test(t)) { kind = "killed"; k = i; break; }
        if (/^(جرحى|جرحي|مصابين|اصابات)$/.test(t)) { kind = "injured"; k = i; break; }
      }
    }
    if (!kind) continue;
    for (let j = k + 1; j < Math.min(toks.length, k + 14) && toks[j]!.sent === s; j++) {
      if (toks[j]!.t !== "الى" && toks[j]!.t !== "الي") continue;
      const r = readNumber(toks, j + 1);
      const after = toks[j + 1 + (r?.len ?? 0)];
      const nounAfter = !!after && after.sent === s && stems(after.t).some((x) => CAS_NOUNS[x] || personForm(x, undefined) >= 0);
      if (r && r.value !== null && Number.isInteger(r.value) && !used[j + 1] && !nounAfter) {
        mentions.push({ kind, value: r.value, pos: j + 1, bg: bgSent.has(s), update: true });
      }
      break;
    }
  }
  return mentions;
}

/** Remove the figures that belong to another event than the one reported: another incident told in the
 * same article, running totals, the cause or the charges, another place's clause, and a background
 * sentence below the lead. */
function dropOtherEventsFigures(toks: readonly Token[], mentions: Mention[], elsewhere?: (i: number) => boolean): void {
  // the figures of another incident told in the same article, and running totals over a day or a
  // war, are dropped, not just weighed down
  const other = new Set([...otherIncident.find(toks), ...aggregate.find(toks)].map((h) => toks[h.i]!.sent));
  if (other.size) for (let k = mentions.length - 1; k >= 0; k--) if (other.has(toks[mentions[k]!.pos]!.sent)) mentions.splice(k, 1);
  if (elsewhere) for (let k = mentions.length - 1; k >= 0; k--) if (elsewhere(mentions[k]!.pos)) mentions.splice(k, 1);
  // the figures right after «على خلفية», «لم تكتفِ بـ», «رداً على» belong to the cause, an earlier act
  for (const h of earlierAct.find(toks)) {
    const s = toks[h.i]!.sent;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const p = mentions[k]!.pos;
      if (p >= h.i + h.len && p <= h.i + h.len + 8 && toks[p]!.sent === s) mentions.splice(k, 1);
    }
  }
  // a figure told only in a background sentence (an earlier event, a running total, an aside) stands
  // for this incident only in the lead, where a background marker («وكانت», «سلسلة») often governs the
  // report itself; further down it is another event's, and stating it would invent this one's toll
  // («وكان المصدر قد أعلن عن مقتل …» is still this incident: «كان» alone does not make another event)
  const leadEnd = (toks[0]?.sent ?? 0) + 1;
  const strongBg = new Set<number>();
  for (const h of background.find(toks)) if (!SOFT_BACKGROUND.has(h.p)) strongBg.add(toks[h.i]!.sent);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    const sent = toks[m.pos]!.sent;
    if (m.bg && sent > leadEnd && strongBg.has(sent) && !mentions.some((o) => o.kind === m.kind && !o.bg)) mentions.splice(k, 1);
  }
}

/** The figure that stands for this incident: stated (not inferred from a pronoun), in the foreground,
 * and among those the latest update («ارتفعت الحصيلة إلى …»), else the first one stated. */
function pick(mentions: readonly Mention[], kind: Mention["kind"]): Mention | null {
  let ms = mentions.filter((m) => m.kind === kind);
  if (!ms.length) return null;
  const strong = ms.filter((m) => !m.weak);
  if (strong.length) ms = strong;
  const fg = ms.filter((m) => !m.bg);
  if (fg.length) ms = fg;
  const up = ms.filter((m) => m.update);
  if (up.length) return up[up.length - 1]!;
  return ms[0]!;
}

/** Negators and the words between them and «casualties» in «لم يسفر الهجوم عن أي إصابات». */
const ZERO_NEGATOR = nset(["لم", "دون", "بدون", "ودون", "ولم", "لا", "ولا", "عدم"]);
const ZERO_FILLER = nset(["يسفر", "تسفر", "يؤد", "يؤدي", "تؤدي", "تؤد", "عن", "الى", "وقوع", "تسجيل", "اي", "ان", "تسجل", "يسجل",
  "تسجلا", "يخلف", "تخلف", "توجد", "يوجد", "هناك", "الانفجار", "الهجوم", "القصف", "الحادث", "الاستهداف", "ذلك", "من"]);
const ZERO_OBJECT = /^(ال)?(اصابات|اصابه|ضحايا|قتلى|قتلي|جرحى|جرحي|خسائر|اصابات)$/;
/** Material-damage words: «دون خسائر مادية» says nothing about people. */
const MATERIAL = /^(ال)?(ماديه|مادي)$/;

/** «لم يسفر عن إصابات», «دون خسائر بشرية», «لا توجد أي إصابات», «لم يصب أحد»: nobody was hurt. */
function saysNobodyHurt(toks: readonly Token[]): boolean {
  if (zeros.find(toks).length) return true;
  for (let i = 0; i < toks.length; i++) {
    if (!ZERO_NEGATOR.has(toks[i]!.t)) continue;
    const sent = toks[i]!.sent;
    for (let k = i + 1; k < Math.min(toks.length, i + 6) && toks[k]!.sent === sent; k++) {
      const t = toks[k]!.t;
      if (ZERO_OBJECT.test(t)) {
        const nx = toks[k + 1];
        // «خسائر» alone may be material; it speaks of people with «بشرية» / «في الأرواح»
        if (/خسائر$/.test(t) && !(nx && nx.sent === sent && /^(بشريه|في)$/.test(nx.t))) break;
        if (nx && nx.sent === sent && MATERIAL.test(nx.t)) break;
        return true;
      }
      if (!ZERO_FILLER.has(t)) break;
    }
  }
  return false;
}

function prevIs(toks: readonly Token[], i: number, w: string): boolean {
  const p = toks[i - 1];
  return !!p && p.sent === toks[i]!.sent && p.t === w;
}
