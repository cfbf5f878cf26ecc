// The sources file seeded into the database (SQLite file, or PostgreSQL with TEST_DB=postgres):
// several instances started at once read the same file and seed it together.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "../../src/storage/index.js";
import { seedSources } from "../../src/sources/catalog.js";
import { freshDb, type TestDb } from "../support/db.js";

describe("seeding the sources file", () => {
  let t: TestDb;
  beforeEach(() => {
    t = freshDb();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it("three instances seeding at once store each source once, and none fails", async () => {
    const entries = [
      { name: "A", url: "https://a.iq/feed", language: "ar", kind: "feed" as const, fullText: false, intervalSec: 120 },
      { name: "B", url: "https://b.iq/feed", language: "ar", kind: "feed" as const, fullText: false, intervalSec: 120 },
    ];
    const others = [createDb(t.url), createDb(t.url)];
    try {
      // each finds no source before any has stored one: all three try to add both
      const added = await Promise.all([t.db, ...others].map((db) => seedSources(db, entries)));
      expect(added.reduce((a, b) => a + b, 0)).toBe(2);
      expect((await t.db.source.findMany({ orderBy: { url: "asc" } })).map((s) => s.url)).toEqual(["https://a.iq/feed", "https://b.iq/feed"]);
      expect(await seedSources(t.db, entries)).toBe(0);
    } finally {
      await Promise.all(others.map((db) => db.$disconnect()));
    }
  });
});
