// The set-based fan-out (one INSERT … SELECT for the chats without keyword or
// district filters, the others checked one by one) against the rule written
// in JavaScript: on random chats and incidents, the outbox holds a row for
// exactly the chats that receive now and pass every filter, silent exactly
// when alerts/filters.ts isQuietNow says so, on whichever engine the run uses.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { incidentMatches, isQuietNow } from "../../src/alerts/index.js";
import { fanOutAlert } from "../../src/delivery/outbox.js";
import { Prisma } from "../../src/generated/prisma/client.js";
import { decodeIncident, insertDeliveriesForAudience, isReceiving, subscriberIdRanges, type Subscriber } from "../../src/storage/index.js";
import { analyzeReport, ATTACK_TYPES, normalizeArabic } from "../../src/nlp/index.js";
import { rng } from "../alerts/helpers.js";
import { freshDb, type TestDb } from "../support/db.js";

let tdb: TestDb;
beforeEach(() => {
  tdb = freshDb();
});
afterEach(async () => {
  await tdb.cleanup();
});

const PROVINCES = ["baghdad", "basra", "diyala"];
const DISTRICTS = ["baghdad/karkh", "baghdad/adhamiya", "diyala/baqubah"];
const TZ = "Asia/Baghdad";

describe("fanOutAlert: the set-based insert and the fine filters together", () => {
  it("on 150 random chats × 12 random incidents at random times of day", async () => {
    const r = rng(16);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const some = <T>(xs: readonly T[], p: number) => xs.filter(() => r() < p);
    const db = tdb.db;
    const base = new Date("2026-03-01T12:00:00Z");
    for (let i = 0; i < 150; i++) {
      const allProvinces = r() < 0.4;
      const quiet = r() < 0.4;
      const pausedRoll = r();
      await db.subscriber.create({
        data: {
          chatId: BigInt(i % 5 === 4 ? -(5000 + i) : 5000 + i),
          active: r() < 0.9,
          paused: pausedRoll < 0.2,
          pausedUntil: pausedRoll < 0.1 ? new Date(base.getTime() - 60_000) : null,
          allProvinces,
          allTypes: r() < 0.6,
          minSeverity: pick(["all", "all", "casualties", "deaths"]),
          keywordsAny: r() < 0.15 ? JSON.stringify(["عبوة"]) : "[]",
          keywordsNone: r() < 0.1 ? JSON.stringify(["تمرين"]) : "[]",
          // equal start and end (never quiet) and windows across midnight included
          quietStart: quiet ? pick([0, 6 * 60, 22 * 60, 23 * 60 + 30]) : null,
          quietEnd: quiet ? pick([0, 7 * 60, 22 * 60, 6 * 60]) : null,
          provinces: { create: allProvinces ? [] : some(PROVINCES, 0.5).map((province) => ({ province })) },
          types: { create: some(ATTACK_TYPES, 0.3).map((type) => ({ type })) },
          districts: { create: r() < 0.2 ? some(DISTRICTS, 0.5).map((district) => ({ district })) : [] },
        },
      });
    }
    const subs: Subscriber[] = await db.subscriber.findMany({ include: { provinces: true, types: true, districts: true } });
    let rows = 0;
    let silent = 0;
    for (let k = 0; k < 12; k++) {
      const now = new Date(base.getTime() + Math.floor(r() * 24 * 60) * 60_000);
      const text = pick(["انفجار عبوة ناسفة في الكرخ", "تمرين عسكري في بعقوبة", "هجوم بطائرة مسيرة"]);
      const province = pick(PROVINCES);
      const incident = decodeIncident(await db.incident.create({
        data: {
          type: pick(ATTACK_TYPES), province, provinces: JSON.stringify([province]),
          district: r() < 0.5 ? pick(DISTRICTS.filter((d) => d.startsWith(province)).concat([""])) || null : null,
          killed: r() < 0.5 ? 0 : 2, injured: r() < 0.5 ? null : 1,
          headline: text, summary: text, fingerprint: normalizeArabic(text), occurredAt: now,
        },
      }));
      const written = await fanOutAlert(db, incident, now, TZ);
      const owed = await db.delivery.findMany({ where: { key: `alert:${incident.id}` } });
      const expected = subs.filter((s) => isReceiving(s, now) && incidentMatches(s, incident));
      const context = `incident ${JSON.stringify({ type: incident.type, province, district: incident.district, killed: incident.killed, text, now })}`;
      expect(owed.map((d) => d.subscriberId).sort(), context).toEqual(expected.map((s) => s.id).sort());
      const quietBy = new Map(expected.map((s) => [s.id, isQuietNow(s, now, TZ)]));
      for (const d of owed) expect(d.silent, `${context}, chat ${d.chatId}`).toBe(quietBy.get(d.subscriberId!));
      expect(written).toBe(owed.length);
      // run again: nothing more is owed
      expect(await fanOutAlert(db, incident, now, TZ)).toBe(0);
      rows += owed.length;
      silent += owed.filter((d) => d.silent).length;
    }
    // the random cases exercise both outcomes, and silent rows
    expect(rows).toBeGreaterThan(12 * 5);
    expect(rows).toBeLessThan(12 * 150 * 0.8);
    expect(silent).toBeGreaterThan(0);
  });
});

