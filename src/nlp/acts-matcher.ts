// The act-cue matcher (explosions, attacks, strikes, killings: cues.ts EVENT_CUES), one instance for the incident,
// the toll and the place rules: a matcher keeps its last story's hits, so a story's tokens are matched against
// these cues once. The toll and place rules ask it whether a clause appended to the news names an act of its own
// (appended-background.ts).

import { PhraseMatcher } from "./match.js";
import { EVENT_CUES } from "./cues.js";

export const events = new PhraseMatcher<number>(EVENT_CUES);
