// Turns analysed stories into stored incidents, one batch transaction per feed item:
// either the item is processed with all its reports, or not at all. A story
// that is another account of a recent incident is attached to it as one more
// source (no new alert); when it adds something (a higher toll, the place, the
// perpetrator) the incident's version goes up and alerts/updates.ts tells the
// chats that already got it.
import {
  incidentById, incidentsReportedBetween, latestFollowUpAt, recordIngestedItem, unprocessedFeedItems, unreportedItemsBetween,
  type Db, type Incident, type IncidentFacts, type IngestWrite,
} from "../storage/index.js";
import type { Logger } from "../log.js";
import { isAttackType } from "../nlp/index.js";
import { anyChange, decide, elaborated, FOLLOW_UP_REACH, keepsClock, reachOf, takeBack, type Candidate, type Incoming, type IncidentState, type MergeOptions } from "./merge.js";
import { incidentStories, incoming, MAX_TEXTS } from "./reports.js";
import { profile } from "./similarity.js";

export interface IngestResult {
  items: number;
  stories: number;
  /** incidents created (each owes an alert) */
  created: number[];
  /** incidents whose facts changed (version raised: each owes an update to those already alerted) */
  updated: number[];
  /** incidents that got one more report and nothing new */
  attached: number[];
}

const BATCH = 100;
/** Separates the reports' texts in Incident.fingerprint (normalised text never contains it). */
const SEP = "\f";

/**
 * Analyses every stored feed item not yet processed. Safe to run again after a crash.
 *
 * Decisions are made first (reads only); the item's writes then go in one
 * batch transaction (storage's recordIngestedItem). The lease and the
 * serialised pipeline make this the only writer of incidents, so reading
 * before writing is safe.
 */
export async function ingestPending(db: Db, log: Logger, opts: Partial<MergeOptions> & { now?: () => Date } = {}): Promise<IngestResult> {
  const merge: MergeOptions = { windowHours: opts.windowHours ?? 12 };
  const result: IngestResult = { items: 0, stories: 0, created: [], updated: [], attached: [] };
  for (;;) {
    const items = await unprocessedFeedItems(db, BATCH);
    if (items.length === 0) return result;
    for (const item of items) {
      const at = reportTime(item);
      const stories = incidentStories({ title: item.title, text: item.text, publishedAt: at });
      const candidates = stories.length ? await recentIncidents(db, at, merge.windowHours) : [];
      // air defences firing with no place named go to the event whose air defences were firing (follow-ups.ts)
      if (stories.some((s) => s.followUpKind === "defence" && s.facts.provinces.length === 0)) {
        const defended = await latestFollowUpAt(db, candidates.map((c) => c.key), "defence");
        for (const c of candidates) {
          const d = defended.get(c.key);
          if (d) c.defendedAt = d;
        }
      }
      const mine = new Set<number>(); // two stories of one report are never one incident
      const writes: IngestWrite[] = [];
      let pending: PendingFollowUp[] | null = null;
      for (const story of stories) {
        const inc = incoming(story, at);
        const d = decide(inc, candidates, merge, mine);
        if (d.kind === "ignore") continue; // a fact-less follow-up of no recent event (yet: see takeBack)
        result.stories++;
        const report = { storyIndex: story.index, facts: reportFacts(story.facts, story.followUpKind) };
        if (d.kind === "create") {
          // the follow-ups that came minutes before it and that no event fitted then are its reports too
          const waiting: PendingFollowUp[] = pending ?? (await pendingFollowUps(db, at));
          const { state, taken } = takeBack<number>({ key: 0, state: d.state, lastAt: at, texts: [] }, waiting.map((p) => p.inc));
          const rest = waiting.filter((_, i) => !taken.includes(i));
          const adopted = [...taken.map((i) => waiting[i]!), ...told(inc, rest)];
          pending = waiting.filter((p) => !adopted.includes(p));
          writes.push({
            kind: "create", report, facts: factsOf(state), fingerprint: story.normalized, lastReportAt: at,
            ...(adopted.length ? { adopted: adopted.map(adoptedReport) } : {}),
          });
          if (adopted.length) log.debug({ items: adopted.map((p) => p.feedItemId) }, "follow-ups taken back by a new incident");
          continue;
        }
        const c = d.candidate;
        mine.add(c.key);
        const row = await incidentById(db, c.key);
        if (!row) throw new Error(`incident ${c.key} vanished during ingestion`);
        const changed = anyChange(d.changes);
        const texts = row.fingerprint.split(SEP);
        // the follow-ups of minutes before that this report tells again (merge.ts elaborated) join the incident too
        const waiting: PendingFollowUp[] = inc.facts.provinces.length > 0 ? pending ?? (await pendingFollowUps(db, at)) : [];
        const adopted = told(inc, waiting);
        if (waiting.length) pending = waiting.filter((p) => !adopted.includes(p));
        writes.push({
          kind: "attach",
          report,
          incidentId: c.key,
          facts: changed ? factsOf(d.state) : null,
          // Nobody has been alerted yet: the alert will show the new figures, so they are what was announced.
          announce: row.enqueuedVersion === 0,
          // a fact-less follow-up's words («ambulances», «footage») would make any later flash look alike
          ...(texts.length < MAX_TEXTS && !inc.factless ? { fingerprint: `${row.fingerprint}${SEP}${story.normalized}` } : {}),
          lastReportAt: row.lastReportAt && (row.lastReportAt > at || keepsClock(inc)) ? row.lastReportAt : at,
          updatedAt: row.updatedAt,
          ...(adopted.length ? { adopted: adopted.map(adoptedReport) } : {}),
        });
        (changed ? result.updated : result.attached).push(c.key);
        log.debug({ incidentId: c.key, score: d.score, changes: d.changes }, "report attached to an incident");
      }
      // the pipeline's clock, not the database's: an edit is stamped «updated at» with it (replay runs on post time)
      result.created.push(...(await recordIngestedItem(db, item.id, writes, opts.now?.() ?? new Date())));
      result.items++;
    }
  }
}

