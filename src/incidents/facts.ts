// What a later report adds to an incident: a higher toll, a more precise place,
// the perpetrator, the weapon of an unexplained explosion.
import { regionOf, type IncidentFacts } from "../nlp/index.js";
import { specific } from "./places.js";
import type { IncidentState } from "./state.js";

export interface MergeChanges {
  /** killed, injured or the combined figure rose */
  toll: boolean;
  place: boolean;
  perpetrator: boolean;
  type: boolean;
}

export const anyChange = (c: MergeChanges): boolean => c.toll || c.place || c.perpetrator || c.type;

/**
 * What a later report adds: a higher toll (tolls only rise: a lower figure is
 * an older or partial count), a more precise place, a named perpetrator, the
 * weapon of an unexplained explosion. A report that says it corrects an earlier
 * one (`corrects`) replaces the figures it states and the place it names, lower
 * or elsewhere in the province: subscribers told three dead get the edit
 * «two». Returns the merged state and what changed.
 */
export function mergeFacts(s: IncidentState, f: IncidentFacts, headline: string, corrects = false): { state: IncidentState; changes: MergeChanges } {
  const next: IncidentState = { ...s, provinces: [...s.provinces] };
  const changes: MergeChanges = { toll: false, place: false, perpetrator: false, type: false };
  if (corrects) corrected(next, f, changes);
  if (f.killed !== null && f.killed > (s.killed ?? -1) && !(s.killed === null && f.killed === 0)) {
    next.killed = f.killed;
    changes.toll = true;
  }
  if (f.injured !== null && f.injured > (s.injured ?? -1) && !(s.injured === null && f.injured === 0)) {
    next.injured = f.injured;
    changes.toll = true;
  }
  const combined = f.casualties ?? null;
  if (combined !== null && combined > (s.casualties ?? 0)) {
    next.casualties = combined;
    changes.toll = true;
  }
  if (morePrecise(s, f)) {
    next.place = f.place;
    next.placeId = f.placeId;
    next.district = f.district ?? s.district;
    next.coordinates = f.coordinates ?? s.coordinates;
    if (next.provinces.length === 0) next.provinces = [...f.provinces];
    changes.place = true;
  } else if (s.provinces.length === 0 && (f.provinces.length > 0 || (!s.placeId && f.placeId) || narrowerRegion(f, s))) {
    // what the incident had is no place inside a province (none, or a region: «إقليم كردستان»): the report's is, if
    // it has one — a province, or a region where the incident had none or one that holds the report's (northern
    // Iraq, then the Kurdistan Region)
    next.provinces = [...f.provinces];
    next.place = f.place;
    next.placeId = f.placeId;
    next.district = f.district;
    next.coordinates = f.coordinates;
    changes.place = true;
  }
  if (!s.perpetrator && f.perpetrator) {
    next.perpetrator = f.perpetrator;
    changes.perpetrator = true;
  }
  // (an unexplained blast's weapon; a shooting or a bomb that was an assassination: the act beats its weapon, as in the
  // type rules)
  if ((s.type === "other" && f.type !== "other" && f.type !== "security_operation") ||
    (f.type === "assassination" && (s.type === "armed_attack" || s.type === "ied" || s.type === "car_bomb"))) {
    next.type = f.type;
    changes.type = true;
  }
  if (!s.target && f.target) next.target = f.target;
  // The summary states the figures: the one of the report that brought them is current, unless that
  // report states an older one (a later report of 2 killed and 5 injured raises the injured of an
  // incident already at 4 killed: quoting it would say «two» under a headline of four).
  // (a follow-up that states no toll has no summary of its own: the event's stays)
  if ((changes.toll || changes.place || changes.type) && f.summary && agreement(f, next) >= agreement(s, next)) {
    next.summary = f.summary;
    next.headline = headline || s.headline;
  }
  return { state: next, changes };
}

/**
 * How far a report's figures (those its summary quotes) agree with the incident's current ones; the
 * death toll counts most, and a figure the report does not state contradicts nothing but says less
 * than the right one. For the summary already chosen, the state it came with stands for its figures.
 */
function agreement(r: { killed: number | null; injured: number | null }, now: { killed: number | null; injured: number | null }): number {
  const one = (got: number | null, want: number | null) => (got === want ? 1 : got === null ? 0.5 : 0);
  return 2 * one(r.killed, now.killed) + one(r.injured, now.injured);
}

/** A correction's figures and place replace the incident's (see mergeFacts); the rest of mergeFacts then reads it as
 * any report (its summary, which states the figures now current, becomes the incident's). */
function corrected(next: IncidentState, f: IncidentFacts, changes: MergeChanges): void {
  if (f.killed !== null && f.killed !== next.killed) {
    next.killed = f.killed;
    changes.toll = true;
  }
  if (f.injured !== null && f.injured !== next.injured) {
    next.injured = f.injured;
    changes.toll = true;
  }
  if ((f.killed !== null || f.injured !== null) && next.casualties !== null && (f.casualties ?? null) === null) next.casualties = null;
  // (a correction that joined by the place it denies moves the incident there — to a region too, across a province
  // too: matching.ts)
  const denied = !!f.deniedPlaceId;
  const got = specific(f) ?? (denied ? f.placeId : null);
  if (got && got !== (specific(next) ?? next.placeId) && (f.provinces[0] === next.provinces[0] || denied)) {
    if (denied) next.provinces = [...f.provinces];
    next.place = f.place;
    next.placeId = f.placeId;
    next.district = f.district;
    next.coordinates = f.coordinates;
    changes.place = true;
  }
}

function morePrecise(s: IncidentState, f: IncidentFacts): boolean {
  const had = specific(s);
  const got = specific(f);
  if (!got || got === had) return false;
  if (!had) return true;
  // a place inside the one we had (a village of the district)
  return f.district === had;
}

/** The state of a new incident from its first report's facts. */
export function stateFromFacts(f: IncidentFacts, headline: string): IncidentState {
  return {
    type: f.type,
    provinces: [...f.provinces],
    place: f.place,
    placeId: f.placeId,
    district: f.district,
    coordinates: f.coordinates,
    killed: f.killed,
    injured: f.injured,
    casualties: f.casualties ?? null,
    perpetrator: f.perpetrator,
    target: f.target,
    occurredAt: f.occurredAt,
    headline,
    summary: f.summary,
  };
}

/** The report is placed in a part of Iraq inside the one the incident is placed in (the Kurdistan Region in the
 * north) — not a wave told across the country, which one report's region does not narrow down. */
function narrowerRegion(f: Pick<IncidentFacts, "provinces" | "placeId">, s: Pick<IncidentState, "provinces" | "placeId">): boolean {
  const a = regionOf(f);
  const b = regionOf(s);
  return !!a && !!b && !b.nationWide && a.provinces.length < b.provinces.length && a.provinces.every((p) => b.provinces.includes(p));
}
