// The merging logic, pure: is a new report another account of an incident we
// already have, and what does it add to it? The store (database) and the
// cluster CLI (memory) both call exactly these functions.
//
// A wrong merge hides an attack from subscribers, a missed one repeats an
// alert: so place, type and time decide what *may* be the same event, and the
// text must then resemble it — the less the facts pin the place down, the more.
import type { AttackType, IncidentFacts } from "../nlp/index.js";
import { isProvinceId, placeById } from "../nlp/index.js";
import { areNeighbours } from "./neighbours.js";
import { similarity, type TextProfile } from "./similarity.js";

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
}

export interface Incoming {
  facts: IncidentFacts;
  headline: string;
  /** publication time of the report */
  at: Date;
  text: TextProfile;
  /** it says it follows up an earlier report («ارتفاع حصيلة …», «متأثراً بجراحه») */
  followUp: boolean;
  /** it says the attack started again («مجددا», «انفجارات جديدة») */
  renewed: boolean;
  /** a follow-up with no facts of its own (reports.ts): joins the most recent compatible event, or nothing */
  factless?: boolean;
}

export interface MergeOptions {
  /** a report further than this from an incident's latest report starts a new one */
  windowHours: number;
}

export type PlaceRelation = "same-place" | "same-district" | "same-province" | "conflict" | "unknown" | "neighbour" | "far";

/**
 * How much the texts must resemble each other, by what the places say. Two
 * named places in different districts (or two different bases, camps,
 * crossings, landmarks) are two targets however alike the words: templated
 * reports of one wave («مسيرة تستهدف …») name a different district each time,
 * and a wrong merge hides an attack from subscribers (an IED in al-Udhaim two
 * minutes after one in al-Muqdadiya was merged into it and nobody was alerted).
 */
const NEEDED: Record<PlaceRelation, number> = {
  "same-place": 0.1,
  "same-district": 0.25,
  "same-province": 0.3,
  unknown: 0.35,
  neighbour: 0.5,
  conflict: Infinity,
  far: Infinity,
};

/** A follow-up names an event already reported: it needs less resemblance. */
const FOLLOW_UP_BONUS = 0.1;

type Placed = Pick<IncidentState, "placeId" | "district" | "provinces"> & Partial<Pick<IncidentState, "coordinates">>;

/**
 * A place that pins the event down: one inside a district. A province, the
 * city of Baghdad or a region (a mountain range, a desert, «إقليم كوردستان»)
 * says no more than the province.
 */
const specific = (p: Placed): string | null =>
  p.placeId && p.district && !isProvinceId(p.placeId) && placeById(p.placeId)?.kind !== "region" ? p.placeId : null;

/** Two named places closer than this are one site told two ways (a base at an airport, a village by its town). */
const SAME_SITE_KM = 5;

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Places that are targets in themselves: two different ones are two targets, even in one district. */
const TARGET_KINDS = new Set(["base", "crossing", "landmark"]);
const isTarget = (id: string): boolean => TARGET_KINDS.has(placeById(id)?.kind ?? "");

export function placeRelation(a: Placed, b: Placed): PlaceRelation {
  const pa = specific(a);
  const pb = specific(b);
  if (pa && pb) {
    if (pa === pb || (a.coordinates && b.coordinates && km(a.coordinates, b.coordinates) < SAME_SITE_KM)) return "same-place";
    if (isTarget(pa) && isTarget(pb)) return "conflict";
    // A district and a place inside it (a village, a sub-district), or two places of one district.
    if (a.district === b.district) return "same-district";
    return "conflict";
  }
  if (a.provinces.length === 0 || b.provinces.length === 0) return "unknown";
  const shared = a.provinces.some((p) => (b.provinces as readonly string[]).includes(p));
  if (shared) return "same-province";
  const near = a.provinces.some((p) => b.provinces.some((q) => areNeighbours(p, q)));
  return near ? "neighbour" : "far";
}