/** A report's facts as stored: a fact-less follow-up's say which it is (air defences firing: latestFollowUpAt reads it). */
const reportFacts = (facts: object, followUp: string | undefined): object => (followUp ? { ...facts, followUp } : facts);

/** The report row of an earlier item an incident takes in. */
const adoptedReport = (p: PendingFollowUp) => ({ feedItemId: p.feedItemId, storyIndex: p.storyIndex, facts: reportFacts(p.inc.facts, p.inc.followUpKind) });

/** The waiting follow-ups `inc` tells again (merge.ts elaborated). */
const told = (inc: Incoming, waiting: readonly PendingFollowUp[]): PendingFollowUp[] => elaborated(inc, waiting.map((p) => p.inc)).map((i) => waiting[i]!);

/** A report cannot be published after we saw it: a feed's clock in the future would stretch the window. */
const reportTime = (item: { publishedAt: Date | null; seenAt: Date }): Date =>
  item.publishedAt && item.publishedAt < item.seenAt ? item.publishedAt : item.seenAt;

interface PendingFollowUp {
  feedItemId: number;
  storyIndex: number;
  inc: Incoming;
}

/**
 * The fact-less follow-ups of the minutes before `at` that went to no incident
 * (items processed with no report), read again, oldest first: an incident
 * opened at `at` may take them back (merge.ts takeBack).
 */
async function pendingFollowUps(db: Db, at: Date): Promise<PendingFollowUp[]> {
  const out: PendingFollowUp[] = [];
  for (const item of await unreportedItemsBetween(db, new Date(at.getTime() - FOLLOW_UP_REACH), at)) {
    const t = reportTime(item);
    if (t > at || at.getTime() - t.getTime() > FOLLOW_UP_REACH) continue;
    for (const story of incidentStories({ title: item.title, text: item.text, publishedAt: t })) {
      if (story.factless) out.push({ feedItemId: item.id, storyIndex: story.index, inc: incoming(story, t) });
    }
  }
  return out.sort((a, b) => a.inc.at.getTime() - b.inc.at.getTime());
}

/** Incidents whose latest report is within reach of `at`: the merge window, or a late follow-up's (matching.ts reachOf). */
async function recentIncidents(db: Db, at: Date, windowHours: number): Promise<Candidate<number>[]> {
  const span = reachOf(windowHours);
  const rows = await incidentsReportedBetween(db, new Date(at.getTime() - span), new Date(at.getTime() + span));
  return rows.map((r) => ({
    key: r.id,
    state: stateOf(r),
    lastAt: r.lastReportAt ?? r.firstSeenAt,
    texts: r.fingerprint.split(SEP).slice(0, MAX_TEXTS).map(profile),
  }));
}

function stateOf(r: Incident): IncidentState {
  return {
    type: isAttackType(r.type) ? r.type : "other",
    provinces: r.provinces,
    place: r.place,
    placeId: r.placeId,
    district: r.district,
    coordinates: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
    killed: r.killed,
    injured: r.injured,
    casualties: r.casualties,
    perpetrator: r.perpetrator,
    target: r.target,
    occurredAt: r.occurredAt,
    headline: r.headline,
    summary: r.summary,
  };
}

function factsOf(s: IncidentState): IncidentFacts {
  return {
    type: s.type,
    provinces: s.provinces,
    place: s.place,
    placeId: s.placeId,
    district: s.district,
    lat: s.coordinates?.lat ?? null,
    lon: s.coordinates?.lon ?? null,
    killed: s.killed,
    injured: s.injured,
    casualties: s.casualties,
    perpetrator: s.perpetrator,
    target: s.target,
    headline: s.headline,
    summary: s.summary,
    occurredAt: s.occurredAt,
  };
}
