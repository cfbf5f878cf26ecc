// Sources (feeds, Telegram channels), the items read from them, and the
// admins' audit log.
//
// The queries run per source on every poll (knownItems, storeFeedItems,
// saveSourceState, savePolledStates) are SQL sent straight to the driver (direct.ts): through
// Prisma's query builder they took ~33, ~44 and ~7 ms of CPU per source (bench
// feeds, 200 sources × 50 items), most of it compiling the query and passing
// its parameters. The SQL is portable (SQLite and PostgreSQL), but for the
// casts PostgreSQL needs in a VALUES list (savePolledStates).
import { Prisma, type Source } from "../generated/prisma/client.js";
import { typedParam, type Db } from "./client.js";
import { directExecute, directQuery, toDate } from "./direct.js";

export type { Source };

/** What a poll, or an admin, changes in a source. */
export type SourceChange = Partial<Pick<
  Source,
  | "name" | "etag" | "lastModified" | "lastPollAt" | "lastSuccessAt" | "firstPolledAt" | "consecutiveFailures" | "lastError"
  | "lastErrorAt" | "paused" | "pausedReason" | "nextPollAt" | "removedAt"
>>;

/** A new source (what the sources file or an admin gives). */
export type NewSource = Pick<Source, "name" | "url"> & Partial<Pick<Source, "kind" | "language" | "fullText" | "intervalSec">>;

/**
 * The sources to poll now: not removed, due, and not paused (except pauses
 * whose reason starts with `resumablePrefix`: the poller's own, retried once
 * a day). `all`: every active source, due or not.
 */
export function sourcesToPoll(db: Db, now: Date, o: { all: boolean; resumablePrefix: string }): Promise<Source[]> {
  return db.source.findMany({
    where: o.all
      ? { removedAt: null, paused: false }
      : {
          removedAt: null,
          OR: [{ nextPollAt: null }, { nextPollAt: { lte: now } }],
          AND: [{ OR: [{ paused: false }, { pausedReason: { startsWith: o.resumablePrefix } }] }],
        },
    orderBy: { nextPollAt: "asc" },
  });
}

/** Every source not removed, by id (/sources). */
export const activeSources = (db: Db): Promise<Source[]> => db.source.findMany({ where: { removedAt: null }, orderBy: { id: "asc" } });

export const activeSourceById = (db: Db, id: number): Promise<Source | null> => db.source.findFirst({ where: { id, removedAt: null } });

/** A source not removed whose URL is one of these. */
export const activeSourceByUrl = (db: Db, urls: string[]): Promise<Source | null> =>
  db.source.findFirst({ where: { url: { in: urls }, removedAt: null } });

/** A source by URL, removed or not. */
export const sourceByUrl = (db: Db, url: string): Promise<Source | null> => db.source.findUnique({ where: { url } });

export const createSource = (db: Db, s: NewSource & SourceChange): Promise<Source> => db.source.create({ data: s });

/** Writes what changed; `newItems` more items seen. */
export function updateSource(db: Db, id: number, change: SourceChange, newItems = 0): Promise<Source> {
  return db.source.update({ where: { id }, data: { ...change, ...(newItems ? { itemsSeen: { increment: newItems } } : {}) } });
}

/** The SourceChange fields saveSourceState writes: their names are the columns'. */
const SOURCE_COLUMNS = new Set<string>([
  "name", "etag", "lastModified", "lastPollAt", "lastSuccessAt", "firstPolledAt", "consecutiveFailures", "lastError",
  "lastErrorAt", "paused", "pausedReason", "nextPollAt", "removedAt",
] satisfies Array<keyof SourceChange>);

/** updateSource without reading the row back, sent straight to the driver (the poller's, once per poll). */
export async function saveSourceState(db: Db, id: number, change: SourceChange, newItems = 0): Promise<void> {
  const sets = Object.entries(change)
    .filter(([k, v]) => v !== undefined && SOURCE_COLUMNS.has(k))
    .map(([k, v]) => Prisma.sql`${Prisma.raw(`"${k}"`)} = ${v}`);
  if (newItems) sets.push(Prisma.sql`"itemsSeen" = "itemsSeen" + ${newItems}`);
  if (sets.length) await directExecute(db, Prisma.sql`UPDATE "Source" SET ${Prisma.join(sets)} WHERE "id" = ${id}`);
}

