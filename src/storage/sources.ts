// Sources (feeds, Telegram channels), the items read from them, and the
// admins' audit log.
import type { Source } from "../generated/prisma/client.js";
import type { Db } from "./client.js";

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
 * a key, or be a revision of one (`<key>#r<n>`); a link; or a content hash,
 * but only when seen since `hashesSince` or published at one of
 * `publishedAt` (a formulaic flash posted again weeks later is new words-wise).
 */
export function knownItems(
  db: Db,
  sourceId: number,
  m: { keys: string[]; urls: string[]; hashes: string[]; hashesSince: Date; publishedAt?: Date[] },
): Promise<KnownItem[]> {
  const published = m.publishedAt ?? [];
  const or = [
    // revisions as a key range ("k#r" ≤ key < "k#s"): the (sourceId, key) index serves it, where a LIKE would not
    ...(m.keys.length ? [{ key: { in: m.keys } }, ...m.keys.map((k) => ({ key: { gte: `${k}#r`, lt: `${k}#s` } }))] : []),
    ...(m.urls.length ? [{ url: { in: m.urls } }] : []),
    ...(m.hashes.length
      ? [{
          contentHash: { in: m.hashes },
          OR: [{ seenAt: { gte: m.hashesSince } }, ...(published.length ? [{ publishedAt: { in: published } }] : [])],
        }]
      : []),
  ];
  if (!or.length) return Promise.resolve([]);
  return db.feedItem.findMany({
    where: { sourceId, OR: or },
    select: { id: true, key: true, url: true, contentHash: true, publishedAt: true, seenAt: true },
    orderBy: { id: "asc" },
  });
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

/**
 * A poll's new items in one statement: one transaction, so one sync to disk for
 * all of them instead of one each. Throws on a key already stored (isUniqueViolation).
 */
export async function storeFeedItems(db: Db, items: NewFeedItem[]): Promise<void> {
  if (items.length) await db.feedItem.createMany({ data: items });
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
