// The shapes the merging logic works on: an incident as far as matching and
// updating go, a candidate incident, and an incoming report.
import type { AftermathKind, AttackType, IncidentFacts } from "../nlp/index.js";
import type { TextProfile } from "./similarity.js";

/** What an incident is, as far as matching and updating go. */
export interface IncidentState {
  type: AttackType;
  provinces: string[];
  place: string | null;
  placeId: string | null;
  district: string | null;
  coordinates: { lat: number; lon: number } | null;
  killed: number | null;
  injured: number | null;
  /** a combined killed-and-injured figure as stated («مقتل وإصابة 15»), the highest told */
  casualties: number | null;
  perpetrator: string | null;
  target: string | null;
  occurredAt: Date;
  headline: string;
  summary: string;
}

export interface Candidate<K> {
  key: K;
  state: IncidentState;
  /** publication time of its latest report */
  lastAt: Date;
  /** one profile per report text */
  texts: TextProfile[];
  /** when air defences were last reported firing during it (a fact-less follow-up of it), if ever */
  defendedAt?: Date;
}

export interface Incoming {
  facts: IncidentFacts;
  headline: string;
  /** publication time of the report */
  at: Date;
  text: TextProfile;
  /** it says it follows up an earlier report («ارتفاع حصيلة …», «متأثراً بجراحه»), or corrects one */
  followUp: boolean;
  /** it corrects an earlier report («تصحيح: …», «وليس كما ورد»): its toll and place replace the event's (facts.ts) */
  corrects?: boolean;
  /** it is itself a new toll of an earlier attack («ارتفاع حصيلة …», «الحصيلة النهائية …») */
  tollRise?: boolean;
  /** it says the attack started again («مجددا», «انفجارات جديدة») */
  renewed: boolean;
  /** it tells of another hit than the one in progress («سقوط آخر», «استهداف آخر»): another target */
  another?: boolean;
  /** a follow-up with no facts of its own (reports.ts): joins the most recent compatible event, or nothing */
  factless?: boolean;
  /** which follow-up a fact-less one is (air defences firing, footage, aftermath…) */
  followUpKind?: AftermathKind;
  /** the kind of site a fact-less one names with the article and no place («الحقل النفطي»: حقل) */
  site?: string;
}

export interface MergeOptions {
  /** a report further than this from an incident's latest report starts a new one */
  windowHours: number;
}

export const HOUR = 3_600_000;
