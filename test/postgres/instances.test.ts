// Several instances of the real service (child processes running src/main.ts)
// on one PostgreSQL database, with the fake Bot API and a feed on 127.0.0.1.
// The instance holding the advisory lock polls; every instance sends (claims
// with FOR UPDATE SKIP LOCKED). An incident reaches each subscriber once;
// SIGKILL of the holder mid-broadcast: another takes over polling within
// seconds, the others go on sending, the dead one's claims are sent again
// once its lease (LEASE_TTL_SEC) has expired, nothing is lost and only what
// was in flight is repeated.
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../support/fake-telegram.js";
import { FeedServer } from "../support/feed-server.js";
import { freshDb, pgUrl, type TestDb } from "../support/db.js";
import { freePort } from "../support/postgres-cluster.js";
import { addSubscribers, receivedPerChat } from "../delivery/helpers.js";

const hasPg = pgUrl() !== "";
if (!hasPg) console.warn("PostgreSQL is not installed: skipping the several-instances tests");

interface Instance {
  proc: ChildProcess;
  port: number;
  exited: Promise<number | string>;
  stderr: () => string;
}

describe.skipIf(!hasPg)("several instances on one PostgreSQL", () => {
  let fake: FakeTelegram;
  let feed: FeedServer;
  let t: TestDb;
  const running: Instance[] = [];
  const CONCURRENCY = 4;

  beforeEach(async () => {
    fake = await FakeTelegram.start();
    feed = await FeedServer.start();
    t = freshDb("postgres");
  });
  afterEach(async () => {
    for (const i of running.splice(0)) if (i.proc.exitCode === null && i.proc.signalCode === null) i.proc.kill("SIGKILL");
    await fake.close();
    await feed.close();
    await t.cleanup();
  });

  async function startInstance(): Promise<Instance> {
    const port = await freePort();
    const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: {
        ...process.env, DATABASE_URL: t.url, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot,
        SOURCES_FILE: `${t.dir}/sources.json`, ALLOW_PRIVATE_SOURCES: "true", LOG_LEVEL: "warn", HTTP_PORT: String(port),
        POLL_CRON: "*/2 * * * * *", SEND_RATE_PER_SEC: "100", LEASE_TTL_SEC: "5", SEND_CONCURRENCY: String(CONCURRENCY),
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    proc.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | string>((resolve) => proc.on("exit", (code, signal) => resolve(signal ?? code ?? -1)));
    void exited.then((r) => r !== "SIGKILL" && r !== 0 && console.error(`instance on :${port} exited ${r}:\n${stderr}`));
    const inst = { proc, port, exited, stderr: () => stderr };
    running.push(inst);
    return inst;
  }

  async function leaderOf(instances: Instance[], timeoutMs = 60_000): Promise<Instance> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      for (const i of instances) {
        if (i.proc.exitCode !== null || i.proc.signalCode !== null) continue;
        const body = await fetch(`http://127.0.0.1:${i.port}/healthz`).then((r) => r.json() as Promise<{ leader?: boolean }>).catch(() => null);
        if (body?.leader) return i;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no instance became the leader:\n${instances.map((i) => `:${i.port} ${i.stderr().slice(-1500)}`).join("\n")}`);
  }

  it("three instances: one leader, all send; an incident reaches every subscriber once; SIGKILL of the leader mid-broadcast → another takes over within seconds, nothing lost", async () => {
    const chats = await addSubscribers(t.db, 400);
    const text = "مقتل ثلاثة مدنيين بانفجار عبوة ناسفة في قضاء المقدادية بمحافظة ديالى";
    feed.route("/rss", {
      headers: { "content-type": "application/rss+xml; charset=utf-8" },
      body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>
<item><title>${text}</title><guid>1</guid><pubDate>${new Date().toUTCString()}</pubDate><description>${text}</description></item></channel></rss>`,
    });
    writeFileSync(`${t.dir}/sources.json`, JSON.stringify([{ name: "Local", url: feed.url("/rss") }]));
    // started together: they migrate once (an up-to-date database) and agree on one leader
    const instances = await Promise.all([startInstance(), startInstance(), startInstance()]);
    const first = await leaderOf(instances);
    // mid-broadcast: 100 of 400 alerts sent
    await fake.waitForCall(() => fake.callsOf("sendMessage").length >= 100, 60_000);
    first.proc.kill("SIGKILL");
    const killedAt = Date.now();
    expect(await first.exited).toBe("SIGKILL");
    const sentAtKill = fake.callsOf("sendMessage").length;
    const nextMessage = fake.waitForCall(() => fake.callsOf("sendMessage").length > sentAtKill, 30_000).then(() => Date.now() - killedAt);
    const second = await leaderOf(instances.filter((i) => i !== first));
    const leaderMs = Date.now() - killedAt;
    console.log(`take-over: another instance leads (polls) ${leaderMs} ms after SIGKILL of the leader; the next message left after ${await nextMessage} ms (every instance sends)`);
    expect(second).not.toBe(first);

    // everything arrives: wait until every chat has its alert
    const until = Date.now() + 60_000;
    while (receivedPerChat(fake.calls).size < chats.length && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    const received = receivedPerChat(fake.calls);
    expect(chats.filter((c) => !received.has(String(c)))).toEqual([]);
    // repeats: only requests in flight at the kill (at most SEND_CONCURRENCY) and answers not yet written
    const repeated = [...received.values()].filter((n) => n > 1).length;
    expect(repeated).toBeLessThanOrEqual(2 * CONCURRENCY);
    expect(await t.db.incident.count()).toBe(1);
    expect(await t.db.delivery.count({ where: { state: "sent" } })).toBe(chats.length);
    // every instance sent a share (the dead one's sends were recorded before it died)
    const by = await t.db.delivery.groupBy({ by: ["claimedBy"], where: { state: "sent" }, _count: { _all: true } });
    console.log(`sent per instance: ${by.map((g) => g._count._all).join(", ")}; repeated ${repeated}`);
    expect(by.length).toBe(3);
    // and the third instance is still waiting, ready
    const third = instances.find((i) => i !== first && i !== second)!;
    expect(third.proc.exitCode).toBeNull();
    const h = (await (await fetch(`http://127.0.0.1:${third.port}/healthz`)).json()) as { leader: boolean };
    expect(h.leader).toBe(false);
  }, 150_000);
});