/**
 * Pauses a source automatically unless it is paused already, deciding from the row as it is now, not from a
 * poll's copy of it: an admin's /pause made during the poll keeps its own reason (an automatic pause lifts
 * itself later; the admin's must not). True when this call paused it (then, and only then, admins are told).
 */
export async function autoPauseSource(db: Db, id: number, reason: string): Promise<boolean> {
  return (await directExecute(db, Prisma.sql`UPDATE "Source" SET "paused" = TRUE, "pausedReason" = ${reason}
    WHERE "id" = ${id} AND NOT "paused"`)) > 0;
}

/**
 * What a successful poll writes to its source: every field, so that a cycle's polls share one statement.
 * Not `paused`: the poll's copy of the row was read when it was queued, and an admin's /pause (or removal)
 * made since must stand; savePolledStates clears only an automatic pause, reading the row as it is.
 */
export type PolledState = Pick<
  Source,
  "etag" | "lastModified" | "lastPollAt" | "lastSuccessAt" | "firstPolledAt" | "consecutiveFailures" | "lastError" | "nextPollAt"
>;

/** Sources per statement: 10 parameters each, far below SQLite's and PostgreSQL's limits. */
const STATES_CHUNK = 500;

/**
 * Several sources' poll states in one statement, so one commit (one sync to
 * disk) for all of them: the poller's group commit (sources/poll-states.ts).
 * `newItems` more items seen by each. A pause whose reason starts with `resumablePrefix` (the poller's own,
 * after failures) ends with the success; any other pause is left as the row has it now.
 */
export async function savePolledStates(
  db: Db,
  rows: Array<{ id: number; state: PolledState; newItems: number }>,
  o: { resumablePrefix: string },
): Promise<void> {
  const as = (v: unknown, type: string) => typedParam(db, v, type);
  for (let i = 0; i < rows.length; i += STATES_CHUNK) {
    const values = rows.slice(i, i + STATES_CHUNK).map(({ id, state: s, newItems }) => Prisma.sql`(${as(id, "INTEGER")}, ${as(s.etag, "TEXT")},
      ${as(s.lastModified, "TEXT")}, ${as(s.lastPollAt, "TIMESTAMP(3)")}, ${as(s.lastSuccessAt, "TIMESTAMP(3)")}, ${as(s.firstPolledAt, "TIMESTAMP(3)")},
      ${as(s.consecutiveFailures, "INTEGER")}, ${as(s.lastError, "TEXT")},
      ${as(s.nextPollAt, "TIMESTAMP(3)")}, ${as(newItems, "INTEGER")})`);
    const resumable = Prisma.sql`"Source"."pausedReason" LIKE ${`${o.resumablePrefix}%`}`;
    await directExecute(db, Prisma.sql`WITH v ("id", "etag", "lastModified", "lastPollAt", "lastSuccessAt", "firstPolledAt",
        "consecutiveFailures", "lastError", "nextPollAt", "newItems") AS (VALUES ${Prisma.join(values)})
      UPDATE "Source" SET "etag" = v."etag", "lastModified" = v."lastModified", "lastPollAt" = v."lastPollAt",
        "lastSuccessAt" = v."lastSuccessAt", "firstPolledAt" = v."firstPolledAt", "consecutiveFailures" = v."consecutiveFailures",
        "lastError" = v."lastError", "nextPollAt" = v."nextPollAt",
        "paused" = CASE WHEN ${resumable} THEN FALSE ELSE "Source"."paused" END,
        "pausedReason" = CASE WHEN ${resumable} THEN NULL ELSE "Source"."pausedReason" END,
        "itemsSeen" = "itemsSeen" + v."newItems"
      FROM v WHERE "Source"."id" = v."id"`);
  }
}

