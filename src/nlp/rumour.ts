// A denial of the reports of something («نفى مصدر في قيادة شرطة واسط، اليوم، الأنباء المتداولة عن مقتل خمسة»): what
// it denies is what those reports told. One rule for both readers that weigh it: the incident frames
// (classify/frames.ts: a rumoured toll denied and another stated is still the attack) and the toll reader
// (casualties/other-events.ts: the rumour's figure is no toll).

import type { Token } from "./normalize.js";
import { RUMOUR_NOUN } from "./data/incident-words.js";

/** Words from a denial to the reports it denies, past its speaker and the day («نفى مصدر في قيادة شرطة واسط، اليوم، الأنباء»). */
const SPEAKER_REACH = 9;

/** Where the reports denied from token `from` on are named («الأنباء», «الشائعات»), in the sentence of `from - 1`; -1 if
 * not within SPEAKER_REACH words. */
export function deniedReports(toks: readonly Token[], from: number): number {
  const sent = toks[from - 1]?.sent;
  for (let k = from; k < from + SPEAKER_REACH && k < toks.length && toks[k]!.sent === sent; k++) if (RUMOUR_NOUN.test(toks[k]!.t)) return k;
  return -1;
}
