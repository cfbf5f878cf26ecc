// The outbox table: one Delivery row per message owed to one chat, unique per
// (key, chat). Every statement here is a single one, safe to run again: no
// interactive transaction (with SQLite, a lock that outlasts the busy timeout
// during COMMIT can leave Prisma's connection stuck in a transaction, while a
// single statement simply fails and is retried).
import { Prisma, type Delivery } from "../generated/prisma/client.js";
import { recipientsSql, type Audience } from "./audience.js";
import { dbEngine, type Db } from "./client.js";

export type { Delivery };

export const DELIVERY_STATES = ["pending", "sending", "sent", "failed", "cancelled"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** A row to write into the outbox. */
export interface NewDelivery {
  key: string;
  kind: string;
  chatId: bigint;
  subscriberId?: number | null;
  incidentId?: number | null;
  broadcastId?: number | null;
  priority?: number;
  payload?: string | null;
  silent?: boolean;
}

/** What a send changed in a row (state pending by default: put back for later). */
export interface DeliveryChange {
  state?: DeliveryState;
  attempts?: number;
  lastError?: string | null;
  notBefore?: Date;
  sentAt?: Date;
}

/** Prisma's SQLite connector refuses queries with more bound parameters than this. */
const MAX_PARAMS = 900;

/** Writes the rows (all with this key) whose chat does not have one yet; returns how many were written. */
export async function insertNewDeliveries(db: Db, key: string, rows: NewDelivery[]): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += MAX_PARAMS) {
    const chunk = rows.slice(i, i + MAX_PARAMS);
    const existing = await db.delivery.findMany({
      where: { key, chatId: { in: chunk.map((r) => r.chatId) } },
      select: { chatId: true },
    });
    const skip = new Set(existing.map((d) => d.chatId));
    const fresh = chunk.filter((r) => !skip.has(r.chatId));
    if (fresh.length) await db.delivery.createMany({ data: fresh });
    written += fresh.length;
  }
  return written;
}

/** What every row of an audience's fan-out shares. */
export interface AudienceRows {
  key: string;
  kind: string;
  priority: number;
  incidentId?: number | null;
  broadcastId?: number | null;
  /** only the chats without keyword or district filters (see plainSubscriberSql); the others are checked one by one */
  plainOnly?: boolean;
  /** only these subscribers (those the fine filters let through), written in chunks */
  subscriberIds?: readonly number[];
  /**
   * The minute of the day in the display time zone: a chat in its quiet hours
   * gets the message silently (alerts/filters.ts isQuietNow, clause for clause;
   * test/delivery/fan-out.test.ts holds them together). Absent: never silent.
   */
  quietMinute?: number;
}

/** The SQL of a chat without keyword or district filters ("Subscriber" AS s): its alerts need no check in JavaScript. */
export const plainSubscriberSql = Prisma.sql`s."keywordsAny" = '[]' AND s."keywordsNone" = '[]'
  AND NOT EXISTS (SELECT 1 FROM "SubscriberDistrict" d WHERE d."subscriberId" = s."id")`;

/**
 * Set-based fan-out: one INSERT … SELECT writes a row for every chat of the
 * audience that receives now and has none with this key yet (ON CONFLICT on
 * the unique (key, chatId): safe to run again, and against a concurrent
 * writer). 100,000 subscribers in one statement instead of pages of rows
 * carried through JavaScript. Returns rows written.
 */
export async function insertDeliveriesForAudience(db: Db, audience: Audience, now: Date, r: AudienceRows): Promise<number> {
  if (r.subscriberIds) {
    let written = 0;
    for (let i = 0; i < r.subscriberIds.length; i += MAX_PARAMS - 50) {
      const chunk = r.subscriberIds.slice(i, i + MAX_PARAMS - 50);
      written += await insertForAudience(db, audience, now, r, Prisma.sql` AND s."id" IN (${Prisma.join(chunk)})`);
    }
    return written;
  }
  return insertForAudience(db, audience, now, r, r.plainOnly ? Prisma.sql` AND ${plainSubscriberSql}` : Prisma.empty);
}

