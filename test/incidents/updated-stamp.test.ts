// An incident's «updated at» is the stamp of its edits («🔄 تحديث HH:MM»): the pipeline's clock when its facts
// changed. Queueing it and a report that adds nothing keep it (test by the session-6 reviewer).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestPending } from "../../src/incidents/index.js";
import { markIncidentQueued } from "../../src/storage/incidents.js";
import { freshDb, type TestDb } from "../support/db.js";
import { silentLog } from "../support/env.js";

const T0 = Date.parse("2026-03-10T05:10:00Z");
const at = (min: number) => new Date(T0 + min * 60_000);
const A = "مصدر أمني: مقتل جندي وإصابة اثنين آخرين بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي في قضاء الطارمية شمال العاصمة بغداد.";
const RISE = "ارتفاع حصيلة تفجير الطارمية إلى جنديين شهيدين وثلاثة جرحى بعد وفاة أحد المصابين متأثراً بجراحه في المستشفى.";
const SAME = "استشهد جندي وجرح اثنان آخران، صباح الثلاثاء، بتفجير عبوة ناسفة استهدف عجلة عسكرية تابعة للفرقة السادسة في منطقة المشاهدة التابعة لقضاء الطارمية.";

describe("an incident's «updated at»", () => {
  let tdb: TestDb; let src: number; let n = 0;
  beforeEach(async () => { tdb = freshDb(); src = (await tdb.db.source.create({ data: { name: "s", url: "http://127.0.0.1/s" } })).id; });
  afterEach(() => tdb.cleanup());
  const item = (text: string, p: Date) => tdb.db.feedItem.create({ data: { sourceId: src, key: `k${++n}`, title: "", text, publishedAt: p } });
  it("moves when the facts change, and neither when the alert is queued nor when a repeat adds nothing", async () => {
    const { db } = tdb;
    await item("عاجل | انفجار عبوة ناسفة على دورية للجيش العراقي في قضاء الطارمية شمالي بغداد", at(0));
    await item(A, at(15));
    await item(SAME, at(30));
    const id = (await ingestPending(db, silentLog, { now: () => at(31) })).created[0]!;
    const stamp = async () => (await db.incident.findUniqueOrThrow({ where: { id } })).updatedAt.getTime();
    expect(await stamp()).toBe(at(31).getTime());
    await markIncidentQueued(db, await db.incident.findUniqueOrThrow({ where: { id } }));
    expect(await stamp()).toBe(at(31).getTime());
    await item(RISE, at(260));
    expect((await ingestPending(db, silentLog, { now: () => at(261) })).updated).toEqual([id]);
    expect(await stamp()).toBe(at(261).getTime());
    await item(A, at(300));
    expect((await ingestPending(db, silentLog, { now: () => at(301) })).attached).toEqual([id]);
    expect(await stamp()).toBe(at(261).getTime());
  });
});