const FAMILY: Record<AttackType, string> = {
  ied: "blast", car_bomb: "blast", suicide: "blast",
  rocket: "strike", drone: "strike", airstrike: "strike",
  armed_attack: "gunfire", assassination: "gunfire", kidnapping: "gunfire", clash: "gunfire",
  security_operation: "operation",
  other: "other",
};

/**
 * Extra similarity a type difference costs, or null when the types cannot be
 * one event. Outlets name the weapon differently (a «هجوم» that was an IED, a
 * missile that was a drone); an unexplained explosion («انفجار») may be anything.
 * A security operation (raids, arrests after an attack) is always its own event.
 */
export function typePenalty(a: AttackType, b: AttackType): number | null {
  if (a === b) return 0;
  const fa = FAMILY[a];
  const fb = FAMILY[b];
  if (fa === "operation" || fb === "operation") return null;
  if (fa === "other" || fb === "other") return 0.04;
  return fa === fb ? 0.06 : 0.15;
}

const HOUR = 3_600_000;

/** The incident this report is another account of, or null when it is a new one. */
export function findMatch<K>(incoming: Incoming, candidates: Iterable<Candidate<K>>, opts: MergeOptions): { candidate: Candidate<K>; score: number } | null {
  let best: { candidate: Candidate<K>; score: number } | null = null;
  for (const c of candidates) {
    const margin = matchMargin(incoming, c, opts);
    if (margin !== null && (!best || margin > best.score)) best = { candidate: c, score: margin };
  }
  return best;
}

/** How far the resemblance clears what this pair needs (≥ 0), or null when it is not the same event. */
export function matchMargin<K>(incoming: Incoming, c: Candidate<K>, opts: MergeOptions): number | null {
  const window = opts.windowHours * HOUR;
  const t = incoming.at.getTime();
  if (Math.abs(t - c.lastAt.getTime()) > window) return null;
  // Dated reports («أمس», «الخميس») must agree on the day: with the incident's date, or with its latest
  // report (an incident still being reported is live, whatever its first report said about the day).
  const occurred = incoming.facts.occurredAt.getTime();
  if (Math.abs(occurred - c.state.occurredAt.getTime()) > 30 * HOUR && Math.abs(occurred - c.lastAt.getTime()) > 30 * HOUR) return null;
  const penalty = typePenalty(incoming.facts.type, c.state.type);
  if (penalty === null) return null;
  // Outlets confuse the weapon in the first minutes; another named weapon hours
  // later (rockets, then a drone on the same base) is another attack.
  const gap = Math.abs(t - c.lastAt.getTime());
  const named = incoming.facts.type !== "other" && c.state.type !== "other";
  if (penalty > 0 && named && gap > HOUR && !incoming.followUp) return null;
  // Two unexplained blasts placed in two provinces are two places, however alike the flashes read.
  const relation = placeRelation(incoming.facts, c.state);
  if (incoming.facts.type === "other" && c.state.type === "other" && (relation === "neighbour" || relation === "far")) return null;
  // A device found or defused and a device that went off are two events, however alike the words.
  if (!incoming.followUp && c.texts[0] && incoming.text.defused !== c.texts[0].defused) return null;
  // «Explosions shake Erbil» again hours later is another wave, not the same blast;
  // «again», «new explosions» after a lull says so itself.
  if (incoming.facts.type === "other" && c.state.type === "other" && gap > 2 * HOUR && !incoming.followUp) return null;
  if (incoming.renewed && gap > LULL && !incoming.followUp) return null;
  // An event nobody placed («strikes in Iraq»), once its first burst is over, does not take in a report that
  // names a province: it may be one strike of the wave, and its own alert reaches that province's subscribers.
  if (c.state.provinces.length === 0 && incoming.facts.provinces.length > 0 && gap > BURST && !incoming.followUp) return null;
  if (!Number.isFinite(NEEDED[relation])) return null;
  let sim = 0;
  for (const p of c.texts) sim = Math.max(sim, similarity(incoming.text, p));
  // among events the report may refine, the one in the province it names first, then the closest words
  if (refines(incoming, c.state, relation, gap)) return sim + (incoming.facts.provinces[0] === c.state.provinces[0] ? 1 : 0);
  const needed = NEEDED[relation] + penalty - (incoming.followUp ? FOLLOW_UP_BONUS : 0);
  return sim >= needed ? sim - needed : null;
}

