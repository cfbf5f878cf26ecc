// The headline and the lead of a story. A first sentence of a word or two over another is a label, not the headline:
// a kicker («العراق..», «بالصور:», «تحديث»), a time («22:30»). The headline is then the sentence under it, and the lead
// (the headline and the sentence after it) reaches one sentence further. One rule for the incident rules (classify/),
// the type and the place weights.
import type { Token } from "./normalize.js";

/** Words a label line may have. */
const LABEL_WORDS = 2;

/** The headline's sentence: the first, or the second when the first is a label of at most LABEL_WORDS words. */
export function headlineSentence(toks: readonly Token[]): number {
  const first = toks[0]?.sent ?? 0;
  let n = 0;
  for (const t of toks) {
    if (t.sent !== first) return t.sent;
    if (++n > LABEL_WORDS) return first;
  }
  return first;
}

/** The lead's last sentence: the headline's and the one after it. */
export const leadEnd = (toks: readonly Token[]): number => headlineSentence(toks) + 1;
