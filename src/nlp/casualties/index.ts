// Killed and injured, read separately. Rules (corpus README §4), one module each:
// - a combined total («مقتل وإصابة 6», «قتل وجرح 13», «12 بين قتيل وجريح») gives neither, and is kept
//   apart as `casualties` (verb-figure.ts);
// - a singular victim noun means one (مقتل جندي), a dual means two (عنصرا أمن، شخصين) (person.ts);
// - «توفي أحدهم» moves one from injured to killed;
// - numbers that count other things (rockets, km, brigade numbers, dates) are not tolls (count.ts);
// - «ما لا يقل عن N», «أكثر من N», «N على الأقل» give N with the lower-bound mark `atLeast` (count.ts);
// - a vague count («عدد من القتلى», «مقتل عدد من الجنود») is unknown, never 1 (count.ts);
// - background sentences (earlier events, monthly figures), another incident's figures and a day's or
//   a war's running total are not this incident's toll (other-events.ts); «rose to N» wins (rise.ts,
//   mention.ts);
// - 0 only when the text says nobody was hurt (nobody-hurt.ts), and then also when every figure is told as
//   background (background.ts: an earlier attack's toll beside today's «دون خسائر بشرية»).

import type { Token } from "../normalize.js";
import { stems } from "../numbers.js";
import { registerStarts, tokenMask } from "../match.js";
import { CAS_NOUNS } from "../cues.js";
import { KIN_AND, DIED_OF, HAD_BEEN, AFTER_THAT, AFTER_WHEN, SELF_STEMS, SELF_PRONOUNS, DIED, ONE_OF_THEM, AFTER, STRONG_UPDATE, TO, CAUSED, RISE_FILLERS, RISE, RISE_LEAD, CAUSE_WORDS, AMONG, THEY_ARE, MEANWHILE, CAUSE_PREFIX, INJURY_WORDS, RANK, INCIDENT_NOUN, ANOTHER_ONE, ADMIN_UNIT, PLACE_TOKEN, AFTER_IT_WAS, WAS, PRELIMINARY_TOLL, PRELIMINARY_ADJ } from "../data/toll-words.js";
import { verbs, updates } from "./matchers.js";
import { backgroundClauses, inBackground } from "./background.js";
import type { BackgroundClauses } from "./background.js";
import { pick, withMore } from "./mention.js";
import { memorialGenitive } from "../memorial.js";
import { chargeOf } from "../charge.js";
import type { Mention, Push } from "./mention.js";
import { verbFigure } from "./verb-figure.js";
import { additive } from "./count.js";
import { nounFigure } from "./noun-figure.js";
import { riseFigures } from "./rise.js";
import { dropOtherEventsFigures } from "./other-events.js";
import { nobodyHurt } from "./nobody-hurt.js";

export interface Casualties {
  killed: number | null;
  injured: number | null;
  /** a combined killed-and-injured figure as stated («مقتل وإصابة 15»), never split */
  casualties: number | null;
  /** a stated figure is a lower bound («ما لا يقل عن», «أكثر من», «على الأقل») */
  atLeast: boolean;
}

/** «ما أدى إلى مقتله», «إصابته بجروح», «مصرعهما»: the pronoun gives the count (a fallback only). */
const SELF: Record<string, { kind: "killed" | "injured"; n: number }> = {};
for (const [stem, kind] of SELF_STEMS) for (const [pronoun, n] of SELF_PRONOUNS) SELF[stem + pronoun] = { kind, n };

/** Speed: a word none of whose forms is a SELF form or a toll noun (CAS_NOUNS) — most words — is read as
 * neither without a lookup per form in each table: one bit of the token's start mask (match.ts) says so.
 * «constructor» is in the set too: both tables are plain objects, where a Latin token «constructor» finds
 * the inherited property, and the rules read it as they always have. */
const TOLL_WORD = registerStarts([...Object.keys(SELF), ...Object.keys(CAS_NOUNS), "constructor"]);