/** Reports of one attack in its first hour: the flash, the target, the weapon, the toll follow each other within this of the latest. */
const BURST = HOUR;
/** After this long without a report, «again» / «new explosions» is a new wave. */
const LULL = 30 * 60_000;

/**
 * Event refinement: a fast channel reports one attack as a vague flash
 * («انفجار يهز أربيل»), then the target, the weapon, the toll, each a few
 * minutes after the last, in words that share little. Within the burst, a
 * report in the same province (at the same place, at a place inside the one
 * known, or with only the province named on either side) whose type is the
 * same or left open («انفجار», «استهداف») refines that event — whatever the
 * wording — when one of the two leaves the type or the place open, and unless
 * it names another target («civilians» / «security forces»). Two complete
 * accounts (a kidnapping in a district, another in a town of it) are judged
 * by their words as before.
 * Two named places in different districts never get here (placeRelation:
 * conflict), nor does a security operation (typePenalty: null).
 */
function refines(incoming: Incoming, s: IncidentState, relation: PlaceRelation, gap: number): boolean {
  if (gap > BURST) return false;
  // two towns of one district are two places: only a district and a place inside it refine each other
  const inside = relation === "same-district" && (incoming.facts.placeId === s.district || s.placeId === incoming.facts.district);
  if (relation !== "same-place" && relation !== "same-province" && !inside) return false;
  const a = incoming.facts.type;
  const b = s.type;
  if (a !== b && a !== "other" && b !== "other") return false;
  if (a === "security_operation" || b === "security_operation") return false;
  // something must be left to refine: the type, or the place; two full accounts are judged by their words
  const vague = a === "other" || b === "other" || !specific(incoming.facts) || !specific(s);
  if (!vague && relation !== "same-place") return false;
  const t = incoming.facts.target;
  if (t && s.target && t !== s.target) return false;
  return true;
}

export interface MergeChanges {
  /** killed or injured rose */
  toll: boolean;
  place: boolean;
  perpetrator: boolean;
  type: boolean;
}

export const anyChange = (c: MergeChanges): boolean => c.toll || c.place || c.perpetrator || c.type;

/**
 * What a later report adds: a higher toll (tolls only rise: a lower figure is
 * an older or partial count), a more precise place, a named perpetrator, the
 * weapon of an unexplained explosion. Returns the merged state and what changed.
 */
export function mergeFacts(s: IncidentState, f: IncidentFacts, headline: string): { state: IncidentState; changes: MergeChanges } {
  const next: IncidentState = { ...s, provinces: [...s.provinces] };
  const changes: MergeChanges = { toll: false, place: false, perpetrator: false, type: false };
  if (f.killed !== null && f.killed > (s.killed ?? -1) && !(s.killed === null && f.killed === 0)) {
    next.killed = f.killed;
    changes.toll = true;
  }
  if (f.injured !== null && f.injured > (s.injured ?? -1) && !(s.injured === null && f.injured === 0)) {
    next.injured = f.injured;
    changes.toll = true;
  }
  if (morePrecise(s, f)) {
    next.place = f.place;
    next.placeId = f.placeId;
    next.district = f.district ?? s.district;
    next.coordinates = f.coordinates ?? s.coordinates;
    if (next.provinces.length === 0) next.provinces = [...f.provinces];
    changes.place = true;
  } else if (s.provinces.length === 0 && f.provinces.length > 0) {
    next.provinces = [...f.provinces];
    changes.place = true;
  }
  if (!s.perpetrator && f.perpetrator) {
    next.perpetrator = f.perpetrator;
    changes.perpetrator = true;
  }
  if (s.type === "other" && f.type !== "other" && f.type !== "security_operation") {
    next.type = f.type;
    changes.type = true;
  }
  if (!s.target && f.target) next.target = f.target;
  // The summary states the figures: the one of the report that brought them is current.
  if (changes.toll || changes.place || changes.type) {
    next.summary = f.summary;
    next.headline = headline || s.headline;
  }
  return { state: next, changes };
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
    perpetrator: f.perpetrator,
    target: f.target,
    occurredAt: f.occurredAt,
    headline,
    summary: f.summary,
  };
}

