// Incidents and the reports attached to them. The `provinces` column holds a
// JSON array: it is decoded here, once, and every other module sees
// `Incident.provinces` as the array it is.
import type { Db } from "./client.js";
import { Prisma, type Incident as IncidentRow } from "../generated/prisma/client.js";
import { directQuery, toBool, toDate, toDateOrNull, toIntOrNull } from "./direct.js";

/** A stored incident as the rest of the service sees it. */
export type Incident = Omit<IncidentRow, "provinces"> & { provinces: string[] };

/** The facts the merge decides (as columns, provinces decoded). */
export type IncidentFacts = Pick<
  Incident,
  "type" | "provinces" | "place" | "placeId" | "district" | "lat" | "lon" | "killed" | "injured" | "casualties" | "perpetrator" | "target" | "headline" | "summary" | "occurredAt"
>;

export function decodeProvinces(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    // a hand-edited row: no province rather than a failed alert
    return [];
  }
}

export const decodeIncident = (row: IncidentRow): Incident => ({ ...row, provinces: decodeProvinces(row.provinces) });

function encodeFacts<F extends Pick<IncidentFacts, "provinces">>(f: F) {
  return { ...f, province: f.provinces[0] ?? null, provinces: JSON.stringify(f.provinces) };
}

/** An incident written as is, without a report (the benchmarks' and the tests' seeds; the service's come from recordIngestedItem). */
export type NewIncident = Pick<IncidentFacts, "type" | "provinces" | "headline" | "summary" | "occurredAt"> & Partial<IncidentFacts> & { fingerprint: string };

export async function createIncident(db: Db, i: NewIncident): Promise<Incident> {
  return decodeIncident(await db.incident.create({ data: encodeFacts(i) }));
}

export async function incidentById(db: Db, id: number): Promise<Incident | null> {
  const row = await db.incident.findUnique({ where: { id } });
  return row && decodeIncident(row);
}

/** Incidents whose latest report is between `from` and `to` (the merge candidates), oldest first. */
export async function incidentsReportedBetween(db: Db, from: Date, to: Date): Promise<Incident[]> {
  const rows = await db.incident.findMany({ where: { lastReportAt: { gte: from, lte: to } }, orderBy: { id: "asc" } });
  return rows.map(decodeIncident);
}

/** Incidents whose alert was never queued, oldest first. */
export async function incidentsNotAlerted(db: Db): Promise<Incident[]> {
  return (await db.incident.findMany({ where: { enqueuedVersion: 0 }, orderBy: { id: "asc" } })).map(decodeIncident);
}

/** Incidents with a version not yet shown: new ones and, with `updatesOnly`, only those already alerted once. */
export async function incidentsWithNewVersion(db: Db, opts: { updatesOnly?: boolean } = {}): Promise<Incident[]> {
  const rows = await db.incident.findMany({
    where: { ...(opts.updatesOnly ? { enqueuedVersion: { gt: 0 } } : {}), version: { gt: db.incident.fields.enqueuedVersion } },
    orderBy: { id: "asc" },
  });
  return rows.map(decodeIncident);
}

/** Records that `version` of the incident has been queued (or shown). */
export async function markIncidentQueued(db: Db, i: { id: number; version: number; updatedAt: Date }): Promise<void> {
  // bookkeeping, not news: «updated at» (an edit's stamp) stays the facts' time
  await db.incident.update({ where: { id: i.id }, data: { enqueuedVersion: i.version, updatedAt: i.updatedAt } });
}

/** A page of incidents, newest first (/latest). */
export async function latestIncidents(db: Db, skip: number, take: number): Promise<Incident[]> {
  return (await db.incident.findMany({ orderBy: [{ firstSeenAt: "desc" }, { id: "desc" }], skip, take })).map(decodeIncident);
}

/** Province, type and time of each incident first seen since `since` (statistics). */
export async function incidentsFirstSeenSince(db: Db, since: Date): Promise<{ province: string | null; type: string; firstSeenAt: Date }[]> {
  return db.incident.findMany({ where: { firstSeenAt: { gte: since } }, select: { province: true, type: true, firstSeenAt: true } });
}

/** What a report says about its outlet (the select of `outletsOf`'s input). */
export const REPORT_OUTLET = { feedItem: { select: { url: true, source: { select: { name: true, url: true } } } } } as const;