/** `elsewhere(i)`: token i is told of another place than the incident's (another incident's clause); `norm`: the
 * normalised text of the tokens (its commas cut the clause of an earlier date). */
export function extractCasualties(toks: readonly Token[], elsewhere?: (i: number) => boolean, norm?: string, year?: number): Casualties {
  const bg = backgroundClauses(toks, norm, year);
  const mentions: Mention[] = [];
  const used = new Uint8Array(toks.length);
  let died = false;

  const push = pusher(toks, bg, mentions);

  for (let i = 0; i < toks.length; i++) {
    if (used[i]) continue;
    const tok = toks[i]!;
    // «توفي احدهم / احد المصابين»
    if (DIED.has(tok.t) && ONE_OF_THEM.test(toks[i + 1]?.t ?? "")) { died = true; continue; }
    const v = verbs.at(toks, i);
    // «ذكرى استشهاد الإمام», «المعزين باستشهاد»: a death already known, no toll of this story
    if (v && memorialGenitive(toks, { i, p: v.p }, true)) { i += v.len - 1; continue; }
    // «القبض على المتهم باغتيال شيخ العشيرة»: the charge, a killing already told
    if (v && chargeOf(toks, i)) { i += v.len - 1; continue; }
    if (v) {
      i = verbFigure(toks, i, v, used, push);
      continue;
    }
    if (!(tokenMask(tok) & TOLL_WORD)) continue;
    let self: { kind: "killed" | "injured"; n: number } | undefined;
    for (const s of stems(tok.t)) { self = SELF[s]; if (self) break; }
    // «بعد وفاة جريح متأثراً بإصابته»: the wound the dead died of, no one hurt
    if (self?.kind === "injured" && DIED_OF.test(toks[i - 1]?.t ?? "")) continue;
    if (self) {
      // «يسفر عن مقتله وزوجته»: his kin after him
      const kin = KIN_AND.test(toks[i + 1]?.t ?? "") && toks[i + 1]!.sent === tok.sent ? additive(toks, i + 1, tok.sent, self.kind === "killed").value : 0;
      push(self.kind, self.n + kin, i, true);
      continue;
    }
    nounFigure(toks, i, used, push);
  }

  mentions.push(...riseFigures(toks, used, bg));
  diedOfWounds(toks, mentions);
  dropOtherEventsFigures(toks, mentions, bg, elsewhere, norm);
  dropPreliminary(toks, mentions);
  // «دون خسائر بشرية» today beside an earlier attack's toll («أدى إلى إصابة 11» in January): nobody was hurt
  // nobody hurt «among the civilians» is a 0 only where nobody is said to be killed or hurt at all («… وقتل من فيه، ولم
  // تقع إصابات بين المدنيين»: some were)
  const z = nobodyHurt(toks);
  const zero = z && !(z.among && tollWordsBesides(toks, z.at)) ? z.at : -1;
  const zeroToday = zero >= 0 && !inBackground(bg, zero);
  if (zeroToday && mentions.length && mentions.every((m) => m.bg)) return { killed: 0, injured: 0, casualties: null, atLeast: false };
  const killedM = pick(mentions, "killed");
  const injuredM = pick(mentions, "injured");
  const bothM = pick(mentions, "both");
  const apart = (a: number, b: number): boolean => chainBroken(toks, mentions, a, b);
  let killed = killedM ? withMore(mentions, killedM, apart) : null;
  let injured = injuredM ? withMore(mentions, injuredM, apart) : null;
  if (died) {
    // (a rise told with the death already counts him: «وتوفي أحد الجرحى لترتفع حصيلة القتلى إلى ثلاثة»)
    if (!killedM?.update) killed = (killed ?? 0) + 1;
    if (injured !== null && injured > 0) injured -= 1;
  }
  const casualties = bothM?.value ?? null;
  // «مقتل وإصابة ٧ أشخاص، بينهم قتيلان»: the part stated among a combined figure, the rest is the other kind (the corpus
  // rules' split: the seed's «مقتل وإصابة 6» of whom 2 dead is 2 and 4)
  if (bothM && !bothM.bg && casualties !== null) {
    if (killed !== null && injured === null && killedM && among(toks, bothM.pos, killedM.pos) && casualties > killed) injured = casualties - killed;
    else if (injured !== null && killed === null && injuredM && among(toks, bothM.pos, injuredM.pos) && casualties > injured) killed = casualties - injured;
  }
  const atLeast = !!(killedM?.atLeast || injuredM?.atLeast || bothM?.atLeast);
  // «… إلى 15 جريحاً، فيما لم تسجل أي حالة وفاة»: none died, whoever was hurt
  if (zeroToday && z!.deathsOnly) return { killed: killed ?? 0, injured, casualties, atLeast };
  if (killed === null && injured === null && casualties === null && zero >= 0) return { killed: 0, injured: 0, casualties: null, atLeast: false };
  return { killed, injured, casualties, atLeast };
}

