// The poller on real parts: feeds served on 127.0.0.1, a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Poller, recentSince } from "../../src/sources/poller.js";
import { pauseSource } from "../../src/admin/sources.js";
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

    items.push({ guid: "d", title: "جديد لكنه قديم", date: new Date(now - 48 * HOUR) });
    items.push({ guid: "e", title: "جديد", date: new Date(now - 5 * 60_000) });
    srv.route("/f", { body: rss(items), headers: { "content-type": "application/rss+xml" } });
    const again = await t.db.source.findUniqueOrThrow({ where: { id: source.id } });
    // after the baseline an unseen item is new, but one whose own date is past the recent window is only recorded
    expect(await poller().pollSource(again)).toBe(1);
    expect((await t.db.feedItem.findFirstOrThrow({ where: { key: "d" } })).processedAt).not.toBeNull();
    expect((await t.db.feedItem.findFirstOrThrow({ where: { key: "e" } })).processedAt).toBeNull();
    // a restart (a new poller on the same database) sees nothing new
    expect(await poller().pollSource(await t.db.source.findUniqueOrThrow({ where: { id: source.id } }))).toBe(0);
    expect(await t.db.feedItem.count()).toBe(5);
    expect((await t.db.source.findUniqueOrThrow({ where: { id: source.id } })).itemsSeen).toBe(2);
  });

  it("an admin's pause made while the source's poll was queued stands after the poll succeeds", async () => {
    srv.route("/f", { body: rss([{ guid: "a", title: "x", date: new Date() }]), headers: { "content-type": "application/rss+xml" } });
    const queued = await t.db.source.create({ data: { name: "S", url: srv.url("/f") } });
    // the poll holds the row as it was when queued; the admin pauses meanwhile
    await pauseSource(t.db, queued, 42);
    await poller().pollSource(queued);
    const after = await t.db.source.findUniqueOrThrow({ where: { id: queued.id } });
    expect(after).toMatchObject({ paused: true, pausedReason: "admin 42", consecutiveFailures: 0 });
    expect(after.lastSuccessAt).not.toBeNull();
  });

  it("an admin's pause made while a failing poll was queued keeps its reason when that failure would pause the source", async () => {
    srv.route("/bad", { status: 500, body: "oops" });
    const created = await t.db.source.create({ data: { name: "S", url: srv.url("/bad") } });
    // one failure short of the automatic pause, as the poll's copy of the row says
    const queued = await t.db.source.update({ where: { id: created.id }, data: { consecutiveFailures: 4 } });
    await pauseSource(t.db, queued, 42);
    const told: string[] = [];
    await poller({ maxFailures: 5, onSourcePaused: (s, reason) => told.push(`${s.name}: ${reason}`) }).pollSource(queued).catch(() => undefined);
    const after = await t.db.source.findUniqueOrThrow({ where: { id: queued.id } });
    expect(after).toMatchObject({ paused: true, pausedReason: "admin 42", consecutiveFailures: 5 });
    // nor are admins told it was paused automatically (and retried daily): it was not
    expect(told).toEqual([]);
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
    expect(await p.pollDue()).toMatchObject({ polled: 1, failed: 1, newItems: 0 });
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

  const feed = (items: { guid: string; title: string; text?: string; link?: string; date: Date }[]) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>
${items.map((i) => `<item><title>${i.title}</title><guid>${i.guid}</guid><link>${i.link ?? `http://x/${i.guid}`}</link><pubDate>${i.date.toUTCString()}</pubDate><description>${i.text ?? i.title}</description></item>`).join("")}
</channel></rss>`;
  const serve = (path: string, body: string) => srv.route(path, { body, headers: { "content-type": "application/rss+xml" } });
  const reload = (id: number) => t.db.source.findUniqueOrThrow({ where: { id } });

  it("a feed whose guids change on every fetch stores its items once and alerts nothing again", async () => {
    const now = Date.now();
    const stories = [
      { n: 1, title: "انفجار في بغداد", date: new Date(now - 10 * 60_000) },
      { n: 2, title: "هجوم في ديالى", date: new Date(now - 50 * HOUR) },
      { n: 3, title: "اشتباك في كركوك", date: new Date(now - 49 * HOUR) },
    ];
    let fetchNo = 0;
    // guids rotate; one item has no stable link either (its link rotates too), so only its words identify it
    const version = () => {
      fetchNo++;
      return feed(stories.map((s) => ({ guid: `g${fetchNo}-${s.n}`, title: s.title, date: s.date, link: s.n === 3 ? `http://x/a?session=${fetchNo}` : `http://x/story/${s.n}` })));
    };
    const source = await t.db.source.create({ data: { name: "Rotating", url: srv.url("/rot") } });
    serve("/rot", version());
    expect(await poller().pollSource(source)).toBe(1); // baseline: the recent one
    for (let i = 0; i < 3; i++) {
      serve("/rot", version());
      expect(await poller().pollSource(await reload(source.id))).toBe(0);
    }
    expect(await t.db.feedItem.count()).toBe(3);
  });

  it("an edited item (toll raised) is stored as a revision and analysed again; an unchanged one is not", async () => {
    const date = new Date(Date.now() - 20 * 60_000);
    const source = await t.db.source.create({ data: { name: "Edits", url: srv.url("/ed") } });
    serve("/ed", feed([{ guid: "x1", title: "مقتل شخصين بانفجار في بغداد", date }]));
    expect(await poller().pollSource(source)).toBe(1);
    serve("/ed", feed([{ guid: "x1", title: "مقتل شخصين بانفجار في بغداد", date }]));
    expect(await poller().pollSource(await reload(source.id))).toBe(0);
    serve("/ed", feed([{ guid: "x1", title: "مقتل أربعة أشخاص بانفجار في بغداد", date }]));
    expect(await poller().pollSource(await reload(source.id))).toBe(1);
    const rows = await t.db.feedItem.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.key, r.title, r.processedAt === null])).toEqual([
      ["x1", "مقتل شخصين بانفجار في بغداد", true],
      ["x1#r1", "مقتل أربعة أشخاص بانفجار في بغداد", true],
    ]);
    // seen again: nothing more; an item edited long after it was first seen is only recorded
    expect(await poller().pollSource(await reload(source.id))).toBe(0);
    const later = poller({ now: () => new Date(Date.now() + 13 * HOUR) });
    serve("/ed", feed([{ guid: "x1", title: "مقتل خمسة أشخاص بانفجار في بغداد", date }]));
    expect(await later.pollSource(await reload(source.id))).toBe(0);
    expect(await t.db.feedItem.count()).toBe(3);
  });

  it("honours Retry-After on 429 and 503, bounded", async () => {
    srv.route("/busy", { status: 429, body: "", headers: { "retry-after": "3600" } });
    srv.route("/forever", { status: 503, body: "", headers: { "retry-after": String(30 * 24 * 3600) } });
    const clock = Date.now();
    const p = poller({ now: () => new Date(clock) });
    const busy = await t.db.source.create({ data: { name: "Busy", url: srv.url("/busy"), intervalSec: 60 } });
    const forever = await t.db.source.create({ data: { name: "Forever", url: srv.url("/forever"), intervalSec: 60 } });
    expect(await p.pollSource(busy)).toBe(-1);
    expect(await p.pollSource(forever)).toBe(-1);
    expect((await reload(busy.id)).nextPollAt!.getTime() - clock).toBe(3600_000);
    expect((await reload(forever.id)).nextPollAt!.getTime() - clock).toBe(6 * HOUR);
    expect((await reload(busy.id)).lastError).toMatch(/Retry-After 3600 s/);
  });

  it("polls through one queue: overlapping ticks share the concurrency limit and never poll a source twice at once", async () => {
    let inFlight = 0;
    let most = 0;
    const slowFeed = feed([]);
    srv.route("/slow", { kind: "handler", handle: (_req, res) => {
      most = Math.max(most, ++inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end(slowFeed);
      }, 300);
    } });
    for (let i = 0; i < 4; i++) await t.db.source.create({ data: { name: `s${i}`, url: `${srv.url("/slow")}?n=${i}`, intervalSec: 1 } });
    let clock = Date.now();
    const p = poller({ concurrency: 2, now: () => new Date(clock), limits: { ...limits, totalTimeoutMs: 3000 } });
    const first = p.pollDue();
    await new Promise((r) => setTimeout(r, 100));
    clock += 2000; // the next tick, while the first is still polling: every source is due again
    const second = await p.pollDue();
    expect(second.polled).toBe(0); // all four are running or queued already
    expect(await first).toMatchObject({ polled: 4, failed: 0 });
    expect(most).toBe(2);
    expect(srv.requestsFor("/slow")).toHaveLength(4);
  });

  it("fetches the articles past the per-poll cap on later polls (304 or not)", async () => {
    const page = (n: number) => `<html><body><article><h1>خبر ${n}</h1><p>${"قالت مصادر أمنية إن عبوة ناسفة انفجرت على دورية في قضاء الطارمية شمال بغداد وأسفرت عن إصابة جنديين. ".repeat(3)}${n}</p></article></body></html>`;
    const items = Array.from({ length: 12 }, (_, i) => ({ guid: `a${i}`, title: `خبر ${i}`, text: "مقتطف", link: srv.url(`/art/${i}`), date: new Date() }));
    for (let i = 0; i < 12; i++) srv.route(`/art/${i}`, { body: page(i), headers: { "content-type": "text/html; charset=utf-8" } });
    srv.route("/ft", { body: feed(items), etag: '"v1"', headers: { "content-type": "application/rss+xml" } });
    const source = await t.db.source.create({ data: { name: "FT", url: srv.url("/ft"), fullText: true, firstPolledAt: new Date(0) } });
    expect(await poller().pollSource(source)).toBe(12);
    expect(await t.db.feedItem.count({ where: { fullTextOwed: true } })).toBe(2);
    expect(await t.db.feedItem.count({ where: { text: "مقتطف" } })).toBe(2);
    // the feed answers 304 now; the two owed articles are fetched and become revisions to analyse
    expect(await poller().pollSource(await reload(source.id))).toBe(2);
    expect(await t.db.feedItem.count({ where: { fullTextOwed: true } })).toBe(0);
    const revisions = await t.db.feedItem.findMany({ where: { key: { endsWith: "#r1" } } });
    expect(revisions).toHaveLength(2);
    for (const r of revisions) expect(r.text).toContain("قضاء الطارمية");
    expect(srv.requestsFor("/art/11")).toHaveLength(1);
  });
  it("a full-text item is known by its teaser: the feed answering 200 again is not an edit, a changed teaser is", async () => {
    const page = `<html><body><article><h1>خبر</h1><p>${"قالت مصادر أمنية إن عبوة ناسفة انفجرت على دورية في قضاء الطارمية شمال بغداد وأسفرت عن مقتل جنديين. ".repeat(3)}</p></article></body></html>`;
    srv.route("/art/t1", { body: page, headers: { "content-type": "text/html; charset=utf-8" } });
    const date = new Date(Date.now() - 10 * 60_000);
    const items = [{ guid: "t1", title: "انفجار عبوة في الطارمية", text: "مقتطف", link: srv.url("/art/t1"), date }];
    serve("/ft3", feed(items)); // no ETag: every poll gets the whole feed, teasers included
    const source = await t.db.source.create({ data: { name: "FT", url: srv.url("/ft3"), fullText: true, firstPolledAt: new Date(0) } });
    expect(await poller().pollSource(source)).toBe(1);
    expect(await poller().pollSource(await reload(source.id))).toBe(0);
    expect(await poller().pollSource(await reload(source.id))).toBe(0);
    let rows = await t.db.feedItem.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => r.key)).toEqual(["t1"]);
    expect(rows[0]!.text).toContain("قضاء الطارمية"); // the article, never replaced by its teaser
    expect(srv.requestsFor("/art/t1")).toHaveLength(1);
    // the feed edits its teaser: that is an edit, analysed once
    items[0]!.text = "مقتطف: مقتل جنديين";
    serve("/ft3", feed(items));
    expect(await poller().pollSource(await reload(source.id))).toBe(1);
    expect(await poller().pollSource(await reload(source.id))).toBe(0);
    rows = await t.db.feedItem.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.key, r.text === "مقتطف: مقتل جنديين"])).toEqual([["t1", false], ["t1#r1", true]]);
  });

  it("the same words under a new guid are the same item within two days, news weeks later", async () => {
    const flash = "عاجل | انفجار في أربيل";
    const wall = Date.now();
    const t0 = wall - 21 * 24 * HOUR; // three weeks ago (feed dates must stay plausible against the wall clock)
    const first = { guid: "f1", title: flash, date: new Date(t0 - 5 * 60_000) };
    const source = await t.db.source.create({ data: { name: "Flash", url: srv.url("/fl") } });
    serve("/fl", feed([first]));
    expect(await poller({ now: () => new Date(t0) }).pollSource(source)).toBe(1);
    // an hour later under another guid and date: the same item re-listed, not news
    serve("/fl", feed([first, { guid: "f2", title: flash, date: new Date(t0 + 50 * 60_000) }]));
    expect(await poller({ now: () => new Date(t0 + HOUR) }).pollSource(await reload(source.id))).toBe(0);
    // three weeks later (the first one still listed): a new explosion, alerted
    serve("/fl", feed([first, { guid: "f3", title: flash, date: new Date(wall - 5 * 60_000) }]));
    expect(await poller({ now: () => new Date(wall) }).pollSource(await reload(source.id))).toBe(1);
    const rows = await t.db.feedItem.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.key, r.processedAt === null])).toEqual([["f1", true], ["f3", true]]);
  });

  it("a feed listing one item at a time, each linked to its home page: every new story is news, never an edit of the last", async () => {
    const wall = Date.now();
    const at = (h: number) => poller({ now: () => new Date(wall + h * HOUR) });
    const story = (guid: string, title: string, h: number) => feed([{ guid, title, link: "http://x/home", date: new Date(wall + h * HOUR - 5 * 60_000) }]);
    const source = await t.db.source.create({ data: { name: "One", url: srv.url("/one") } });
    serve("/one", story("s1", "انفجار عبوة ناسفة على دورية للجيش في قضاء الطارمية شمال بغداد", 0));
    expect(await at(0).pollSource(source)).toBe(1);
    // six more stories within the hour: none is a revision of the first (a seventh would have been dropped)
    const titles = [
      "اغتيال ضابط في الشرطة بأسلحة كاتمة للصوت وسط مدينة البصرة", "سقوط صواريخ كاتيوشا قرب قاعدة عين الأسد في الأنبار",
      "هجوم بطائرة مسيرة على مقر للمعارضة الكردية في السليمانية", "اختطاف مهندس على الطريق بين كركوك وتكريت",
      "نزاع عشائري بالأسلحة المتوسطة في قضاء الشطرة", "تفجير سيارة مفخخة في سوق شعبي بمدينة الموصل",
    ];
    for (const [i, title] of titles.entries()) {
      serve("/one", story(`s${i + 2}`, title, 0.1 * (i + 1)));
      expect(await at(0.1 * (i + 1)).pollSource(await reload(source.id))).toBe(1);
    }
    // a day later (past the edit window) a new story is news too, not an old item's late edit
    serve("/one", story("s9", "قصف مدفعي تركي على قرى قضاء زاخو في دهوك", 24));
    expect(await at(24).pollSource(await reload(source.id))).toBe(1);
    const rows = await t.db.feedItem.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.key, r.processedAt === null])).toEqual(["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s9"].map((k) => [k, true]));
    // the same story under a new guid with its toll raised stays an edit of it
    serve("/one", story("s9-b", "قصف مدفعي تركي على قرى قضاء زاخو في دهوك يوقع قتيلين", 24.2));
    expect(await at(24.2).pollSource(await reload(source.id))).toBe(1);
    expect((await t.db.feedItem.findMany({ orderBy: { id: "desc" }, take: 1 }))[0]!.key).toBe("s9#r1");
  });

  it("formulaic flashes that share a home link all alert: taken for edits while they look alike, items of their own past the revision cap", async () => {
    const wall = Date.now();
    const source = await t.db.source.create({ data: { name: "Flash", url: srv.url("/flash") } });
    const cities = ["أربيل", "السليمانية", "كركوك", "دهوك", "الموصل", "البصرة", "الأنبار"];
    const counts: number[] = [];
    for (const [i, city] of cities.entries()) {
      const h = 0.1 * i;
      serve("/flash", feed([{ guid: `f${i}`, title: `عاجل | انفجار في ${city}`, link: "http://x/home", date: new Date(wall + h * HOUR - 60_000) }]));
      counts.push(await poller({ now: () => new Date(wall + h * HOUR) }).pollSource(await reload(source.id)));
    }
    expect(counts).toEqual([1, 1, 1, 1, 1, 1, 1]);
    // the same words three weeks later are news again (the 48-hour rule), not an old item's edit
    serve("/flash", feed([{ guid: "f9", title: "عاجل | انفجار في أربيل", link: "http://x/home", date: new Date(wall + 21 * 24 * HOUR - 60_000) }]));
    expect(await poller({ now: () => new Date(wall + 21 * 24 * HOUR) }).pollSource(await reload(source.id))).toBe(1);
  });

  it("a second edit of an item is a second revision, analysed again (not taken for the first)", async () => {
    const date = new Date(Date.now() - 20 * 60_000);
    // both items link to the home page: only the guid identifies them
    const version = (title: string) => feed([{ guid: "x1", title, date, link: "http://x/home" }, { guid: "y1", title: "اشتباك في كركوك", date, link: "http://x/home" }]);
    const source = await t.db.source.create({ data: { name: "Edits", url: srv.url("/ed2") } });
    serve("/ed2", version("مقتل شخصين بانفجار في بغداد"));
    expect(await poller().pollSource(source)).toBe(2);
    serve("/ed2", version("مقتل ثلاثة أشخاص بانفجار في بغداد"));
    expect(await poller().pollSource(await reload(source.id))).toBe(1);
    serve("/ed2", version("مقتل أربعة أشخاص بانفجار في بغداد"));
    expect(await poller().pollSource(await reload(source.id))).toBe(1);
    serve("/ed2", version("مقتل أربعة أشخاص بانفجار في بغداد"));
    expect(await poller().pollSource(await reload(source.id))).toBe(0);
    const rows = await t.db.feedItem.findMany({ where: { guid: "x1" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.key, r.title, r.processedAt === null])).toEqual([
      ["x1", "مقتل شخصين بانفجار في بغداد", true],
      ["x1#r1", "مقتل ثلاثة أشخاص بانفجار في بغداد", true],
      ["x1#r2", "مقتل أربعة أشخاص بانفجار في بغداد", true],
    ]);
  });

  it("an owed article of an item edited meanwhile becomes its next revision", async () => {
    const page = `<html><body><article><h1>خبر</h1><p>${"قالت مصادر أمنية إن عبوة ناسفة انفجرت على دورية في قضاء الطارمية شمال بغداد وأسفرت عن إصابة جنديين. ".repeat(3)}</p></article></body></html>`;
    const items = Array.from({ length: 11 }, (_, i) => ({ guid: `a${i}`, title: `خبر ${i}`, text: "مقتطف", link: srv.url(`/art/${i}`), date: new Date() }));
    // only the last article page exists: the first ten keep their teasers (a feed answering 200 again then
    // shows nothing changed for them), the eleventh is past the per-poll cap of 10
    srv.route("/art/10", { body: page, headers: { "content-type": "text/html; charset=utf-8" } });
    serve("/ft2", feed(items));
    const source = await t.db.source.create({ data: { name: "FT", url: srv.url("/ft2"), fullText: true, firstPolledAt: new Date(0) } });
    expect(await poller().pollSource(source)).toBe(11);
    expect((await t.db.feedItem.findMany({ where: { fullTextOwed: true } })).map((r) => r.key)).toEqual(["a10"]);
    // the owed item's teaser is edited before its article is fetched: the edit takes #r1, the article #r2
    items[10]!.text = "مقتطف معدل";
    serve("/ft2", feed(items));
    expect(await poller().pollSource(await reload(source.id))).toBe(2);
    const revisions = await t.db.feedItem.findMany({ where: { guid: "a10" }, orderBy: { id: "asc" } });
    expect(revisions.map((r) => [r.key, r.processedAt === null])).toEqual([["a10", true], ["a10#r1", true], ["a10#r2", true]]);
    expect(revisions[1]!.text).toBe("مقتطف معدل");
    expect(revisions[2]!.text).toContain("قضاء الطارمية");
  });

  it("a source backed off for hours alerts what was published since its last success, not only the last hour", async () => {
    const wall = Date.now();
    const at = (h: number, title: string) => ({ guid: title, title, date: new Date(wall - h * HOUR) });
    const source = await t.db.source.create({ data: { name: "Late", url: srv.url("/late") } });
    const listed = [at(5.5, "قديم"), at(3.2, "حديث")];
    serve("/late", feed(listed));
    expect(await poller({ now: () => new Date(wall - 3 * HOUR) }).pollSource(source)).toBe(1); // first poll: the last hour only
    srv.route("/late", { status: 500, body: "down" });
    expect(await poller({ now: () => new Date(wall - 2 * HOUR) }).pollSource(await reload(source.id))).toBe(-1);
    // back: two items published while it failed alert; one published before the window of its last success does not
    serve("/late", feed([...listed, at(4.5, "متأخر"), at(2.5, "أثناء التوقف 1"), at(1.5, "أثناء التوقف 2")]));
    expect(await poller({ now: () => new Date(wall) }).pollSource(await reload(source.id))).toBe(2);
    const fresh = await t.db.feedItem.findMany({ where: { processedAt: null }, orderBy: { id: "asc" } });
    expect(fresh.map((r) => r.key)).toEqual(["حديث", "أثناء التوقف 1", "أثناء التوقف 2"]);
  });

  it("the recent window counts back from the last successful poll, never more than a day", () => {
    const now = new Date(Date.UTC(2026, 0, 10, 12));
    expect(now.getTime() - recentSince(null, now, 60)).toBe(HOUR);
    expect(now.getTime() - recentSince(new Date(now.getTime() - 3 * HOUR), now, 60)).toBe(4 * HOUR);
    expect(now.getTime() - recentSince(new Date(now.getTime() - 30 * 24 * HOUR), now, 60)).toBe(24 * HOUR);
  });
});
