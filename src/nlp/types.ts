import type { AttackType, ProvinceId } from "./taxonomy.js";

/** What the nlp stage is given: one feed item (or one page). Time is passed in, never read. */
export interface ReportInput {
  title: string;
  text: string;
  /** When the source published it; used to resolve «أمس», «مساء الخميس»… */
  publishedAt: Date;
}

/** The facts of one incident, as TAXONOMY.md lists them. */
export interface IncidentFacts {
  provinces: ProvinceId[];          // main province first
  place: string | null;             // most specific named place, as written in the text
  placeId: string | null;           // gazetteer id of that place, when resolved
  district: string | null;          // gazetteer id of the district (qadha), when known
  coordinates: { lat: number; lon: number } | null;
  type: AttackType;
  killed: number | null;
  injured: number | null;
  /** a combined killed-and-injured figure as stated («مقتل وإصابة 15»): not a death toll, never split */
  casualties?: number | null;
  /** the stated toll is a lower bound («ما لا يقل عن», «أكثر من», «على الأقل»); the figure is still N */
  atLeast?: boolean;
  perpetrator: string | null;
  target: string | null;
  /** the gazetteer id of a place the text denies («وقع في صحراء البعاج وليس الحضر»): a correction of the report that
   * placed it there (incidents/matching.ts) */
  deniedPlaceId?: string;
  occurredAt: Date;
  summary: string;                  // Arabic, 1–3 short sentences, only stated facts
}

/** One story of a report: a page may carry several. `incident` is null when it is not a new Iraqi incident. */
export interface Story {
  headline: string;
  text: string;
  incident: IncidentFacts | null;
  /** Why it is not an incident (for operators and /sources test), e.g. "outside-iraq", "statement";
   * "aftermath": smoke, fire, damage with no act of its own — merging may still attach it to an event. */
  reason: string | null;
  /** The place of the page's dateline («شفق نيوز- أربيل»), read off the text (`text` no longer has it). */
  dateline?: string;
}
