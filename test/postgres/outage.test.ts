// PostgreSQL goes away under a running service and comes back on the same
// port (pg_ctl stop -m fast, then start): the service keeps running, says 503
// on /healthz meanwhile, retries, and once the server is back every chat gets
// its message exactly once. A cluster of its own: the run's shared one must
// not stop under the other suites.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegram } from "../support/fake-telegram.js";
import { freePort, postgresBin, startCluster, type Cluster } from "../support/postgres-cluster.js";
import { createDb, type Db } from "../../src/storage/client.js";
import { migrate } from "../../src/storage/migrate.js";
import { addSubscribers, owe, receivedPerChat } from "../delivery/helpers.js";

const hasPg = postgresBin() !== null;
if (!hasPg) console.warn("PostgreSQL is not installed: skipping the outage test");

describe.skipIf(!hasPg)("PostgreSQL lost while the service runs", () => {
  let cluster: Cluster;
  let fake: FakeTelegram;
  let dir: string;
  let proc: ChildProcess | null = null;
  beforeAll(async () => {
    [cluster, fake] = await Promise.all([startCluster(), FakeTelegram.start()]);
    dir = mkdtempSync(join(tmpdir(), "pg-outage-"));
  });
  afterAll(async () => {
    if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
    await fake?.close();
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

  it("503 while it is gone, then every message exactly once; the service never stopped", async () => {
    cluster.psql("CREATE DATABASE alerts");
    const url = cluster.url("alerts");
    await migrate(url);
    let db: Db = createDb(url, { poolSize: 2 });
    const chats = await addSubscribers(db, 300);
    await owe(db, "broadcast:outage", chats, { kind: "broadcast", payload: JSON.stringify({ text: "اختبار انقطاع قاعدة البيانات" }) });
    await db.$disconnect();
    writeFileSync(join(dir, "sources.json"), "[]");
    const port = await freePort();
    let stderr = "";
    proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: {
        ...process.env, DATABASE_URL: url, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, SOURCES_FILE: join(dir, "sources.json"),
        LOG_LEVEL: "warn", HTTP_PORT: String(port), SEND_RATE_PER_SEC: "40", SEND_CONCURRENCY: "4", LEASE_TTL_SEC: "5", NODE_ENV: "production",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    proc.stderr!.on("data", (b: Buffer) => (stderr += b.toString()));
    const sent = () => fake.callsOf("sendMessage").length;
    await until("the first messages", async () => sent() >= 60, 60_000);
    expect((await healthz(port))?.status).toBe(200);

    await cluster.halt();
    const haltedAt = sent();
    const down = await until("/healthz to say 503", async () => {
      const h = await healthz(port);
      return h && h.status === 503 ? h : null;
    }, 20_000);
    expect(down.database).toBe("unreachable");
    await new Promise((r) => setTimeout(r, 3000)); // down for a while: claims, writes and the leader lock fail meanwhile
    const whileDown = sent();
    await cluster.resume();

    await until("every chat's message", async () => receivedPerChat(fake.calls).size >= chats.length, 90_000);
    await until("/healthz to say 200 again", async () => (await healthz(port))?.status === 200, 30_000);
    db = createDb(url, { poolSize: 2 });
    try {
      await until("every row written sent", async () => (await db.delivery.count({ where: { state: "sent" } })) === chats.length, 30_000);
    } finally {
      await db.$disconnect();
    }
    const received = receivedPerChat(fake.calls);
    const repeated = [...received.entries()].filter(([, n]) => n > 1);
    console.log(`outage: ${haltedAt} sent before the stop, ${whileDown - haltedAt} while down (requests in flight), ${sent()} in all for ${chats.length} chats; repeated ${repeated.length}`);
    expect(chats.filter((c) => !received.has(String(c)))).toEqual([]);
    expect(repeated).toEqual([]);
    expect(proc.exitCode, stderr.slice(-3000)).toBeNull();
  }, 180_000);
});
