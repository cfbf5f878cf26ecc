// The headline and the lead of a story. A first sentence of a word or two that names no act or weapon, over another,
// is a label, not the headline: a kicker («العراق..», «بالصور:», «تحديث»), a time («22:30»). The headline is then the
// sentence under it, and the lead (the headline and the sentence after it) reaches one sentence further. A headline of
// two words that names the news («هجوم مسلح», «انفجار ببغداد», «عبوة ناسفة») stays the headline. One rule for the
// incident rules (classify/) and the type; the place weights keep the first sentence as the headline (tried and not
// kept: a label's sentence weighed less, and ext-roayahnews-1's headline «… شمالي بغداد» then outweighed its body).
import type { Token } from "./normalize.js";
import type { Hit } from "./match.js";
import { events } from "./acts-matcher.js";

/** Words a label line may have. */
const LABEL_WORDS = 2;

/** The headline's sentence: the first, or the second when the first is a label of at most LABEL_WORDS words with no
 * act (acts-matcher.ts) and none of `cues` (the caller's weapon cues) in it. */
export function headlineSentence(toks: readonly Token[], cues: readonly Hit<unknown>[]): number {
  const first = toks[0]?.sent ?? 0;
  let n = 0;
  let k = 0;
  for (; k < toks.length && toks[k]!.sent === first; k++) if (++n > LABEL_WORDS) return first;
  if (k >= toks.length) return first;
  if (cues.some((h) => h.i < k) || events.find(toks).some((h) => h.i < k)) return first;
  return toks[k]!.sent;
}

/** The lead's last sentence: the headline's and the one after it. */
export const leadEnd = (toks: readonly Token[], cues: readonly Hit<unknown>[]): number => headlineSentence(toks, cues) + 1;