/** Source health for /stats: active, paused, failing, never polled, last success, items seen since `since`. */
export async function sourceHealth(db: Db, since: Date) {
  const [total, paused, failing, neverPolled, lastSuccess, itemsSince] = await Promise.all([
    db.source.count({ where: { removedAt: null } }),
    db.source.count({ where: { removedAt: null, paused: true } }),
    db.source.count({ where: { removedAt: null, paused: false, consecutiveFailures: { gt: 0 } } }),
    db.source.count({ where: { removedAt: null, lastPollAt: null } }),
    db.source.aggregate({ where: { removedAt: null }, _max: { lastSuccessAt: true } }),
    db.feedItem.count({ where: { seenAt: { gte: since } } }),
  ]);
  return { total, paused, failing, neverPolled, lastSuccessAt: lastSuccess._max.lastSuccessAt, itemsSince };
}

// ---- feed items

/** Keys of the source's latest `take` items (those whose article page need not be fetched again). */
export async function recentItemKeys(db: Db, sourceId: number, take: number): Promise<Set<string>> {
  const rows = await db.feedItem.findMany({ where: { sourceId }, select: { key: true }, orderBy: { id: "desc" }, take });
  return new Set(rows.map((r) => r.key));
}

export interface KnownItem {
  id: number;
  key: string;
  url: string | null;
  contentHash: string | null;
  publishedAt: Date | null;
  seenAt: Date;
}

/**
 * The source's items that share with these (the poller's identity check):
 * a key, or be a revision of one (`<key>#r<n>`); a link (seen since `urlsSince`, when given); or a content hash,
 * but only when seen since `hashesSince` or published at one of
 * `publishedAt` (a formulaic flash posted again weeks later is new words-wise).
 */
export async function knownItems(
  db: Db,
  sourceId: number,
  m: { keys: string[]; urls: string[]; hashes: string[]; hashesSince: Date; publishedAt?: Date[]; urlsSince?: Date },
): Promise<KnownItem[]> {
  const published = m.publishedAt ?? [];
  // One SELECT per way of being known, each served by its own index (an OR of them all made SQLite scan the
  // source's items, and preparing 50 key ranges OR-ed cost more than running the query); UNION: each row once.
  const cols = Prisma.sql`f."id", f."key", f."url", f."contentHash", f."publishedAt", f."seenAt"`;
  const branches = [
    ...(m.keys.length
      ? [
          Prisma.sql`SELECT ${cols} FROM k JOIN "FeedItem" f ON f."sourceId" = ${sourceId} AND f."key" = k."key"`,
          // revisions as a key range ("k#r" ≤ key < "k#s"): the (sourceId, key) index serves it, where a LIKE would not
          Prisma.sql`SELECT ${cols} FROM k JOIN "FeedItem" f ON f."sourceId" = ${sourceId} AND f."key" >= k."key" || '#r' AND f."key" < k."key" || '#s'`,
        ]
      : []),
    ...(m.urls.length
      ? [Prisma.sql`SELECT ${cols} FROM "FeedItem" f WHERE f."sourceId" = ${sourceId} AND f."url" IN (${Prisma.join(m.urls)})${m.urlsSince ? Prisma.sql` AND f."seenAt" >= ${m.urlsSince}` : Prisma.empty}`]
      : []),
    ...(m.hashes.length
      ? [Prisma.sql`SELECT ${cols} FROM "FeedItem" f WHERE f."sourceId" = ${sourceId} AND f."contentHash" IN (${Prisma.join(m.hashes)})
          AND (f."seenAt" >= ${m.hashesSince}${published.length ? Prisma.sql` OR f."publishedAt" IN (${Prisma.join(published)})` : Prisma.empty})`]
      : []),
  ];
  if (!branches.length) return [];
  const keys = m.keys.length ? Prisma.sql`WITH k("key") AS (VALUES ${Prisma.join(m.keys.map((k) => Prisma.sql`(${k})`))}) ` : Prisma.empty;
  const rows = await directQuery(db, Prisma.sql`${keys}${Prisma.join(branches, " UNION ")} ORDER BY "id"`);
  return rows.map((r) => ({
    id: Number(r.id), key: r.key as string, url: r.url as string | null, contentHash: r.contentHash as string | null,
    publishedAt: r.publishedAt === null ? null : toDate(r.publishedAt), seenAt: toDate(r.seenAt),
  }));
}