/** The outlets that reported an incident, in the order of their first report (one entry per outlet name). */
export async function incidentOutlets(db: Db, incidentId: number): Promise<{ name: string; url: string }[]> {
  const reports = await db.report.findMany({ where: { incidentId }, orderBy: { id: "asc" }, select: REPORT_OUTLET });
  return outletsOf(reports);
}

/** Reports (oldest first) → one entry per outlet name, with the report's own link, else the outlet's address. */
export function outletsOf(reports: { feedItem: { url: string | null; source: { name: string; url: string } } }[]): { name: string; url: string }[] {
  const seen = new Set<string>();
  const out: { name: string; url: string }[] = [];
  for (const r of reports) {
    const name = r.feedItem.source.name;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, url: r.feedItem.url ?? r.feedItem.source.url });
  }
  return out;
}

/** Recent incidents whose current version has no model summary yet, with their reports' texts. */
export async function incidentsToSummarize(db: Db, since: Date, take: number) {
  const rows = await db.incident.findMany({
    where: {
      updatedAt: { gte: since },
      OR: [{ summaryAiVersion: null }, { summaryAiVersion: { lt: db.incident.fields.version } }],
    },
    orderBy: { id: "asc" },
    take,
    select: { id: true, version: true, updatedAt: true, reports: { orderBy: { id: "asc" }, select: { feedItem: { select: { title: true, text: true } } } } },
  });
  return rows.map((r) => ({ id: r.id, version: r.version, updatedAt: r.updatedAt, reports: r.reports.map((x) => x.feedItem) }));
}

/** Stores the model's summary (or null: it failed) for that version only; a summary is not an update of the facts. */
export async function recordSummary(db: Db, i: { id: number; version: number; updatedAt: Date }, summaryAi: string | null): Promise<void> {
  await db.incident.updateMany({
    where: { id: i.id, version: i.version },
    data: { summaryAi, summaryAiVersion: i.version, updatedAt: i.updatedAt },
  });
}

// ---- feed items → incidents (the incidents stage)

export async function unprocessedFeedItems(db: Db, take: number) {
  return db.feedItem.findMany({ where: { processedAt: null }, orderBy: { id: "asc" }, take });
}

export interface ReportFacts {
  storyIndex: number;
  /** the story's facts, stored as JSON for the record */
  facts: unknown;
}

/**
 * For each of these incidents that has one, the time of its latest report
 * stored as a fact-less follow-up of this kind (the report facts' `followUp`:
 * "defence" for air defences firing during it): the item's publication time,
 * or when it was seen if that is earlier or it has none.
 */
export async function latestFollowUpAt(db: Db, incidentIds: number[], kind: string): Promise<Map<number, Date>> {
  const out = new Map<number, Date>();
  if (incidentIds.length === 0) return out;
  // the facts are stored as JSON.stringify writes them (recordIngestedItem): no spaces, so the pair reads as written here
  const rows = await db.report.findMany({
    where: { incidentId: { in: incidentIds }, facts: { contains: JSON.stringify({ followUp: kind }).slice(1, -1) } },
    select: { incidentId: true, feedItem: { select: { publishedAt: true, seenAt: true } } },
  });
  for (const r of rows) {
    const { publishedAt, seenAt } = r.feedItem;
    const at = publishedAt && publishedAt < seenAt ? publishedAt : seenAt;
    const had = out.get(r.incidentId);
    if (!had || at > had) out.set(r.incidentId, at);
  }
  return out;
}

/**
 * Feed items analysed already that gave no report, published (or, with no
 * date, seen) between the two times: fact-less follow-ups that an incident
 * opened minutes later may take back. The latest `take` of them (the nearest
 * to the incident), in the order they were stored.
 */
export async function unreportedItemsBetween(db: Db, from: Date, to: Date, take = 200) {
  const rows = await db.feedItem.findMany({
    where: {
      processedAt: { not: null },
      reports: { none: {} },
      OR: [{ publishedAt: { gte: from, lte: to } }, { publishedAt: null, seenAt: { gte: from, lte: to } }],
    },
    // by id, not by date: a null date sorts first on SQLite and last on PostgreSQL (the caller sorts by time)
    orderBy: { id: "desc" },
    take,
  });
  return rows.reverse();
}

