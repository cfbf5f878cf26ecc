// Turns analysed stories into stored incidents, one transaction per feed item:
// either the item is processed with all its reports, or not at all. A story
// that is another account of a recent incident is attached to it as one more
// source (no new alert); when it adds something (a higher toll, the place, the
// perpetrator) the incident's version goes up and alerts/updates.ts tells the
// chats that already got it.
import type { Db } from "../db/client.js";
import type { Incident } from "../generated/prisma/client.js";
import type { Logger } from "../log.js";
import { isAttackType } from "../nlp/index.js";
import { anyChange, decide, type Candidate, type IncidentState, type MergeOptions } from "./merge.js";
import { incidentStories, incoming, MAX_TEXTS, type IncidentStory } from "./reports.js";
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

/** Analyses every stored feed item not yet processed. Safe to run again after a crash. */
export async function ingestPending(db: Db, log: Logger, opts: Partial<MergeOptions> = {}): Promise<IngestResult> {
  const merge: MergeOptions = { windowHours: opts.windowHours ?? 12 };
  const result: IngestResult = { items: 0, stories: 0, created: [], updated: [], attached: [] };
  for (;;) {
    const items = await db.feedItem.findMany({ where: { processedAt: null }, orderBy: { id: "asc" }, take: BATCH });
    if (items.length === 0) return result;
    for (const item of items) {
      // A report cannot be published after we saw it: a feed's clock in the future would stretch the window.
      const at = item.publishedAt && item.publishedAt < item.seenAt ? item.publishedAt : item.seenAt;
      const stories = incidentStories({ title: item.title, text: item.text, publishedAt: at });
      await db.$transaction(async (t) => {
        const tx = t as unknown as Db;
        const candidates = stories.length ? await recentIncidents(tx, at, merge.windowHours) : [];
        const mine = new Set<number>();
        for (const story of stories) {
          result.stories++;
          const id = await placeStory(tx, story, at, candidates, mine, merge, result, log);
          await tx.report.create({ data: { feedItemId: item.id, storyIndex: story.index, incidentId: id, facts: JSON.stringify(story.facts) } });
          mine.add(id);
        }
        await tx.feedItem.update({ where: { id: item.id }, data: { processedAt: new Date() } });
      });
      result.items++;
    }
  }
}

async function placeStory(
  tx: Db, story: IncidentStory, at: Date, candidates: Candidate<number>[], mine: Set<number>,
  merge: MergeOptions, result: IngestResult, log: Logger,
): Promise<number> {
  const inc = incoming(story, at);
  const d = decide(inc, candidates, merge, mine);
  if (d.kind === "create") {
    const row = await tx.incident.create({
      data: {
        ...columns(d.state),
        fingerprint: story.normalized,
        lastReportAt: at,
        announcedKilled: d.state.killed,
        announcedInjured: d.state.injured,
      },
    });
    candidates.push({ key: row.id, state: d.state, lastAt: at, texts: [inc.text] });
    result.created.push(row.id);
    return row.id;
  }
  const c = d.candidate;
  const row = await tx.incident.findUniqueOrThrow({ where: { id: c.key } });
  const changed = anyChange(d.changes);
  const texts = row.fingerprint.split(SEP);
  const lastAt = row.lastReportAt && row.lastReportAt > at ? row.lastReportAt : at;
  await tx.incident.update({
    where: { id: c.key },
    data: {
      ...(changed ? { ...columns(d.state), version: { increment: 1 } } : {}),
      // Nobody has been alerted yet: the alert will show the new figures, so they are what was announced.
      ...(changed && row.enqueuedVersion === 0 ? { announcedKilled: d.state.killed, announcedInjured: d.state.injured } : {}),
      ...(texts.length < MAX_TEXTS ? { fingerprint: `${row.fingerprint}${SEP}${story.normalized}` } : {}),
      lastReportAt: lastAt,
    },
  });
  c.state = d.state;
  c.lastAt = lastAt;
  if (c.texts.length < MAX_TEXTS) c.texts.push(inc.text);
  (changed ? result.updated : result.attached).push(c.key);
  log.debug({ incidentId: c.key, score: d.score, changes: d.changes }, "report attached to an incident");
  return c.key;
}

/** Incidents whose latest report is within the merge window of `at`. */
async function recentIncidents(db: Db, at: Date, windowHours: number): Promise<Candidate<number>[]> {
  const span = windowHours * 3_600_000;
  const rows = await db.incident.findMany({
    where: { lastReportAt: { gte: new Date(at.getTime() - span), lte: new Date(at.getTime() + span) } },
    orderBy: { id: "asc" },
  });
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
    provinces: JSON.parse(r.provinces) as string[],
    place: r.place,
    placeId: r.placeId,
    district: r.district,
    coordinates: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
    killed: r.killed,
    injured: r.injured,
    perpetrator: r.perpetrator,
    target: r.target,
    occurredAt: r.occurredAt,
    headline: r.headline,
    summary: r.summary,
  };
}

function columns(s: IncidentState) {
  return {
    type: s.type,
    province: s.provinces[0] ?? null,
    provinces: JSON.stringify(s.provinces),
    place: s.place,
    placeId: s.placeId,
    district: s.district,
    lat: s.coordinates?.lat ?? null,
    lon: s.coordinates?.lon ?? null,
    killed: s.killed,
    injured: s.injured,
    perpetrator: s.perpetrator,
    target: s.target,
    headline: s.headline,
    summary: s.summary,
    occurredAt: s.occurredAt,
  };
}
