// The outbox on a real SQLite file: who is owed an incident's alert (the
// indexed query, then each subscriber's fine filters and quiet hours), and
// broadcasts enqueued, counted and cancelled.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Prisma } from "../../src/generated/prisma/client.js";
import { normalizeArabic } from "../../src/nlp/index.js";
import { normalizeKeyword } from "../../src/alerts/filters.js";
import {
  broadcastProgress, cancelBroadcast, enqueueBroadcast, enqueuePendingIncidents,
} from "../../src/delivery/outbox.js";
import { recoverInterrupted } from "../../src/storage/index.js";
import { FakeTelegram } from "../support/fake-telegram.js";
import { freshDb, type TestDb } from "../support/db.js";
import { addSubscribers, makeSender } from "./helpers.js";

let tdb: TestDb;
beforeEach(() => {
  tdb = freshDb();
});
afterEach(async () => {
  await tdb.cleanup();
});

// 21:00 UTC is midnight in Baghdad
const MIDNIGHT_BAGHDAD = new Date("2026-03-01T21:00:00Z");

async function incident(o: Partial<Prisma.IncidentCreateInput> = {}) {
  const text = "انفجار عبوة ناسفة في الكرخ ببغداد";
  return tdb.db.incident.create({
    data: {
      type: "ied", province: "baghdad", provinces: '["baghdad"]', district: "baghdad/karkh", killed: 2, injured: 5,
      headline: text, summary: text, fingerprint: normalizeArabic(text), occurredAt: MIDNIGHT_BAGHDAD, ...o,
    },
  });
}

async function subscriber(chatId: number, data: Partial<Prisma.SubscriberCreateInput> = {}) {
  return tdb.db.subscriber.create({ data: { chatId: BigInt(chatId), ...data } });
}

const owed = async (key: string) =>
  (await tdb.db.delivery.findMany({ where: { key }, orderBy: { chatId: "asc" } })).map((d) => [Number(d.chatId), d.silent]);

describe("enqueuePendingIncidents", () => {
  it("writes one row per subscriber whose filters all pass; quiet hours make it silent", async () => {
    const inc = await incident();
    await subscriber(1); // everything
    await subscriber(2, { allProvinces: false, provinces: { create: [{ province: "baghdad" }] } });
    await subscriber(3, { allProvinces: false, provinces: { create: [{ province: "basra" }] } });
    await subscriber(4, { allTypes: false, types: { create: [{ type: "ied" }, { type: "drone" }] } });
    await subscriber(5, { allTypes: false, types: { create: [{ type: "drone" }] } });
    await subscriber(6, { minSeverity: "deaths" });
    await subscriber(7, { keywordsAny: JSON.stringify([normalizeKeyword("عبوة")]) });
    await subscriber(8, { keywordsAny: JSON.stringify([normalizeKeyword("صاروخ")]) });
    await subscriber(9, { keywordsNone: JSON.stringify([normalizeKeyword("الكرخ")]) });
    await subscriber(10, { allProvinces: false, provinces: { create: [{ province: "baghdad" }] }, districts: { create: [{ district: "baghdad/karkh" }] } });
    await subscriber(11, { allProvinces: false, provinces: { create: [{ province: "baghdad" }] }, districts: { create: [{ district: "baghdad/adhamiya" }] } });
    await subscriber(12, { quietStart: 23 * 60, quietEnd: 7 * 60 }); // 23:00–07:00
    await subscriber(13, { quietStart: 8 * 60, quietEnd: 20 * 60 });
    await subscriber(14, { paused: true });
    await subscriber(15, { paused: true, pausedUntil: new Date(MIDNIGHT_BAGHDAD.getTime() - 60_000) }); // pause over
    await subscriber(16, { active: false });

    expect(await enqueuePendingIncidents(tdb.db, MIDNIGHT_BAGHDAD, { timeZone: "Asia/Baghdad" })).toBe(9);
    expect(await owed(`alert:${inc.id}`)).toEqual([
      [1, false], [2, false], [4, false], [6, false], [7, false], [10, false], [12, true], [13, false], [15, false],
    ]);
    const rows = await tdb.db.delivery.findMany();
    expect(rows.every((r) => r.kind === "alert" && r.priority === 0 && r.state === "pending" && r.incidentId === inc.id)).toBe(true);
  });

  it("severity: an incident without casualties skips those who asked for casualties or deaths", async () => {
    const inc = await incident({ killed: null, injured: 0 });
    await subscriber(1);
    await subscriber(2, { minSeverity: "casualties" });
    await subscriber(3, { minSeverity: "deaths" });
    const wounded = await incident({ killed: 0, injured: 3 });
    // «مقتل وإصابة 15»: casualties, though no death toll
    const combined = await incident({ killed: null, injured: null, casualties: 15 });
    await enqueuePendingIncidents(tdb.db, MIDNIGHT_BAGHDAD);
    expect(await owed(`alert:${inc.id}`)).toEqual([[1, false]]);
    expect(await owed(`alert:${wounded.id}`)).toEqual([[1, false], [2, false]]);
    expect(await owed(`alert:${combined.id}`)).toEqual([[1, false], [2, false]]);
  });

  it("pages through thousands of subscribers and never owes anything twice when run again", async () => {
    await addSubscribers(tdb.db, 4500);
    const inc = await incident();
    expect(await enqueuePendingIncidents(tdb.db, new Date())).toBe(4500);
    expect((await tdb.db.incident.findUniqueOrThrow({ where: { id: inc.id } })).enqueuedVersion).toBe(1);
    // as if the process had died before marking the incident done
    await tdb.db.incident.update({ where: { id: inc.id }, data: { enqueuedVersion: 0 } });
    expect(await enqueuePendingIncidents(tdb.db, new Date())).toBe(0);
    expect(await tdb.db.delivery.count()).toBe(4500);
  });
});

