// Handing outbox rows to the senders and taking them back: the claim (one
// instance, or several sharing the outbox on PostgreSQL), claims released,
// and rows left "sending" by a crash or by an instance whose lease lapsed.
import { Prisma, type Delivery } from "../generated/prisma/client.js";
import { dbEngine, typedParam, type Db } from "./client.js";
import { decodeDelivery } from "./deliveries.js";
import { directQuery } from "./direct.js";

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
  const t = typedParam(db, now, "TIMESTAMP(3)");
  const rows = await claimed(db, Prisma.sql`UPDATE "Delivery" SET "state" = 'sending', "claimedAt" = ${t}, "claimedBy" = ${typedParam(db, holder, "TEXT")}
    WHERE "id" IN (SELECT "id" FROM "Delivery" WHERE "state" = 'pending' AND "notBefore" <= ${t}
      ORDER BY "priority", "notBefore", "id" LIMIT ${typedParam(db, n, "INTEGER")})
    RETURNING *`);
  return inSendingOrder(rows);
}

/**
 * Runs a claim straight to the driver (direct.ts): through Prisma, compiling the statement and decoding
 * its rows cost more CPU than the database's own work, at every claim (20 a second at 1000/s).
 */
const claimed = async (db: Db, q: Prisma.Sql): Promise<Delivery[]> => (await directQuery(db, q)).map(decodeDelivery);

/** Alerts first, then updates, then broadcasts; within each, as queued. */
const inSendingOrder = (rows: Delivery[]): Delivery[] =>
  rows.sort((a, b) => a.priority - b.priority || a.notBefore.getTime() - b.notBefore.getTime() || a.id - b.id);

// Each chat rule is its own lookup on ("chatId", "state", …): written as one NOT EXISTS with an OR, the
// planner (statistics taken while the queue was empty) combined two bitmap scans, one of them over every
// pending row, for each candidate: 1.5 s a claim with 6,000 queued, against 0.05 s as two lookups.
async function claimShared(db: Db, n: number, now: Date, holder: string | null, perChat: number, perGroup: number): Promise<Delivery[]> {
  const t = Prisma.sql`CAST(${now} AS TIMESTAMP(3))`;
  const rows = await claimed(db, Prisma.sql`WITH c AS (
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
    RETURNING d.*`);
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
