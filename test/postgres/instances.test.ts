// Several instances of the real service (child processes running src/main.ts)
// on one PostgreSQL database, with the fake Bot API and a feed on 127.0.0.1.
// The instance holding the advisory lock polls; every instance sends (claims
// with FOR UPDATE SKIP LOCKED). An incident reaches each subscriber once;
// SIGKILL of the holder mid-broadcast: another takes over polling within
// seconds, the others go on sending, the dead one's claims are sent again
// once its lease (LEASE_TTL_SEC) has expired, nothing is lost and only what
// was in flight is repeated.
//
// Steered by what happened, not by timing: the fake Bot API holds its answers
// until every instance has claimed rows (so each has a share whatever the
// scheduling on a loaded machine), then holds them again from the next send on
// while the leader is killed (so the kill comes mid-broadcast, with requests in
// flight, however fast the sends went).
import { writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../support/fake-telegram.js";
import { FeedServer } from "../support/feed-server.js";
import { freshDb, pgUrl, type TestDb } from "../support/db.js";
import { gate, healthOf, Instances, leaderOf, until } from "../support/instances.js";
import { addSubscribers, receivedPerChat } from "../delivery/helpers.js";

const hasPg = pgUrl() !== "";
if (!hasPg) console.warn("PostgreSQL is not installed: skipping the several-instances tests");

describe.skipIf(!hasPg)("several instances on one PostgreSQL", () => {
  let fake: FakeTelegram;
  let feed: FeedServer;
  let t: TestDb;
  let instances: Instances;
  const CONCURRENCY = 4;

  beforeEach(async () => {
    fake = await FakeTelegram.start();
    feed = await FeedServer.start();
    t = freshDb("postgres");
    instances = new Instances(() => ({
      DATABASE_URL: t.url, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot,
      SOURCES_FILE: `${t.dir}/sources.json`, ALLOW_PRIVATE_SOURCES: "true",
      POLL_CRON: "*/2 * * * * *", SEND_RATE_PER_SEC: "100", LEASE_TTL_SEC: "5", SEND_CONCURRENCY: String(CONCURRENCY),
    }));
  });
  afterEach(async () => {
    instances.killAll();
    fake.hold = null;
    await fake.close();
    await feed.close();
    await t.cleanup();
  });

  /** The instances (their sender lease holders) with rows in `state`. */
  const claimers = async (state: string) =>
    (await t.db.delivery.groupBy({ by: ["claimedBy"], where: { state }, _count: { _all: true } })).filter((g) => g.claimedBy !== null);
  /** The instances with a send at the fake still waiting for its answer (told apart by the rows' claims). */
  const waitingSenders = async () => {
    const waiting = fake.calls.filter((c) => c.method === "sendMessage" && !("result" in c) && !("error" in c)).map((c) => BigInt(c.params.chat_id));
    const rows = await t.db.delivery.findMany({ where: { chatId: { in: waiting }, state: "sending" }, select: { claimedBy: true }, distinct: ["claimedBy"] });
    return rows.length;
  };

  it("three instances: one leader, all send; an incident reaches every subscriber once; SIGKILL of the leader mid-broadcast → another takes over within seconds, nothing lost", async () => {
    const chats = await addSubscribers(t.db, 400);
    const text = "مقتل ثلاثة مدنيين بانفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى";
    feed.route("/rss", {
      headers: { "content-type": "application/rss+xml; charset=utf-8" },
      body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>
<item><title>${text}</title><guid>1</guid><pubDate>${new Date().toUTCString()}</pubDate><description>${text}</description></item></channel></rss>`,
    });
    writeFileSync(`${t.dir}/sources.json`, JSON.stringify([{ name: "Local", url: feed.url("/rss") }]));
    // Telegram answers nothing until every instance has a send waiting for its answer: each one's share
    // of the broadcast is then certain, not a matter of which process the loaded machine scheduled first
    const first = gate();
    fake.hold = first.promise;
    // started together: they migrate once (an up-to-date database) and agree on one leader
    const all = await Promise.all([instances.start(), instances.start(), instances.start()]);
    const leader = await leaderOf(all);
    await until("a send from every instance", async () => (await waitingSenders()) === 3);
    // from the next send on, answers are held again: the kill below comes mid-broadcast, requests in flight
    const second = gate();
    fake.hold = second.promise;
    first.open();
    await until("a send recorded by every instance", async () => (await claimers("sent")).length === 3);
    const sentBeforeKill = await t.db.delivery.count({ where: { state: "sent" } });
    expect(sentBeforeKill).toBeLessThan(chats.length);

    leader.proc.kill("SIGKILL");
    const killedAt = Date.now();
    expect(await leader.exited).toBe("SIGKILL");
    fake.hold = null;
    second.open();
    // the source is due again at once: the new leader's first poll shows when it took over
    await t.db.source.updateMany({ data: { nextPollAt: new Date(0) } });
    const polled = feed.requests.length;
    const survivors = all.filter((i) => i !== leader);
    const next = await leaderOf(survivors);
    const leadsMs = Date.now() - killedAt;
    await until("the new leader's first poll", async () => feed.requests.length > polled);
    const pollMs = feed.requests[polled]!.at - killedAt;
    console.log(`take-over (3 instances, LEASE_TTL_SEC 5, lock retried every 1 s): another instance holds the lock ${leadsMs} ms and polls the sources ${pollMs} ms after SIGKILL of the leader`);
    expect(next).not.toBe(leader);

    // everything arrives: every chat its alert, every row written sent
    await until("every chat's alert", async () => receivedPerChat(fake.calls).size >= chats.length);
    await until("every row written sent", async () => (await t.db.delivery.count({ where: { state: "sent" } })) === chats.length);
    const received = receivedPerChat(fake.calls);
    expect(chats.filter((c) => !received.has(String(c)))).toEqual([]);
    // repeats: only requests in flight at the kill (at most SEND_CONCURRENCY) and answers not yet written
    const repeated = [...received.values()].filter((n) => n > 1).length;
    expect(repeated).toBeLessThanOrEqual(2 * CONCURRENCY);
    expect(await t.db.incident.count()).toBe(1);
    // every instance sent a share (the dead one's sends were recorded before it died)
    const by = await claimers("sent");
    console.log(`sent per instance: ${by.map((g) => g._count._all).join(", ")}; repeated ${repeated}`);
    expect(by.length).toBe(3);
    // and the third instance is still waiting, ready
    const third = survivors.find((i) => i !== next)!;
    expect(third.alive()).toBe(true);
    expect((await healthOf(third))?.leader).toBe(false);
  }, 240_000);
});
