// Is a report itself a new toll of an earlier attack? «ارتفاع حصيلة ضحايا تفجير الحلة إلى 52», «أفاد مصدر محلي في
// ديالى بارتفاع عدد الشهداء إلى سبعة», «الحصيلة النهائية لتفجير …»: the merging stage lets such a report join
// its attack whatever its words (src/incidents/matching.ts). So the cue must be what the headline says, not a
// clause of another report: it opens the headline (a source may come first) and counts victims, or for «حصيلة»
// an attack — not «ارتفاع عدد الهجمات في المحافظة» after a new attack, nor «حصيلة الأموال المضبوطة». Pure.
import { normalizeArabic, tokenize, withoutArticle } from "./normalize.js";
import { TOLL_RISE_ATTACKS, TOLL_RISE_CUES, TOLL_RISE_VICTIMS } from "./data/followups.js";

/** How far into the headline the cue may begin: «أفاد مصدر محلي في ديالى بارتفاع …» is the 6th word. */
const OPENING = 8;
/** How far after the cue the victims or the attack must be named: «ارتفاع عدد ضحايا …», «… النهائية لتفجير». */
const NAMED_WITHIN = 3;

const cues = TOLL_RISE_CUES.map((c) => normalizeArabic(c).split(" "));
const victims = new Set(TOLL_RISE_VICTIMS.map(normalizeArabic));
const attacks = new Set(TOLL_RISE_ATTACKS.map(normalizeArabic));
/** A word without a leading conjunction or preposition and the article («بارتفاع», «لتفجير», «والقتلى»). */
const bare = (w: string): string[] => {
  const out = [w, withoutArticle(w)];
  if (/^[وبلف]/.test(w) && w.length > 3) out.push(w.slice(1), withoutArticle(w.slice(1)));
  if (w.startsWith("لل") && w.length > 4) out.push(w.slice(2));
  return out;
};
const isCue = (words: string[], i: number, cue: string[]): boolean =>
  cue.every((c, k) => words[i + k] !== undefined && bare(words[i + k]!).includes(c));

/** Whether the headline is a new toll of an earlier attack (see above). */
export function isTollRise(headline: string): boolean {
  const words = tokenize(normalizeArabic(headline)).map((t) => t.t);
  for (let i = 0; i < Math.min(OPENING, words.length); i++) {
    for (const cue of cues) {
      if (!isCue(words, i, cue)) continue;
      const named = [...cue, ...words.slice(i + cue.length, i + cue.length + NAMED_WITHIN)].flatMap(bare);
      if (named.some((w) => victims.has(w))) return true;
      if (cue.some((w) => withoutArticle(w) === "حصيله") && named.some((w) => attacks.has(w))) return true;
    }
  }
  return false;
}
