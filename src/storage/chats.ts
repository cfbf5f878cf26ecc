// A chat's life seen from the outbox: it leaves (blocked, kicked, gone) or
// moves (a group upgraded to a supergroup gets a new id). Written once, used
// by the sender (from Telegram's errors) and the bot (from chat updates).
// Single statements, each safe to run again: a retry after a failure
// finishes the job.
import type { Db } from "./client.js";

/**
 * The chat blocked the bot, kicked it or is gone: stop sending to it. The
 * rows that `failed` are marked failed; what it is still owed (pending, and
 * the sender's `claimed` rows) is cancelled. Returns whether a subscriber was
 * deactivated.
 */
export async function deactivateChat(db: Db, chatId: bigint, reason: string, failed: number[] = [], claimed: number[] = []): Promise<boolean> {
  const { count } = await db.subscriber.updateMany({ where: { chatId }, data: { active: false } });
  if (failed.length) {
    await db.delivery.updateMany({
      where: { id: { in: failed }, state: { not: "failed" } },
      data: { state: "failed", claimedAt: null, attempts: { increment: 1 }, lastError: reason },
    });
  }
  await db.delivery.updateMany({
    where: { chatId, OR: [{ state: "pending" }, { id: { in: claimed } }] },
    data: { state: "cancelled", claimedAt: null, lastError: `chat unreachable: ${reason}` },
  });
  return count > 0;
}

/**
 * A group became a supergroup: the subscriber and every row still owed to
 * it follow the new id (a row the new chat already owes is cancelled as a
 * duplicate; a subscriber the new chat already has wins). Returns rows moved.
 */
export async function migrateChat(db: Db, from: bigint, to: bigint): Promise<number> {
  const target = await db.subscriber.findUnique({ where: { chatId: to } });
  if (!target) await db.subscriber.updateMany({ where: { chatId: from }, data: { chatId: to, chatType: "supergroup" } });
  else await db.subscriber.updateMany({ where: { chatId: from }, data: { active: false } });
  const subscriberId = (target ?? (await db.subscriber.findUnique({ where: { chatId: to } })))?.id;
  const owed = await db.delivery.findMany({ where: { chatId: from, state: { in: ["pending", "sending"] } }, select: { id: true, key: true } });
  const taken = new Set(
    (await db.delivery.findMany({ where: { chatId: to, key: { in: owed.map((r) => r.key) } }, select: { key: true } })).map((r) => r.key),
  );
  const move = owed.filter((r) => !taken.has(r.key)).map((r) => r.id);
  const drop = owed.filter((r) => taken.has(r.key)).map((r) => r.id);
  await db.delivery.updateMany({
    where: { id: { in: move } },
    data: { chatId: to, state: "pending", claimedAt: null, notBefore: new Date(), ...(subscriberId ? { subscriberId } : {}) },
  });
  await db.delivery.updateMany({
    where: { id: { in: drop } },
    data: { state: "cancelled", claimedAt: null, lastError: "group migrated: already owed to the supergroup" },
  });
  return move.length;
}

/** The chat's forum topic is gone: send to the group itself from now on. */
export async function forgetThread(db: Db, subscriberId: number): Promise<void> {
  await db.subscriber.update({ where: { id: subscriberId }, data: { threadId: null } });
}
