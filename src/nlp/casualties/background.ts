// Which figures are told as background (an earlier event, a running total, an aside): those in the clause of a
// background marker («وكانت القاعدة قد تعرضت في كانون الثاني الماضي لهجوم أدى إلى إصابة 11», «وتعرض الحقل لهجوم
// مماثل في نيسان الماضي أسفر عن مقتل 4»). The clause of a marker is its sentence cut at the words that open a side
// clause (CLAUSE_OPENERS): «أسفر عن إصابة ثلاثة موظفين، وهو السادس من نوعه منذ كانون الثاني» is today's toll with
// a remark on the place beside it. An earlier date («في شباط الماضي», «قبل عامين»: PAST_CUES) reaches less far:
// a comma or a relative pronoun ends its clause too («الهجوم، المشابه لما حدث في شباط الماضي، أسفر عن مقتل
// جنديين», «إصابة شقيقه الذي عاد من الخدمة قبل عامين»), while the sentence-wide markers («وكانت», «يذكر أن»)
// govern their sentence past commas.

import type { Token } from "../normalize.js";
import { SOFT_BACKGROUND, CLAUSE_OPENERS, RELATIVE_PRONOUNS, COMMA } from "../data/toll-words.js";
import { background, pastDate } from "./matchers.js";

export interface BackgroundClauses {
  /** the clause of each token (sentences cut at CLAUSE_OPENERS) */
  clauseOf: Uint32Array;
  /** the narrower clause of each token for an earlier date (also cut at commas and relative pronouns) */
  dateClauseOf: Uint32Array;
  /** clauses holding a background marker */
  any: Set<number>;
  /** clauses holding one that is not also the opening of an earlier statement about this incident («وكان») */
  strong: Set<number>;
  /** date clauses holding an earlier date */
  dated: Set<number>;
}

/** `norm`: the normalised text the tokens were read from (its commas); without it only words cut a clause. */
export function backgroundClauses(toks: readonly Token[], norm?: string): BackgroundClauses {
  const clauseOf = new Uint32Array(toks.length);
  const dateClauseOf = new Uint32Array(toks.length);
  let c = 0;
  let d = 0;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    const newSentence = t.sent !== toks[i - 1]!.sent;
    if (newSentence || CLAUSE_OPENERS.has(t.t)) c++;
    if (newSentence || CLAUSE_OPENERS.has(t.t) || RELATIVE_PRONOUNS.has(t.t) || (norm && norm.slice(toks[i - 1]!.e, t.s).includes(COMMA))) d++;
    clauseOf[i] = c;
    dateClauseOf[i] = d;
  }
  const any = new Set<number>();
  const strong = new Set<number>();
  for (const h of background.find(toks)) {
    any.add(clauseOf[h.i]!);
    if (!SOFT_BACKGROUND.has(h.p)) strong.add(clauseOf[h.i]!);
  }
  const dated = new Set<number>();
  for (const h of pastDate.find(toks)) dated.add(dateClauseOf[h.i]!);
  return { clauseOf, dateClauseOf, any, strong, dated };
}

/** The figure at token `pos` is told in a background clause. */
export const inBackground = (b: BackgroundClauses, pos: number): boolean =>
  b.any.has(b.clauseOf[pos]!) || b.dated.has(b.dateClauseOf[pos]!);

/** … in a clause whose marker says another event, not an earlier statement about this one. */
export const inStrongBackground = (b: BackgroundClauses, pos: number): boolean =>
  b.strong.has(b.clauseOf[pos]!) || b.dated.has(b.dateClauseOf[pos]!);
