// The store on a real SQLite file: reports of one event become one incident
// with several sources; a later report that raises the toll updates it; a
// different event stays a different incident.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestPending } from "../../src/incidents/index.js";
import { tollRose } from "../../src/delivery/updates.js";
import { freshDb, type TestDb } from "../support/db.js";
import { silentLog } from "../support/env.js";

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

  it("does not trust a publication time later than when the item was seen", async () => {
    const { db } = tdb;
    const seen = await item(0, ATTACK[0]!, new Date(Date.now() + 86_400_000));
    const r = await ingestPending(db, silentLog);
    const incident = await db.incident.findUniqueOrThrow({ where: { id: r.created[0]! } });
    expect(incident.lastReportAt?.getTime()).toBe(seen.seenAt.getTime());
  });

  it("does not merge a report published after the merge window", async () => {
    const { db } = tdb;
    await item(0, ATTACK[0]!, at(0));
    await item(1, ATTACK[0]!, at(3 * 60));
    expect((await ingestPending(db, silentLog, { windowHours: 2 })).created).toHaveLength(2);
  });

  it("a death from wounds told the next morning, past the merge window, still finds yesterday's incident in the database", async () => {
    const { db } = tdb;
    await item(0, ATTACK[1]!, at(0));
    await item(1, "استشهاد جندي ثانٍ متأثراً بجراحه التي أصيب بها بانفجار العبوة الناسفة في الطارمية امس لترتفع الحصيلة الى شهيدين", at(20 * 60));
    const r = await ingestPending(db, silentLog, { windowHours: 12 });
    expect(r.created).toHaveLength(1);
    const incident = await db.incident.findUniqueOrThrow({ where: { id: r.created[0]! } });
    expect(await db.report.count({ where: { incidentId: incident.id } })).toBe(2);
    expect(incident.killed).toBe(2);
  });

  it("attaches a follow-up with no facts of its own as one more report: no new incident, no update", async () => {
    const { db } = tdb;
    await item(0, "انفجارات تهز محافظة أربيل شمالي العراق", at(0));
    const first = await ingestPending(db, silentLog);
    const id = first.created[0]!;
    const before = await db.incident.findUniqueOrThrow({ where: { id } });
    await item(1, "تفعيل منظومة السيرام في سماء أربيل", at(3));
    await item(2, "الدفاعات الجوية الأردنية ترفع أقصى مستويات الجاهزية", at(4)); // foreign news between the flashes
    const second = await ingestPending(db, silentLog);
    expect(second).toMatchObject({ items: 2, stories: 1, created: [], updated: [], attached: [id] });
    const after = await db.incident.findUniqueOrThrow({ where: { id } });
    expect(after.version).toBe(before.version);
    expect(after.fingerprint).toBe(before.fingerprint); // its words do not make later flashes look alike
    expect(await db.report.count({ where: { incidentId: id } })).toBe(2);
    expect(await db.feedItem.count({ where: { processedAt: null } })).toBe(0);
  });

  it("a follow-up that names the weapon or a higher toll updates the event it joins: an edit, never an alert", async () => {
    const { db } = tdb;
    await item(0, "انفجارات تهز محافظة أربيل شمالي العراق", at(0));
    const id = (await ingestPending(db, silentLog)).created[0]!;
    const before = await db.incident.findUniqueOrThrow({ where: { id } });
    expect(before.type).toBe("other");
    await item(1, "الله أكبر اصابة مباشرة للمسيرات الانتحارية", at(4)); // no place: read as the attack under way
    const second = await ingestPending(db, silentLog);
    expect(second).toMatchObject({ created: [], updated: [id], attached: [] });
    const after = await db.incident.findUniqueOrThrow({ where: { id } });
    expect(after.type).toBe("drone");
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.summary).toBe(before.summary); // it states no toll: the event's own summary stays
    expect(after.fingerprint).toBe(before.fingerprint);
  });

  it("an incident opened minutes after a follow-up that no event fitted takes it back: one more report, no alert of its own", async () => {
    const { db } = tdb;
    await item(0, "تفعيل منظومة الباتريوت في سماء أربيل", at(0)); // air defences fire before anyone reports a blast
    await item(1, "الدفاعات الجوية الأمريكية تحاول الاعتراض فوق مطار البصرة", at(1)); // another province
    await item(2, "تفعيل منظومة السيرام في أربيل", at(-20)); // long before: not this attack's
    const early = await ingestPending(db, silentLog);
    expect(early).toMatchObject({ items: 3, stories: 0, created: [] });
    await item(1, "انفجارات تشعل سماء محافظة أربيل شمالي العراق", at(3));
    const second = await ingestPending(db, silentLog);
    expect(second.created).toHaveLength(1);
    const id = second.created[0]!;
    const reports = await db.report.findMany({ where: { incidentId: id }, include: { feedItem: true }, orderBy: { id: "asc" } });
    expect(reports.map((r) => r.feedItem.text).sort()).toEqual(["انفجارات تشعل سماء محافظة أربيل شمالي العراق", "تفعيل منظومة الباتريوت في سماء أربيل"].sort());
    expect(await db.incident.count()).toBe(1);
    expect((await db.incident.findUniqueOrThrow({ where: { id } })).version).toBe(1); // nothing to edit: nobody was alerted yet
    // taken once: the next incident in Erbil does not take it again
    await item(2, "انفجار عبوة ناسفة في قضاء مخمور بمحافظة أربيل", at(6));
    const third = await ingestPending(db, silentLog);
    expect(await db.report.count({ where: { incidentId: { in: third.created } } })).toBe(third.created.length);
  });

  it("follow-ups minutes apart for half an hour before an attack's first report are all taken back by it, as a chain", async () => {
    const { db } = tdb;
    await item(0, "دوي صافرات الإنذار في قضاء زاخو", at(0)); // 25 minutes before the first report
    await item(1, "الانفجار الثالث", at(5)); // no place: between the province's own follow-ups
    await item(2, "دهوك مجددا", at(12));
    const early = await ingestPending(db, silentLog);
    expect(early).toMatchObject({ items: 3, stories: 0, created: [] });
    await item(0, "انفجارات تهز قضاء زاخو", at(25));
    const second = await ingestPending(db, silentLog);
    expect(second.created).toHaveLength(1);
    const id = second.created[0]!;
    expect(await db.report.count({ where: { incidentId: id } })).toBe(4);
    expect(await db.incident.count()).toBe(1);
    expect((await db.incident.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it("«a direct hit» naming no place, told again with its place minutes later, joins that report's incident as a report of it", async () => {
    const { db } = tdb;
    await item(0, "انفجارات تهز محافظة أربيل", at(0));
    await item(1, "انفجارات عنيفة تهز السليمانية", at(6));
    await item(2, "اصابة مباشرة", at(9)); // two provinces under attack: no incident yet
    const first = await ingestPending(db, silentLog);
    expect(first.created).toHaveLength(2);
    const [erbil] = first.created;
    await item(0, "اصابات مباشرة تدك مقرات المعارضة الكردية في أربيل", at(12));
    const second = await ingestPending(db, silentLog);
    expect(second).toMatchObject({ created: [] });
    const texts = (await db.report.findMany({ where: { incidentId: erbil }, include: { feedItem: true } })).map((r) => r.feedItem.text);
    expect(texts.sort()).toEqual(["اصابات مباشرة تدك مقرات المعارضة الكردية في أربيل", "اصابة مباشرة", "انفجارات تهز محافظة أربيل"].sort());
  });

  it("air defences still firing, with no place named while two provinces are under attack, join the event whose air defences were firing", async () => {
    const { db } = tdb;
    await item(0, "انفجارات تهز محافظة أربيل", at(0));
    await item(1, "تفعيل منظومة السيرام في سماء أربيل", at(3));
    await item(2, "انفجارات عنيفة في السليمانية", at(10));
    const first = await ingestPending(db, silentLog);
    expect(first.created).toHaveLength(2);
    const [erbil] = first.created;
    const stored = await db.report.findFirstOrThrow({ where: { feedItem: { text: "تفعيل منظومة السيرام في سماء أربيل" } } });
    expect(JSON.parse(stored.facts)).toMatchObject({ followUp: "defence" });
    await item(0, "مستمرة محاولة التصدي", at(20));
    const second = await ingestPending(db, silentLog);
    expect(second).toMatchObject({ created: [], attached: [erbil] });
  });

  it("stores a combined figure as such, and a higher one told later as an update", async () => {
    const { db } = tdb;
    await item(0, "مقتل وإصابة 12 شخصاً بانفجار سيارة مفخخة في سوق شعبي بمدينة الصدر شرقي بغداد", at(0));
    const first = await ingestPending(db, silentLog);
    const id = first.created[0]!;
    let incident = await db.incident.findUniqueOrThrow({ where: { id } });
    expect(incident).toMatchObject({ killed: null, injured: null, casualties: 12, announcedCasualties: 12 });
    await item(1, "ارتفاع حصيلة ضحايا تفجير مدينة الصدر إلى 15 بين قتيل وجريح", at(90));
    const second = await ingestPending(db, silentLog);
    expect(second.created).toEqual([]);
    incident = await db.incident.findUniqueOrThrow({ where: { id } });
    expect(incident).toMatchObject({ killed: null, injured: null, casualties: 15, version: 2 });
    // told before the alert went out: the alert will say 15, so it counts as announced (no reply owed), as a
    // split toll does
    expect(incident.announcedCasualties).toBe(15);
  });

  it("a correction of an alerted toll lowers it: an update that edits the alert, with no reply owed", async () => {
    const { db } = tdb;
    await item(0, "عاجل | مقتل 3 جنود بهجوم لداعش على ربيئة للجيش في قضاء مخمور", at(0));
    const first = await ingestPending(db, silentLog);
    const id = first.created[0]!;
    let incident = await db.incident.findUniqueOrThrow({ where: { id } });
    await db.incident.update({ where: { id }, data: { enqueuedVersion: incident.version } });
    await item(1, "تصحيح: حصيلة هجوم مخمور جنديان شهيدان وجريح واحد، وليس ثلاثة كما ورد سابقاً", at(40));
    const second = await ingestPending(db, silentLog);
    expect(second.created).toEqual([]);
    incident = await db.incident.findUniqueOrThrow({ where: { id } });
    expect(incident).toMatchObject({ killed: 2, injured: 1, announcedKilled: 3 });
    expect(incident.version).toBeGreaterThan(incident.enqueuedVersion ?? 0);
    expect(tollRose(incident)).toBe(false);
  });
});