/** The title and text of these items, by id: the store reads the words of an item it shares only a link with. */
export async function itemTexts(db: Db, ids: number[]): Promise<Map<number, { title: string; text: string }>> {
  if (!ids.length) return new Map();
  const rows = await db.feedItem.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, text: true } });
  return new Map(rows.map((r) => [r.id, { title: r.title, text: r.text }]));
}

export interface NewFeedItem {
  sourceId: number;
  key: string;
  guid: string | null;
  url: string | null;
  title: string;
  text: string;
  publishedAt: Date | null;
  /** set: stored as already processed (no alert) */
  processedAt: Date | null;
  /** default: now */
  seenAt?: Date;
  /** sha1 of the normalised title and text (sources/items.ts contentHash) */
  contentHash?: string | null;
  /** the teaser is stored; the article page is fetched on a later poll */
  fullTextOwed?: boolean;
}

/** Stores one item; throws when the source already has its key (isUniqueViolation). */
export async function storeFeedItem(db: Db, item: NewFeedItem): Promise<void> {
  await db.feedItem.create({ data: item });
}

/** Rows per INSERT: 11 parameters each stay far below SQLite's and PostgreSQL's limits on parameters. */
const INSERT_CHUNK = 500;

/**
 * A poll's new items in one statement (a poll has at most 200), so one sync to
 * disk for all of them instead of one each. A key the source already has (a
 * concurrent poll stored it first) is skipped, not an error: returns the keys
 * stored by this call.
 */
export async function storeFeedItems(db: Db, items: NewFeedItem[]): Promise<Set<string>> {
  const stored = new Set<string>();
  for (let i = 0; i < items.length; i += INSERT_CHUNK) {
    const values = items.slice(i, i + INSERT_CHUNK).map((it) => Prisma.sql`(${it.sourceId}, ${it.key}, ${it.guid}, ${it.url}, ${it.title}, ${it.text},
      ${it.publishedAt}, ${it.seenAt ?? new Date()}, ${it.processedAt}, ${it.contentHash ?? null}, ${it.fullTextOwed ?? false})`);
    const rows = await directQuery(db, Prisma.sql`INSERT INTO "FeedItem"
      ("sourceId", "key", "guid", "url", "title", "text", "publishedAt", "seenAt", "processedAt", "contentHash", "fullTextOwed")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("sourceId", "key") DO NOTHING
      RETURNING "key"`);
    for (const r of rows) stored.add(r.key as string);
  }
  return stored;
}

/** Takes the content hash of an item stored before hashes existed. */
export async function setItemContentHash(db: Db, id: number, contentHash: string): Promise<void> {
  await db.feedItem.update({ where: { id }, data: { contentHash } });
}

/** Items of the source still owed their article's text, oldest first. */
export function itemsOwedFullText(db: Db, sourceId: number, take: number) {
  return db.feedItem.findMany({
    where: { sourceId, fullTextOwed: true },
    select: { id: true, key: true, guid: true, url: true, title: true, text: true, publishedAt: true, seenAt: true },
    orderBy: { id: "asc" },
    take,
  });
}

/** The article was fetched (or given up on): not owed any more. */
export async function fullTextPaid(db: Db, ids: number[]): Promise<void> {
  if (ids.length) await db.feedItem.updateMany({ where: { id: { in: ids } }, data: { fullTextOwed: false } });
}

// ---- audit log

export async function recordAudit(db: Db, e: { adminId: bigint; action: string; detail: string; allowed: boolean }): Promise<void> {
  await db.auditLog.create({ data: e });
}
