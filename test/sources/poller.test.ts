// The poller on real parts: feeds served on 127.0.0.1, a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Poller } from "../../src/sources/poller.js";
import { FeedServer } from "../support/feed-server.js";
import { freshDb, type TestDb } from "../support/db.js";
import { silentLog } from "../support/env.js";

const HOUR = 3600_000;

function rss(items: { guid: string; title: string; date: Date }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>
${items.map((i) => `<item><title>${i.title}</title><guid>${i.guid}</guid><link>http://x/${i.guid}</link><pubDate>${i.date.toUTCString()}</pubDate><description>${i.title}</description></item>`).join("")}
</channel></rss>`;
}

describe("Poller", () => {
  let srv: FeedServer;
  let t: TestDb;
  const limits = { connectTimeoutMs: 500, totalTimeoutMs: 800 };

  beforeEach(async () => {
    srv = await FeedServer.start();
    t = freshDb();
  });
  afterEach(async () => {
    await srv.close();
    await t.cleanup();
  });

  const poller = (extra: Partial<ConstructorParameters<typeof Poller>[0]> = {}) =>
    new Poller({ db: t.db, log: silentLog, concurrency: 4, recentWindowMin: 60, maxFailures: 3, limits, allowPrivate: true, ...extra });

  it("records old items on the first poll without alerting, alerts recent and new ones, never twice", async () => {
    const now = Date.now();
    const items = [
      { guid: "a", title: "قديم 1", date: new Date(now - 48 * HOUR) },
      { guid: "b", title: "قديم 2", date: new Date(now - 30 * HOUR) },
      { guid: "c", title: "حديث", date: new Date(now - 10 * 60_000) },
    ];
    srv.route("/f", { body: rss(items), headers: { "content-type": "application/rss+xml" } });
    const source = await t.db.source.create({ data: { name: "S", url: srv.url("/f") } });

    expect(await poller().pollSource(source)).toBe(1);
    const stored = await t.db.feedItem.findMany({ orderBy: { key: "asc" } });
    expect(stored.map((s) => [s.key, s.processedAt === null])).toEqual([["a", false], ["b", false], ["c", true]]);

    items.push({ guid: "d", title: "جديد", date: new Date(now - 48 * HOUR) });
    srv.route("/f", { body: rss(items), headers: { "content-type": "application/rss+xml" } });
    const again = await t.db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(await poller().pollSource(again)).toBe(1); // after the baseline, any unseen item is new, whatever its date
    // a restart (a new poller on the same database) sees nothing new
    expect(await poller().pollSource(await t.db.source.findUniqueOrThrow({ where: { id: source.id } }))).toBe(0);
    expect(await t.db.feedItem.count()).toBe(4);
    expect((await t.db.source.findUniqueOrThrow({ where: { id: source.id } })).itemsSeen).toBe(2);
  });

  it("sends conditional GET headers and treats 304 as nothing new", async () => {
    srv.route("/f", { body: rss([{ guid: "a", title: "x", date: new Date() }]), etag: '"v1"', headers: { "content-type": "application/rss+xml" } });
    const source = await t.db.source.create({ data: { name: "S", url: srv.url("/f") } });
    await poller().pollSource(source);
    const after = await t.db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(after.etag).toBe('"v1"');
    expect(await poller().pollSource(after)).toBe(0);
    expect(srv.requestsFor("/f")[1]!.headers["if-none-match"]).toBe('"v1"');
    expect((await t.db.source.findUniqueOrThrow({ where: { id: source.id } })).consecutiveFailures).toBe(0);
  });

  it("backs a failing source off, pauses it after N failures and tells once; the others carry on", async () => {
    srv.route("/bad", { status: 500, body: "oops" });
    srv.route("/good", { body: rss([{ guid: "g", title: "x", date: new Date() }]), headers: { "content-type": "application/rss+xml" } });
    const bad = await t.db.source.create({ data: { name: "Bad", url: srv.url("/bad"), intervalSec: 60 } });
    await t.db.source.create({ data: { name: "Good", url: srv.url("/good") } });
    const paused: string[] = [];
    let clock = Date.now();
    const p = poller({ now: () => new Date(clock), onSourcePaused: (s, reason) => paused.push(`${s.name}: ${reason}`) });

    const first = await p.pollDue();
    expect(first).toMatchObject({ polled: 2, failed: 1, newItems: 1 });
    let b = await t.db.source.findUniqueOrThrow({ where: { id: bad.id } });
    expect(b.consecutiveFailures).toBe(1);
    expect(b.lastError).toMatch(/500/);
    expect(b.nextPollAt!.getTime() - clock).toBe(120_000); // 60 s × 2^1

    for (let i = 0; i < 2; i++) {
      clock += 7 * HOUR;
      await p.pollDue();
    }
    b = await t.db.source.findUniqueOrThrow({ where: { id: bad.id } });
    expect(b.paused).toBe(true);
    expect(b.pausedReason).toMatch(/^auto: 3 consecutive failures/);
    expect(paused).toHaveLength(1);
    expect(paused[0]).toMatch(/^Bad: /);

    // a paused source is retried after a day, and a success resumes it
    srv.route("/bad", { body: rss([]), headers: { "content-type": "application/rss+xml" } });
    clock += 25 * HOUR;
    await p.pollDue();
    b = await t.db.source.findUniqueOrThrow({ where: { id: bad.id } });
    expect(b).toMatchObject({ paused: false, pausedReason: null, consecutiveFailures: 0 });
  });

  it("by default refuses a feed on 127.0.0.1: recorded as a failure, nothing fetched", async () => {
    srv.route("/local", { body: rss([{ guid: "a", title: "x", date: new Date() }]), headers: { "content-type": "application/rss+xml" } });
    const s = await t.db.source.create({ data: { name: "Local", url: srv.url("/local") } });
    const p = new Poller({ db: t.db, log: silentLog, concurrency: 1, recentWindowMin: 60, maxFailures: 3, limits });
    expect(await p.pollDue()).toEqual({ polled: 1, failed: 1, newItems: 0 });
    expect(srv.requestsFor("/local")).toHaveLength(0);
    const after = await t.db.source.findUniqueOrThrow({ where: { id: s.id } });
    expect(after.consecutiveFailures).toBe(1);
    expect(after.lastError).toMatch(/FetchError: refused: 127\.0\.0\.1:\d+ is a loopback, private or link-local address/);
    expect(await t.db.feedItem.count()).toBe(0);
  });

  it("does not let a source that never answers hold up the others", async () => {
    srv.route("/hang", { kind: "hang" });
    srv.route("/good", { body: rss([{ guid: "g", title: "x", date: new Date() }]), headers: { "content-type": "application/rss+xml" } });
    await t.db.source.create({ data: { name: "Hang", url: srv.url("/hang") } });
    await t.db.source.create({ data: { name: "Good", url: srv.url("/good") } });
    const order: string[] = [];
    const p = poller({ onNewItems: () => order.push("good stored") });
    const cycle = p.pollDue().then((s) => order.push("cycle done") && s);
    const summary = await cycle;
    expect(order).toEqual(["good stored", "cycle done"]);
    expect(summary).toMatchObject({ polled: 2, failed: 1, newItems: 1 });
    const hang = await t.db.source.findFirstOrThrow({ where: { name: "Hang" } });
    expect(hang.lastError).toMatch(/within 800 ms/);
  });
});
