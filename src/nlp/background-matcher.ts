// The background-cue matcher (earlier events, comparisons: cues.ts BACKGROUND_CUES), one instance for the
// place and the toll rules: a matcher keeps its last story's hits, so an incident's tokens are matched
// against these cues once, not once per rule family.

import { PhraseMatcher, type Hit } from "./match.js";
import type { Token } from "./normalize.js";
import { BACKGROUND_CUES } from "./cues.js";
import { COMES_OPENER, SERIES, RANGE_OF } from "./data/incident-words.js";
import { notToday } from "./earlier-today.js";
import { PLACE_TOKEN } from "./data/toll-words.js";

export const background = new PhraseMatcher<true>(BACKGROUND_CUES);

/** The story's background markers, as the place, toll and perpetrator rules read them: the cues (but an earlier
 * moment of today), and a sentence that opens on what the news comes after («وتأتي العملية بعد أيام من خطف …»;
 * inside the news's own sentence, «…، وتأتي هذه الخسائر …», it is no background of it). */
export function backgroundMarkers(toks: readonly Token[]): readonly Hit<true>[] {
  // three rule families ask it of one story: read once (as the matcher keeps its last story's hits)
  if (toks === last.toks) return last.hits;
  const hits = notToday(toks, background.find(toks)).filter((h) => !(h.p === SERIES && rangeAfter(toks[h.i + 1]?.t ?? "")));
  for (let i = 0; i < toks.length; i++) {
    if ((i === 0 || toks[i - 1]!.sent !== toks[i]!.sent) && COMES_OPENER.test(toks[i]!.t)) hits.push({ i, len: 1, v: true, p: toks[i]!.t });
  }
  last.toks = toks;
  last.hits = hits;
  return hits;
}

/** «سلسلة جبال قرة جوغ», «سلسلة تلال حمرين», or a place's name as the toll rules read it: a range, not a series of attacks. */
const rangeAfter = (t: string): boolean => RANGE_OF.test(t) || t === PLACE_TOKEN;

const last: { toks: readonly Token[] | null; hits: readonly Hit<true>[] } = { toks: null, hits: [] };
