// A casualty verb or masdar with its count: after it («مقتل 3 أشخاص», «اصيب 23 آخرون»), before it
// («أربعة مدنيين قتلوا»), or a combined figure («مقتل وإصابة 15», «12 شخصاً بين قتيل وجريح»).

import type { Token } from "../normalize.js";
import { readNumber } from "../numbers.js";
import type { Hit } from "../match.js";
import type { CasKind } from "../cues.js";
import { ONE_OF, WITH_HIM, WITH_THEM, OTHERS_AFTER, WOUND, WOUND_SEVERITY, WOUNDS_SUSTAINED, CAUSE_WORDS, RESULT_OF, DYING, OTHER_ONE, ZERO_NEGATOR, ONE_OF_THEM_AFTER, UNIT_BEFORE, MET, DEATH_NOUN, ASSASSINATION, ATTEMPT, OF, COUNTED_TOLL_NOUNS, COUNTED_TOLL_NOUNS_SINGULAR, SINGULAR_COUNT_FROM, HIT_QUALITY, HIT_CLAIM, IN_RANKS, RISE, TO, AMONG, ORDINAL_ONE_STEM, VICTIM_SUBJECT_VERB, WOUND_NOUN, AGE_UNITS, STILL, THEY_ARE } from "../data/toll-words.js";
import { readCount, numberBefore, atLeastAfter, atLeastBefore, additive } from "./count.js";
import { personForm } from "./person.js";
import { verbs } from "./matchers.js";
import { otherKindAfter } from "./rise.js";
import type { Push } from "./mention.js";

/** The figure of the casualty verb `v` at i; marks the tokens it read in `used`. Returns the last token it read. */
export function verbFigure(toks: readonly Token[], i: number, v: Hit<CasKind>, used: Uint8Array, push: Push): number {
  if (v.v === "both") return combinedFigure(toks, i, v, used, push);
  const tok = toks[i]!;
  // «محاولة اغتيال»: an attempt
  if (v.p.startsWith(ASSASSINATION) && ATTEMPT.test(toks[i - 1]?.t ?? "")) return i;
  if (countedNoun(toks, i, v, used, push)) return i;
  const end = i + v.len;
  const c = readCount(toks, end, tok.sent, true, v.v === "killed");
  if (c && !used[Math.max(end, c.end - 1)]) {
    // «استشهاد عنصرين من الحشد ومقتل راعٍ»: a second group of its kind, joined by «و», is more victims
    const joined = tok.t.startsWith("و") && !v.p.startsWith("و") ? "and" : undefined;
    if (c.value !== null) push(v.v, c.value, i, false, !!c.atLeast, moreVictims(toks, i, end, c.end) ?? joined);
    for (let k = end; k < c.end; k++) used[k] = 1;
    const also = c.value !== null ? otherKindRising(toks, i, c.end, v.v) : null;
    if (also) {
      push(also.kind, also.value, also.pos);
      for (let k = c.end; k < also.end; k++) used[k] = 1;
      return also.end - 1;
    }
    // «لقي N مصرعهم»: the later «مصرع» is the same mention
    if (MET.has(v.p)) for (let k = c.end; k < Math.min(toks.length, c.end + 4); k++) if (DEATH_NOUN.test(toks[k]!.t)) used[k] = 1;
    return Math.max(i, c.end - 1);
  }
  if (v.v === "injured" && tok.t.replace(/^و/, "") === WOUND && WOUND_SEVERITY.has(toks[i + 1]?.t ?? "") && toks[i + 1]!.sent === tok.sent) {
    return woundBySeverity(toks, i, push);
  }
  // «… شابين بقذيفة هاون دون إصابات»: a casualty word under a negator counts nobody (nobody-hurt.ts reads it)
  if (!negated(toks, i)) countBeforeVerb(toks, i, v.v as "killed" | "injured", used, push);
  return i + v.len - 1;
}

/** «ارتفاع عدد القتلى إلى 11 والجرحى إلى 23»: after a rise's figure (the rise at or just before the verb at i), the
 * other kind rising to its own figure in the same clause. */