/** What one analysed feed item does to the incidents. */
export type IngestWrite =
  | {
      kind: "create";
      report: ReportFacts;
      facts: IncidentFacts;
      fingerprint: string;
      lastReportAt: Date;
      /** reports of earlier items (already processed, none of their own) the new incident takes back */
      adopted?: (ReportFacts & { feedItemId: number })[];
    }
  | {
      kind: "attach";
      report: ReportFacts;
      incidentId: number;
      /** new facts (the version goes up), or null when the report adds nothing */
      facts: IncidentFacts | null;
      /** also the announced toll (nobody was alerted yet) */
      announce: boolean;
      fingerprint?: string;
      lastReportAt: Date;
      /** the row's «updated at», kept when the report adds nothing */
      updatedAt: Date;
      /** reports of earlier items (already processed, none of their own) this report tells again */
      adopted?: (ReportFacts & { feedItemId: number })[];
    };

/**
 * Writes one feed item's reports and marks it processed, all in one batch
 * transaction. Not an interactive one on purpose: the SQLite adapter has a
 * single connection, and every other write made while an interactive
 * transaction is open (a delivery marked sent, a subscriber's setting) would
 * join it and roll back with it. Returns the ids of the incidents created.
 * `now` is the caller's clock: the incident's «updated at» (the edit's stamp) and the item's «processed at».
 */
export async function recordIngestedItem(db: Db, feedItemId: number, writes: IngestWrite[], now: Date = new Date()): Promise<number[]> {
  const ops: Prisma.PrismaPromise<unknown>[] = [];
  const creates: number[] = [];
  for (const w of writes) {
    const report = { storyIndex: w.report.storyIndex, facts: JSON.stringify(w.report.facts), feedItem: { connect: { id: feedItemId } } };
    if (w.kind === "create") {
      creates.push(ops.length);
      // the incident with its first report, and the earlier items' reports it takes back
      const adopted = adoptedReports(w.adopted);
      ops.push(db.incident.create({
        data: {
          ...encodeFacts(w.facts),
          fingerprint: w.fingerprint,
          lastReportAt: w.lastReportAt,
          updatedAt: now,
          announcedKilled: w.facts.killed,
          announcedInjured: w.facts.injured,
          announcedCasualties: w.facts.casualties,
          reports: { create: [report, ...adopted] },
        },
        select: { id: true },
      }));
      continue;
    }
    const f = w.facts;
    ops.push(db.incident.update({
      where: { id: w.incidentId },
      data: {
        ...(f ? { ...encodeFacts(f), version: { increment: 1 } } : {}),
        ...(f && w.announce ? { announcedKilled: f.killed, announcedInjured: f.injured, announcedCasualties: f.casualties } : {}),
        ...(w.fingerprint !== undefined ? { fingerprint: w.fingerprint } : {}),
        lastReportAt: w.lastReportAt,
        // an edit's «updated HH:MM» is when its facts changed, not when a repeat of them came
        updatedAt: f ? now : w.updatedAt,
      },
    }));
    ops.push(db.report.create({ data: { ...report, incident: { connect: { id: w.incidentId } } } }));
    for (const a of adoptedReports(w.adopted)) ops.push(db.report.create({ data: { ...a, incident: { connect: { id: w.incidentId } } } }));
  }
  ops.push(db.feedItem.update({ where: { id: feedItemId }, data: { processedAt: now } }));
  const done = await db.$transaction(ops);
  return creates.map((i) => (done[i] as { id: number }).id);
}

/** The report rows of earlier items an incident takes in (their items stay processed). */
const adoptedReports = (adopted: (ReportFacts & { feedItemId: number })[] | undefined) =>
  (adopted ?? []).map((a) => ({ storyIndex: a.storyIndex, facts: JSON.stringify(a.facts), feedItem: { connect: { id: a.feedItemId } } }));

/** What the renderer reads for each row: the incident's version stamp and the chat's settings, decoded. */
export interface RenderStamp {
  version: number;
  updatedAt: Date;
  summaryAiVersion: number | null;
  /** null: the chat is not a subscriber (any more) */
  chat: {
    language: string;
    /** private, group, supergroup or channel (which map button it may get) */
    chatType: string;
    threadId: number | null;
    showMap: boolean;
    active: boolean;
    paused: boolean;
    pausedUntil: Date | null;
    quietStart: number | null;
    quietEnd: number | null;
  } | null;
}

