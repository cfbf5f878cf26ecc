// The persistent outbox. Each row is one message owed to one chat; the unique
// (key, chatId) pair means a crash and a restart can never owe it twice.
// Rows are written page by page (never every subscriber in memory at once);
// a fan-out interrupted half-way is simply run again and skips what exists.
import { incidentsNotAlerted, markIncidentQueued, type Db, type Incident } from "../storage/index.js";
import type { Prisma } from "../generated/prisma/client.js";
import { incidentText, isQuietNow, passesFineFilters } from "./filters.js";
import { forEachMatchingPage } from "./match.js";

/** Sending order: lower first. */
export const PRIORITY = { alert: 0, update: 1, broadcast: 2 } as const;

export const DELIVERY_STATES = ["pending", "sending", "sent", "failed", "cancelled"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

type NewDelivery = Prisma.DeliveryCreateManyInput & { chatId: bigint };

/** Prisma's SQLite connector refuses queries with more bound parameters than this. */
const MAX_PARAMS = 900;

/** Writes the rows whose (key, chat) does not exist yet; returns how many were written. */
async function insertNew(db: Db, key: string, rows: NewDelivery[]): Promise<number> {
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

export interface EnqueueOptions {
  /** display time zone, for quiet hours (default Asia/Baghdad) */
  timeZone?: string;
}

/**
 * Enqueues the alert of every incident not fanned out yet: the indexed query
 * (match.ts), then each subscriber's keyword, severity and district filters.
 * A subscriber in quiet hours gets the alert silently. Returns rows written.
 */
export async function enqueuePendingIncidents(db: Db, now: Date, opts: EnqueueOptions = {}): Promise<number> {
  const timeZone = opts.timeZone ?? "Asia/Baghdad";
  const incidents = await incidentsNotAlerted(db);
  let enqueued = 0;
  for (const incident of incidents) {
    enqueued += await fanOutAlert(db, incident, now, timeZone);
    // Only now: a crash before this line runs the fan-out again, which skips existing rows.
    await markIncidentQueued(db, incident.id, incident.version);
  }
  return enqueued;
}

/**
 * The alert of one incident to every matching chat that has none yet. Run
 * again after an update, it reaches the chats the update made match (a toll
 * that passes a severity filter, a place named later) and skips the others.
 */
export async function fanOutAlert(db: Db, incident: Incident, now: Date, timeZone: string): Promise<number> {
  const key = `alert:${incident.id}`;
  const text = incidentText(incident);
  let enqueued = 0;
  await forEachMatchingPage(db, incident, now, async (subs) => {
    const rows = subs
      .filter((s) => passesFineFilters(s, incident, text))
      .map((s) => ({
        key, kind: "alert", chatId: s.chatId, subscriberId: s.id, incidentId: incident.id,
        priority: PRIORITY.alert, silent: isQuietNow(s, now, timeZone),
      }));
    enqueued += await insertNew(db, key, rows);
  });
  return enqueued;
}

/**
 * Enqueues broadcast `broadcastId` to every active subscriber matching `where`
 * (page by page, after alerts and updates). The renderer takes the text from
 * the Broadcast row (or from a `{ text }` payload). Safe to run again after a
 * crash. Returns rows written.
 */
export async function enqueueBroadcast(db: Db, broadcastId: number, where: Prisma.SubscriberWhereInput, pageSize = 2000): Promise<number> {
  const key = `broadcast:${broadcastId}`;
  let cursor = 0;
  let enqueued = 0;
  for (;;) {
    const subs = await db.subscriber.findMany({
      where: { AND: [where, { active: true }, { id: { gt: cursor } }] },
      select: { id: true, chatId: true },
      orderBy: { id: "asc" },
      take: pageSize,
    });
    if (subs.length === 0) return enqueued;
    const rows = subs.map((s) => ({
      key, kind: "broadcast", chatId: s.chatId, subscriberId: s.id, broadcastId, priority: PRIORITY.broadcast,
    }));
    enqueued += await insertNew(db, key, rows);
    cursor = subs.at(-1)!.id;
    await new Promise((r) => setImmediate(r)); // let the bot and the timers run between pages
  }
}

/** Cancels what a broadcast still owes (a message already on its way is not called back). Returns rows cancelled. */
export async function cancelBroadcast(db: Db, broadcastId: number): Promise<number> {
  const { count } = await db.delivery.updateMany({
    where: { broadcastId, state: "pending" },
    data: { state: "cancelled", lastError: "broadcast cancelled" },
  });
  return count;
}

export type BroadcastProgress = Record<DeliveryState, number> & { total: number };

/** How many rows of a broadcast are in each state. */
export async function broadcastProgress(db: Db, broadcastId: number): Promise<BroadcastProgress> {
  const groups = await db.delivery.groupBy({ by: ["state"], where: { broadcastId }, _count: { _all: true } });
  const progress: BroadcastProgress = { pending: 0, sending: 0, sent: 0, failed: 0, cancelled: 0, total: 0 };
  for (const g of groups) {
    if ((DELIVERY_STATES as readonly string[]).includes(g.state)) progress[g.state as DeliveryState] = g._count._all;
    progress.total += g._count._all;
  }
  return progress;
}

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
