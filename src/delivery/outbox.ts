// The persistent outbox. Each row is one message owed to one chat; the unique
// (key, chatId) pair means a crash and a restart can never owe it twice.
// Rows are written page by page (never every subscriber in memory at once);
// a fan-out interrupted half-way is simply run again and skips what exists.
import {
  allSettledOrThrow, cancelBroadcastDeliveries, deliveryCounts, forEachFilteredRecipientPage, incidentsNotAlerted, insertDeliveriesForAudience, insertNewDeliveries,
  markIncidentQueued, refreshQueueStatistics, type Audience, type Db, type DeliveryState, type Incident,
} from "../storage/index.js";
import { alertAudience, incidentText, minutesOfDay, passesFineFilters } from "../alerts/index.js";

/** Sending order: lower first. */
export const PRIORITY = { notice: 0, alert: 0, update: 1, broadcast: 2 } as const;

export type { DeliveryState };

export interface EnqueueOptions {
  /** display time zone, for quiet hours (default Asia/Baghdad) */
  timeZone?: string;
}

/**
 * Enqueues the alert of every incident not fanned out yet: INSERT … SELECT
 * for the chats without keyword or district filters, and meanwhile those
 * filters checked chat by chat for the others.
 * A subscriber in quiet hours gets the alert silently. Returns rows written.
 */
export async function enqueuePendingIncidents(db: Db, now: Date, opts: EnqueueOptions = {}): Promise<number> {
  const timeZone = opts.timeZone ?? "Asia/Baghdad";
  const incidents = await incidentsNotAlerted(db);
  let enqueued = 0;
  for (const incident of incidents) {
    enqueued += await fanOutAlert(db, incident, now, timeZone);
    // Only now: a crash before this line runs the fan-out again, which skips existing rows.
    await markIncidentQueued(db, incident);
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
  const audience = alertAudience(incident);
  const quietMinute = minutesOfDay(now, timeZone);
  // The chats without keyword or district filters (nearly all): INSERT … SELECT, quiet hours computed in SQL
  // (on PostgreSQL two statements at once, see insertDeliveriesForAudience) ...
  const plain = insertDeliveriesForAudience(db, audience, now, {
    key, kind: "alert", incidentId: incident.id, priority: PRIORITY.alert, plainOnly: true, quietMinute,
  });
  // ... and meanwhile the others, page by page through the fine filters, then written like the rest (same
  // statement, quiet hours in SQL): on PostgreSQL on another connection, the JavaScript filter running while
  // the server writes. On SQLite the driver is synchronous: the two take turns, as before.
  //
  // Safe to run side by side: the two sets of chats are disjoint (plainSubscriberSql and its complement), every
  // statement is ON CONFLICT DO NOTHING on (key, chatId), and the hand-off marker (markIncidentQueued) is written
  // by the caller only after all of them succeeded. What the sender can see meanwhile is what it could see when
  // they ran one after the other (each statement commits on its own): part of this alert's rows. That breaks
  // neither per-chat order nor priorities (delivery-claims.ts): each chat gets one row of this key; a chat's
  // rows of an earlier fan-out were committed before this one started, so their ids are lower; and rows of any
  // priority already queued are claimed by (priority, notBefore, id) whichever statement committed first.
  let filtered = 0;
  const fine = forEachFilteredRecipientPage(db, audience, now, async (subs) => {
    const passing = subs.filter((s) => passesFineFilters(s, incident, text)).map((s) => s.id);
    if (passing.length) {
      filtered += await insertDeliveriesForAudience(db, audience, now, {
        key, kind: "alert", incidentId: incident.id, priority: PRIORITY.alert, subscriberIds: passing, quietMinute,
      });
    }
  });
  const [written] = await allSettledOrThrow([plain, fine.then(() => 0)]);
  const enqueued = written! + filtered;
  await refreshQueueStatistics(db, enqueued);
  return enqueued;
}

/**
 * Enqueues broadcast `broadcastId` to every chat of the audience that
 * receives now, in one INSERT … SELECT (a broadcast has no keyword or
 * district filters; it is sent after alerts and updates). The renderer takes
 * the text from the Broadcast row (or from a `{ text }` payload). Safe to run
 * again after a crash. Returns rows written.
 */
export async function enqueueBroadcast(db: Db, broadcastId: number, audience: Audience, now = new Date()): Promise<number> {
  const written = await insertDeliveriesForAudience(db, audience, now, { key: `broadcast:${broadcastId}`, kind: "broadcast", broadcastId, priority: PRIORITY.broadcast });
  await refreshQueueStatistics(db, written);
  return written;
}

/**
 * Queues a notice (to the admins: a source paused, deliveries failing; to a
 * chat: its timed pause is over): one row per chat, with its text in that
 * chat's language, sent at Telegram's pace like everything else. A row that
 * names its subscriber goes to that chat's forum topic and is cancelled with
 * it. Returns rows written.
 */
export async function enqueueNotice(db: Db, messages: { chatId: bigint; text: string; subscriberId?: number }[], now = new Date()): Promise<number> {
  const key = `notice:${now.getTime()}:${Math.random().toString(36).slice(2, 8)}`;
  const rows = messages.map((m) => ({
    key, kind: "notice", chatId: m.chatId, subscriberId: m.subscriberId ?? null, priority: PRIORITY.notice, payload: JSON.stringify({ text: m.text }),
  }));
  return insertNewDeliveries(db, key, rows);
}

/** Cancels what a broadcast still owes (a message already on its way is not called back). Returns rows cancelled. */
export const cancelBroadcast = (db: Db, broadcastId: number): Promise<number> => cancelBroadcastDeliveries(db, broadcastId);

export type BroadcastProgress = Record<DeliveryState, number> & { total: number };

/** How many rows of a broadcast are in each state. */
export const broadcastProgress = (db: Db, broadcastId: number): Promise<BroadcastProgress> => deliveryCounts(db, { broadcastId });
