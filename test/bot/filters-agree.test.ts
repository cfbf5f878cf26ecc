// The predicate /latest uses (filters.ts) and the indexed query delivery uses
// (match.ts) must agree: many random subscribers and incidents, one answer.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { forEachMatchingPage, subscriberFilter } from "../../src/alerts/index.js";
import { incidentMatches, incidentText, isReceiving, matchesCoarse, passesFineFilters } from "../../src/alerts/filters.js";
import { decodeIncident, type Incident } from "../../src/storage/index.js";
import { ATTACK_TYPES, PROVINCES } from "../../src/nlp/index.js";
import { freshDb, type TestDb } from "../support/db.js";

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe("filters.ts agrees with match.ts", () => {
  let tdb: TestDb;
  beforeEach(() => {
    tdb = freshDb();
  });
  afterEach(async () => {
    await tdb.cleanup();
  });

  it("on 200 random subscribers × 80 random incidents", async () => {
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
          minSeverity: pick(["all", "all", "casualties", "deaths"]),
          provinces: { create: allProvinces ? [] : some(PROVINCES, 0.15).map((province) => ({ province })) },
          types: { create: allTypes ? [] : some(ATTACK_TYPES, 0.25).map((type) => ({ type })) },
        },
      });
    }
    const subs = await db.subscriber.findMany({ include: { provinces: true, types: true, districts: true } });
    let matches = 0;
    for (let i = 0; i < 80; i++) {
      const provinces = r() < 0.1 ? [] : some(PROVINCES, 0.08).slice(0, 2);
      if (!provinces.length && r() < 0.8) provinces.push(pick(PROVINCES));
      const killed = r() < 0.5 ? null : Math.floor(r() * 4);
      const incident: Incident = decodeIncident(await db.incident.create({
        data: {
          type: pick(ATTACK_TYPES), province: provinces[0] ?? null, provinces: JSON.stringify(provinces),
          killed, injured: r() < 0.5 ? null : Math.floor(r() * 4),
          headline: "h", summary: "s", fingerprint: "", occurredAt: now,
        },
      }));
      const byQuery = (await db.subscriber.findMany({ where: subscriberFilter(incident, now), select: { id: true } })).map((s) => s.id).sort();
      const byPredicate = subs.filter((s) => isReceiving(s, now) && matchesCoarse(s, incident)).map((s) => s.id).sort();
      expect(byPredicate).toEqual(byQuery);

      // The whole delivery rule (query + severity + fine filters) against incidentMatches.
      const delivered: number[] = [];
      await forEachMatchingPage(db, incident, now, async (page) => {
        for (const s of page) if (passesFineFilters(s, incident, incidentText(incident))) delivered.push(s.id);
      });
      const predicted = subs.filter((s) => isReceiving(s, now) && incidentMatches(s, incident)).map((s) => s.id);
      expect(predicted.sort()).toEqual(delivered.sort());
      matches += delivered.length;
    }
    // the random cases must exercise both outcomes
    expect(matches).toBeGreaterThan(100);
    expect(matches).toBeLessThan(200 * 80 / 2);
  });
});
