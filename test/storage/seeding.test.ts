// The writes the benchmarks seed with (src/storage/, like every query): chats
// in bulk with their filters, and an incident without a report. Held here to
// what the single-chat path and the audience rule see.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countRecipients, createIncident, findSubscriber, incidentAudience, incidentById, insertChats, startSubscriber, subscriberCounts } from "../../src/storage/index.js";
import { freshDb, type TestDb } from "../support/db.js";

describe("seeding through storage", () => {
  let tdb: TestDb;
  beforeEach(() => {
    tdb = freshDb();
  });
  afterEach(async () => {
    await tdb.cleanup();
  });

  it("insertChats writes each chat with its provinces and types, across pages", async () => {
    const chats = Array.from({ length: 2500 }, (_, i) => ({
      chatId: BigInt(5_000_000 + i),
      allProvinces: i % 2 === 0,
      ...(i % 2 ? { provinces: i % 3 ? ["basra"] : ["basra", "baghdad"] } : {}),
      ...(i === 7 ? { allTypes: false, types: ["drone", "ied"], minSeverity: "deaths" } : {}),
    }));
    await insertChats(tdb.db, chats);
    const seventh = await findSubscriber(tdb.db, 5_000_007);
    expect(seventh).toMatchObject({ allProvinces: false, allTypes: false, minSeverity: "deaths", active: true });
    expect(seventh!.provinces.map((p) => p.province).sort()).toEqual(["basra"]);
    expect(seventh!.types.map((t) => t.type).sort()).toEqual(["drone", "ied"]);
    const last = await findSubscriber(tdb.db, 5_002_499);
    expect(last!.provinces.map((p) => p.province).sort()).toEqual(["baghdad", "basra"]);
    await expect(insertChats(tdb.db, [{ chatId: 5_000_000n }])).rejects.toThrow();

    const incident = await createIncident(tdb.db, {
      type: "ied", provinces: ["baghdad"], killed: 1, headline: "h", summary: "s", fingerprint: "f", occurredAt: new Date(),
    });
    expect(await incidentById(tdb.db, incident.id)).toMatchObject({ province: "baghdad", provinces: ["baghdad"], killed: 1, injured: null, version: 1, enqueuedVersion: 0 });
    // every other chat takes all provinces; of the rest, those that also chose Baghdad (i odd, i % 3 === 0)
    const expected = chats.filter((_, i) => i % 2 === 0 || i % 3 === 0).length;
    expect(await countRecipients(tdb.db, incidentAudience(incident), new Date())).toBe(expected);
  });

  it("insertChats writes all or nothing: a chat already stored on the second page leaves the first page unwritten", async () => {
    await startSubscriber(tdb.db, { chatId: 6_001_200, chatType: "private", title: null, language: "ar" });
    const chats = Array.from({ length: 1500 }, (_, i) => ({ chatId: BigInt(6_000_000 + i), allProvinces: false, provinces: ["basra"] }));
    await expect(insertChats(tdb.db, chats)).rejects.toThrow();
    expect((await subscriberCounts(tdb.db, new Date())).total).toBe(1);
    expect(await findSubscriber(tdb.db, 6_000_000)).toBeNull();
    // and the same import without the clash is written whole
    await insertChats(tdb.db, chats.filter((c) => c.chatId !== 6_001_200n));
    expect((await subscriberCounts(tdb.db, new Date())).total).toBe(1500);
    expect((await findSubscriber(tdb.db, 6_001_499))!.provinces.map((p) => p.province)).toEqual(["basra"]);
  });
});
