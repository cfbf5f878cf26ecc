// The cue matchers the incident rules share (one instance each: a matcher caches its last story's hits).

import { PhraseMatcher } from "../match.js";
import { NEG_CUES, IRAQ_CUES, PAST_CUES, MILITANT_CUES, KILLING_CUES } from "../cues.js";
import type { NegKind } from "../cues.js";

/** shared with the toll and place rules (acts-matcher.ts) */
export { events } from "../acts-matcher.js";
/** what dates a story's acts in the past («في وقت سابق من اليوم» is not: late.ts asks earlier-today.ts) */
export const past = new PhraseMatcher<true>(PAST_CUES);
export const militant = new PhraseMatcher<true>(MILITANT_CUES);
export const killing = new PhraseMatcher<true>(KILLING_CUES);
export const negs = new PhraseMatcher<NegKind>(NEG_CUES);
export const iraq = new PhraseMatcher<true>(IRAQ_CUES);
