// The store on a real SQLite file: reports of one event become one incident
// with several sources; a later report that raises the toll updates it; a
// different event stays a different incident; the update fan-out writes edit
// and reply rows once for the chats that already got the alert.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestPending } from "../../src/incidents/index.js";
import { enqueuePendingUpdates } from "../../src/alerts/updates.js";
import { freshDb, type TestDb } from "../support/db.js";
import { silentLog } from "../support/env.js";
import type { Subscriber } from "../../src/generated/prisma/client.js";

const T0 = Date.parse("2026-03-10T05:10:00Z");
const at = (min: number) => new Date(T0 + min * 60_000);

const ATTACK = [
  "عاجل | انفجار عبوة ناسفة على دورية للجيش العراقي في قضاء الطارمية شمالي بغداد",
  "مصدر أمني: مقتل جندي وإصابة اثنين آخرين بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي في قضاء الطارمية شمال العاصمة بغداد.",
  "استشهد جندي وجرح اثنان آخران، صباح الثلاثاء، بتفجير عبوة ناسفة استهدف عجلة عسكرية تابعة للفرقة السادسة في منطقة المشاهدة التابعة لقضاء الطارمية.",
];
const TOLL_RISES = "ارتفاع حصيلة تفجير الطارمية إلى جنديين شهيدين وثلاثة جرحى بعد وفاة أحد المصابين متأثراً بجراحه في المستشفى.";
const OTHER_ATTACK = "أصيب اثنان من منتسبي الشرطة بجروح إثر هجوم شنه مسلحون مجهولون على سيطرة أمنية في قضاء أبو غريب، فيما لاذ المهاجمون بالفرار.";

describe("incident store", () => {
  let tdb: TestDb;
  let sources: number[];
  let n = 0;

  beforeEach(async () => {
    tdb = freshDb();
    sources = [];
    for (const name of ["السومرية", "شفق نيوز", "بغداد اليوم"]) {
      sources.push((await tdb.db.source.create({ data: { name, url: `http://127.0.0.1/${encodeURIComponent(name)}` } })).id);
    }
  });
  afterEach(() => tdb.cleanup());

  async function item(source: number, text: string, publishedAt: Date) {
    n++;
    return tdb.db.feedItem.create({ data: { sourceId: sources[source]!, key: `k${n}`, title: "", text, publishedAt } });
  }

  it("merges three outlets into one incident, updates it when the toll rises, keeps another attack apart", async () => {
    const { db } = tdb;
    for (const [i, text] of ATTACK.entries()) await item(i, text, at(i * 15));
    const first = await ingestPending(db, silentLog);
    expect(first.stories).toBe(3);
    expect(first.created).toHaveLength(1);
    const id = first.created[0]!;
    expect(await db.report.count({ where: { incidentId: id } })).toBe(3);
    let incident = await db.incident.findUniqueOrThrow({ where: { id } });
    expect(incident.placeId).toMatch(/mashahda/); // the most precise place any outlet named
    expect(incident.province).toBe("baghdad");
    expect(incident.killed).toBe(1);
    expect(incident.lastReportAt?.getTime()).toBe(at(30).getTime());
    expect(incident.fingerprint.split("\f")).toHaveLength(3);

    // The alert went out with these figures.
    await db.incident.update({ where: { id }, data: { enqueuedVersion: incident.version } });
    const versionAlerted = incident.version;

    await item(0, TOLL_RISES, at(260));
    const second = await ingestPending(db, silentLog);
    expect(second.created).toEqual([]);
    expect(second.updated).toEqual([id]);
    incident = await db.incident.findUniqueOrThrow({ where: { id } });
    expect(incident.version).toBe(versionAlerted + 1);
    expect(incident.killed).toBe(2);
    expect(incident.injured).toBe(3);
    expect([incident.announcedKilled, incident.announcedInjured]).toEqual([1, 2]);

    await item(1, OTHER_ATTACK, at(300));
    const third = await ingestPending(db, silentLog);
    expect(third.created).toHaveLength(1);
    expect(third.created[0]).not.toBe(id);
    expect(await db.incident.count()).toBe(2);

    // Everything processed: nothing happens twice.
    const again = await ingestPending(db, silentLog);
    expect(again).toEqual({ items: 0, stories: 0, created: [], updated: [], attached: [] });
  });

  it("counts figures that came before the alert went out as announced", async () => {
    const { db } = tdb;
    await item(0, ATTACK[0]!, at(0));
    await item(1, TOLL_RISES, at(60));
    const r = await ingestPending(db, silentLog);
    expect(r.created).toHaveLength(1);
    expect(r.updated).toEqual(r.created);
    const incident = await db.incident.findUniqueOrThrow({ where: { id: r.created[0]! } });
    expect([incident.killed, incident.announcedKilled]).toEqual([2, 2]);
  });

  it("does not merge a report published after the merge window", async () => {
    const { db } = tdb;
    await item(0, ATTACK[0]!, at(0));
    await item(1, ATTACK[0]!, at(3 * 60));
    expect((await ingestPending(db, silentLog, { windowHours: 2 })).created).toHaveLength(2);
  });
});

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
      [101, "reply", `reply:${incident.id}:2`, 1, { replyTo: 501, killedBefore: 1, injuredBefore: 4 }],
      [104, "edit", `edit:${incident.id}:2`, 1, { messageId: 504 }],
    ]);
    expect(rows[0]!.subscriberId).toBe(subs[0]!.id);
    const after = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect([after.enqueuedVersion, after.announcedKilled, after.announcedInjured]).toEqual([2, 3, 4]);
    // Done: a second pass owes nothing.
    expect(await enqueuePendingUpdates(db, { mode: "edit+reply" })).toBe(0);
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
