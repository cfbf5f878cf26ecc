// The outbox table: one Delivery row per message owed to one chat, unique per
// (key, chatId). Its statements are split by what they do: delivery-fanout.ts
// writes the rows owed, delivery-claims.ts hands them to the senders and takes
// them back, delivery-results.ts records what a send did; here are the row's
// types and what the bot and the admin read of the outbox.
// Every statement is a single one (or one batch transaction), safe to run
// again: no interactive transaction (with SQLite, a lock that outlasts the busy
// timeout during COMMIT can leave Prisma's connection stuck in a transaction,
// while a single statement simply fails and is retried).
import type { Delivery } from "../generated/prisma/client.js";
import type { Db } from "./client.js";
import { toBool, toDate, toDateOrNull, toIntOrNull } from "./direct.js";

export type { Delivery };

/**
 * A Delivery row as the driver answers it (storage/direct.ts: the sender's claims are read without
 * Prisma), decoded to what Prisma would return. test/storage/direct-rows.test.ts holds the two equal,
 * column for column, on both engines.
 */
export function decodeDelivery(r: Record<string, unknown>): Delivery {
  return {
    id: toIntOrNull(r.id)!,
    key: r.key as string,
    kind: r.kind as string,
    chatId: BigInt(r.chatId as string | number | bigint),
    subscriberId: toIntOrNull(r.subscriberId),
    incidentId: toIntOrNull(r.incidentId),
    broadcastId: toIntOrNull(r.broadcastId),
    state: r.state as string,
    attempts: toIntOrNull(r.attempts)!,
    lastError: (r.lastError ?? null) as string | null,
    notBefore: toDate(r.notBefore),
    claimedAt: toDateOrNull(r.claimedAt),
    messageId: toIntOrNull(r.messageId),
    silent: toBool(r.silent),
    priority: toIntOrNull(r.priority)!,
    payload: (r.payload ?? null) as string | null,
    createdAt: toDate(r.createdAt),
    sentAt: toDateOrNull(r.sentAt),
    claimedBy: (r.claimedBy ?? null) as string | null,
  };
}

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

/**
 * The incident's alerts that were sent, with their message ids and their chat's subscriber (null: a row
 * without one, or whose subscriber is gone; Delivery has no foreign keys, see prisma/schema.prisma).
 */
export async function sentAlerts(db: Db, incidentId: number) {
  const rows = await db.delivery.findMany({
    where: { incidentId, kind: "alert", state: "sent", messageId: { not: null } },
    orderBy: { id: "asc" },
  });
  const ids = [...new Set(rows.flatMap((r) => (r.subscriberId === null ? [] : [r.subscriberId])))];
  const subs = new Map((ids.length ? await db.subscriber.findMany({ where: { id: { in: ids } } }) : []).map((s) => [s.id, s]));
  return rows.map((r) => ({ ...r, messageId: r.messageId!, subscriber: r.subscriberId === null ? null : subs.get(r.subscriberId) ?? null }));
}

/** `key|chatId` of the rows with these keys that the incident already owes. */
export async function existingKeys(db: Db, incidentId: number, keys: string[]): Promise<Set<string>> {
  const rows = await db.delivery.findMany({ where: { incidentId, key: { in: keys } }, select: { key: true, chatId: true } });
  return new Set(rows.map((d) => `${d.key}|${d.chatId}`));
}
