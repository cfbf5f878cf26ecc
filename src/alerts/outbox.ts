// The persistent outbox. Each row is one message owed to one chat; the unique
// (key, chatId) pair means a crash and a restart can never owe it twice.
import type { Db } from "../db/client.js";
import { forEachMatchingPage } from "./match.js";

/** Enqueues the alert of every incident whose current version has not been fanned out yet. */
export async function enqueuePendingIncidents(db: Db, now: Date): Promise<number> {
  const incidents = await db.incident.findMany({ where: { enqueuedVersion: 0 }, orderBy: { id: "asc" } });
  let enqueued = 0;
  for (const incident of incidents) {
    const key = `alert:${incident.id}`;
    await forEachMatchingPage(db, incident, now, async (subs) => {
      const already = await db.delivery.findMany({
        where: { key, chatId: { in: subs.map((s) => s.chatId) } },
        select: { chatId: true },
      });
      const skip = new Set(already.map((d) => d.chatId));
      const rows = subs
        .filter((s) => !skip.has(s.chatId))
        .map((s) => ({ key, kind: "alert", chatId: s.chatId, subscriberId: s.id, incidentId: incident.id }));
      if (rows.length) await db.delivery.createMany({ data: rows });
      enqueued += rows.length;
    });
    await db.incident.update({ where: { id: incident.id }, data: { enqueuedVersion: incident.version } });
  }
  return enqueued;
}
