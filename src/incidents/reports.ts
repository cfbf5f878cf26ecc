// From a report to what the merging logic compares: the incident stories of
// one feed item (or one CLI line), each with its facts and text profile.
import { analyzeReport, FOLLOW_UP_CUES, normalizeArabic, type IncidentFacts, type ReportInput } from "../nlp/index.js";
import type { Incoming } from "./merge.js";
import { profile } from "./similarity.js";

export interface IncidentStory {
  /** index of the story in the report (Report.storyIndex) */
  index: number;
  headline: string;
  facts: IncidentFacts;
  /** normalised headline and text, as kept in Incident.fingerprint */
  normalized: string;
}

/** Longest text of one report kept for matching: the lead carries the event. */
const MAX_TEXT = 1500;
/** Report texts an incident keeps for matching (the first ones: later ones repeat them). */
export const MAX_TEXTS = 8;

/** The stories of a report that are Iraqi incidents. Never throws (analyzeReport does not). */
export function incidentStories(input: ReportInput): IncidentStory[] {
  const out: IncidentStory[] = [];
  for (const [index, story] of analyzeReport(input).entries()) {
    if (!story.incident) continue;
    const text = story.text.startsWith(story.headline) ? story.text : `${story.headline}\n${story.text}`;
    out.push({ index, headline: story.headline, facts: story.incident, normalized: normalizeArabic(text).slice(0, MAX_TEXT) });
  }
  return out;
}

/** Phrases of follow-up reports, normalised like the texts they are looked for in. */
const FOLLOW_UP = FOLLOW_UP_CUES.map(normalizeArabic);

export function incoming(story: IncidentStory, at: Date): Incoming {
  const followUp = FOLLOW_UP.some((p) => story.normalized.includes(p));
  return { facts: story.facts, headline: story.headline, at, text: profile(story.normalized), followUp };
}
