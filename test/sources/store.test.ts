// Storing a poll's items on a real database (SQLite file, or PostgreSQL with TEST_DB=postgres):
// the raw statements the poller uses, and a key that a concurrent poll stored first.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, knownItems, savePolledStates, saveSourceState, storeFeedItems, type NewFeedItem } from "../../src/storage/index.js";
import { writeItems } from "../../src/sources/store.js";
import { PollStateWriter } from "../../src/sources/poll-states.js";
import { freshDb, type TestDb } from "../support/db.js";
import { silentLog } from "../support/env.js";

describe("storing a poll's items", () => {
  let t: TestDb;
  beforeEach(() => {
    t = freshDb();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const row = (sourceId: number, key: string, extra: Partial<NewFeedItem> = {}): NewFeedItem => ({
    sourceId, key, guid: key, url: `https://x.iq/${key}`, title: `t ${key}`, text: `نص ${key}`, publishedAt: new Date(Date.UTC(2026, 11, 3, 10)),
    processedAt: null, contentHash: `h-${key}`, ...extra,
  });

  it("stores every new row once; a key a concurrent poll stored first is kept as it was and not counted as fresh", async () => {
    const source = await t.db.source.create({ data: { name: "S", url: "https://x.iq/feed" } });
    const seenAt = new Date(Date.UTC(2026, 11, 3, 12));
    await writeItems(t.db, [row(source.id, "a", { title: "first", seenAt })], silentLog);
    const rows = [row(source.id, "a", { title: "second" }), row(source.id, "b", { fullTextOwed: true, guid: null, url: null })];
    await writeItems(t.db, rows, silentLog);
    expect(rows.map((r) => r.processedAt !== null)).toEqual([true, false]);
    const stored = await t.db.feedItem.findMany({ orderBy: { key: "asc" } });
    expect(stored.map((s) => [s.key, s.title, s.processedAt, s.fullTextOwed, s.guid, s.url])).toEqual([
      ["a", "first", null, false, "a", "https://x.iq/a"],
      ["b", "t b", null, true, null, null],
    ]);
    expect(stored[0]!.seenAt).toEqual(seenAt);
    expect(stored[0]!.publishedAt).toEqual(new Date(Date.UTC(2026, 11, 3, 10)));
    expect(stored[0]!.contentHash).toBe("h-a");
  });

  it("knownItems finds an item by key, by revision, by link, and by hash only when seen recently or dated the same", async () => {
    const source = await t.db.source.create({ data: { name: "S", url: "https://x.iq/feed" } });
    const other = await t.db.source.create({ data: { name: "O", url: "https://y.iq/feed" } });
    const old = new Date(Date.UTC(2026, 10, 1));
    const recent = new Date(Date.UTC(2026, 11, 3, 12));
    await writeItems(t.db, [
      row(source.id, "k"), row(source.id, "k#r1"), row(source.id, "k1"), row(source.id, "l", { url: "https://x.iq/link" }),
      row(source.id, "h-old", { contentHash: "H", seenAt: old, publishedAt: old }),
      row(source.id, "h-new", { contentHash: "H2", seenAt: recent }),
      row(other.id, "k"),
    ], silentLog);
    const keys = async (m: Parameters<typeof knownItems>[2]) => (await knownItems(t.db, source.id, m)).map((k) => k.key).sort();
    const since = new Date(Date.UTC(2026, 11, 2));
    expect(await keys({ keys: ["k"], urls: [], hashes: [], hashesSince: since })).toEqual(["k", "k#r1"]);
    expect(await keys({ keys: [], urls: ["https://x.iq/link"], hashes: [], hashesSince: since })).toEqual(["l"]);
    // a link seen before `urlsSince` is no identity any more
    expect(await keys({ keys: [], urls: ["https://x.iq/link"], hashes: [], hashesSince: since, urlsSince: new Date(Date.now() + 60_000) })).toEqual([]);
    expect(await keys({ keys: [], urls: [], hashes: ["H", "H2"], hashesSince: since })).toEqual(["h-new"]);
    expect(await keys({ keys: [], urls: [], hashes: ["H", "H2"], hashesSince: since, publishedAt: [old] })).toEqual(["h-new", "h-old"]);
    const [found] = await knownItems(t.db, source.id, { keys: ["h-old"], urls: [], hashes: [], hashesSince: since });
    expect(found).toMatchObject({ key: "h-old", contentHash: "H", seenAt: old, publishedAt: old, url: "https://x.iq/h-old" });
    expect(typeof found!.id).toBe("number");
  });

  it("saveSourceState writes the fields given (nulls too) and counts the items seen", async () => {
    const source = await t.db.source.create({ data: { name: "S", url: "https://x.iq/feed", etag: '"v0"', paused: true, pausedReason: "auto: x" } });
    const now = new Date(Date.UTC(2026, 11, 3, 12, 30));
    await saveSourceState(t.db, source.id, { etag: null, lastSuccessAt: now, paused: false, pausedReason: null, consecutiveFailures: 0 }, 7);
    await saveSourceState(t.db, source.id, {}, 3);
    const after = await t.db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(after).toMatchObject({ etag: null, lastSuccessAt: now, paused: false, pausedReason: null, itemsSeen: 10, name: "S" });
  });

  it("savePolledStates writes several sources' states in one statement, nulls too, ends an automatic pause only, and leaves the others alone", async () => {
    const a = await t.db.source.create({ data: { name: "A", url: "https://a.iq/feed", etag: '"v0"', paused: true, pausedReason: "auto: x", itemsSeen: 5 } });
    // paused by an admin after its poll was queued: the poll's success must not undo it
    const b = await t.db.source.create({ data: { name: "B", url: "https://b.iq/feed", lastError: "boom", consecutiveFailures: 3, paused: true, pausedReason: "admin 7" } });
    const c = await t.db.source.create({ data: { name: "C", url: "https://c.iq/feed", etag: '"c"' } });
    const at = (m: number) => new Date(Date.UTC(2026, 11, 3, 12, m));
    const state = (etag: string | null, m: number) => ({
      etag, lastModified: null, lastPollAt: at(m), lastSuccessAt: at(m), firstPolledAt: at(0), consecutiveFailures: 0, lastError: null,
      nextPollAt: at(m + 2),
    });
    const o = { resumablePrefix: "auto: " };
    await savePolledStates(t.db, [{ id: a.id, state: state(null, 30), newItems: 7 }, { id: b.id, state: state('"b1"', 31), newItems: 0 }], o);
    expect(await t.db.source.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ ...state(null, 30), itemsSeen: 12, name: "A", paused: false, pausedReason: null });
    expect(await t.db.source.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ ...state('"b1"', 31), itemsSeen: 0, paused: true, pausedReason: "admin 7" });
    expect(await t.db.source.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ etag: '"c"', lastPollAt: null, itemsSeen: 0 });
  });

  it("the poller's writer commits the states of polls that end together in one statement, each poll waiting for its own", async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await t.db.source.create({ data: { name: `S${i}`, url: `https://x.iq/${i}` } })).id);
    const statements: number[][] = [];
    const writer = new PollStateWriter(async (rows) => {
      statements.push(rows.map((r) => r.id));
      await savePolledStates(t.db, rows, { resumablePrefix: "auto: " });
    });
    const now = new Date(Date.UTC(2026, 11, 3, 12));
    const state = { etag: '"e"', lastModified: null, lastPollAt: now, lastSuccessAt: now, firstPolledAt: now, consecutiveFailures: 0, lastError: null, nextPollAt: now };
    // five polls ending in one turn of the event loop: one statement; a poll ending after it was written: the next one
    await Promise.all(ids.map((id, i) => writer.save(id, state, i)));
    await writer.save(ids[0]!, { ...state, etag: '"f"' }, 1);
    expect(statements).toEqual([ids, [ids[0]]]);
    const rows = await t.db.source.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.etag, r.itemsSeen])).toEqual([['"f"', 1], ['"e"', 1], ['"e"', 2], ['"e"', 3], ['"e"', 4]]);
  });

  it("a failed write fails every poll of its batch, and the writer goes on with the next", async () => {
    let fail = true;
    const writer = new PollStateWriter(async () => {
      if (fail) throw new Error("database is locked");
    });
    const now = new Date();
    const state = { etag: null, lastModified: null, lastPollAt: now, lastSuccessAt: now, firstPolledAt: now, consecutiveFailures: 0, lastError: null, nextPollAt: now };
    const results = await Promise.allSettled([writer.save(1, state, 0), writer.save(2, state, 0)]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    fail = false;
    await expect(writer.save(1, state, 0)).resolves.toBeUndefined();
  });

  it("the statements sent straight to the driver work on a client that has not connected yet", async () => {
    const source = await t.db.source.create({ data: { name: "S", url: "https://x.iq/feed" } });
    const other = createDb(t.url);
    try {
      expect(await storeFeedItems(other, [row(source.id, "a")])).toEqual(new Set(["a"]));
      const late = createDb(t.url);
      try {
        expect((await knownItems(late, source.id, { keys: ["a"], urls: [], hashes: [], hashesSince: new Date() })).map((k) => k.key)).toEqual(["a"]);
      } finally {
        await late.$disconnect();
      }
    } finally {
      await other.$disconnect();
    }
  });
});
