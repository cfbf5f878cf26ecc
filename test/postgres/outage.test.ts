// PostgreSQL goes away under a running service and comes back on the same
// port (pg_ctl stop -m fast, then start): the service keeps running, says 503
// on /healthz meanwhile, retries, and once the server is back every chat gets
// its message exactly once. The outage starts while the poller reads a feed
// (the feed answers only once the server has stopped, with a new item it
// cannot store): that alert is not lost either. A cluster of its own: the
// run's shared one must not stop under the other suites.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegram } from "../support/fake-telegram.js";
import { FeedServer } from "../support/feed-server.js";
import { freePort, postgresBin, startCluster, type Cluster } from "../support/postgres-cluster.js";
import { createDb, type Db } from "../../src/storage/client.js";
import { migrate } from "../../src/storage/migrate.js";
import { addSubscribers, owe, receivedPerChat } from "../delivery/helpers.js";

const hasPg = postgresBin() !== null;
if (!hasPg) console.warn("PostgreSQL is not installed: skipping the outage test");

describe.skipIf(!hasPg)("PostgreSQL lost while the service runs", () => {
  let cluster: Cluster;
  let fake: FakeTelegram;
  let feed: FeedServer;
  let dir: string;
  let proc: ChildProcess | null = null;
  beforeAll(async () => {
    [cluster, fake, feed] = await Promise.all([startCluster(), FakeTelegram.start(), FeedServer.start()]);
    dir = mkdtempSync(join(tmpdir(), "pg-outage-"));
  });
  afterAll(async () => {
    if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
    await fake?.close();
    await feed?.close();
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function healthz(port: number): Promise<{ status: number; database?: string } | null> {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      return { status: r.status, ...((await r.json()) as { database?: string }) };
    } catch {
      return null;
    }
  }
  async function until<T>(what: string, fn: () => Promise<T | null | false>, timeoutMs: number): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const v = await fn();
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const rss = (items: string) => ({
    headers: { "content-type": "application/rss+xml; charset=utf-8" },
    body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>${items}</channel></rss>`,
  });
  const news = "مقتل ثلاثة مدنيين بانفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى";
  const item = `<item><title>${news}</title><guid>1</guid><pubDate>${new Date().toUTCString()}</pubDate><description>${news}</description></item>`;
  const BROADCAST = "اختبار انقطاع قاعدة البيانات";

  it("503 while it is gone, then every message exactly once, the alert of an item read during the outage too; the service never stopped", async () => {
    cluster.psql("CREATE DATABASE alerts");
    const url = cluster.url("alerts");
    await migrate(url);
    let db: Db = createDb(url, { poolSize: 2 });
    const chats = await addSubscribers(db, 300);
    await owe(db, "broadcast:outage", chats, { kind: "broadcast", payload: JSON.stringify({ text: BROADCAST }) });
    await db.$disconnect();
    feed.route("/rss", rss(""));
    writeFileSync(join(dir, "sources.json"), JSON.stringify([{ name: "Local", url: feed.url("/rss"), intervalSec: 30 }]));
    const port = await freePort();
    let stderr = "";
    proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: {
        ...process.env, DATABASE_URL: url, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, SOURCES_FILE: join(dir, "sources.json"),
        LOG_LEVEL: "warn", HTTP_PORT: String(port), SEND_RATE_PER_SEC: "40", SEND_CONCURRENCY: "4", LEASE_TTL_SEC: "5", NODE_ENV: "production",
        ALLOW_PRIVATE_SOURCES: "true", POLL_CRON: "*/2 * * * * *",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    proc.stderr!.on("data", (b: Buffer) => (stderr += b.toString()));
    const sent = () => fake.callsOf("sendMessage").length;
    await until("the first messages", async () => sent() >= 60, 60_000);
    expect((await healthz(port))?.status).toBe(200);
    await until("the feed's first poll", async () => feed.requests.length > 0, 30_000);

    // the next poll meets the outage: the feed answers, with news, only once the server has stopped
    let halting: Promise<void> | null = null;
    const readDuringOutage = new Promise<void>((resolve) =>
      feed.route("/rss", {
        kind: "handler",
        handle: (_req, res) => {
          halting ??= cluster.halt();
          void halting.then(() => {
            const { headers, body } = rss(item);
            res.writeHead(200, headers).end(body, resolve);
          });
        },
      }));
    db = createDb(url, { poolSize: 1 });
    await db.source.updateMany({ data: { nextPollAt: new Date(0) } }); // due at the next tick
    await db.$disconnect();
    await readDuringOutage;
    const haltedAt = sent();
    feed.route("/rss", rss(item)); // still there for the polls after the outage
    const down = await until("/healthz to say 503", async () => {
      const h = await healthz(port);
      return h && h.status === 503 ? h : null;
    }, 20_000);
    expect(down.database).toBe("unreachable");
    await new Promise((r) => setTimeout(r, 3000)); // down for a while: claims, writes and the leader lock fail meanwhile
    const whileDown = sent();
    await cluster.resume();

    const broadcasts = () => fake.calls.filter((c) => String(c.params.text).includes(BROADCAST));
    const alerts = () => fake.calls.filter((c) => String(c.params.text).includes("ديالى"));
    await until("every chat's broadcast", async () => receivedPerChat(broadcasts()).size >= chats.length, 90_000);
    await until("every chat's alert", async () => receivedPerChat(alerts()).size >= chats.length, 90_000);
    await until("/healthz to say 200 again", async () => (await healthz(port))?.status === 200, 30_000);
    db = createDb(url, { poolSize: 2 });
    try {
      await until("every row written sent", async () => (await db.delivery.count({ where: { state: "sent" } })) === 2 * chats.length, 30_000);
      expect(await db.incident.count()).toBe(1);
    } finally {
      await db.$disconnect();
    }
    for (const [what, calls] of [["broadcast", broadcasts()], ["alert", alerts()]] as const) {
      const received = receivedPerChat(calls);
      const repeated = [...received.entries()].filter(([, n]) => n > 1);
      expect(chats.filter((c) => !received.has(String(c))), what).toEqual([]);
      expect(repeated, what).toEqual([]);
    }
    console.log(`outage: ${haltedAt} sent before the stop, ${whileDown - haltedAt} while down (requests in flight), ${sent()} in all for ${chats.length} chats × 2 messages (a broadcast, the alert of an item read during the outage); repeated 0`);
    expect(proc.exitCode, stderr.slice(-3000)).toBeNull();
  }, 180_000);
});
