// Broadcasts through the outbox (src/alerts/outbox.ts): one Delivery per
// recipient (kind "broadcast", key broadcast:<id>), so an announcement shares
// the sender's rate limits, retries and crash safety with alerts. This module
// adds what the outbox does not know: the audience, the draft → sending →
// done | cancelled life of a Broadcast row, and progress in admin terms.
import type { Db } from "../storage/client.js";
import type { Broadcast, Prisma } from "../generated/prisma/client.js";
import { broadcastProgress as outboxProgress, cancelBroadcast as cancelDeliveries, enqueueBroadcast } from "../alerts/index.js";

export interface Audience {
  provinces?: string[];
  types?: string[];
}

export function parseAudience(json: string): Audience {
  try {
    const a = JSON.parse(json) as Audience;
    return { ...(a.provinces?.length ? { provinces: a.provinces } : {}), ...(a.types?.length ? { types: a.types } : {}) };
  } catch {
    return {};
  }
}

/**
 * Active, unpaused chats that follow at least one of the given provinces (or
 * all provinces) and at least one of the given types (or all types). An empty
 * audience is everyone active. Paused chats asked for silence: they are skipped.
 */
export function audienceWhere(a: Audience, now: Date): Prisma.SubscriberWhereInput {
  const and: Prisma.SubscriberWhereInput[] = [];
  if (a.provinces?.length) and.push({ OR: [{ allProvinces: true }, { provinces: { some: { province: { in: a.provinces } } } }] });
  if (a.types?.length) and.push({ OR: [{ allTypes: true }, { types: { some: { type: { in: a.types } } } }] });
  return { active: true, OR: [{ paused: false }, { pausedUntil: { lte: now } }], ...(and.length ? { AND: and } : {}) };
}

export async function countAudience(db: Db, a: Audience, now: Date): Promise<number> {
  return db.subscriber.count({ where: audienceWhere(a, now) });
}

export async function createDraft(db: Db, adminId: bigint | number, text: string, audience: Audience, locale: string): Promise<Broadcast> {
  return db.broadcast.create({ data: { adminId: BigInt(adminId), text, audience: JSON.stringify(audience), locale } });
}

/**
 * draft → sending, then enqueue. Returns null when the broadcast was not a
 * draft any more (a second press of Send, or it was cancelled).
 */
export async function startBroadcast(db: Db, broadcastId: number, now: Date): Promise<{ broadcast: Broadcast; enqueued: number } | null> {
  const claimed = await db.broadcast.updateMany({ where: { id: broadcastId, state: "draft" }, data: { state: "sending" } });
  if (claimed.count === 0) return null;
  const broadcast = await db.broadcast.findUniqueOrThrow({ where: { id: broadcastId } });
  const enqueued = await enqueueBroadcast(db, broadcastId, audienceWhere(parseAudience(broadcast.audience), now));
  return { broadcast, enqueued };
}

export interface Progress {
  total: number;
  sent: number;
  failed: number;
  /** still owed: pending or being sent */
  left: number;
  cancelled: number;
}

export async function broadcastProgress(db: Db, broadcastId: number): Promise<Progress> {
  const p = await outboxProgress(db, broadcastId);
  return { total: p.total, sent: p.sent, failed: p.failed, left: p.pending + p.sending, cancelled: p.cancelled };
}

/** Stops a draft or a broadcast midway: what is not sent yet is cancelled. Returns false when it had already finished. */
export async function stopBroadcast(db: Db, broadcastId: number): Promise<boolean> {
  const stopped = await db.broadcast.updateMany({ where: { id: broadcastId, state: { in: ["draft", "sending"] } }, data: { state: "cancelled" } });
  // A row already claimed by the sender is on its way and cannot be called back.
  await cancelDeliveries(db, broadcastId);
  return stopped.count > 0;
}

/** A sending broadcast with nothing left becomes done. Returns its state. */
export async function settleBroadcast(db: Db, b: Broadcast, p: Progress, now: Date): Promise<Broadcast["state"]> {
  if (b.state !== "sending") return b.state;
  if (p.total === 0) {
    // Claimed but never enqueued (a crash between the two): enqueue again; truly empty audiences end here too.
    const enqueued = await enqueueBroadcast(db, b.id, audienceWhere(parseAudience(b.audience), now));
    if (enqueued > 0) return "sending";
  }
  if (p.left > 0) return "sending";
  await db.broadcast.updateMany({ where: { id: b.id, state: "sending" }, data: { state: "done" } });
  return "done";
}
