// The background-cue matcher (earlier events, comparisons: cues.ts BACKGROUND_CUES), one instance for the
// place and the toll rules: a matcher keeps its last story's hits, so an incident's tokens are matched
// against these cues once, not once per rule family.

import { PhraseMatcher } from "./match.js";
import { BACKGROUND_CUES } from "./cues.js";

export const background = new PhraseMatcher<true>(BACKGROUND_CUES);