/**
 * «ارتفاع حصيلة … إلى 12 شهيداً و40 جريحاً، بعدما كانت الحصيلة الأولية تشير إلى 7 شهداء و25 جريحاً»: the figures after
 * «بعدما كانت» (or «الحصيلة الأولية / السابقة») are the count the new one replaces — dropped where the sentence
 * states one of their kind before them.
 */
function dropPreliminary(toks: readonly Token[], mentions: Mention[]): void {
  for (let k = 0; k < toks.length; k++) {
    if (!preliminaryAt(toks, k)) continue;
    const sent = toks[k]!.sent;
    const stated = new Set(mentions.filter((m) => m.pos < k && toks[m.pos]!.sent === sent).map((m) => m.kind));
    for (let j = mentions.length - 1; j >= 0; j--) {
      const m = mentions[j]!;
      if (m.pos > k && toks[m.pos]!.sent === sent && stated.has(m.kind)) mentions.splice(j, 1);
    }
  }
}

/** «بعدما كانت», «بعد أن كانت», «الحصيلة الأولية»: where an earlier count of the same toll begins. */
function preliminaryAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!.t;
  const next = toks[k + 1]?.t ?? "";
  if (t === AFTER_IT_WAS && WAS.test(next)) return true;
  if (t === "بعد" && next === "ان" && WAS.test(toks[k + 2]?.t ?? "")) return true;
  return PRELIMINARY_TOLL.test(t) && PRELIMINARY_ADJ.test(next);
}

/** The figure at b is told among the combined figure at a: «بينهم» or «هم» between them, in one sentence. */
function among(toks: readonly Token[], a: number, b: number): boolean {
  if (b <= a || toks[a]!.sent !== toks[b]!.sent) return false;
  for (let k = a + 1; k < b; k++) if (AMONG.has(toks[k]!.t) || THEY_ARE.has(toks[k]!.t)) return true;
  return false;
}

/** A casualty word outside the nobody-hurt phrase at `at` («وقتل من فيه»). */
function tollWordsBesides(toks: readonly Token[], at: number): boolean {
  return verbs.find(toks).some((h) => h.i < at || h.i > at + ZERO_PHRASE);
}
/** The longest nobody-hurt phrase, in words («دون أن يسفر الانفجار عن وقوع أي إصابات»). */
const ZERO_PHRASE = 8;

/** Between the figures at a and b: another sentence (a body retelling its lead: «إصابة ضابط ومرافقه. … كما أصيب معه
 * مرافقه»), any other figure (of another kind, or a victim read off a pronoun: «ما أدى إلى إصابته»), or «بينهم». */
