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
  if (written >= LARGE_ENQUEUE) await refreshQueueStatistics(db);
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
  let written = 0;
  if (r.subscriberIds) {
    for (let i = 0; i < r.subscriberIds.length; i += MAX_PARAMS - 50) {
      const chunk = r.subscriberIds.slice(i, i + MAX_PARAMS - 50);
      written += await insertForAudience(db, audience, now, r, Prisma.sql` AND s."id" IN (${Prisma.join(chunk)})`);
    }
  } else {
    written = await insertForAudience(db, audience, now, r, r.plainOnly ? Prisma.sql` AND ${plainSubscriberSql}` : Prisma.empty);
  }
  if (written >= LARGE_ENQUEUE) await refreshQueueStatistics(db);
  return written;
}

/** Rows written at once beyond which the queue's statistics are taken again (PostgreSQL). */
const LARGE_ENQUEUE = 1000;

/**
 * PostgreSQL plans the claim from the table's statistics; taken while the
 * queue was nearly empty, they make it choose plans that read every pending
 * row for each claim (seconds with thousands queued), and autovacuum takes
 * them again only a minute or more later. Taken at once after a large
 * enqueue instead (a sample of the table: tens of milliseconds). SQLite
 * plans without statistics here: nothing to do.
 */
export async function refreshQueueStatistics(db: Db): Promise<void> {
  if (dbEngine(db) === "postgres") await db.$executeRawUnsafe(`ANALYZE "Delivery"`);
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

/** Who claims, and the per-chat limits a claim must respect when several instances send (PostgreSQL). */
export interface ClaimOptions {
  now?: Date;
  /** the claiming instance (see senderLeaseName): its claims are reclaimed only once its lease has expired */
  holder?: string | null;
  /** other instances send from this outbox (PostgreSQL): the claim checks each chat's order and rate itself */
  shared?: boolean;
  /** messages per second to one private chat, per minute to one group or channel (the claim's own check, PostgreSQL) */
  perChatPerSecond?: number;
  perGroupPerMinute?: number;
}

/**
 * Claims up to `n` due rows (alerts first, then updates, then broadcasts):
 * they are marked "sending" by `holder`. Returned in sending order.
 *
 * One instance (SQLite, or PostgreSQL alone): one UPDATE … RETURNING of the
 * first due rows; the sender keeps each chat's order and rate in memory.
 *
 * PostgreSQL with `shared` (every instance sends): `FOR UPDATE SKIP LOCKED`, so instances
 * claiming at the same moment take different rows without waiting for each
 * other, and the chat rules are checked in the claim itself, since another
 * instance may be the one sending to the chat:
 * - a row is taken only if it is its chat's first pending row (by priority,
 *   then as queued; one put back for later, after a 429 or an error, holds
 *   the chat's later ones back) and nothing of the chat is "sending": a
 *   chat's next message is not claimed while an earlier one is in flight.
 *   Two instances racing see the first row locked and skip the chat, since
 *   the second row is not its chat's first;
 * - and only when the chat's rate leaves room: fewer than perChatPerSecond
 *   rows sent to a private chat in the last second, perGroupPerMinute to a
 *   group in the last minute (counted from "sentAt", written after the
 *   answer: later than the arrival Telegram counts, so on the safe side).
 */
export async function claimDeliveries(db: Db, n: number, opts: ClaimOptions = {}): Promise<Delivery[]> {
  const now = opts.now ?? new Date();
  const holder = opts.holder ?? null;
  if (opts.shared && dbEngine(db) === "postgres") return claimShared(db, n, now, holder, opts.perChatPerSecond ?? 1, opts.perGroupPerMinute ?? 20);
  // One statement (it was a findMany and an updateManyAndReturn: about three times the CPU per claim, a
  // large share of the sender's cost per message at 1000/s). The index on (state, priority, notBefore, id)
  // gives the order, so the first rows are read and nothing is sorted.
  const pg = dbEngine(db) === "postgres";
  const t = pg ? Prisma.sql`CAST(${now} AS TIMESTAMP(3))` : Prisma.sql`${now}`;
  const rows = await db.$queryRaw<Delivery[]>`UPDATE "Delivery" SET "state" = 'sending', "claimedAt" = ${t}, "claimedBy" = ${pg ? Prisma.sql`CAST(${holder} AS TEXT)` : Prisma.sql`${holder}`}
    WHERE "id" IN (SELECT "id" FROM "Delivery" WHERE "state" = 'pending' AND "notBefore" <= ${t}
      ORDER BY "priority", "notBefore", "id" LIMIT ${pg ? Prisma.sql`CAST(${n} AS INTEGER)` : Prisma.sql`${n}`})
    RETURNING *`;
  return inSendingOrder(rows);
}

/** Alerts first, then updates, then broadcasts; within each, as queued. */
const inSendingOrder = (rows: Delivery[]): Delivery[] =>
  rows.sort((a, b) => a.priority - b.priority || a.notBefore.getTime() - b.notBefore.getTime() || a.id - b.id);

// Each chat rule is its own lookup on ("chatId", "state", …): written as one NOT EXISTS with an OR, the
// planner (statistics taken while the queue was empty) combined two bitmap scans, one of them over every
// pending row, for each candidate: 1.5 s a claim with 6,000 queued, against 0.05 s as two lookups.
async function claimShared(db: Db, n: number, now: Date, holder: string | null, perChat: number, perGroup: number): Promise<Delivery[]> {
  const t = Prisma.sql`CAST(${now} AS TIMESTAMP(3))`;
  const rows = await db.$queryRaw<Delivery[]>`WITH c AS (
      SELECT x."id" FROM "Delivery" x
      WHERE x."state" = 'pending' AND x."notBefore" <= ${t}
        AND NOT EXISTS (SELECT 1 FROM "Delivery" y WHERE y."chatId" = x."chatId" AND y."state" = 'sending')
        AND NOT EXISTS (SELECT 1 FROM "Delivery" y WHERE y."chatId" = x."chatId" AND y."state" = 'pending'
          AND (y."priority", y."id") < (x."priority", x."id"))
        AND (SELECT COUNT(*) FROM "Delivery" r WHERE r."chatId" = x."chatId" AND r."state" = 'sent'
          AND r."sentAt" > ${t} - CASE WHEN x."chatId" > 0 THEN INTERVAL '1 second' ELSE INTERVAL '1 minute' END)
          < CASE WHEN x."chatId" > 0 THEN CAST(${perChat} AS INTEGER) ELSE CAST(${perGroup} AS INTEGER) END
      ORDER BY x."priority", x."notBefore", x."id"
      LIMIT CAST(${n} AS INTEGER)
      FOR UPDATE OF x SKIP LOCKED)
    UPDATE "Delivery" d SET "state" = 'sending', "claimedAt" = ${t}, "claimedBy" = CAST(${holder} AS TEXT)
    FROM c WHERE d."id" = c."id"
    RETURNING d.*`;
  return inSendingOrder(rows);
}

/** Claimed rows never handed to Telegram go back to pending. */
export async function releaseClaims(db: Db, ids: number[]): Promise<void> {
  await db.delivery.updateMany({ where: { id: { in: ids }, state: "sending" }, data: { state: "pending", claimedAt: null, claimedBy: null } });
}

/**
 * An instance's own claims go back to pending (it gave them up while the
 * database failed or its lease was not renewed; it calls this only once
 * nothing of its own is in flight). `holder` null: the only instance.
 */
export async function releaseHeldBy(db: Db, holder: string | null): Promise<number> {
  const { count } = await db.delivery.updateMany({ where: { claimedBy: holder, state: "sending" }, data: { state: "pending", claimedAt: null, claimedBy: null } });
  return count;
}

/** Writes a row's new state (pending unless said) and releases its claim. A row deleted meanwhile (/stop) is not an error. */
export async function putBackDelivery(db: Db, id: number, change: DeliveryChange): Promise<void> {
  await db.delivery.updateMany({ where: { id }, data: { state: "pending", claimedAt: null, claimedBy: null, ...change } });
}

/** Marks rows sent with their Telegram message ids, in one statement ("claimedBy" stays: who sent it). */
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

const INTERRUPTED = "interrupted while sending (may be repeated once)";

/**
 * After a crash: rows left "sending" go back to "pending" and are sent again.
 * Telegram has no idempotency key, so a row whose request was in flight when
 * the process died may have arrived: resending risks one duplicate per
 * request that was in flight (at most the sender's concurrency), never a lost
 * alert. For a single instance (SQLite): call once at start-up, while no
 * sender runs (the database lease guarantees a single instance). Returns rows
 * recovered. Several instances use reclaimAbandoned instead.
 */
export async function recoverInterrupted(db: Db): Promise<number> {
  const { count } = await db.delivery.updateMany({
    where: { state: "sending" },
    data: { state: "pending", claimedAt: null, claimedBy: null, lastError: INTERRUPTED },
  });
  return count;
}

/** The lease a sending instance renews while it holds claims (Lease table; see lease.ts). */
export const senderLeaseName = (holder: string): string => `sender:${holder}`;

/**
 * Several instances: rows claimed by an instance whose sender lease has
 * expired (it died, or lost the database for longer than the lease) go back
 * to pending, with the same duplicate bound as recoverInterrupted. A claim
 * without holder (written before claims had one) counts as abandoned once it
 * is older than `ttlMs`. Live instances' claims are left alone, so starting an
 * instance never re-sends what another is sending. Returns rows reclaimed.
 */
export async function reclaimAbandoned(db: Db, ttlMs: number, now = new Date()): Promise<number> {
  const live = await db.lease.findMany({ where: { name: { startsWith: senderLeaseName("") }, expiresAt: { gt: now } }, select: { name: true } });
  const holders = live.map((l) => l.name.slice(senderLeaseName("").length));
  const { count } = await db.delivery.updateMany({
    where: {
      state: "sending",
      OR: [{ claimedBy: { not: null, notIn: holders } }, { claimedBy: null, claimedAt: { lt: new Date(now.getTime() - ttlMs) } }],
    },
    data: { state: "pending", claimedAt: null, claimedBy: null, lastError: INTERRUPTED },
  });
  // leases of instances gone for a while: nothing refers to them any more
  await db.lease.deleteMany({ where: { name: { startsWith: senderLeaseName("") }, expiresAt: { lt: new Date(now.getTime() - 10 * ttlMs) } } });
  return count;
}

/** How many sending instances hold a live lease (each takes this share of Telegram's limits). */
export const liveSenders = (db: Db, now = new Date()): Promise<number> =>
  db.lease.count({ where: { name: { startsWith: senderLeaseName("") }, expiresAt: { gt: now } } });

/** Rows waiting to be sent that are due now. */
export const dueCount = (db: Db, now = new Date()): Promise<number> => db.delivery.count({ where: { state: "pending", notBefore: { lte: now } } });

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
