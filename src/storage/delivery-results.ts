// What a send did to its row: sent (with Telegram's message id), or put back
// for later / failed; and which write errors waiting will not heal.
import { Prisma } from "../generated/prisma/client.js";
import type { Db } from "./client.js";
import { directExecute } from "./direct.js";
import type { DeliveryChange } from "./deliveries.js";

/** Writes a row's new state (pending unless said) and releases its claim. A row deleted meanwhile (/stop) is not an error. */
export async function putBackDelivery(db: Db, id: number, change: DeliveryChange): Promise<void> {
  await db.delivery.updateMany({ where: { id }, data: { state: "pending", claimedAt: null, claimedBy: null, ...change } });
}

/**
 * Marks rows sent with their Telegram message ids, in one statement ("claimedBy" stays: who sent it).
 * Safe to run again: a row already sent is left as it is. The sender retries this write until it
 * succeeds, and a write whose answer was lost after it committed (a connection cut) runs twice; the
 * second must not count the attempt again nor move "sentAt", which the per-chat rate reads.
 */
export async function recordSent(db: Db, batch: { id: number; messageId: number }[]): Promise<void> {
  // One portable UPDATE … CASE for the whole group (Prisma would issue one statement per row), straight to
  // the driver (direct.ts): groups are small at 1000/s (a few answers each), and through Prisma each
  // cost ~1.5 ms of CPU to compile and pass, more than the rest of a message's sending.
  const cases = Prisma.join(batch.map((r) => Prisma.sql`WHEN ${r.id} THEN CAST(${r.messageId} AS INTEGER)`), " ");
  await directExecute(db, Prisma.sql`UPDATE "Delivery" SET "state" = 'sent', "sentAt" = ${new Date()}, "lastError" = NULL,
    "claimedAt" = NULL, "attempts" = "attempts" + 1, "messageId" = CASE "id" ${cases} END
    WHERE "id" IN (${Prisma.join(batch.map((r) => r.id))}) AND "state" <> 'sent'`);
}

/** True for an error that waiting will not heal: a missing record or a broken constraint. */
export const isPermanentWriteError = (err: unknown): boolean =>
  err instanceof Prisma.PrismaClientKnownRequestError && /^P20(25|02|03)$/.test(err.code);

/** True when a row with the same unique key was written first (a concurrent writer got there). */
export const isUniqueViolation = (err: unknown): boolean =>
  err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