function chainBroken(toks: readonly Token[], mentions: readonly Mention[], a: number, b: number): boolean {
  if (toks[a]!.sent !== toks[b]!.sent) return true;
  if (mentions.some((m) => m.pos > a && m.pos < b)) return true;
  for (let k = a + 1; k < b; k++) if (AMONG.has(toks[k]!.t) || MEANWHILE.has(toks[k]!.t)) return true;
  // a round-up: the first figure's clause has a cause of its own («قتل شخص بنزاع عشائري …، وقتل ثلاثة آخرون بحادث سير»)
  // — «آخرين» then counts another item's victims (with «معه» they are with him, whatever the cause)
  const more = mentions.find((m) => m.pos === b)?.more;
  if ((more === "others" || more === "and") && toks.slice(a + 1, b).some((t) => ownCause(t.t))) return true;
  // the later figure's clause, up to the next figure
  const sent = toks[b]!.sent;
  const end = mentions.filter((m) => m.pos > b).reduce((e, m) => Math.min(e, m.pos), toks.length);
  // «وجرح ثلاثة آخرون في اشتباك ثان»: it names an incident of its own
  for (let k = b + 1; k + 1 < end && toks[k]!.sent === sent; k++) {
    if (INCIDENT_NOUN.test(toks[k]!.t) && ANOTHER_ONE.test(toks[k + 1]!.t)) return true;
  }
  // a round-up's items: a place named in each clause («أصيب شخصان … في قضاء الطارمية، وأصيب ثلاثة آخرون … في قضاء بلد»)
  const placed = (from: number, to: number): boolean => toks.slice(from, to).some((t) => (t.t === PLACE_TOKEN || ADMIN_UNIT.test(t.t)) && t.sent === sent);
  return placed(a + 1, b) && placed(b + 1, end);
}

/** A cause word («بنزاع», «بانفجار», «جراء», «إثر»), not how a victim was hurt («بجروح», «بإصابة») or his rank. */
function ownCause(t: string): boolean {
  return CAUSE_WORDS.has(t) || (CAUSE_PREFIX.test(t) && !INJURY_WORDS.has(t) && !RANK.test(t) && !t.startsWith("باصاب"));
}

export { PLACE_TOKEN } from "../data/toll-words.js";

/** «مقتل شخص إثر إصابته بشظايا»: a wound read off a pronoun after «إثر», «جراء» … right after a death of as many
 * (a few words, no «و» clause between: «ونقل شقيقه … إثر إصابته» is the brother's) is what the dead died of, not one
 * more person wounded: dropped. */
function diedOfWounds(toks: readonly Token[], mentions: Mention[]): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    // («فارق الحياة بعد إصابته برصاصة»: after it, as of it)
    const before = toks[m.pos - 1]?.t ?? "";
    if (m.kind !== "injured" || !m.weak || !(CAUSE_WORDS.has(before) || before === AFTER)) continue;
    const ofTheDead = mentions.some((d) => d.kind === "killed" && d.value === m.value && d.pos < m.pos && m.pos - d.pos <= DIED_OF_SPAN &&
      toks.slice(d.pos + 1, m.pos).every((t) => t.sent === toks[m.pos]!.sent && !t.t.startsWith("و")));
    if (ofTheDead) mentions.splice(k, 1);
  }
}
/** «مقتل شخص بانفجار عبوة في قضاء الخالص إثر إصابته»: the death word, its victim, the cause and place, the cause word,
 * the wound. */
const DIED_OF_SPAN = 12;

/** The callback the figure readers report a mention with. Made here, not as a named closure in the caller
 * (tsx compiles with esbuild's keepNames: a closure bound to a const gets a defineProperty each time it is created). */
function pusher(toks: readonly Token[], bg: BackgroundClauses, mentions: Mention[]): Push {
  return (kind, value, pos, weak = false, atLeast = false, more) => {
    // «بعد وفاة اثنين من الجرحى»: the reason for a rise, not the toll
    const aside = toks[pos - 1]?.t === AFTER && toks[pos - 1]!.sent === toks[pos]!.sent;
    // what the toll had been, or what a rise's «بعد» tells: no figure of the toll
    if (hadBeen(toks, pos) || riseReason(toks, pos)) return;
    mentions.push({ kind, value, pos, bg: inBackground(bg, pos), update: !aside && isUpdate(toks, pos), weak: weak || aside, atLeast, more });
  };
}

/** Words «بعد أن كانت» may take before the figure it tells («بعد أن كانت الحصيلة الأولية تشير إلى مقتل أربعة»). */
const HAD_BEEN_REACH = 8;

