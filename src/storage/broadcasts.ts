// Admin broadcasts: (composing →) draft → sending → done | cancelled. The
// audience column holds JSON ({ provinces?, types? }): decoded here, once.
import type { Broadcast as BroadcastRow } from "../generated/prisma/client.js";
import type { Audience } from "./audience.js";
import type { Db } from "./client.js";

export type Broadcast = Omit<BroadcastRow, "audience"> & { audience: Audience };

/** A broadcast's audience as stored; anything unreadable is "everyone". */
export function decodeAudience(json: string): Audience {
  try {
    const a = JSON.parse(json) as { provinces?: unknown; types?: unknown };
    const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
    const provinces = ids(a?.provinces);
    const types = ids(a?.types);
    return { ...(provinces.length ? { provinces } : {}), ...(types.length ? { types } : {}) };
  } catch {
    // a hand-edited row: everyone, as for an empty audience
    return {};
  }
}

const decode = (row: BroadcastRow): Broadcast => ({ ...row, audience: decodeAudience(row.audience) });

export async function createBroadcastDraft(db: Db, adminId: bigint | number, text: string, audience: Audience, locale: string): Promise<Broadcast> {
  return decode(await db.broadcast.create({ data: { adminId: BigInt(adminId), text, audience: JSON.stringify(audience), locale } }));
}

export async function broadcastById(db: Db, id: number): Promise<Broadcast | null> {
  const row = await db.broadcast.findUnique({ where: { id } });
  return row && decode(row);
}

export async function broadcastsSending(db: Db): Promise<Broadcast[]> {
  return (await db.broadcast.findMany({ where: { state: "sending" } })).map(decode);
}

/** Moves the broadcast from one of `from` to `to`; false when it was in none of them (a second press, already over). */
export async function moveBroadcast(db: Db, id: number, from: string[], to: string): Promise<boolean> {
  const { count } = await db.broadcast.updateMany({ where: { id, state: { in: from } }, data: { state: to } });
  return count > 0;
}

/** Where the admin's progress message is, to edit it as the broadcast goes. */
export async function setBroadcastProgressMessage(db: Db, id: number, chatId: number | bigint, messageId: number): Promise<void> {
  await db.broadcast.update({ where: { id }, data: { progressChatId: BigInt(chatId), progressMessageId: messageId } });
}

// ---- composing: an admin sent /broadcast without a text, the next message is the announcement. The state
// lives here, not in a process: with several instances behind a webhook, the next message may reach another.

/**
 * The admin's next message is the announcement for `audience` (an earlier composition is forgotten: deleted,
 * as in endComposing. A composition has no deliveries yet, only a broadcast being sent has: nothing owed goes
 * with it, which matters since Delivery has no foreign keys).
 */
export async function startComposing(db: Db, adminId: bigint | number, audience: Audience, locale: string): Promise<void> {
  await db.broadcast.deleteMany({ where: { adminId: BigInt(adminId), state: "composing" } });
  await db.broadcast.create({ data: { adminId: BigInt(adminId), text: "", audience: JSON.stringify(audience), locale, state: "composing" } });
}

/** The composition the admin started after `since` (an older one is forgotten), or null. */
export async function composition(db: Db, adminId: bigint | number, since: Date): Promise<{ id: number; audience: Audience } | null> {
  const row = await db.broadcast.findFirst({ where: { adminId: BigInt(adminId), state: "composing" }, orderBy: { id: "desc" } });
  if (!row) return null;
  if (row.createdAt < since) {
    await endComposing(db, row.id);
    return null;
  }
  return { id: row.id, audience: decodeAudience(row.audience) };
}

/** The composition becomes the draft of `text` (same id); null when it had already ended (another message took it). */
export async function draftFromComposition(db: Db, id: number, text: string, locale: string): Promise<Broadcast | null> {
  const { count } = await db.broadcast.updateMany({ where: { id, state: "composing" }, data: { text, locale, state: "draft", createdAt: new Date() } });
  return count ? broadcastById(db, id) : null;
}

/** Ends a composition; false when it had already ended (another of the admin's messages took it first). */
export async function endComposing(db: Db, id: number): Promise<boolean> {
  const { count } = await db.broadcast.deleteMany({ where: { id, state: "composing" } });
  return count > 0;
}
