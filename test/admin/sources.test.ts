// /sources through the fake Bot API, with feeds served by a real HTTP server on 127.0.0.1.
import { afterEach, describe, expect, it } from "vitest";
import { Poller } from "../../src/sources/poller.js";
import { FeedServer } from "../support/feed-server.js";
import { silentLog } from "../support/env.js";
import { ADMIN, startHarness, type Harness } from "./harness.js";

const rss = (items: Array<{ title: string; body: string; guid: string }>) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار</title><link>http://127.0.0.1/</link><description>t</description>
${items.map((it, i) => `<item><title>${it.title}</title><link>http://127.0.0.1/n/${it.guid}</link><guid>${it.guid}</guid><pubDate>${new Date(Date.now() - i * 60_000).toUTCString()}</pubDate><description>${it.body}</description></item>`).join("\n")}
</channel></rss>`;

const FEED = rss([
  {
    guid: "a1",
    title: "انفجار عبوة ناسفة في بعقوبة",
    body: "أفاد مصدر أمني بمقتل ثلاثة مدنيين وإصابة خمسة آخرين بانفجار عبوة ناسفة في قضاء بعقوبة بمحافظة ديالى صباح اليوم.",
  },
  { guid: "a2", title: "وزير الخارجية يستقبل السفير الفرنسي", body: "استقبل وزير الخارجية العراقي اليوم السفير الفرنسي لبحث العلاقات الثنائية." },
]);
const rssHeaders = { "content-type": "application/rss+xml; charset=utf-8" };

describe("/sources", () => {
  let h: Harness;
  let srv: FeedServer;
  const open = async (env: Record<string, string> = { ALLOW_PRIVATE_SOURCES: "true" }) => {
    h = await startHarness(env);
    srv = await FeedServer.start();
    srv.route("/feed", { body: FEED, headers: rssHeaders });
    srv.route("/missing", { status: 404, body: "no" });
    srv.route("/page", { body: "<html><body><p>not a feed</p></body></html>", headers: { "content-type": "text/html" } });
  };
  afterEach(async () => {
    await srv.close();
    await h.stop();
  });
  const audit = () => h.tdb.db.auditLog.findMany({ orderBy: { id: "asc" } });

  it("lists sources with their health, escaping what came from outside", async () => {
    await open();
    const db = h.tdb.db;
    const now = Date.now();
    await db.source.create({ data: { name: "Shafaq <b>News</b>", url: "https://shafaq.example/rss", lastSuccessAt: new Date(now - 5 * 60_000), lastPollAt: new Date(now - 5 * 60_000), itemsSeen: 42 } });
    await db.source.create({
      data: { name: "Broken", url: "https://broken.example/rss", consecutiveFailures: 3, lastError: "HTTP 500 <Internal>", lastErrorAt: new Date(now - 3 * 3600_000), itemsSeen: 7 },
    });
    await db.source.create({ data: { name: "Dead", url: "https://dead.example/rss", paused: true, pausedReason: "auto: 10 consecutive failures; last: timeout", consecutiveFailures: 10 } });
    await db.source.create({ data: { name: "Gone", url: "https://gone.example/rss", removedAt: new Date() } });

    const answer = await h.say(ADMIN, "/sources");
    const text = String(answer.params.text);
    expect(answer.params.parse_mode).toBe("HTML");
    expect(text).toContain("Sources: 3</b> (1 paused, 1 failing)");
    expect(text).toContain("✅ <b>#1</b> Shafaq &lt;b&gt;News&lt;/b&gt;");
    expect(text).toContain("last success 5 min ago · 42 items seen");
    expect(text).toContain("⚠️ <b>#2</b> Broken");
    expect(text).toContain("3 consecutive failures");
    expect(text).toContain("last error 3 h ago: HTTP 500 &lt;Internal&gt;");
    expect(text).toContain("⏸ <b>#3</b> Dead");
    expect(text).toContain("paused: auto: 10 consecutive failures; last: timeout");
    expect(text).not.toContain("Gone");
    expect((await audit())[0]).toMatchObject({ action: "sources.list", allowed: true, adminId: BigInt(ADMIN) });
  });

  it("adds a source after a test read, and only once", async () => {
    await open();
    const answer = await h.say(ADMIN, `/sources add ${srv.url("/feed")} أخبار ديالى`);
    expect(answer.params.text).toContain("Source #1 <b>أخبار ديالى</b> added (2 items in the test read)");
    const source = await h.tdb.db.source.findFirstOrThrow();
    expect(source).toMatchObject({ url: srv.url("/feed"), kind: "feed", name: "أخبار ديالى", firstPolledAt: null, paused: false });
    expect(srv.requestsFor("/feed")).toHaveLength(1);
    // the test read stored nothing: the first poll will be the baseline
    expect(await h.tdb.db.feedItem.count()).toBe(0);

    const again = await h.say(ADMIN, `/sources add ${srv.url("/feed")}`);
    expect(again.params.text).toContain("Source #1 <b>أخبار ديالى</b> already exists");
    expect(srv.requestsFor("/feed")).toHaveLength(1);
    expect(await h.tdb.db.source.count()).toBe(1);
    expect((await audit()).map((a) => a.action)).toEqual(["sources.add", "sources.add"]);
  });

  it("refuses a private address without ALLOW_PRIVATE_SOURCES and never contacts it", async () => {
    await open({ ALLOW_PRIVATE_SOURCES: "false" });
    const answer = await h.say(ADMIN, `/sources add ${srv.url("/feed")}`);
    expect(answer.params.text).toContain("Refused: 127.0.0.1 → 127.0.0.1 is a private, loopback or link-local address");
    const test = await h.say(ADMIN, `/sources test ${srv.url("/feed")}`);
    expect(test.params.text).toContain("Refused:");
    expect(srv.requests).toHaveLength(0);
    expect(await h.tdb.db.source.count()).toBe(0);
    const log = await audit();
    expect(log.map((a) => [a.action, a.allowed])).toEqual([["sources.add", true], ["sources.test", true]]);
    expect(log[0]!.detail).toContain("refused (private");
  });

  it("refuses other schemes and does not add what cannot be read as a feed", async () => {
    await open();
    expect((await h.say(ADMIN, "/sources add file:///etc/passwd")).params.text).toContain("only http and https");
    expect((await h.say(ADMIN, `/sources add ${srv.url("/missing")}`)).params.text).toContain("The test read failed, so the source was not added: HTTP 404");
    expect((await h.say(ADMIN, `/sources add ${srv.url("/page")}`)).params.text).toContain("The test read failed");
    expect(await h.tdb.db.source.count()).toBe(0);
  });

  it("pauses, resumes and removes; the poller follows; a removed source can be added back", async () => {
    await open();
    const db = h.tdb.db;
    const s = await db.source.create({ data: { name: "Diyala", url: srv.url("/feed") } });
    const poller = new Poller({ db, log: silentLog, concurrency: 2, recentWindowMin: 60, maxFailures: 5, allowPrivate: true });

    expect((await h.say(ADMIN, `/sources pause #${s.id}`)).params.text).toContain(`Source #${s.id} <b>Diyala</b> paused`);
    expect(await db.source.findUnique({ where: { id: s.id } })).toMatchObject({ paused: true, pausedReason: `admin ${ADMIN}` });
    expect((await poller.pollDue()).polled).toBe(0);

    await db.source.update({ where: { id: s.id }, data: { consecutiveFailures: 4, nextPollAt: new Date(Date.now() + 3600_000) } });
    expect((await h.say(ADMIN, `/sources resume ${s.id}`)).params.text).toContain("resumed");
    expect(await db.source.findUnique({ where: { id: s.id } })).toMatchObject({ paused: false, pausedReason: null, consecutiveFailures: 0, nextPollAt: null });
    expect((await poller.pollDue()).polled).toBe(1);

    expect((await h.say(ADMIN, `/sources remove ${srv.url("/feed")}`)).params.text).toContain("removed");
    expect((await db.source.findUnique({ where: { id: s.id } }))!.removedAt).not.toBeNull();
    await db.source.update({ where: { id: s.id }, data: { nextPollAt: null } });
    expect((await poller.pollDue()).polled).toBe(0);
    expect((await h.say(ADMIN, "/sources")).params.text).not.toContain("Diyala");
    expect((await h.say(ADMIN, `/sources pause #${s.id}`)).params.text).toContain(`No source #${s.id}`);

    const back = await h.say(ADMIN, `/sources add ${srv.url("/feed")} Diyala again`);
    expect(back.params.text).toContain(`Source #${s.id} <b>Diyala again</b> is back`);
    expect(await db.source.findUnique({ where: { id: s.id } })).toMatchObject({ removedAt: null, paused: false });
    expect((await audit()).map((a) => a.action)).toEqual(["sources.pause", "sources.resume", "sources.remove", "sources.list", "sources.pause", "sources.add"]);
  });

  it("tests a source: what the parser and the extractor make of it, storing and sending nothing", async () => {
    await open();
    const db = h.tdb.db;
    await db.subscriber.create({ data: { chatId: 4242n } });
    const answer = await h.say(ADMIN, `/sources test ${srv.url("/feed")}`);
    const text = String(answer.params.text);
    expect(text).toContain("2 items read. Nothing was stored or sent.");
    expect(text).toContain("1. <b>انفجار عبوة ناسفة في بعقوبة</b>");
    expect(text).toContain("→ <b>IED / explosive device</b> — بعقوبة، Diyala · killed: 3 · injured: 5");
    expect(text).toContain("2. <b>وزير الخارجية يستقبل السفير الفرنسي</b>");
    expect(text).toContain("→ not an incident (no-event)");
    expect(await db.source.count()).toBe(0);
    expect(await db.feedItem.count()).toBe(0);
    expect(await db.incident.count()).toBe(0);
    expect(h.fake.messagesTo(4242)).toHaveLength(0);

    // a known source by number
    const s = await db.source.create({ data: { name: "Diyala", url: srv.url("/feed") } });
    expect((await h.say(ADMIN, `/sources test #${s.id}`)).params.text).toContain("2 items read");
    expect((await h.say(ADMIN, `/sources test ${srv.url("/missing")}`)).params.text).toContain("The test read failed: HTTP 404");
  });

  it("explains its usage for a bad subcommand", async () => {
    await open();
    expect((await h.say(ADMIN, "/sources frobnicate")).params.text).toContain("/sources add &lt;url&gt; [name]");
  });
});
