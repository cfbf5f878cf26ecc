// The audience rule is written once (src/storage/audience.ts) in three forms:
// the Prisma query that finds recipients, the same clauses as SQL (the
// outbox's INSERT … SELECT) and the check for a chat at hand. Here they must
// give the same answer on random chats and random audiences (incidents'
// and broadcasts'), including paused chats whose pause is over and unknown
// severity settings.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  forEachRecipientPage, incidentAudience, receivesNow, recipientsSql, recipientsWhere, type Audience, type Subscriber,
} from "../../src/storage/index.js";
import { incidentMatches, incidentText, passesFineFilters } from "../../src/alerts/index.js";
import { isReceiving } from "../../src/storage/index.js";
import { ATTACK_TYPES, PROVINCES } from "../../src/nlp/index.js";
import { freshDb, type TestDb } from "../support/db.js";
import { incident as incidentRow, rng } from "../alerts/helpers.js";

describe("the audience: query and check agree", () => {
  let tdb: TestDb;
  beforeEach(() => {
    tdb = freshDb();
  });
  afterEach(async () => {
    await tdb.cleanup();
  });

  it("on 200 random chats × 120 random audiences", async () => {
    const r = rng(42);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const some = <T>(xs: readonly T[], p: number) => xs.filter(() => r() < p);
    const now = new Date();
    const db = tdb.db;
    for (let i = 0; i < 200; i++) {
      const allProvinces = r() < 0.3;
      const allTypes = r() < 0.3;
      const pausedRoll = r();
      await db.subscriber.create({
        data: {
          chatId: BigInt(1000 + i),
          active: r() < 0.85,
          paused: pausedRoll < 0.3,
          pausedUntil: pausedRoll < 0.1 ? new Date(now.getTime() - 60_000) : pausedRoll < 0.2 ? new Date(now.getTime() + 60_000) : null,
          allProvinces,
          allTypes,
          minSeverity: pick(["all", "all", "casualties", "deaths", "unknown"]),
          provinces: { create: allProvinces ? [] : some(PROVINCES, 0.15).map((province) => ({ province })) },
          types: { create: allTypes ? [] : some(ATTACK_TYPES, 0.25).map((type) => ({ type })) },
        },
      });
    }
    const subs: Subscriber[] = await db.subscriber.findMany({ include: { provinces: true, types: true, districts: true } });
    const counts = { matched: 0, tried: 0 };
    for (let i = 0; i < 120; i++) {
      const toll = { killed: r() < 0.5 ? null : Math.floor(r() * 3), injured: r() < 0.5 ? null : Math.floor(r() * 3), casualties: r() < 0.7 ? null : Math.floor(r() * 20) };
      const audience: Audience = {
        ...(r() < 0.8 ? { provinces: r() < 0.1 ? [] : some(PROVINCES, 0.08).slice(0, 3) } : {}),
        ...(r() < 0.8 ? { types: some(ATTACK_TYPES, 0.2).slice(0, 2) } : {}),
        ...(r() < 0.7 ? { toll } : {}),
      };
      const byQuery = (await db.subscriber.findMany({ where: recipientsWhere(audience, now), select: { id: true } })).map((s) => s.id).sort();
      const byCheck = subs.filter((s) => receivesNow(s, audience, now)).map((s) => s.id).sort();
      expect(byCheck, JSON.stringify(audience)).toEqual(byQuery);
      // test code may query directly (the boundary rule is about src/)
      const bySql = (await db.$queryRaw<{ id: number }[]>`SELECT s."id" AS id FROM "Subscriber" s WHERE ${recipientsSql(audience, now)}`).map((s) => Number(s.id)).sort();
      expect(bySql, JSON.stringify(audience)).toEqual(byQuery);
      counts.matched += byQuery.length;
      counts.tried += subs.length;
    }
    // the random cases exercise both outcomes
    expect(counts.matched).toBeGreaterThan(counts.tried / 50);
    expect(counts.matched).toBeLessThan(counts.tried / 2);
  });

  it("an incident's recipients (query, then keywords and districts) are the chats /latest shows it to, minus the paused", async () => {
    const r = rng(7);
    const now = new Date();
    const db = tdb.db;
    for (let i = 0; i < 60; i++) {
      const allProvinces = r() < 0.4;
      await db.subscriber.create({
        data: {
          chatId: BigInt(2000 + i),
          active: r() < 0.9,
          paused: r() < 0.2,
          allProvinces,
          minSeverity: r() < 0.7 ? "all" : "deaths",
          keywordsAny: r() < 0.2 ? JSON.stringify(["عبوة"]) : "[]",
          keywordsNone: r() < 0.1 ? JSON.stringify(["تمرين"]) : "[]",
          provinces: { create: allProvinces ? [] : [{ province: r() < 0.5 ? "baghdad" : "basra" }] },
        },
      });
    }
    const subs: Subscriber[] = await db.subscriber.findMany({ include: { provinces: true, types: true, districts: true } });
    for (let i = 0; i < 20; i++) {
      const incident = incidentRow({ id: i + 1, provinces: [r() < 0.5 ? "baghdad" : "basra"], killed: r() < 0.5 ? 0 : 2, fingerprint: "" });
      const delivered: number[] = [];
      await forEachRecipientPage(db, incidentAudience(incident), now, async (page) => {
        for (const s of page) if (passesFineFilters(s, incident, incidentText(incident))) delivered.push(s.id);
      });
      const predicted = subs.filter((s) => isReceiving(s, now) && incidentMatches(s, incident)).map((s) => s.id);
      expect(predicted.sort()).toEqual(delivered.sort());
    }
  });
});
