// The sender's hot statements go straight to the driver (storage/direct.ts)
// and decode its answers themselves: a claimed row must equal, column for
// column, what Prisma returns for it, and the renderer's stamp must read the
// chat's settings as Prisma stores them (SQLite's adapter answers booleans
// and integers as text: "0" is false). On whichever engine the run uses.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { claimDeliveries, createIncident, insertNewDeliveries, recordSent, renderStamp } from "../../src/storage/index.js";
import { freshDb, type TestDb } from "../support/db.js";

let tdb: TestDb;
beforeEach(() => {
  tdb = freshDb();
});
afterEach(async () => {
  await tdb.cleanup();
});

describe("rows read straight from the driver", () => {
  it("a claimed row equals Prisma's, every column, nulls and values alike", async () => {
    const db = tdb.db;
    const incident = await createIncident(db, {
      type: "ied", provinces: ["baghdad"], killed: 1, injured: 0, place: null, headline: "h", summary: "s", fingerprint: "f", occurredAt: new Date(),
    });
    const sub = await db.subscriber.create({ data: { chatId: 7001n } });
    const past = new Date(Date.now() - 60_000);
    await insertNewDeliveries(db, "k", [
      // every nullable column set, a negative 64-bit chat id, silent true
      { key: "k", kind: "alert", chatId: -1_001_234_567_890n, subscriberId: sub.id, incidentId: incident.id, priority: 0, payload: '{"text":"x"}', silent: true },
      // every nullable column null, silent false
      { key: "k", kind: "broadcast", chatId: 7002n, priority: 2 },
    ]);
    await db.delivery.updateMany({ where: { chatId: -1_001_234_567_890n }, data: { attempts: 3, lastError: "e", messageId: 42, sentAt: past, notBefore: past } });
    const claimed = await claimDeliveries(db, 10, { holder: "h1" });
    expect(claimed).toHaveLength(2);
    const fromPrisma = await db.delivery.findMany({ orderBy: { id: "asc" } });
    expect([...claimed].sort((a, b) => a.id - b.id)).toEqual(fromPrisma);
    expect(Object.keys(claimed[0]!).sort()).toEqual(Object.keys(fromPrisma[0]!).sort());
    expect(claimed.map((d) => d.silent).sort()).toEqual([false, true]);

    await recordSent(db, claimed.map((d, i) => ({ id: d.id, messageId: 100 + i })));
    const sent = await db.delivery.findMany({ orderBy: { id: "asc" } });
    expect(sent.map((d) => d.state)).toEqual(["sent", "sent"]);
    expect(sent.every((d) => d.sentAt instanceof Date && d.claimedAt === null)).toBe(true);
    expect(sent.map((d) => d.messageId).sort()).toEqual([100, 101]);
  });

  it("the renderer's stamp reads the chat's settings as stored, false as false", async () => {
    const db = tdb.db;
    const incident = await createIncident(db, {
      type: "ied", provinces: ["baghdad"], killed: 1, injured: 0, place: null, headline: "h", summary: "s", fingerprint: "f", occurredAt: new Date(),
    });
    const until = new Date("2030-01-01T10:00:00.123Z");
    const off = await db.subscriber.create({ data: { chatId: 8001n, showMap: false, active: false, paused: true, pausedUntil: until, threadId: 9, quietStart: 60, quietEnd: 420, language: "en", chatType: "supergroup" } });
    const on = await db.subscriber.create({ data: { chatId: 8002n } });
    const row = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(await renderStamp(db, incident.id, off.id)).toEqual({
      version: row.version, updatedAt: row.updatedAt, summaryAiVersion: row.summaryAiVersion,
      chat: { language: "en", chatType: "supergroup", threadId: 9, showMap: false, active: false, paused: true, pausedUntil: until, quietStart: 60, quietEnd: 420 },
    });
    expect((await renderStamp(db, incident.id, on.id))!.chat).toEqual({
      language: on.language, chatType: on.chatType, threadId: null, showMap: on.showMap, active: true, paused: false, pausedUntil: null, quietStart: null, quietEnd: null,
    });
    expect((await renderStamp(db, incident.id, null))!.chat).toBeNull();
    expect(await renderStamp(db, incident.id + 1, on.id)).toBeNull();
  });
});