async function insertForAudience(db: Db, audience: Audience, now: Date, r: AudienceRows, only: Prisma.Sql): Promise<number> {
  const pg = dbEngine(db) === "postgres";
  // PostgreSQL cannot type a bare parameter in a SELECT list; SQLite must not cast (its TIMESTAMP affinity is numeric)
  const int = (v: number | null | undefined) => Prisma.sql`CAST(${v ?? null} AS INTEGER)`;
  const time = pg ? Prisma.sql`CAST(${now} AS TIMESTAMP(3))` : Prisma.sql`${now}`;
  const text = (v: string) => (pg ? Prisma.sql`CAST(${v} AS TEXT)` : Prisma.sql`${v}`);
  const m = r.quietMinute;
  const silent = m === undefined ? Prisma.sql`FALSE` : Prisma.sql`CASE
    WHEN s."quietStart" IS NULL OR s."quietEnd" IS NULL OR s."quietStart" = s."quietEnd" THEN FALSE
    WHEN s."quietStart" < s."quietEnd" THEN (${int(m)} >= s."quietStart" AND ${int(m)} < s."quietEnd")
    ELSE (${int(m)} >= s."quietStart" OR ${int(m)} < s."quietEnd") END`;
  return db.$executeRaw`INSERT INTO "Delivery" ("key", "kind", "chatId", "subscriberId", "incidentId", "broadcastId", "priority", "silent", "notBefore", "createdAt")
    SELECT ${text(r.key)}, ${text(r.kind)}, s."chatId", s."id", ${int(r.incidentId)}, ${int(r.broadcastId)}, ${int(r.priority)}, ${silent}, ${time}, ${time}
    FROM "Subscriber" s
    WHERE ${recipientsSql(audience, now)}${only}
    ORDER BY s."id"
    ON CONFLICT ("key", "chatId") DO NOTHING`;
}

/**
 * Claims up to `n` due rows (alerts first, then updates, then broadcasts): one
 * UPDATE … RETURNING marks them "sending" (a row cancelled meanwhile is not
 * taken). Returned in sending order.
 */