/**
 * One query per delivery row at send time (the incident joined with the
 * chat), straight to the driver (direct.ts: through Prisma's query compiler
 * it cost ~1.5 ms of CPU a message, at 1000 messages a second); the driver's
 * representations (SQLite answers booleans and integers as text) are decoded here.
 */
export async function renderStamp(db: Db, incidentId: number, subscriberId: number | null): Promise<RenderStamp | null> {
  const rows = await directQuery(db, Prisma.sql`
    SELECT i."version" AS "version", i."updatedAt" AS "updatedAt", i."summaryAiVersion" AS "summaryAiVersion",
           s."id" AS "subscriberId", s."language" AS "language", s."threadId" AS "threadId", s."showMap" AS "showMap",
           s."chatType" AS "chatType", s."active" AS "active", s."paused" AS "paused", s."pausedUntil" AS "pausedUntil",
           s."quietStart" AS "quietStart", s."quietEnd" AS "quietEnd"
    FROM "Incident" i LEFT JOIN "Subscriber" s ON s."id" = ${subscriberId}
    WHERE i."id" = ${incidentId}`);
  const r = rows[0];
  if (!r) return null;
  return {
    version: Number(r.version),
    updatedAt: toDate(r.updatedAt),
    summaryAiVersion: toIntOrNull(r.summaryAiVersion),
    chat: r.subscriberId === null ? null : {
      language: (r.language ?? "ar") as string,
      chatType: (r.chatType ?? "private") as string,
      threadId: toIntOrNull(r.threadId),
      showMap: toBool(r.showMap),
      active: toBool(r.active),
      paused: toBool(r.paused),
      pausedUntil: toDateOrNull(r.pausedUntil),
      quietStart: toIntOrNull(r.quietStart),
      quietEnd: toIntOrNull(r.quietEnd),
    },
  };
}

/** The forum topic a subscriber's messages go to (threadId null: none); null when the subscriber is gone. */
export async function subscriberTopic(db: Db, subscriberId: number): Promise<{ threadId: number | null } | null> {
  return db.subscriber.findUnique({ where: { id: subscriberId }, select: { threadId: true } });
}

/** Keys of the feed items whose reports make up the incident, in report order (replay's record). */
/** The posts behind an incident, in order, by the id their source gave them (guid, else the store's key). */
export async function incidentReportIds(db: Db, incidentId: number): Promise<string[]> {
  const reports = await db.report.findMany({ where: { incidentId }, orderBy: { id: "asc" }, select: { feedItem: { select: { guid: true, key: true } } } });
  return [...new Set(reports.map((r) => r.feedItem.guid ?? r.feedItem.key))];
}

/** The reports written after report `afterId`, in order, with their post (as incidentReportIds names it) and incident (replay: which
 * incidents a post touched, whether or not anything was sent). Asked after every post of a replay, so straight to
 * the driver (direct.ts: through Prisma it cost a replay of the stream half its time again). */
export async function reportsAfter(db: Db, afterId: number): Promise<{ id: number; incidentId: number; post: string }[]> {
  const rows = await directQuery(db, Prisma.sql`SELECT r."id", r."incidentId", f."guid", f."key" FROM "Report" r JOIN "FeedItem" f ON f."id" = r."feedItemId"
    WHERE r."id" > ${afterId} ORDER BY r."id"`);
  return rows.map((r) => ({ id: Number(r.id), incidentId: Number(r.incidentId), post: (r.guid ?? r.key) as string }));
}

/** Feed items that became at least one report. */
export const itemsWithReports = (db: Db): Promise<number> => db.feedItem.count({ where: { reports: { some: {} } } });

/** Every incident with the publication times of its reports (replay's summary). */
export async function incidentsWithReportTimes(db: Db): Promise<(Incident & { reportTimes: (Date | null)[] })[]> {
  const rows = await db.incident.findMany({
    orderBy: { id: "asc" },
    include: { reports: { select: { feedItem: { select: { publishedAt: true } } } } },
  });
  return rows.map(({ reports, ...row }) => ({ ...decodeIncident(row), reportTimes: reports.map((r) => r.feedItem.publishedAt) }));
}