/** The figure at `pos` is what the toll had been: «بعد أن كانت» / «بعدما كان» within HAD_BEEN_REACH words before it, in its sentence. */
function hadBeen(toks: readonly Token[], pos: number): boolean {
  const s = toks[pos]!.sent;
  for (let k = pos - 1; k >= Math.max(1, pos - HAD_BEEN_REACH) && toks[k]!.sent === s; k--) {
    if (!HAD_BEEN.has(toks[k]!.t)) continue;
    const b = toks[k - 1]!.t;
    if (b === AFTER_WHEN || (b === AFTER_THAT && toks[k - 2]?.t === AFTER)) return true;
  }
  return false;
}

/** Words a rise's «بعد» may take before the figure of its reason («بعد العثور على جثة»). */
const REASON_REACH = 3;

/** The figure at `pos` is told after a rise's «بعد», within REASON_REACH words: the reason of the rise. */
function riseReason(toks: readonly Token[], pos: number): boolean {
  const s = toks[pos]!.sent;
  for (let k = pos - 1; k >= Math.max(0, pos - REASON_REACH) && toks[k]!.sent === s; k--) {
    if (toks[k]!.t !== AFTER) continue;
    for (let b = k - 1; b >= 0 && toks[b]!.sent === s; b--) if (RISE.test(toks[b]!.t)) return true;
    return false;
  }
  return false;
}

/** The figure at i is the latest one: an update cue just before it, or a rise or a final toll governing
 * the figures that follow it in its clause («الحصيلة النهائية للهجوم وهي 5 قتلى و4 جرحى», «ارتفعت إلى 14
 * قتيلا و38 جريحا»). */
function isUpdate(toks: readonly Token[], i: number): boolean {
  const s = toks[i]!.sent;
  // (the figure's own word too: «ارتفاع عدد القتلى إلى 18», read from the rise)
  for (let k = Math.max(0, i - 4); k <= i; k++) if (toks[k]!.sent === s && updates.at(toks, k)) return true;
  for (let k = Math.max(0, i - 9); k < i; k++) if (toks[k]!.sent === s && STRONG_UPDATE.test(toks[k]!.t)) return true;
  // «وصلت حصيلة الضحايا إلى 14», «ارتفع العدد إلى أكثر من 20»: «إلى» just before the figure; not the «إلى» of a
  // cause's result («أدى الانفجار إلى مقتل 10»), which a lead's higher figure («استشهاد 24 شخصاً») must not yield to
  // «إلى ما لا يقل عن 20 قتيلاً»: past the lower bound's words
  let at = i;
  while (at > 0 && toks[at - 1]!.sent === s && (RISE_FILLERS.has(toks[at - 1]!.t) || /^\d+$/.test(toks[at - 1]!.t)) && i - at < 6) at--;
  // past lower-bound words «إلى» must come right before them («أشار إلى أن أكثر من 10»: a report, no rise); else a
  // rise or a count earlier in the sentence («ارتفعت الحصيلة إلى», «وصل العدد إلى») must lead to it («نقل إلى مستشفى
  // الحلة 15 جريحاً»: a transfer)
  const pastLowerBound = at < i - 1;
  // (a text may open with the lower bound: «أكثر من 20 قتيلاً وجريحاً بتفجير …»)
  for (let k = pastLowerBound ? Math.max(0, at - 1) : Math.max(0, at - 4); k < at; k++) {
    if (toks[k]!.sent !== s || !TO.has(toks[k]!.t)) continue;
    if (!pastLowerBound) {
      let led = false;
      for (let b = k - 1; b >= 0 && toks[b]!.sent === s && !led; b--) led = RISE.test(toks[b]!.t) || STRONG_UPDATE.test(toks[b]!.t) || RISE_LEAD.test(toks[b]!.t);
      if (!led) continue;
    }
    let caused = false;
    for (let b = Math.max(0, k - 3); b < k; b++) if (toks[b]!.sent === s && CAUSED.test(toks[b]!.t)) caused = true;
    if (!caused) return true;
  }
  return false;
}