describe("broadcasts", () => {
  it("enqueues to the audience after alerts, reports progress, and cancels what is left", async () => {
    for (let i = 1; i <= 30; i++) {
      await subscriber(i, i <= 20 ? { allProvinces: false, provinces: { create: [{ province: i % 2 ? "basra" : "nineveh" }] } } : {});
    }
    await tdb.db.subscriber.update({ where: { chatId: 3n }, data: { active: false } });
    const b = await tdb.db.broadcast.create({ data: { adminId: 1n, text: "<b>صيانة</b>" } });
    const audience = { provinces: ["basra"] };
    expect(await enqueueBroadcast(tdb.db, b.id, audience)).toBe(19); // 10 in Basra (one of them inactive), 10 of all provinces
    expect(await enqueueBroadcast(tdb.db, b.id, audience)).toBe(0);
    const rows = await tdb.db.delivery.findMany({ where: { broadcastId: b.id } });
    expect(rows.every((r) => r.kind === "broadcast" && r.priority === 2 && r.key === `broadcast:${b.id}`)).toBe(true);
    expect(rows.map((r) => Number(r.chatId)).every((c) => ((c % 2 === 1 && c <= 19) || c > 20) && c !== 3)).toBe(true);

    // an alert enqueued after the broadcast still goes first
    await incident();
    expect(await enqueuePendingIncidents(tdb.db, new Date())).toBe(10); // the ten subscribers of all provinces
    const fake = await FakeTelegram.start();
    try {
      const sender = makeSender(tdb.db, fake, { concurrency: 1, limits: { perSecond: 1000 } });
      // send only part of the broadcast: stop after the alerts and four broadcast messages
      const run = sender.flush();
      await fake.waitForCall(() => fake.callsOf("sendMessage").filter((c) => String(c.params.text).startsWith("broadcast")).length >= 4);
      await sender.stop();
      await run;
      const texts = fake.callsOf("sendMessage").map((c) => String(c.params.text).split(":")[0]);
      expect(texts.indexOf("broadcast")).toBe(texts.lastIndexOf("alert") + 1);
      const sent = fake.callsOf("sendMessage").filter((c) => String(c.params.text).startsWith("broadcast")).length;

      const progress = await broadcastProgress(tdb.db, b.id);
      expect(progress).toEqual({ pending: 19 - sent, sending: 0, sent, failed: 0, cancelled: 0, total: 19 });
      expect(await cancelBroadcast(tdb.db, b.id)).toBe(19 - sent);
      expect(await broadcastProgress(tdb.db, b.id)).toMatchObject({ pending: 0, sent, cancelled: 19 - sent });
      await makeSender(tdb.db, fake).flush();
      expect(fake.callsOf("sendMessage").filter((c) => String(c.params.text).startsWith("broadcast"))).toHaveLength(sent);
      expect(fake.callsOf("sendMessage").filter((c) => String(c.params.chat_id) === "25" && String(c.params.text).startsWith("alert"))).toHaveLength(1); // the alert, once
    } finally {
      await fake.close();
    }
  });

  it("after a crash, rows left 'sending' are owed again", async () => {
    const chats = await addSubscribers(tdb.db, 3);
    await tdb.db.delivery.createMany({ data: chats.map((chatId, i) => ({ key: "broadcast:1", kind: "broadcast", chatId, state: i ? "sending" : "sent" })) });
    expect(await recoverInterrupted(tdb.db)).toBe(2);
    expect(await tdb.db.delivery.count({ where: { state: "pending", lastError: { contains: "interrupted" } } })).toBe(2);
  });
});
