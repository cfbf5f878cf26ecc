// The sender against the fake Bot API on 127.0.0.1 and a real SQLite file:
// what it does with each of Telegram's answers.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../support/fake-telegram.js";
import { freshDb, type TestDb } from "../support/db.js";
import { addSubscribers, flushUntilDone, keyRenderer, makeSender, owe, receivedPerChat, statesOf } from "./helpers.js";
import type { BulkFailure } from "../../src/delivery/index.js";

let fake: FakeTelegram;
let tdb: TestDb;

beforeEach(async () => {
  fake = await FakeTelegram.start();
  tdb = freshDb();
});

afterEach(async () => {
  await fake.close();
  await tdb.cleanup();
});

describe("Sender", () => {
  it("sends every owed row once, records its message id, alerts before broadcasts", async () => {
    const { db } = tdb;
    const chats = await addSubscribers(db, 30, { groups: 5 });
    await owe(db, "broadcast:1", chats, { priority: 2 });
    await owe(db, "alert:1", chats.slice(0, 10), { priority: 0, kind: "alert" });
    const summary = await makeSender(db, fake, { concurrency: 1 }).flush();
    expect(summary).toEqual({ sent: 40, failed: 0, deferred: 0, cancelled: 0 });
    const texts = fake.callsOf("sendMessage").map((c) => String(c.params.text));
    expect(texts.slice(0, 10).every((t) => t.startsWith("alert:1"))).toBe(true);
    const rows = await db.delivery.findMany();
    expect(rows.every((r) => r.state === "sent" && r.messageId !== null && r.sentAt !== null && r.attempts === 1)).toBe(true);
    const ids = new Set(fake.callsOf("sendMessage").map((c) => (c as any).result.message_id));
    expect(new Set(rows.map((r) => r.messageId))).toEqual(ids);
    const received = receivedPerChat(fake.calls);
    expect(chats.map((c) => received.get(String(c)))).toEqual(chats.map((_, i) => (i < 10 ? 2 : 1)));
    expect(await makeSender(db, fake).flush()).toEqual({ sent: 0, failed: 0, deferred: 0, cancelled: 0 });
  });

  it("passes silent, topic, reply and HTML options; a null rendering cancels the row", async () => {
    const { db } = tdb;
    const [a, b, c] = await addSubscribers(db, 3);
    await owe(db, "reply:1:2", [a!], { kind: "reply" });
    await owe(db, "alert:1", [b!], { kind: "alert" });
    await owe(db, "alert:2", [c!], { kind: "alert" });
    const sender = makeSender(db, fake, {
      render: async (d) =>
        d.chatId === c ? null
        : d.kind === "reply" ? { text: "<b>up</b>", replyToMessageId: 77, silent: true }
        : { text: "x", threadId: 5 },
    });
    expect(await sender.flush()).toMatchObject({ sent: 2, cancelled: 1 });
    const [reply] = fake.messagesTo(a!);
    expect(reply!.params).toMatchObject({ parse_mode: "HTML", disable_notification: true, reply_parameters: { message_id: 77, allow_sending_without_reply: true } });
    expect(fake.messagesTo(b!)[0]!.params.message_thread_id).toBe(5);
    expect(fake.messagesTo(c!)).toHaveLength(0);
    expect((await db.delivery.findFirst({ where: { chatId: c! } }))!.state).toBe("cancelled");
  });

  it("edits: 'not modified' counts as sent, a message too old to edit is marked sent with a note", async () => {
    const { db } = tdb;
    const [a, b, c] = await addSubscribers(db, 3);
    await owe(db, "edit:1:2", [a!, b!, c!], { kind: "edit" });
    fake.inject(Number(b), { kind: "400", description: "message is not modified: specified new message content and reply markup are exactly the same" });
    fake.inject(Number(c), { kind: "400", description: "message to edit not found" });
    const sender = makeSender(db, fake, { render: async (d) => ({ text: "new", editMessageId: Number(d.chatId) + 1 }) });
    expect(await sender.flush()).toMatchObject({ sent: 3, failed: 0 });
    expect(fake.callsOf("editMessageText")).toHaveLength(3);
    expect(fake.callsOf("sendMessage")).toHaveLength(0);
    const rows = await db.delivery.findMany({ orderBy: { chatId: "asc" } });
    expect(rows.map((r) => [r.state, r.messageId])).toEqual([["sent", Number(a) + 1], ["sent", Number(b) + 1], ["sent", null]]);
    expect(rows[2]!.lastError).toMatch(/not edited/);
  });

  it("blocked users, kicked bots and vanished chats: subscriber deactivated, no retry, what they are owed is cancelled", async () => {
    const { db } = tdb;
    const chats = await addSubscribers(db, 6, { groups: 2 });
    const [kickedGroup, , blocked, gone, deactivated] = chats;
    fake.blocked.add(Number(blocked));
    fake.inject(Number(kickedGroup), { kind: "403", description: "Forbidden: bot was kicked from the group chat" });
    fake.inject(Number(gone), { kind: "400-chat-not-found" });
    fake.inject(Number(deactivated), { kind: "403", description: "Forbidden: user is deactivated" });
    await owe(db, "alert:1", chats);
    await owe(db, "alert:2", chats);
    const summary = await makeSender(db, fake, { concurrency: 1 }).flush();
    expect(summary.failed).toBe(4);
    expect(summary.sent).toBe(4); // two reachable chats × two alerts
    for (const chat of [kickedGroup, blocked, gone, deactivated]) {
      expect(fake.calls.filter((c) => String(c.params.chat_id) === String(chat))).toHaveLength(1);
      expect((await db.subscriber.findUnique({ where: { chatId: chat! } }))!.active).toBe(false);
      const rows = await db.delivery.findMany({ where: { chatId: chat! }, orderBy: { id: "asc" } });
      expect(rows.map((r) => r.state)).toEqual(["failed", "cancelled"]);
    }
    expect(await db.subscriber.count({ where: { active: true } })).toBe(2);
  });

  it("a group migrated to a supergroup is followed: id updated, message re-sent there once", async () => {
    const { db } = tdb;
    const [group, other] = await addSubscribers(db, 2, { groups: 1 });
    const supergroup = -1009876543210n;
    fake.migrated.set(Number(group), Number(supergroup));
    await owe(db, "alert:1", [group!, other!]);
    await owe(db, "alert:2", [group!]);
    await flushUntilDone(db, makeSender(db, fake));
    const refused = fake.messagesTo(group!);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused.every((c) => (c as any).error?.parameters?.migrate_to_chat_id === Number(supergroup))).toBe(true);
    expect(fake.messagesTo(supergroup).map((c) => String(c.params.text).split(" ")[0])).toEqual(["alert:1", "alert:2"]);
    expect(await db.subscriber.findUnique({ where: { chatId: group! } })).toBeNull();
    expect(await db.subscriber.findUnique({ where: { chatId: supergroup } })).toMatchObject({ active: true, chatType: "supergroup" });
    expect(await db.delivery.count({ where: { chatId: supergroup, state: "sent" } })).toBe(2);
    expect(fake.messagesTo(other!)).toHaveLength(1);
  });

  it("retries 5xx and dropped connections with backoff, and gives up after maxAttempts", async () => {
    const { db } = tdb;
    const [flaky, dropped, dead] = await addSubscribers(db, 3);
    fake.inject(Number(flaky), { kind: "500" });
    fake.inject(Number(dropped), { kind: "drop" });
    fake.inject(Number(dead), { kind: "500" }, 10);
    await owe(db, "alert:1", [flaky!, dropped!, dead!]);
    await flushUntilDone(db, makeSender(db, fake, { maxAttempts: 2 }));
    const rows = await db.delivery.findMany({ orderBy: { chatId: "asc" } });
    expect(rows.map((r) => [r.state, r.attempts])).toEqual([["sent", 2], ["sent", 2], ["failed", 2]]);
    expect(rows[2]!.lastError).toMatch(/500/);
    expect(receivedPerChat(fake.calls)).toEqual(new Map([[String(flaky), 1], [String(dropped), 1]]));
    expect(fake.calls.filter((c) => String(c.params.chat_id) === String(dead))).toHaveLength(2);
  });

  it("a 429 storm: every retry_after is honoured, everything arrives once", async () => {
    const { db } = tdb;
    const chats = await addSubscribers(db, 30);
    // the sender believes it may send 1000/s; Telegram allows 10/s and says so with 429s
    fake.enforceLimits({ perSecondTotal: 10, perSecondPerChat: 1, perMinutePerGroup: 20 });
    fake.inject(Number(chats[3]), { kind: "429", retryAfter: 1 });
    await owe(db, "alert:1", chats);
    await flushUntilDone(db, makeSender(db, fake, { concurrency: 1 }));
    expect(await statesOf(db)).toEqual({ sent: 30 });
    expect(chats.map((c) => receivedPerChat(fake.calls).get(String(c)))).toEqual(Array(30).fill(1));
    const calls = fake.callsOf("sendMessage");
    const refused = calls.filter((c) => (c as any).error?.error_code === 429);
    expect(refused.length).toBeGreaterThanOrEqual(2);
    // after each 429 the whole bot waited retry_after before its next request
    for (const c of refused) {
      const next = calls[calls.indexOf(c) + 1];
      if (next) expect(next.at - c.at).toBeGreaterThanOrEqual(1000 * (c as any).error.parameters.retry_after - 10);
    }
    const rows = await db.delivery.findMany();
    expect(rows.every((r) => r.attempts === 1)).toBe(true); // a 429 is not a failed attempt
  });

  it("a retry_after longer than the cap fails the message instead of stalling", async () => {
    const { db } = tdb;
    const [a] = await addSubscribers(db, 1);
    fake.inject(Number(a), { kind: "429", retryAfter: 7200 });
    await owe(db, "alert:1", [a!]);
    expect(await makeSender(db, fake, { maxRetryAfterSec: 1 }).flush()).toMatchObject({ failed: 1 });
    expect((await db.delivery.findFirst())!).toMatchObject({ state: "failed", lastError: expect.stringMatching(/429/) });
  });

  it("keeps within limits the fake enforces like Telegram: no 429 at all", async () => {
    const { db } = tdb;
    const chats = await addSubscribers(db, 12, { groups: 2 });
    fake.enforceLimits({ perSecondTotal: 20, perSecondPerChat: 1, perMinutePerGroup: 3 });
    await owe(db, "alert:1", chats);
    await owe(db, "alert:2", chats.slice(0, 3)); // a second message to two groups and a private chat
    await owe(db, "alert:3", chats.slice(0, 1));
    await flushUntilDone(db, makeSender(db, fake, { limits: { perSecond: 20, perChatPerSecond: 1, perGroupPerMinute: 3 } }));
    expect(fake.rateLimited).toBe(0);
    expect(await statesOf(db)).toEqual({ sent: 16 });
    const private2 = fake.messagesTo(chats[2]!);
    expect(private2).toHaveLength(2);
    expect(private2[1]!.at - private2[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it("several messages for one chat: one at a time, a second apart, in order", async () => {
    const { db } = tdb;
    const [a, b] = await addSubscribers(db, 2);
    for (let i = 1; i <= 3; i++) await owe(db, `alert:${i}`, [a!, b!]);
    fake.enforceLimits({ perSecondTotal: 30, perSecondPerChat: 1, perMinutePerGroup: 20 });
    await flushUntilDone(db, makeSender(db, fake, { concurrency: 8, limits: { perSecond: 30, perChatPerSecond: 1 } }));
    expect(fake.rateLimited).toBe(0);
    for (const chat of [a!, b!]) {
      const got = fake.messagesTo(chat);
      expect(got.map((c) => String(c.params.text).split(" ")[0])).toEqual(["alert:1", "alert:2", "alert:3"]);
      expect(got[1]!.at - got[0]!.at).toBeGreaterThanOrEqual(1000);
      expect(got[2]!.at - got[1]!.at).toBeGreaterThanOrEqual(1000);
    }
  });

  it("paid broadcasts: allow_paid_broadcast only for what the free rate cannot carry", async () => {
    const { db } = tdb;
    const chats = await addSubscribers(db, 60);
    fake.enforceLimits({ perSecondTotal: 10, perSecondPerChat: 1, perMinutePerGroup: 20, perSecondPaid: 1000 });
    await owe(db, "broadcast:1", chats, { priority: 2 });
    await makeSender(db, fake, { limits: { perSecond: 10, perChatPerSecond: 1, paid: true, paidPerSecond: 1000 } }).flush();
    expect(fake.rateLimited).toBe(0);
    expect(await statesOf(db)).toEqual({ sent: 60 });
    const paid = fake.callsOf("sendMessage").filter((c) => c.params.allow_paid_broadcast === true);
    expect(paid.length).toBeGreaterThanOrEqual(40);
    expect(paid.length).toBeLessThanOrEqual(50);
    expect(fake.paidSends).toBe(paid.length);
  });

  it("tells once when more than half of the recent sends fail", async () => {
    const { db } = tdb;
    const chats = await addSubscribers(db, 40);
    for (const chat of chats.slice(10)) fake.inject(Number(chat), { kind: "400", description: "not enough rights to send text messages to the chat" });
    await owe(db, "alert:1", chats);
    const seen: BulkFailure[] = [];
    const summary = await makeSender(db, fake, { concurrency: 1, onBulkFailure: (b) => seen.push(b) }).flush();
    expect(summary).toMatchObject({ sent: 10, failed: 30 });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.failed).toBeGreaterThan(seen[0]!.total / 2);
    expect(seen[0]!.lastError).toMatch(/not enough rights/);
  });

  it("stop() lets sends in flight finish and puts claimed rows back; the next run sends the rest once", async () => {
    const { db } = tdb;
    const chats = await addSubscribers(db, 50);
    await owe(db, "alert:1", chats);
    const sender = makeSender(db, fake, { limits: { perSecond: 25 }, concurrency: 2 });
    const run = sender.flush();
    await fake.waitForCall((c) => c.method === "sendMessage" && fake.callsOf("sendMessage").length >= 5);
    await sender.stop();
    const { sent } = await run;
    expect(sent).toBeLessThan(50);
    expect(await db.delivery.count({ where: { state: "sending" } })).toBe(0);
    expect(await db.delivery.count({ where: { state: "sent" } })).toBe(sent);
    await makeSender(db, fake).flush();
    expect([...receivedPerChat(fake.calls).values()]).toEqual(Array(50).fill(1));
  });

  it("start(): sends in the background, wakes for new rows, picks up rows put back for later, stops cleanly", async () => {
    const { db } = tdb;
    const [a, b] = await addSubscribers(db, 2);
    fake.inject(Number(b), { kind: "500" });
    const sender = makeSender(db, fake);
    sender.start(100);
    await owe(db, "alert:1", [a!, b!]);
    sender.wake();
    await fake.waitForCall((c) => c.method === "sendMessage" && String(c.params.chat_id) === String(a) && (c as any).result);
    // b failed once (500) and was put back ~1 s later: the background loop sends it without being asked
    await fake.waitForCall((c) => c.method === "sendMessage" && String(c.params.chat_id) === String(b) && (c as any).result, 5000);
    await owe(db, "alert:2", [a!]);
    sender.wake();
    await fake.waitForCall((c) => String(c.params.text ?? "").startsWith("alert:2"), 5000);
    await sender.stop();
    await owe(db, "alert:3", [a!]);
    sender.wake();
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.messagesTo(a!).filter((c) => (c as any).result).map((c) => String(c.params.text).split(" ")[0])).toEqual(["alert:1", "alert:2"]);
    expect(await statesOf(db)).toEqual({ sent: 3, pending: 1 });
  });

  it("a renderer error is retried like a transient failure", async () => {
    const { db } = tdb;
    const [a] = await addSubscribers(db, 1);
    await owe(db, "alert:1", [a!]);
    let calls = 0;
    const render = async (d: any) => {
      if (calls++ === 0) throw new Error("database hiccup");
      return keyRenderer(d);
    };
    await flushUntilDone(db, makeSender(db, fake, { render }));
    expect(fake.messagesTo(a!)).toHaveLength(1);
    expect((await db.delivery.findFirst())!.attempts).toBe(2);
  });
});