function otherKindRising(toks: readonly Token[], i: number, end: number, kind: "killed" | "injured"): { kind: "killed" | "injured"; value: number; pos: number; end: number } | null {
  const sent = toks[i]!.sent;
  let rising = false;
  for (let k = Math.max(0, i - 3); k <= i && !rising; k++) rising = toks[k]!.sent === sent && RISE.test(toks[k]!.t);
  const other = rising && toks[end - 1]?.sent === sent ? otherKindAfter(toks, end, kind) : null;
  if (!other || !TO.has(toks[end + 1]?.t ?? "") || toks[end + 1]!.sent !== sent) return null;
  const r = readNumber(toks, end + 2);
  if (!r || r.value === null || !Number.isInteger(r.value) || toks[end + 2]!.sent !== sent) return null;
  return { kind: other, value: r.value, pos: end + 2, end: end + 2 + r.len };
}

/** A negator a few words before the casualty word at i, in its sentence («دون إصابات», «لم يسفر عن إصابات»). */
function negated(toks: readonly Token[], i: number): boolean {
  // («لا يزال أربعة آخرون يتلقون العلاج»: «لا يزال» is «still»)
  for (let k = Math.max(0, i - 4); k < i; k++) if (toks[k]!.sent === toks[i]!.sent && ZERO_NEGATOR.has(toks[k]!.t) && !STILL.test(toks[k + 1]?.t ?? "")) return true;
  return false;
}

/** The victim counted from `from` to `to` («معه سائقه», «معه المنتسب») was named earlier in the sentence of the verb at
 * i («مقتل ضابط وسائقه …، حيث قتل معه سائقه»): a retelling, not one more. Compared without «و» and the article. */
function namedBefore(toks: readonly Token[], i: number, from: number, to: number): boolean {
  const bare = (t: string): string => t.replace(/^و/, "").replace(/^ال/, "");
  const words = new Set(toks.slice(from, to).filter((t) => personForm(t.t, undefined) >= 0).map((t) => bare(t.t)));
  const sent = toks[i]!.sent;
  for (let k = i - 1; k >= 0 && toks[k]!.sent === sent; k--) if (words.has(bare(toks[k]!.t))) return true;
  return false;
}

/**
 * «إصابة خطيرة» at i (a wound and its severity) with no count: one person wounded, or the victims after «ل»
 * («إصابة خطيرة لجنديين»: 2; «لسائق العجلة ومرافقه»: 2; «لأطفال»: no number). Nothing after «أصيب» a few words
 * before («أصيب إصابة خطيرة» is that man's wound, counted there) or after «إثر», «نتيجة», «جراء» (the wound a victim
 * died of). Returns the last token read.
 */
function woundBySeverity(toks: readonly Token[], i: number, push: Push): number {
  const sent = toks[i]!.sent;
  for (let k = Math.max(0, i - 3); k < i; k++) if (toks[k]!.sent === sent && WOUNDS_SUSTAINED.test(toks[k]!.t)) return i + 1;
  // «لقي شاب مصرعه إثر إصابة خطيرة», «استشهد مقاتل نتيجة إصابة بليغة»: the wound a victim died of
  if (toks[i - 1]?.sent === sent && CAUSE_WORDS.has(toks[i - 1]!.t)) return i + 1;
  // «لم يسفر الحادث عن إصابة خطيرة»: a wound denied
  if (negated(toks, i)) return i + 1;
  // a second wound joined by «و» («إصابة متوسطة لجندي وإصابة بسيطة لآخر») is another person's
  const more = toks[i]!.t.startsWith("و") ? "others" : undefined;
  const of = toks[i + 2];
  // «وإصابة خطيرة لأحدهم», «للطفل», «للآخر»: one of the victims already counted, described
  if (of && of.sent === sent && (ONE_OF_THEM_AFTER.test(of.t) || /^لل/.test(of.t))) return i + 2;
  if (of && of.sent === sent && of.t.startsWith("ل") && of.t.length > 2) {
    const pf = personForm(of.t.slice(1), toks[i + 3]?.t);
    if (pf === 0) return i + 1;
    if (pf > 0 || OTHER_ONE.has(of.t.slice(1))) {
      const added = additive(toks, i + 3, sent);
      push("injured", Math.max(pf, 1) + added.value, i, false, false, more);
      return Math.max(i + 2, added.end - 1);
    }
  }
  // no victim named: a wound that opens its clause («…؛ إصابة خطيرة كحصيلة أولية») or is a result («أسفر عن إصابة
  // خطيرة»), in a sentence that tells of no death (there it is the dead man's: «أدى إلى إصابة خطيرة في رأسه توفي»)
  const opens = toks[i - 1]?.sent !== sent || more || RESULT_OF.has(toks[i - 1]!.t);
  if (!opens || deathInSentence(toks, sent)) return i + 1;
  push("injured", 1, i, false, false, more);
  return i + 1;
}

