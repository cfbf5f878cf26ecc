// Broadcasts through the outbox: one Delivery per recipient (kind "broadcast",
// key broadcast:<id>, payload {text}), so an announcement shares the sender's
// rate limits, retries and crash safety with alerts.
//
// TODO(issue 8): enqueueBroadcast, broadcastProgress and cancelBroadcast were
// meant to come from src/alerts/outbox.ts; they had not landed, so they live
// here. Move them there (or re-export) when the delivery helper provides them.
import type { Db } from "../db/client.js";
import type { Broadcast, Prisma } from "../generated/prisma/client.js";

export interface Audience {
  provinces?: string[];
  types?: string[];
}

export const BROADCAST_PRIORITY = 2;

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

export async function createDraft(db: Db, adminId: bigint | number, text: string, audience: Audience): Promise<Broadcast> {
  return db.broadcast.create({ data: { adminId: BigInt(adminId), text, audience: JSON.stringify(audience) } });
}

/** Owes the broadcast to every chat matching `where`, page by page; safe to run again (already owed chats are skipped). */
export async function enqueueBroadcast(db: Db, broadcastId: number, where: Prisma.SubscriberWhereInput, pageSize = 2000): Promise<number> {
  const b = await db.broadcast.findUniqueOrThrow({ where: { id: broadcastId } });
  const key = `broadcast:${broadcastId}`;
  const payload = JSON.stringify({ text: b.text });
  let cursor = 0;
  let enqueued = 0;
  for (;;) {
    const subs = await db.subscriber.findMany({
      where: { ...where, id: { gt: cursor } },
      select: { id: true, chatId: true },
      orderBy: { id: "asc" },
      take: pageSize,
    });
    if (subs.length === 0) return enqueued;
    cursor = subs.at(-1)!.id;
    const owed = await db.delivery.findMany({ where: { key, chatId: { in: subs.map((s) => s.chatId) } }, select: { chatId: true } });
    const skip = new Set(owed.map((d) => d.chatId));
    const rows = subs
      .filter((s) => !skip.has(s.chatId))
      .map((s) => ({ key, kind: "broadcast", chatId: s.chatId, subscriberId: s.id, broadcastId, priority: BROADCAST_PRIORITY, payload }));
    if (rows.length) await db.delivery.createMany({ data: rows });
    enqueued += rows.length;
  }
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
  const rows = await db.delivery.groupBy({ by: ["state"], where: { broadcastId }, _count: { _all: true } });
  const n = (s: string) => rows.find((r) => r.state === s)?._count._all ?? 0;
  const p = { sent: n("sent"), failed: n("failed"), left: n("pending") + n("sending"), cancelled: n("cancelled") };
  return { ...p, total: p.sent + p.failed + p.left + p.cancelled };
}

/** Stops a draft or a broadcast midway: what is not sent yet is cancelled. Returns false when it had already finished. */
export async function cancelBroadcast(db: Db, broadcastId: number): Promise<boolean> {
  const [stopped] = await db.$transaction([
    db.broadcast.updateMany({ where: { id: broadcastId, state: { in: ["draft", "sending"] } }, data: { state: "cancelled" } }),
    db.delivery.updateMany({ where: { broadcastId, state: "pending" }, data: { state: "cancelled" } }),
  ]);
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
