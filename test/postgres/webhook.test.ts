// Several instances of the real service behind one webhook (the test plays
// the load balancer: it picks the instance each update is posted to), and in
// long-polling mode, on one PostgreSQL database with the fake Bot API. Every
// instance answers the updates posted to it; a setting changed through one
// is seen by the others (nothing about a user lives in a process); exactly
// one instance polls the sources and, in long-polling mode, calls getUpdates
// (the fake answers 409 to a second long poll, as Telegram does); SIGKILL of
// the leader → another holds the lock and polls within seconds (the figures
// are printed, not asserted).
import { writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../support/fake-telegram.js";
import { FeedServer } from "../support/feed-server.js";
import { freshDb, pgUrl, type TestDb } from "../support/db.js";
import { healthOf, Instances, leaderOf, until, type Instance } from "../support/instances.js";

const hasPg = pgUrl() !== "";
if (!hasPg) console.warn("PostgreSQL is not installed: skipping the several-instances webhook tests");

const HOOK = "https://alerts.example.org/tg/hook";
const SECRET = "s3cret_value";
const ADMIN = 900;

describe.skipIf(!hasPg)("several instances: updates", () => {
  let fake: FakeTelegram;
  let feed: FeedServer;
  let t: TestDb;
  let instances: Instances;

  beforeEach(async () => {
    fake = await FakeTelegram.start();
    feed = await FeedServer.start();
    t = freshDb("postgres");
    // a feed with nothing to alert about: its polls show who polls, and when
    feed.route("/rss", {
      headers: { "content-type": "application/rss+xml; charset=utf-8" },
      body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description></channel></rss>`,
    });
    writeFileSync(`${t.dir}/sources.json`, JSON.stringify([{ name: "Local", url: feed.url("/rss") }]));
    instances = new Instances(() => ({
      DATABASE_URL: t.url, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, SOURCES_FILE: `${t.dir}/sources.json`,
      ALLOW_PRIVATE_SOURCES: "true", POLL_CRON: "*/2 * * * * *", LEASE_TTL_SEC: "5", ADMIN_IDS: String(ADMIN),
    }));
  });
  afterEach(async () => {
    instances.killAll();
    await fake.close();
    await feed.close();
    await t.cleanup();
  });

  /** Kills the leader; resolves with the next leader and the take-over's figures (ms from the kill). */
  async function killLeader(leader: Instance, all: Instance[]) {
    leader.proc.kill("SIGKILL");
    const killedAt = Date.now();
    expect(await leader.exited).toBe("SIGKILL");
    const polled = feed.requests.length;
    const calls = fake.getUpdatesAt.length;
    // the source is due again at once: the new leader's first poll shows when it took over
    await t.db.source.updateMany({ data: { nextPollAt: new Date(0) } });
    const next = await leaderOf(all.filter((i) => i !== leader));
    const leadsMs = Date.now() - killedAt;
    await until("the new leader's first poll", async () => feed.requests.length > polled);
    return { next, leadsMs, pollMs: feed.requests[polled]!.at - killedAt, killedAt, calls };
  }

  it("webhook: every instance answers the updates posted to it; settings and a broadcast's composition go across instances; SIGKILL of the leader → another polls", async () => {
    const all = await Promise.all([instances.start({ WEBHOOK_URL: HOOK, WEBHOOK_SECRET: SECRET }), instances.start({ WEBHOOK_URL: HOOK, WEBHOOK_SECRET: SECRET }), instances.start({ WEBHOOK_URL: HOOK, WEBHOOK_SECRET: SECRET })]);
    const leader = await leaderOf(all);
    const [a, b] = all.filter((i) => i !== leader) as [Instance, Instance];
    // Telegram posts each update, retrying until an instance takes it with 200 (an instance not yet connected says 503)
    const post = (i: Instance) => fake.postUpdates(`${i.url}/tg/hook`, SECRET);
    const say = async (i: Instance, chat: number, text: string) => {
      const reply = fake.nextMessageTo(chat, 30_000);
      fake.sendText(chat, text, { languageCode: "ar" });
      await post(i);
      return String((await reply).params.text);
    };

    // a user's command posted to a standby is answered there
    await say(a, 501, "/start");
    expect(await t.db.subscriber.count({ where: { chatId: 501n } })).toBe(1);
    // a setting changed through one instance is seen by the others
    expect(await say(b, 501, "/lang en")).toBe("English selected.");
    expect(await say(leader, 501, "/help")).toContain("This bot alerts you");
    expect(await say(a, 501, "/help")).toContain("This bot alerts you");
    // an admin's /broadcast through one instance, its text through another: one draft of that text
    await say(a, ADMIN, "/broadcast");
    await say(b, ADMIN, "Test announcement across instances");
    expect(await t.db.broadcast.findMany({ select: { state: true, text: true } })).toEqual([{ state: "draft", text: "Test announcement across instances" }]);
    // exactly one instance polls the sources, and nobody long-polls while the webhook is set
    expect(fake.webhook).toEqual({ url: HOOK, secret: SECRET });
    expect(fake.getUpdatesAt).toEqual([]);
    expect([(await healthOf(a))?.leader, (await healthOf(b))?.leader]).toEqual([false, false]);

    const { next, leadsMs, pollMs } = await killLeader(leader, all);
    console.log(`take-over (webhook, 3 instances): another instance holds the lock ${leadsMs} ms and polls the sources ${pollMs} ms after SIGKILL of the leader`);
    // the survivors still answer, the new leader and the standby alike
    const standby = [a, b].find((i) => i !== next)!;
    expect(await say(standby, 501, "/help")).toContain("This bot alerts you");
    expect(await say(next, 501, "/help")).toContain("This bot alerts you");
    expect(fake.getUpdatesAt).toEqual([]);
  }, 240_000);

  it("long polling: only the leader calls getUpdates (no 409); SIGKILL of the leader → another long-polls and answers", async () => {
    const all = await Promise.all([instances.start(), instances.start(), instances.start()]);
    const leader = await leaderOf(all);
    const answered = fake.nextMessageTo(601, 30_000);
    fake.sendText(601, "/start");
    await answered;
    // the update is confirmed (the next long poll carries its offset) before the kill: it is not handed out again
    const answeredAt = Date.now();
    await until("the next long poll", async () => fake.getUpdatesAt.some((at) => at > answeredAt));
    expect(fake.conflicts).toBe(0);

    const { killedAt, calls, leadsMs, pollMs } = await killLeader(leader, all);
    await until("a long poll by the new leader", async () => fake.getUpdatesAt.length > calls);
    const getUpdatesMs = fake.getUpdatesAt[calls]! - killedAt;
    console.log(`take-over (long polling, 3 instances): another instance holds the lock ${leadsMs} ms, polls the sources ${pollMs} ms and calls getUpdates ${getUpdatesMs} ms after SIGKILL of the leader`);
    const reply = fake.nextMessageTo(601, 30_000);
    fake.sendText(601, "/help");
    expect(String((await reply).params.text)).toContain("يرسل هذا البوت");
    expect(fake.messagesTo(601)).toHaveLength(2); // /start's answer and /help's, each once
    expect(fake.conflicts).toBe(0);
  }, 240_000);
});
