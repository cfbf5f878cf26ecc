// Incident or not (corpus README §1). A story is an Iraqi incident when it reports an ACT
// (explosion, attack, strike, killing, kidnapping, clash, arrest of militants…) (acts.ts, not-acts.ts),
// it is no statement (statement.ts), no not-an-incident frame governs it (frames.ts), it is not past,
// an arrest of no militant or only aftermath (late.ts), and the act is placed in Iraq (location.ts).

import type { Token } from "../normalize.js";
import type { Hit } from "../match.js";
import type { TypeCue } from "../cues.js";
import type { PlaceResolution } from "../place/index.js";
import { SOFT_EVENTS, QUESTION } from "../data/incident-words.js";
import { events } from "./matchers.js";
import { actsReported } from "./acts.js";
import { speakerStatement, politicianSays } from "./statement.js";
import { governingFrame } from "./frames.js";
import { lateReason } from "./late.js";
import { locationVerdict, unplacedPattern } from "./location.js";
import type { Reading, Classification } from "./reading.js";
import { leadEnd } from "../lead.js";

export type { Classification };

export interface ClassifyInput {
  toks: readonly Token[];
  norm: string;
  typeHits: readonly Hit<TypeCue>[];
  /** where it happened, or how to find out: the location rules come last, and most stories that are no
   * incident are told so before (speed: resolvePlace is then never run) */
  place: PlaceResolution | (() => PlaceResolution);
  /** the act cues of the story, when the caller has found them already */
  events?: readonly Hit<number>[];
  /** the report's year (UTC), to tell an earlier year's event from this one */
  year?: number;
}

/** Attack types that name a weapon or a hostile act. */
const STRONG_TYPES = new Set(["suicide", "car_bomb", "ied", "armed_attack", "rocket", "drone", "airstrike", "assassination", "kidnapping", "clash"]);

export function classify({ toks, norm, typeHits, place: placeOrFind, events: acts, year }: ClassifyInput): Classification {
  if (!toks.length) return { incident: false, reason: "empty" };
  const evs = actsReported(toks, typeHits, acts ?? events.find(toks));
  if (!evs.length) return { incident: false, reason: "no-event" };
  const lead = leadEnd(toks, typeHits);
  const reading: Reading = {
    toks, norm, typeHits, evs, leadEnd: lead,
    strongEvents: evs.filter((h) => !SOFT_EVENTS.has(h.p)),
    firstEventPos: evs.find((h) => toks[h.i]!.sent <= lead)?.i ?? Infinity,
    attackNamed: typeHits.some((h) => STRONG_TYPES.has(h.v.type) && !h.v.weak),
  };
  if (speakerStatement(norm, reading)) return { incident: false, reason: "statement" };
  if (questionInLead(toks, lead)) return { incident: false, reason: "speculation" };
  const frame = governingFrame(reading);
  if (frame) return { incident: false, reason: frame };
  const late = lateReason(reading, year);
  if (late) return { incident: false, reason: late };
  const place = typeof placeOrFind === "function" ? placeOrFind() : placeOrFind;
  // placed by a site's dateline alone, the text still names no place: a politician's words or a pattern of attacks
  // filed from Baghdad are no event there
  const unplaced = !place.provinces.length || !!place.dateline;
  if (unplaced && politicianSays(norm)) return { incident: false, reason: "statement" };
  if (unplaced && unplacedPattern(reading)) return { incident: false, reason: "pattern" };
  return locationVerdict(toks, place);
}

/** A question in the lead: speculation, rhetoric. */
function questionInLead(toks: readonly Token[], leadEnd: number): boolean {
  for (const t of toks) {
    if (t.sent > leadEnd) break;
    if (t.t === QUESTION) return true;
  }
  return false;
}
