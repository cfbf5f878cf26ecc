// Which figures are told as background (an earlier event, a running total, an aside): those in the clause of a
// background marker («وكانت القاعدة قد تعرضت في كانون الثاني الماضي لهجوم أدى إلى إصابة 11», «وتعرض الحقل لهجوم
// مماثل في نيسان الماضي أسفر عن مقتل 4»). The clause of a marker is its sentence cut at the words that open a side
// clause (CLAUSE_OPENERS): «أسفر عن إصابة ثلاثة موظفين، وهو السادس من نوعه منذ كانون الثاني» is today's toll with
// a remark on the place beside it. An earlier date («في شباط الماضي», «قبل عامين»: PAST_CUES) reaches less far:
// a comma or a relative pronoun ends its clause too («الهجوم، المشابه لما حدث في شباط الماضي، أسفر عن مقتل
// جنديين», «إصابة شقيقه الذي عاد من الخدمة قبل عامين»), while the sentence-wide markers («وكانت», «يذكر أن»)
// govern their sentence past commas — backwards only into a «، التي / الذي …» aside set off after the figure.

import type { Token } from "../normalize.js";
import { SOFT_BACKGROUND, CAUSE_BACKGROUND, HAD, SUFFERED, CLAUSE_OPENERS, RELATIVE_PRONOUNS, COMMA, SINCE, PART_OF_SPAN, LIKENESS_CUE, LIKE_WHAT } from "../data/toll-words.js";
import { notToday } from "../earlier-today.js";
import { pastDate } from "./matchers.js";
import { backgroundMarkers } from "../background-matcher.js";
import { COMES_OPENER, TODAY_WORD, YEAR_BEFORE } from "../data/incident-words.js";
import { MONTHS, YEAR } from "../data/story-words.js";
import { backgroundReachStart } from "../appended-background.js";

/** The last word of each month's name («الثاني» of «كانون الثاني», «حزيران»), with «في/ب/ل/و» before it allowed. */
const MONTH_LAST: ReadonlySet<string> = new Set(MONTHS.map((m) => m.split(" ").pop()!));
const MONTH_CLITIC = /^(و|ب|ل|في)(?=..)/;

export interface BackgroundClauses {
  /** the clause of each token (sentences cut at CLAUSE_OPENERS) */
  clauseOf: Uint32Array;
  /** the narrower clause of each token for an earlier date (also cut at commas and relative pronouns) */
  dateClauseOf: Uint32Array;
  /** the background markers (token index, and whether it says another event, not an earlier statement about
   * this one as «وكان» may), and where their reach starts (a marker in a clause appended to the news to compare it
   * — «قتل تسعة …، وهو الأول منذ عام 2017» — reaches only that clause: appended-background.ts) */
  markers: { i: number; strong: boolean; from: number; whole: boolean; cause: boolean }[];
  /** the sentence of each token (a sentence on what the news comes after is background whole: COMES_OPENER) */
  sentOf: Uint32Array;
  /** how many «، الذي / التي» stand before each token */
  asides: Uint32Array;
  /** date clauses holding an earlier date */
  dated: Set<number>;
  /** date clauses that tell an earlier event for certain: dated by a past date or an earlier similar attack, not by
   * a «منذ» comparison («أعنف هجوم منذ الشهر الماضي») or a likeness («بهجوم مماثل لهجمات داعش»; «في وقت سابق من
   * اليوم» dates nothing: earlier-today.ts) */
  earlier: Set<number>;
}

/** `norm`: the normalised text the tokens were read from (its commas); without it only words cut a clause. `year`: the
 * report's, when known — a month or «عام» before an earlier year («في كانون الثاني 2020», «عام 2019») dates its clause
 * as an earlier event. */