/** A death told in the sentence: a killing word, or one of dying. */
function deathInSentence(toks: readonly Token[], sent: number): boolean {
  return toks.some((t, k) => t.sent === sent && (DYING.test(t.t) || verbs.at(toks, k)?.v === "killed"));
}

/** Whether the count read from `from` to `to` after the verb at i tells of more victims (mention.ts withMore): «معه»,
 * «معهما» in it («كما أُصيب معه أيضاً ضابط»; not a victim the sentence named before), or «آخرين» right after a count of one item («وأصيب ثلاثة مقاتلين آخرين»; not
 * «ضابط وثلاثة جنود آخرين», where «آخرين» sets the soldiers apart from the officer in the same count). */
function moreVictims(toks: readonly Token[], i: number, from: number, to: number): "others" | "with" | "with-them" | undefined {
  let listed = false;
  for (let k = from; k < to; k++) {
    if (WITH_HIM.has(toks[k]!.t)) return namedBefore(toks, i, k + 1, to) ? undefined : WITH_THEM.has(toks[k]!.t) ? "with-them" : "with";
    if (k > from && toks[k]!.t.startsWith("و")) listed = true;
  }
  // «آخرين» after the count, or as its counted noun («لثلاثة آخرين»)
  const next = toks[to];
  const others = (next && next.sent === toks[i]!.sent && OTHERS_AFTER.has(next.t)) || (to - 1 > from && OTHERS_AFTER.has(toks[to - 1]!.t));
  return !listed && others ? "others" : undefined;
}

/** «خمس إصابات», «7 إصابات», «25 إصابة»: a toll noun the verb table holds too, counted by the number right
 * before it (the singular from eleven up, as Arabic counts) — unless they are hits on targets (hitsOnTargets). */
function countedNoun(toks: readonly Token[], i: number, v: Hit<CasKind>, used: Uint8Array, push: Push): boolean {
  if (v.len !== 1) return false;
  const t = toks[i]!.t;
  const singular = COUNTED_TOLL_NOUNS_SINGULAR.has(t);
  if ((!singular && !COUNTED_TOLL_NOUNS.has(t.replace(/^و/, ""))) || hitsOnTargets(toks, i)) return false;
  const nb = numberBefore(toks, i);
  if (typeof nb !== "number" || used[i - 1] || (singular && nb < SINGULAR_COUNT_FROM)) return false;
  push(v.v, nb, i, false, atLeastBefore(toks, i - 1) || atLeastAfter(toks, i + 1, toks[i]!.sent));
  return true;
}

/** A combined figure: kept as such, and its number blocked before and after. */
function combinedFigure(toks: readonly Token[], i: number, v: Hit<CasKind>, used: Uint8Array, push: Push): number {
  const tok = toks[i]!;
  const c = readCount(toks, i + v.len, tok.sent, false);
  if (c && c.value !== null) push("both", c.value, i, false, !!c.atLeast);
  else {
    // «12 شخصاً بين قتيل وجريح», «15 قتيلا وجريحا»
    const k = personForm(toks[i - 1]?.t ?? "", undefined) >= 0 && i > 0 ? i - 1 : i;
    const nb = numberBefore(toks, k);
    if (typeof nb === "number") push("both", nb, i, false, atLeastBefore(toks, k - 1) || atLeastAfter(toks, i + v.len, tok.sent));
  }
  // the combined figure's own number, before it or after it; not past «بينهم» or «هم»: «مقتل وإصابة 5 جنود بينهم 3 قتلى»,
  // «9 أشخاص بين قتيل وجريح، هم ثلاثة قتلى وستة جرحى» state the dead among them
  for (let k = Math.max(0, i - 6); k < Math.min(toks.length, i + v.len + 5); k++) {
    if (k > i && (AMONG.has(toks[k]!.t) || THEY_ARE.has(toks[k]!.t))) break;
    if (readNumber(toks, k)) used[k] = 1;
  }
  return i + v.len - 1;
}

