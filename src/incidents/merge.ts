// The merging logic, pure: is a new report another account of an incident we
// already have, and what does it add to it? The store (database) and the
// cluster CLI (memory) both call exactly these functions.
//
// A wrong merge hides an attack from subscribers, a missed one repeats an
// alert: so place, type and time decide what *may* be the same event, and the
// text must then resemble it — the less the facts pin the place down, the more.
//
// The rules live by job: state.ts (the shapes), places.ts (how two places
// relate), matching.ts (same event or not), follow-ups.ts (where a fact-less
// follow-up goes), facts.ts (what a report adds). This file takes the one
// decision per incident story.
import { mergeFacts, stateFromFacts, type MergeChanges } from "./facts.js";
import { followUpMatch, KEEPS_CLOCK, takenBack, tollByWords } from "./follow-ups.js";
import { findMatch, NEEDED_UNPLACED, resemblance } from "./matching.js";
import { statesToll } from "../nlp/index.js";
import { HOUR, type Candidate, type Incoming, type IncidentState, type MergeOptions } from "./state.js";

export type { Candidate, Incoming, IncidentState, MergeOptions } from "./state.js";
export { placeRelation, type PlaceRelation } from "./places.js";
export { anyChange, mergeFacts, stateFromFacts, type MergeChanges } from "./facts.js";
export { findMatch, matchMargin, typePenalty, reachOf } from "./matching.js";
export { elaborated, followUpMatch, FOLLOW_UP_BEFORE, FOLLOW_UP_REACH } from "./follow-ups.js";

/** A report that joins an event without moving its clock: a fact-less follow-up (follow-ups.ts KEEPS_CLOCK), or an
 * account dated to an earlier day than it was posted («سقط صاروخ … مساء الثلاثاء», told on Wednesday morning) — the
 * event is no more under way for being retold, and a flash minutes later is not its refinement (review 85). */
export const keepsClock = (inc: Incoming): boolean =>
  (!!inc.factless && KEEPS_CLOCK.has(inc.followUpKind ?? "")) || inc.at.getTime() - inc.facts.occurredAt.getTime() >= RETOLD_AFTER;
/** How long before its posting a report must date its event to be a retelling (keepsClock): the extractor dates «أمس»
 * and weekdays by whole days back from the posting, so an earlier day is at least this far. */
const RETOLD_AFTER = 12 * HOUR;

export type Decision<K> =
  | { kind: "attach"; candidate: Candidate<K>; state: IncidentState; changes: MergeChanges; score: number }
  | { kind: "create"; state: IncidentState }
  /** a fact-less follow-up that no recent event fits: not an incident */
  | { kind: "ignore" };

/**
 * The one step both the store and the CLI take per incident story. `exclude`
 * holds the incidents of the report's other stories: two stories of one page
 * are two events.
 */
export function decide<K>(incoming: Incoming, candidates: Iterable<Candidate<K>>, opts: MergeOptions, exclude: ReadonlySet<K> = new Set()): Decision<K> {
  const eligible = [...candidates].filter((c) => !exclude.has(c.key));
  if (incoming.factless) {
    const c = followUpMatch(incoming, eligible) ?? tollByWords(incoming, eligible);
    if (!c) return { kind: "ignore" };
    // What it adds — a higher toll, the weapon, the target — is an update
    // of that event (an edit for subscribers), never an alert of its own.
    // Never a more precise place, though: fire, smoke, ambulances or footage in a district may be
    // another fire, and air defences fire from where they stand («قرب شقلاوة»), not where the attack
    // hit. An edit naming a place the attack may not have been is worse than a province-level one; the
    // place is refined by reports of the attack itself. (The province it names still places an event
    // nobody had placed.)
    const { state, changes } = mergeFacts(c.state, followUpFacts(incoming), incoming.headline);
    return { kind: "attach", candidate: c, state, changes, score: 0 };
  }
  let match = findMatch(incoming, eligible, opts);
  // A report that names no place minutes after an attack is read in that context, like a fact-less
  // follow-up: one naming the attack's target («مقرات المعارضة»), or one naming nothing but perhaps
  // the weapon («قصف صاروخي يستهدف مقراً شمالي العراق», «حالة من الرعب تصيب السكان») — no target, no
  // toll — while one province is under attack. Its own alert would reach every subscriber in Iraq.
  // One that names a weapon but no target, though, may be a second attack elsewhere (another bomb on
  // another road): it joins only if its words resemble the event's as much as an unplaced report's must.
  if (!match && incoming.facts.provinces.length === 0) {
    const c = followUpMatch(incoming, eligible, !incoming.facts.target && !statesToll(incoming.facts));
    const vague = incoming.facts.type === "other" || incoming.facts.target !== null;
    if (c && (vague || resemblance(incoming, c) >= NEEDED_UNPLACED)) match = { candidate: c, score: 0 };
  }
  if (!match) return { kind: "create", state: stateFromFacts(incoming.facts, incoming.headline) };
  const { state, changes } = mergeFacts(match.candidate.state, incoming.facts, incoming.headline, !!incoming.corrects);
  return { kind: "attach", candidate: match.candidate, state, changes, score: match.score };
}

/** What a fact-less follow-up adds to its event: all but a more precise place (see decide). */
const followUpFacts = (incoming: Incoming) => ({
  ...incoming.facts, place: null, placeId: null, district: null, coordinates: null,
  // sirens and drones or missiles in a province's sky tell of no hit: they name no weapon of the event (review8 S1)
  ...(NO_WEAPON_KINDS.has(incoming.followUpKind ?? "") ? { type: "other" as const } : {}),
});
const NO_WEAPON_KINDS: ReadonlySet<string> = new Set(["siren", "overhead", "defence"]);

/**
 * An event just opened takes back the fact-less follow-ups that came shortly
 * before its first report and that no event fitted then (follow-ups.ts
 * takenBack): air defences firing, sirens, fire at the target. What they add — the
 * weapon, the target, a toll — goes into its state before anyone is alerted.
 * `pending` in time order; returns the state and the indexes of those taken.
 */
export function takeBack<K>(opened: Candidate<K>, pending: readonly Incoming[]): { state: IncidentState; taken: number[]; defendedAt?: Date } {
  let state = opened.state;
  const taken = takenBack(opened, pending);
  let defendedAt: Date | undefined;
  for (const i of taken) {
    const p = pending[i]!;
    // one naming no place and no target was taken on its context alone: it joins, but adds nothing (review8 M3)
    if (p.facts.provinces.length > 0 || p.facts.target) state = mergeFacts(state, followUpFacts(p), p.headline).state;
    if (p.followUpKind === "defence") defendedAt = p.at;
  }
  return { state, taken, ...(defendedAt ? { defendedAt } : {}) };
}
