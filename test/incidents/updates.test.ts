// The update fan-out on a real SQLite file: for an incident updated after its
// alert went out, one edit row per chat whose alert was sent and, when the
// toll rose in edit+reply mode, one reply row — written once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueuePendingUpdates, tollRose } from "../../src/delivery/updates.js";
import type { Subscriber } from "../../src/generated/prisma/client.js";
import { freshDb, type TestDb } from "../support/db.js";

const T0 = Date.parse("2026-03-10T05:10:00Z");

describe("update fan-out", () => {
  let tdb: TestDb;
  beforeEach(() => {
    tdb = freshDb();
  });
  afterEach(() => tdb.cleanup());

  async function setup() {
    const { db } = tdb;
    const incident = await db.incident.create({
      data: {
        type: "ied", province: "baghdad", provinces: '["baghdad"]', headline: "h", summary: "s", fingerprint: "f",
        occurredAt: new Date(T0), killed: 3, injured: 4, announcedKilled: 1, announcedInjured: 4, version: 2, enqueuedVersion: 1,
      },
    });
    const subs: Subscriber[] = [];
    for (const chatId of [101n, 102n, 103n, 104n]) subs.push(await db.subscriber.create({ data: { chatId } }));
    await db.subscriber.update({ where: { id: subs[2]!.id }, data: { active: false } });
    await db.subscriber.update({ where: { id: subs[3]!.id }, data: { paused: true } });
    const alert = (s: (typeof subs)[number], state: string, messageId: number | null) =>
      db.delivery.create({ data: { key: `alert:${incident.id}`, kind: "alert", chatId: s.chatId, subscriberId: s.id, incidentId: incident.id, state, messageId } });
    await alert(subs[0]!, "sent", 501);
    await alert(subs[1]!, "pending", null); // will render the latest facts anyway
    await alert(subs[2]!, "sent", 503); // chat gone
    await alert(subs[3]!, "sent", 504); // paused: edited, no reply
    return { incident, subs };
  }

  it("edits every sent alert and replies once when the toll rose", async () => {
    const { db } = tdb;
    const { incident, subs } = await setup();
    expect(await enqueuePendingUpdates(db, { mode: "edit+reply" })).toBe(3);
    const rows = await db.delivery.findMany({ where: { kind: { in: ["edit", "reply"] } }, orderBy: [{ chatId: "asc" }, { kind: "asc" }] });
    expect(rows.map((r) => [Number(r.chatId), r.kind, r.key, r.priority, JSON.parse(r.payload!)])).toEqual([
      [101, "edit", `edit:${incident.id}:2`, 1, { messageId: 501 }],
      [101, "reply", `reply:${incident.id}:2`, 1, { replyTo: 501, killedBefore: 1, injuredBefore: 4, casualtiesBefore: null }],
      [104, "edit", `edit:${incident.id}:2`, 1, { messageId: 504 }],
    ]);
    expect(rows[0]!.subscriberId).toBe(subs[0]!.id);
    const after = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect([after.enqueuedVersion, after.announcedKilled, after.announcedInjured]).toEqual([2, 3, 4]);
    // Done: a second pass owes nothing.
    expect(await enqueuePendingUpdates(db, { mode: "edit+reply" })).toBe(0);
  });

  it("replies when only a combined figure rose («مقتل وإصابة 12», then 15), with what was announced", async () => {
    const { db } = tdb;
    const { incident } = await setup();
    await db.incident.update({ where: { id: incident.id }, data: { killed: null, injured: null, announcedKilled: null, announcedInjured: null, casualties: 15, announcedCasualties: 12 } });
    await enqueuePendingUpdates(db, { mode: "edit+reply" });
    const reply = await db.delivery.findFirstOrThrow({ where: { kind: "reply" } });
    expect(JSON.parse(reply.payload!)).toEqual({ replyTo: 501, killedBefore: null, injuredBefore: null, casualtiesBefore: 12 });
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).announcedCasualties).toBe(15);
  });

  it("edits but does not reply when the split only names the wounded a combined figure held («15 بين قتيل وجريح، بينهم 6 قتلى», then 6 and 9)", async () => {
    const { db } = tdb;
    const { incident } = await setup();
    await db.incident.update({ where: { id: incident.id }, data: { killed: 6, injured: 9, announcedKilled: 6, announcedInjured: null, casualties: 15, announcedCasualties: 15 } });
    await enqueuePendingUpdates(db, { mode: "edit+reply" });
    expect(await db.delivery.count({ where: { kind: "edit" } })).toBe(2);
    expect(await db.delivery.count({ where: { kind: "reply" } })).toBe(0);
  });

  it("alerts the chats that the update made match, once, and nobody who already had the alert", async () => {
    const { db } = tdb;
    const { incident } = await setup();
    // wants only incidents with deaths in Baghdad: the first report had none, the update has 3
    const strict = await db.subscriber.create({ data: { chatId: 105n, minSeverity: "deaths", allProvinces: false, provinces: { create: [{ province: "baghdad" }] } } });
    const elsewhere = await db.subscriber.create({ data: { chatId: 106n, allProvinces: false, provinces: { create: [{ province: "basra" }] } } });
    await enqueuePendingUpdates(db, { mode: "edit+reply" });
    const alerts = await db.delivery.findMany({ where: { incidentId: incident.id, kind: "alert" }, orderBy: { chatId: "asc" } });
    expect(alerts.map((a) => Number(a.chatId))).toEqual([101, 102, 103, 104, 105]);
    expect(alerts.at(-1)).toMatchObject({ subscriberId: strict.id, state: "pending", key: `alert:${incident.id}` });
    expect(alerts.some((a) => a.subscriberId === elsewhere.id)).toBe(false);
  });

  it("waits while an alert of the incident is on its way", async () => {
    const { db } = tdb;
    const { incident, subs } = await setup();
    const now = new Date();
    const sending = await db.delivery.findFirstOrThrow({ where: { chatId: subs[1]!.chatId } });
    await db.delivery.update({ where: { id: sending.id }, data: { state: "sending", claimedAt: now } });
    expect(await enqueuePendingUpdates(db, { mode: "edit+reply", now })).toBe(0);
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).enqueuedVersion).toBe(1);
    // its answer came: the message id is known, the next pass edits it too
    await db.delivery.update({ where: { id: sending.id }, data: { state: "sent", messageId: 502 } });
    expect(await enqueuePendingUpdates(db, { mode: "edit+reply", now })).toBe(5);
    expect(await db.delivery.count({ where: { kind: "edit", chatId: subs[1]!.chatId } })).toBe(1);
  });

  it("only edits in edit mode, and cancels an older edit still queued", async () => {
    const { db } = tdb;
    const { incident, subs } = await setup();
    const old = await db.delivery.create({
      data: { key: `edit:${incident.id}:1`, kind: "edit", chatId: subs[0]!.chatId, subscriberId: subs[0]!.id, incidentId: incident.id, payload: '{"messageId":501}' },
    });
    expect(await enqueuePendingUpdates(db, { mode: "edit" })).toBe(2);
    expect(await db.delivery.count({ where: { kind: "reply" } })).toBe(0);
    expect((await db.delivery.findUniqueOrThrow({ where: { id: old.id } })).state).toBe("cancelled");
  });

  it("writes no reply when only the place or perpetrator changed, and nothing for incidents not yet alerted", async () => {
    const { db } = tdb;
    const { incident } = await setup();
    await db.incident.update({ where: { id: incident.id }, data: { announcedKilled: 3 } });
    await db.incident.create({
      data: { type: "ied", provinces: "[]", headline: "h", summary: "s", fingerprint: "f", occurredAt: new Date(T0), version: 3, enqueuedVersion: 0 },
    });
    expect(await enqueuePendingUpdates(db, { mode: "edit+reply" })).toBe(2);
    expect(await db.delivery.count({ where: { kind: "reply" } })).toBe(0);
    expect(await db.delivery.count({ where: { kind: "edit" } })).toBe(2);
  });
});

describe("a toll rise (the reply under the alert)", () => {
  const told = (killed: number | null, injured: number | null, casualties: number | null) => ({ announcedKilled: killed, announcedInjured: injured, announcedCasualties: casualties });
  const now = (killed: number | null, injured: number | null, casualties: number | null) => ({ killed, injured, casualties });

  it("is more dead or more victims in all", () => {
    expect(tollRose({ ...now(3, 4, null), ...told(2, 4, null) })).toBe(true);
    expect(tollRose({ ...now(2, 5, null), ...told(2, 4, null) })).toBe(true);
    expect(tollRose({ ...now(null, null, 20), ...told(null, null, 15) })).toBe(true);
    expect(tollRose({ ...now(6, 12, 15), ...told(6, null, 15) })).toBe(true); // 18 in all now, 15 told
  });

  it("is not a combined figure below the split told, nor a split of the combined figure told", () => {
    expect(tollRose({ ...now(10, 10, 18), ...told(10, 10, null) })).toBe(false);
    expect(tollRose({ ...now(6, 9, 15), ...told(6, null, 15) })).toBe(false);
    expect(tollRose({ ...now(2, 4, null), ...told(2, 4, null) })).toBe(false);
  });
});