export type Decision<K> =
  | { kind: "attach"; candidate: Candidate<K>; state: IncidentState; changes: MergeChanges; score: number }
  | { kind: "create"; state: IncidentState }
  /** a fact-less follow-up that no recent event fits: not an incident */
  | { kind: "ignore" };

/** A follow-up naming its place joins an event whose latest report is at most this old. */
const FOLLOW_UP_PLACED = 2 * HOUR;
/** One naming no place only an event reported this recently, and only when no other province had one meanwhile. */
const FOLLOW_UP_UNPLACED = 30 * 60_000;

/**
 * The event a fact-less follow-up belongs to: the most recent one that fits
 * its place (the same place, a place inside it or containing it, the same
 * province), reported shortly before. With no place named, only the event
 * just reported — and none when events in two provinces were (which one the
 * ambulances rush to is then a guess).
 */
export function followUpMatch<K>(incoming: Incoming, candidates: Iterable<Candidate<K>>): Candidate<K> | null {
  const t = incoming.at.getTime();
  const recent = [...candidates].filter((c) => c.lastAt.getTime() <= t + 60_000).sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime());
  const placed = incoming.facts.provinces.length > 0;
  if (!placed) {
    const near = recent.filter((c) => t - c.lastAt.getTime() <= FOLLOW_UP_UNPLACED);
    const provinces = new Set(near.map((c) => c.state.provinces[0] ?? "?"));
    return provinces.size === 1 ? near[0]! : null;
  }
  for (const c of recent) {
    if (t - c.lastAt.getTime() > FOLLOW_UP_PLACED) break;
    const relation = placeRelation(incoming.facts, c.state);
    if (relation === "same-place" || relation === "same-province" || relation === "same-district") return c;
  }
  return null;
}

/**
 * The one step both the store and the CLI take per incident story. `exclude`
 * holds the incidents of the report's other stories: two stories of one page
 * are two events.
 */
export function decide<K>(incoming: Incoming, candidates: Iterable<Candidate<K>>, opts: MergeOptions, exclude: ReadonlySet<K> = new Set()): Decision<K> {
  const eligible = [...candidates].filter((c) => !exclude.has(c.key));
  if (incoming.factless) {
    const c = followUpMatch(incoming, eligible);
    // it brings nothing to the incident: one more source, no update
    return c ? { kind: "attach", candidate: c, state: c.state, changes: { toll: false, place: false, perpetrator: false, type: false }, score: 0 } : { kind: "ignore" };
  }
  let match = findMatch(incoming, eligible, opts);
  // A report that names neither a place nor a weapon («حالة من الرعب تصيب السكان», «حدث أمني») minutes
  // after an attack, while one province is under attack, is read in that context, like a fact-less follow-up.
  if (!match && incoming.facts.type === "other" && incoming.facts.provinces.length === 0) {
    const c = followUpMatch(incoming, eligible);
    if (c) match = { candidate: c, score: 0 };
  }
  if (!match) return { kind: "create", state: stateFromFacts(incoming.facts, incoming.headline) };
  const { state, changes } = mergeFacts(match.candidate.state, incoming.facts, incoming.headline);
  return { kind: "attach", candidate: match.candidate, state, changes, score: match.score };
}