export async function claimDeliveries(db: Db, n: number, now = new Date()): Promise<Delivery[]> {
  const due = await db.delivery.findMany({
    where: { state: "pending", notBefore: { lte: now } },
    orderBy: [{ priority: "asc" }, { notBefore: "asc" }, { id: "asc" }],
    select: { id: true },
    take: n,
  });
  if (due.length === 0) return [];
  const claimed = await db.delivery.updateManyAndReturn({
    where: { id: { in: due.map((d) => d.id) }, state: "pending" },
    data: { state: "sending", claimedAt: now },
  });
  const order = new Map(due.map((d, i) => [d.id, i]));
  return claimed.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** Claimed rows never handed to Telegram go back to pending. */
export async function releaseClaims(db: Db, ids: number[]): Promise<void> {
  await db.delivery.updateMany({ where: { id: { in: ids }, state: "sending" }, data: { state: "pending", claimedAt: null } });
}

/** Writes a row's new state (pending unless said) and releases its claim. A row deleted meanwhile (/stop) is not an error. */
export async function putBackDelivery(db: Db, id: number, change: DeliveryChange): Promise<void> {
  await db.delivery.updateMany({ where: { id }, data: { state: "pending", claimedAt: null, ...change } });
}

/** Marks rows sent with their Telegram message ids, in one statement. */
export async function recordSent(db: Db, batch: { id: number; messageId: number }[]): Promise<void> {
  // One portable UPDATE … CASE for the whole group (Prisma would issue one statement per row).
  const cases = Prisma.join(batch.map((r) => Prisma.sql`WHEN ${r.id} THEN CAST(${r.messageId} AS INTEGER)`), " ");
  await db.$executeRaw`UPDATE "Delivery" SET "state" = 'sent', "sentAt" = ${new Date()}, "lastError" = NULL,
    "claimedAt" = NULL, "attempts" = "attempts" + 1, "messageId" = CASE "id" ${cases} END
    WHERE "id" IN (${Prisma.join(batch.map((r) => r.id))})`;
}

/** True for an error that waiting will not heal: a missing record or a broken constraint. */
export const isPermanentWriteError = (err: unknown): boolean =>
  err instanceof Prisma.PrismaClientKnownRequestError && /^P20(25|02|03)$/.test(err.code);

/** True when a row with the same unique key was written first (a concurrent writer got there). */
export const isUniqueViolation = (err: unknown): boolean =>
  err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";

/**
 * After a crash: rows left "sending" go back to "pending" and are sent again.
 * Telegram has no idempotency key, so a row whose request was in flight when
 * the process died may have arrived: resending risks one duplicate per
 * request that was in flight (at most the sender's concurrency), never a lost
 * alert. Call once at start-up, while no sender runs (the database lease
 * guarantees a single instance). Returns rows recovered.
 */
export async function recoverInterrupted(db: Db): Promise<number> {
  const { count } = await db.delivery.updateMany({
    where: { state: "sending" },
    data: { state: "pending", claimedAt: null, lastError: "interrupted while sending (may be repeated once)" },
  });
  return count;
}

/** Rows waiting to be sent (the backlog). */
export const pendingCount = (db: Db): Promise<number> => db.delivery.count({ where: { state: "pending" } });

/** How many rows are in each state, among those of a broadcast or those created since a time. */
export async function deliveryCounts(db: Db, of: { broadcastId: number } | { createdSince: Date }): Promise<Record<DeliveryState, number> & { total: number }> {
  const where = "broadcastId" in of ? { broadcastId: of.broadcastId } : { createdAt: { gte: of.createdSince } };
  const groups = await db.delivery.groupBy({ by: ["state"], where, _count: { _all: true } });
  const counts = { pending: 0, sending: 0, sent: 0, failed: 0, cancelled: 0, total: 0 };
  for (const g of groups) {
    if ((DELIVERY_STATES as readonly string[]).includes(g.state)) counts[g.state as DeliveryState] = g._count._all;
    counts.total += g._count._all;
  }
  return counts;
}

/** Cancels what a broadcast still owes (a message already on its way is not called back). Returns rows cancelled. */
export async function cancelBroadcastDeliveries(db: Db, broadcastId: number): Promise<number> {
  const { count } = await db.delivery.updateMany({
    where: { broadcastId, state: "pending" },
    data: { state: "cancelled", lastError: "broadcast cancelled" },
  });
  return count;
}

// ---- updates of an incident already alerted

/** Alerts of the incident claimed after `claimedAfter` and not answered yet (on their way: their message id is unknown). */
export const alertsInFlight = (db: Db, incidentId: number, claimedAfter: Date): Promise<number> =>
  db.delivery.count({ where: { incidentId, kind: "alert", state: "sending", claimedAt: { gt: claimedAfter } } });

/** The incident's alerts that were sent, with their message ids and their chat's subscriber (if any). */
export async function sentAlerts(db: Db, incidentId: number) {
  const rows = await db.delivery.findMany({
    where: { incidentId, kind: "alert", state: "sent", messageId: { not: null } },
    include: { subscriber: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({ ...r, messageId: r.messageId! }));
}

/** `key|chatId` of the rows with these keys that the incident already owes. */
export async function existingKeys(db: Db, incidentId: number, keys: string[]): Promise<Set<string>> {
  const rows = await db.delivery.findMany({ where: { incidentId, key: { in: keys } }, select: { key: true, chatId: true } });
  return new Set(rows.map((d) => `${d.key}|${d.chatId}`));
}

/**
 * Writes the update rows of one incident version and records it as queued,
 * in one batch transaction: an older edit still queued is cancelled (it
 * would only show what the new one shows), and the announced toll moves on.
 */
export async function recordUpdateQueued(
  db: Db,
  incident: { id: number; version: number; killed: number | null; injured: number | null },
  editKey: string,
  rows: NewDelivery[],
): Promise<void> {
  await db.$transaction([
    db.delivery.updateMany({
      where: { incidentId: incident.id, kind: "edit", state: "pending", key: { not: editKey } },
      data: { state: "cancelled" },
    }),
    ...(rows.length ? [db.delivery.createMany({ data: rows })] : []),
    db.incident.update({
      where: { id: incident.id },
      data: { enqueuedVersion: incident.version, announcedKilled: incident.killed, announcedInjured: incident.injured },
    }),
  ]);
}
