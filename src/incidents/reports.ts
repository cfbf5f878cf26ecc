// From a report to what the merging logic compares: the incident stories of
// one feed item (or one CLI line), each with its facts and text profile.
import {
  analyzeReport, ANOTHER_HIT_CUES, CORRECTION_CUES, statesToll, FOLLOW_UP_CUES, isTollRise, normalizeArabic, readFollowUp, readSiteStatement, type AftermathKind, type IncidentFacts, type ReportInput,
} from "../nlp/index.js";
import type { Incoming } from "./merge.js";
import { DEFUSED, profile } from "./similarity.js";

export interface IncidentStory {
  /** index of the story in the report (Report.storyIndex) */
  index: number;
  headline: string;
  facts: IncidentFacts;
  /** normalised headline and text, as kept in Incident.fingerprint */
  normalized: string;
  /**
   * a follow-up with no facts of its own (aftermath, air defences firing,
   * footage, the targeted side's account): it may join a recent event, never
   * start one; `facts` then hold only its place
   */
  factless?: boolean;
  followUpKind?: AftermathKind;
  /** a fact-less follow-up's site named with the article («الحقل»), normalised */
  site?: string;
}

/** Longest text of one report kept for matching: the lead carries the event. */
const MAX_TEXT = 1500;
/** Report texts an incident keeps for matching (the first ones: later ones repeat them). */
export const MAX_TEXTS = 8;

/**
 * Why a story is no incident of its own, when it may still be a follow-up of
 * one: it names no event, only aftermath (smoke, fire, damage), no place, or is the targeted side's account. A story
 * placed abroad, in the past, or about speculation never is.
 */
const MAY_FOLLOW_UP = new Set(["no-event", "no-place", "statement", "aftermath", "overflight", "deployment", "debris"]);

/**
 * The stories of a report that are Iraqi incidents, and those that are
 * fact-less follow-ups of one. Never throws (analyzeReport does not).
 */
export function incidentStories(input: ReportInput): IncidentStory[] {
  const out: IncidentStory[] = [];
  for (const [index, story] of analyzeReport(input).entries()) {
    const text = story.text.startsWith(story.headline) ? story.text : `${story.headline}\n${story.text}`;
    if (story.incident) {
      out.push({ index, headline: story.headline, facts: story.incident, normalized: normalizeArabic(text).slice(0, MAX_TEXT) });
      continue;
    }
    if (!MAY_FOLLOW_UP.has(story.reason ?? "")) continue;
    // a follow-up is a line or two: its dateline («أربيل - …», «دمشق (سانا) - …») is where it is, or abroad
    const read = story.dateline ? `${story.dateline} - ${text}` : text;
    // a statement naming one site is the site's word on the attack there, if one was just told
    const cue = readFollowUp(read) ?? (story.reason === "statement" || story.reason === "no-event" ? readSiteStatement(read) : null);
    if (!cue) continue;
    // what it says beyond the event — the weapon, the target, a toll — refines the event it joins;
    // a toll is shown in its own words (the event's summary states the figures it had)
    const toll = statesToll(cue);
    const facts: IncidentFacts = {
      provinces: cue.provinces, place: cue.place, placeId: cue.placeId, district: cue.district, coordinates: cue.coordinates,
      type: cue.type, killed: cue.killed, injured: cue.injured, casualties: cue.casualties, perpetrator: null, target: cue.target, occurredAt: input.publishedAt,
      summary: toll ? text.replace(/\s+/g, " ").trim() : "",
    };
    out.push({ index, headline: story.headline, facts, normalized: normalizeArabic(text).slice(0, MAX_TEXT), factless: true, followUpKind: cue.kind, ...(cue.site ? { site: cue.site } : {}) });
  }
  return out;
}

/** Phrases of follow-up reports, normalised like the texts they are looked for in. */
const FOLLOW_UP = FOLLOW_UP_CUES.map(normalizeArabic);
const CORRECTION = CORRECTION_CUES.map(normalizeArabic);
/** Whole words only: «هدف آخر» is not «هدف آخرين». */
const ANOTHER = new RegExp(`(?:^|[^\\p{L}])(?:${ANOTHER_HIT_CUES.map(normalizeArabic).join("|")})(?![\\p{L}])`, "gu");
/** How far before «a second device» a word of finding or defusing it may stand («وفككت عبوة ثانية», «العثور على عبوة أخرى»). */
const DEFUSED_BEFORE = 16;

/** The text tells of another hit («انفجار ثانٍ», «مسيرة أخرى») — not of a second device found or defused at the scene
 * («… وفككت عبوة ثانية كانت مزروعة على بعد 200 متر»: more of the same attack, review 83). */
function anotherHit(normalized: string): boolean {
  for (const m of normalized.matchAll(ANOTHER)) {
    const before = normalized.slice(Math.max(0, m.index - DEFUSED_BEFORE), m.index + 1);
    if (!DEFUSED.some((c) => before.includes(c))) return true;
  }
  return false;
}

export function incoming(story: IncidentStory, at: Date): Incoming {
  const corrects = CORRECTION.some((p) => story.normalized.includes(p));
  const followUp = corrects || FOLLOW_UP.some((p) => story.normalized.includes(p));
  const text = profile(story.normalized);
  const another = anotherHit(story.normalized);
  const tollRise = followUp && isTollRise(story.headline);
  return { facts: story.facts, headline: story.headline, at, text, followUp, tollRise, renewed: text.renewed, another, ...(corrects ? { corrects } : {}), factless: story.factless ?? false, ...(story.followUpKind ? { followUpKind: story.followUpKind } : {}), ...(story.site ? { site: story.site } : {}) };
}