export function backgroundClauses(toks: readonly Token[], norm?: string, year?: number): BackgroundClauses {
  const clauseOf = new Uint32Array(toks.length);
  const dateClauseOf = new Uint32Array(toks.length);
  const asides = new Uint32Array(toks.length + 1);
  let c = 0;
  let d = 0;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    const newSentence = t.sent !== toks[i - 1]!.sent;
    const comma = !!norm && norm.slice(toks[i - 1]!.e, t.s).includes(COMMA);
    const relative = RELATIVE_PRONOUNS.has(t.t);
    if (newSentence || CLAUSE_OPENERS.has(t.t)) c++;
    if (newSentence || CLAUSE_OPENERS.has(t.t) || relative || comma) d++;
    clauseOf[i] = c;
    dateClauseOf[i] = d;
    asides[i + 1] = asides[i]! + (comma && relative ? 1 : 0);
  }
  const markers = backgroundMarkers(toks)
    .map((h) => ({
      i: h.i, strong: !SOFT_BACKGROUND.has(h.p) || placeHadBeenHit(toks, h.i), from: backgroundReachStart(toks, norm, h.i), whole: COMES_OPENER.test(h.p),
      cause: CAUSE_BACKGROUND.has(h.p),
    }));
  const sentOf = Uint32Array.from(toks, (t) => t.sent);
  const dated = new Set<number>();
  const earlier = new Set<number>();
  for (const h of notToday(toks, pastDate.find(toks))) {
    dated.add(dateClauseOf[h.i]!);
    // «منذ (مطلع) الشهر الماضي»: a span compared over
    const before = PART_OF_SPAN.test(toks[h.i - 1]?.t ?? "") ? h.i - 2 : h.i - 1;
    const since = SINCE.test(toks[before]?.t ?? "");
    const likeness = LIKENESS_CUE.test(h.p) && LIKE_WHAT.test(toks[h.i + h.len]?.t ?? "");
    if (!since && !likeness) earlier.add(dateClauseOf[h.i]!);
  }
  if (year) {
    for (let i = 0; i + 1 < toks.length; i++) {
      const y = toks[i + 1]!.t;
      if (y.length !== 4 || !YEAR.test(y) || Number(y) >= year || toks[i + 1]!.sent !== toks[i]!.sent) continue;
      if (!YEAR_BEFORE.test(toks[i]!.t) && !MONTH_LAST.has(toks[i]!.t.replace(MONTH_CLITIC, ""))) continue;
      dated.add(dateClauseOf[i]!);
      earlier.add(dateClauseOf[i]!);
    }
  }
  return { clauseOf, dateClauseOf, markers, sentOf, asides, dated, earlier };
}

/** A background marker governs the figure at `pos` in its clause — unless it stands after the figure in a
 * relative clause set off by a comma, which speaks of the place or person before it («أصيب 3 جنود في الطارمية،
 * التي شهدت هجوماً مماثلاً في آذار الماضي»). */
function governs(b: BackgroundClauses, m: { i: number; from: number; whole: boolean; cause: boolean }, pos: number): boolean {
  // «وتأتي الحادثة بعد أسبوع من مقتل اثنين …»: what the news comes after, every clause of it
  if (m.whole) return b.sentOf[m.i] === b.sentOf[pos];
  if (b.clauseOf[m.i] !== b.clauseOf[pos] || pos < m.from) return false;
  // the cause's noun phrase ends at a comma
  if (m.cause && b.dateClauseOf[m.i] !== b.dateClauseOf[pos]) return false;
  return !(m.i > pos && b.asides[m.i + 1]! - b.asides[pos + 1]! > 0);
}

/** The figure at token `pos` is told in a background clause. */
export const inBackground = (b: BackgroundClauses, pos: number): boolean =>
  b.dated.has(b.dateClauseOf[pos]!) || b.markers.some((m) => governs(b, m, pos));

/** … in a clause whose marker says another event, not an earlier statement about this one. */
export const inStrongBackground = (b: BackgroundClauses, pos: number): boolean =>
  b.dated.has(b.dateClauseOf[pos]!) || b.markers.some((m) => m.strong && governs(b, m, pos));

/** … in a clause that tells an earlier event for certain (BackgroundClauses.earlier), or in a sentence on what the
 * news comes after («وتأتي الحادثة بعد أسبوع من مقتل اثنين …»). */
export const inEarlierEvent = (b: BackgroundClauses, pos: number): boolean =>
  b.earlier.has(b.dateClauseOf[pos]!) || b.markers.some((m) => m.whole && governs(b, m, pos));

/** «وكانت القرية قد تعرضت … إلى هجوم أسفر عن مقتل 11»: after «وكان(ت)», «قد» and «تعرض/شهد» tell what the place had
 * suffered before — another event, as «وكان المصدر قد أعلن …» (this one, told earlier) is not; unless it is today's. */
function placeHadBeenHit(toks: readonly Token[], k: number): boolean {
  const sent = toks[k]!.sent;
  for (let j = k + 1; j <= k + 4 && j + 1 < toks.length && toks[j + 1]!.sent === sent; j++) {
    if (toks[j]!.t === HAD && SUFFERED.test(toks[j + 1]!.t)) {
      for (let n = k; n < toks.length && toks[n]!.sent === sent; n++) if (TODAY_WORD.test(toks[n]!.t)) return false;
      return true;
    }
  }
  return false;
}