/** The count before the verb: «اربعه مدنيين قتلوا», «5 من مسلحي داعش قتلوا», «مدنيين اثنين اغتيلا». */
function countBeforeVerb(toks: readonly Token[], i: number, kind: "killed" | "injured", used: Uint8Array, push: Push): void {
  const sent = toks[i]!.sent;
  // «متأثراً بجروح أصيب بها»: the wounds the dead sustained, nobody more
  if (WOUND_NOUN.test(toks[i - 1]?.t ?? "")) return;
  // «وآخر يصاب»: another one
  if (ORDINAL_ONE_STEM.test(toks[i - 1]?.t ?? "") && toks[i - 1]!.sent === sent) { push(kind, 1, i - 1); return; }
  // «جندي يستشهد», «منتسب في الشرطة يلقى حتفه»: a singular victim noun, the subject of a verb only a victim is the
  // subject of (not «مسلح يقتل»: the killer), is one — unless a number counts it («أكثر من 40 شخصاً لقوا مصرعهم»)
  const victimFirst = VICTIM_SUBJECT_VERB.test(toks[i]!.t);
  let singular: number | null = null;
  for (let k = i - 1; k >= Math.max(0, i - 6) && toks[k]!.sent === sent; k--) {
    if (used[k]) break;
    // the clause of another casualty verb («عنصران يستشهدان وآخر يصاب»): its victims are its own
    if (k < i - 1 && verbs.at(toks, k)) break;
    const r = readNumber(toks, k);
    if (r && r.value !== null && Number.isInteger(r.value) && !UNIT_BEFORE.has(toks[k - 1]?.t ?? "")) {
      // «طفلاً يبلغ من العمر تسع سنوات فارق الحياة»: the victim's age, the victim before it
      if (AGE_UNITS.has(toks[k + r.len]?.t ?? "")) continue;
      if (singular !== null && singular !== k + r.len) break;
      const after = toks[k + r.len]?.t ?? "";
      const before = k > 0 && toks[k - 1]!.sent === sent ? toks[k - 1]!.t : "";
      // («أربعة آخرون يتلقون العلاج»: «others» counted)
      if (after === OF || OTHERS_AFTER.has(after) || personForm(after, undefined) >= 0 || (before && personForm(before, undefined) >= 0)) { push(kind, r.value, k); used[k] = 1; return; }
      break;
    }
    const pf = personForm(toks[k]!.t, toks[k + 1]?.t);
    if (pf === 2) { push(kind, 2, k); return; }
    if (pf === 1 && victimFirst && singular === null) singular = k;
    // «أن أحد المنتسبين أصيب بجروح»: one of them
    if (ONE_OF.test(toks[k]!.t) && k + 1 < i && personForm(toks[k + 1]!.t, undefined) >= 0) { push(kind, 1, k); return; }
  }
  if (singular !== null) push(kind, 1, singular);
}

/** «3 إصابات مباشرة / دقيقة / مؤكدة», «تحقيق 4 إصابات», «إصابات في خزانات الوقود», «إصابات للأهداف»: a claim
 * of hits on targets, not people wounded («إصابات في صفوف الشرطة» are). */
function hitsOnTargets(toks: readonly Token[], i: number): boolean {
  const s = toks[i]!.sent;
  const next = toks[i + 1]?.sent === s ? toks[i + 1]!.t : "";
  if (HIT_QUALITY.test(next) || /^(لل|ل)اهداف/.test(next)) return true;
  if (next === "في" && toks[i + 2]?.sent === s && !IN_RANKS.test(toks[i + 2]!.t) && personForm(toks[i + 2]!.t, undefined) < 0) return true;
  for (let k = Math.max(0, i - 3); k < i; k++) if (toks[k]!.sent === s && HIT_CLAIM.test(toks[k]!.t)) return true;
  return false;
}

