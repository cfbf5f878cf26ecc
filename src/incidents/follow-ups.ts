// Follow-ups with no facts of their own (aftermath, air defences firing, footage,
// the targeted side's account): which recent event they belong to, if any.
import { placeRelation } from "./places.js";
import { HOUR, type Candidate, type Incoming } from "./state.js";

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
