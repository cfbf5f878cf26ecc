// The cue matchers the toll rules share (one instance each: a matcher caches its last story's hits).

import { PhraseMatcher } from "../match.js";
import {
  CAS_VERBS, UPDATE_CUES, ZERO_CUES, OTHER_INCIDENT_CUES, AGGREGATE_CUES, EARLIER_ACT_CUES, PAST_CUES, EARLIER_SIMILAR_CUES,
} from "../cues.js";
import type { CasKind } from "../cues.js";

export const verbs = new PhraseMatcher<CasKind>(CAS_VERBS);
/** shared with the place rules (background-matcher.ts) */
export { background } from "../background-matcher.js";
/** an earlier date («في نيسان الماضي», «قبل عام») or a similar earlier attack («هجوماً مماثلاً»): a toll in its
 * clause is that earlier event's */
export const pastDate = new PhraseMatcher<true>([...PAST_CUES, ...EARLIER_SIMILAR_CUES]);
export const updates = new PhraseMatcher<true>(UPDATE_CUES);
export const zeros = new PhraseMatcher<true>(ZERO_CUES);
export const otherIncident = new PhraseMatcher<true>(OTHER_INCIDENT_CUES);
export const aggregate = new PhraseMatcher<true>(AGGREGATE_CUES);
export const earlierAct = new PhraseMatcher<true>(EARLIER_ACT_CUES);
