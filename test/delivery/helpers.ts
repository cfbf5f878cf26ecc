// Shared set-up for the delivery tests: subscribers and outbox rows written
// straight into a fresh database, a sender talking to the fake Bot API, and
// a count of what each chat received.
import { Api } from "grammy";
import type { Db } from "../../src/storage/client.js";
import type { Delivery } from "../../src/generated/prisma/client.js";
import { Sender, type SenderOptions } from "../../src/delivery/sender.js";
import type { Renderer } from "../../src/alerts/index.js";
import type { FakeTelegram, ApiCall } from "../support/fake-telegram.js";
import { silentLog } from "../support/env.js";

/** Text that names the row, so that a test can tell which message a chat got. */
export const keyRenderer: Renderer = async (d: Delivery) => ({ text: `${d.key} → ${d.chatId}`, silent: d.silent });

export function makeSender(db: Db, fake: FakeTelegram, o: Partial<SenderOptions> = {}): Sender {
  return new Sender({
    db,
    api: new Api(fake.token, { apiRoot: fake.apiRoot }),
    log: silentLog,
    render: keyRenderer,
    limits: { perSecond: 1000, paidPerSecond: 1000, perChatPerSecond: 1000, perGroupPerMinute: 1000 },
    concurrency: 4,
    ...o,
  });
}

/** Private chats 1001…, groups -1001… */
export async function addSubscribers(db: Db, n: number, o: { groups?: number; from?: number } = {}): Promise<bigint[]> {
  const from = o.from ?? 1001;
  const ids = Array.from({ length: n }, (_, i) => BigInt(i < (o.groups ?? 0) ? -(from + i) : from + i));
  for (let i = 0; i < ids.length; i += 1000) {
    await db.subscriber.createMany({
      data: ids.slice(i, i + 1000).map((chatId) => ({ chatId, chatType: chatId < 0n ? "group" : "private" })),
    });
  }
  return ids;
}

/** One owed message per chat under `key`, as the fan-out would write it. */
export async function owe(db: Db, key: string, chatIds: bigint[], o: { priority?: number; kind?: string; payload?: string } = {}): Promise<void> {
  const subs = await db.subscriber.findMany({ where: { chatId: { in: chatIds } }, select: { id: true, chatId: true } });
  const byChat = new Map(subs.map((s) => [s.chatId, s.id]));
  for (let i = 0; i < chatIds.length; i += 1000) {
    await db.delivery.createMany({
      data: chatIds.slice(i, i + 1000).map((chatId) => ({
        key, kind: o.kind ?? "broadcast", chatId, subscriberId: byChat.get(chatId) ?? null,
        priority: o.priority ?? 0, payload: o.payload ?? null,
      })),
    });
  }
}

/** Successful sends per chat id (as a string), from the fake's log. */
export function receivedPerChat(calls: ApiCall[], method = "sendMessage"): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of calls) {
    if (c.method !== method || !(c as any).result) continue;
    const chat = String(c.params.chat_id);
    counts.set(chat, (counts.get(chat) ?? 0) + 1);
  }
  return counts;
}

/** Flushes until nothing is owed any more (rows put back for later become due), like the service's timer. */
export async function flushUntilDone(db: Db, sender: Sender, maxRounds = 50): Promise<void> {
  for (let round = 0; round < maxRounds; round++) {
    await sender.flush().catch(() => undefined);
    const left = await db.delivery.findFirst({ where: { state: { in: ["pending", "sending"] } }, orderBy: { notBefore: "asc" } });
    if (!left) return;
    const wait = left.notBefore.getTime() - Date.now();
    await new Promise((r) => setTimeout(r, Math.max(20, Math.min(wait, 2000))));
  }
  throw new Error("outbox not empty after flushing");
}

export async function statesOf(db: Db): Promise<Record<string, number>> {
  const groups = await db.delivery.groupBy({ by: ["state"], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.state, g._count._all]));
}