// A post that names a part of Iraq and no province («في إقليم كردستان العراق») has no province by the corpus rule;
// its alert is for the followers of the provinces that part holds, not only for those of all Iraq.
describe("an incident placed in a region and no province", () => {
  it("reaches the followers of the region's provinces and of all Iraq, not those of other provinces", async () => {
    const db = tdb.db;
    const follows = { all: [], erbil: ["erbil"], duhok: ["duhok"], basra: ["basra"], "duhok+basra": ["duhok", "basra"] } as Record<string, string[]>;
    const chatOf = new Map<number, string>();
    let n = 0;
    for (const [name, provinces] of Object.entries(follows)) {
      const s = await db.subscriber.create({
        data: {
          chatId: BigInt(9000 + n++), allProvinces: provinces.length === 0, allTypes: true,
          provinces: { create: provinces.map((province) => ({ province })) },
          // a district filter narrows its own province only: an incident of no province passes it
          districts: { create: name === "erbil" ? [{ district: "erbil/soran" }] : [] },
        },
      });
      chatOf.set(s.id, name);
    }
    const now = new Date("2026-03-01T12:00:00Z");
    const alerted = async (text: string): Promise<string[]> => {
      const f = analyzeReport({ title: "", text, publishedAt: now }).find((st) => st.incident)!.incident!;
      const incident = decodeIncident(await db.incident.create({
        data: {
          type: f.type, province: f.provinces[0] ?? null, provinces: JSON.stringify(f.provinces), place: f.place, placeId: f.placeId,
          killed: f.killed, injured: f.injured, headline: text, summary: f.summary, fingerprint: normalizeArabic(text), occurredAt: now,
        },
      }));
      await fanOutAlert(db, incident, now, TZ);
      const owed = (await db.delivery.findMany({ where: { key: `alert:${incident.id}` } })).map((d) => chatOf.get(d.subscriberId!)!).sort();
      // /latest shows a chat the incidents it was alerted to (incidentMatches: the same audience)
      const subs = await db.subscriber.findMany({ include: { provinces: true, types: true, districts: true } });
      expect(subs.filter((s) => incidentMatches(s, incident)).map((s) => chatOf.get(s.id)!).sort(), text).toEqual(owed);
      return owed;
    };
    expect(await alerted("مسلحون يختطفون ناشطا في إقليم كردستان العراق ويقتادونه الى جهة مجهولة")).toEqual(["all", "duhok", "duhok+basra", "erbil"]);
    // no place at all: all Iraq only, as before
    expect(await alerted("مسلحون يختطفون ناشطا في العراق ويقتادونه الى جهة مجهولة")).toEqual(["all"]);
    expect(await alerted("مسلحون يختطفون ناشطا في جنوب العراق ويقتادونه الى جهة مجهولة")).toEqual(["all", "basra", "duhok+basra"]);
    // nation-wide: everyone
    expect(await alerted("غارات جوية تستهدف مقرات الحشد الشعبي في مناطق متفرقة من العراق")).toEqual(["all", "basra", "duhok", "duhok+basra", "erbil"]);
  });
});

