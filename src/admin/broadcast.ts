// Broadcasts through the outbox (src/delivery/outbox.ts): one Delivery per
// recipient (kind "broadcast", key broadcast:<id>), so an announcement shares
// the sender's rate limits, retries and crash safety with alerts. This module
// adds what the outbox does not know: the audience, the draft → sending →
// done | cancelled life of a Broadcast row, and progress in admin terms.
// (counting an audience and writing a draft are storage's countRecipients and
// createBroadcastDraft, called as they are)
import { broadcastById, moveBroadcast, type Broadcast, type Db } from "../storage/index.js";
import { broadcastProgress as outboxProgress, cancelBroadcast as cancelDeliveries, enqueueBroadcast } from "../delivery/index.js";

/**
 * draft → sending, then enqueue. Returns null when the broadcast was not a
 * draft any more (a second press of Send, or it was cancelled).
 */
export async function startBroadcast(db: Db, broadcastId: number, now: Date): Promise<{ broadcast: Broadcast; enqueued: number } | null> {
  if (!(await moveBroadcast(db, broadcastId, ["draft"], "sending"))) return null;
  const broadcast = (await broadcastById(db, broadcastId))!;
  const enqueued = await enqueueBroadcast(db, broadcastId, broadcast.audience, now);
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
  const stopped = await moveBroadcast(db, broadcastId, ["draft", "sending"], "cancelled");
  // A row already claimed by the sender is on its way and cannot be called back.
  await cancelDeliveries(db, broadcastId);
  return stopped;
}

/** A sending broadcast with nothing left becomes done. Returns its state. */
export async function settleBroadcast(db: Db, b: Broadcast, p: Progress, now: Date): Promise<Broadcast["state"]> {
  if (b.state !== "sending") return b.state;
  if (p.total === 0) {
    // Claimed but never enqueued (a crash between the two): enqueue again; truly empty audiences end here too.
    const enqueued = await enqueueBroadcast(db, b.id, b.audience, now);
    if (enqueued > 0) return "sending";
  }
  if (p.left > 0) return "sending";
  await moveBroadcast(db, b.id, ["sending"], "done");
  return "done";
}