// PostgreSQL writes a large audience as several statements at once, one per range of subscriber ids
// (delivery-fanout.ts subscriberIdRanges). A chat on a cut must be in exactly one range: missing, it
// gets nothing; in two, ON CONFLICT would hide it (the rows come out right), so the ranges are checked
// themselves. Ids with gaps, and the inactive chats gathered at the low ids, as chats that blocked the bot are.
describe("the fan-out's split by subscriber id", () => {
  const ids = [...Array.from({ length: 20 }, (_, i) => i + 1), ...Array.from({ length: 16 }, (_, i) => 35 + i), 100, 101, 102, ...Array.from({ length: 21 }, (_, i) => 500 + i)];
  const activeId = (id: number) => id > 12 && id % 7 !== 0;
  beforeEach(async () => {
    for (const id of ids) {
      await tdb.db.subscriber.create({ data: { id, chatId: BigInt(id % 2 ? 7000 + id : -(7000 + id)), active: activeId(id), allProvinces: true, allTypes: true } });
    }
  });

  it("every subscriber in exactly one range; the active ones shared evenly", async () => {
    const active = ids.filter(activeId);
    for (const parts of [2, 3, 4, 5, 8]) {
      const ranges = await subscriberIdRanges(tdb.db, parts, 1);
      expect(ranges).toHaveLength(parts);
      const member = (range: Prisma.Sql) => Prisma.sql`CASE WHEN 1 = 1${range} THEN 1 ELSE 0 END`;
      const rows = await tdb.db.$queryRaw<{ id: number; n: number | bigint }[]>(Prisma.sql`SELECT s."id" AS "id", ${Prisma.join(ranges.map(member), " + ")} AS "n" FROM "Subscriber" s ORDER BY s."id"`);
      expect(rows.map((r) => [Number(r.id), Number(r.n)]), `${parts} parts`).toEqual(ids.map((id) => [id, 1]));
      const sizes: number[] = [];
      for (const range of ranges) {
        const [c] = await tdb.db.$queryRaw<{ n: number | bigint }[]>(Prisma.sql`SELECT COUNT(*) AS "n" FROM "Subscriber" s WHERE s."active" = TRUE${range}`);
        sizes.push(Number(c!.n));
      }
      expect(sizes.reduce((a, b) => a + b), `${parts} parts`).toBe(active.length);
      expect(Math.max(...sizes) - Math.min(...sizes), `${parts} parts: ${sizes.join(",")}`).toBeLessThanOrEqual(1);
    }
    // too few active chats for the parts asked: one statement, no condition
    expect(await subscriberIdRanges(tdb.db, 2, active.length)).toHaveLength(1);
    expect(await subscriberIdRanges(tdb.db, 2, Math.floor(active.length / 2))).toHaveLength(2);
  });

  it("the rows written in parts are those written by one statement", async () => {
    const now = new Date("2026-03-01T12:00:00Z");
    const one = await insertDeliveriesForAudience(tdb.db, {}, now, { key: "b:1", kind: "broadcast", priority: 2, split: { parts: 1, minPerPart: 1 } });
    const three = await insertDeliveriesForAudience(tdb.db, {}, now, { key: "b:3", kind: "broadcast", priority: 2, split: { parts: 3, minPerPart: 1 } });
    const owed = async (key: string) => (await tdb.db.delivery.findMany({ where: { key }, select: { subscriberId: true } })).map((d) => d.subscriberId).sort((a, b) => a! - b!);
    expect(one).toBe(ids.filter(activeId).length);
    expect(three).toBe(one);
    expect(await owed("b:3")).toEqual(ids.filter(activeId));
    expect(await owed("b:1")).toEqual(ids.filter(activeId));
    // again: nothing more
    expect(await insertDeliveriesForAudience(tdb.db, {}, now, { key: "b:3", kind: "broadcast", priority: 2, split: { parts: 3, minPerPart: 1 } })).toBe(0);
  });
});
