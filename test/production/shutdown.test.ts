// npm start's process: SIGTERM stops scheduling, releases the lease and exits 0.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { FakeTelegram } from "../support/fake-telegram.js";
import { freshDb, type TestDb } from "../support/db.js";

let fake: FakeTelegram;
let t: TestDb;
beforeEach(async () => {
  fake = await FakeTelegram.start();
  t = freshDb();
});
afterEach(async () => {
  await fake.close();
  await t.cleanup();
});

it("shuts down gracefully on SIGTERM and a restart takes the lease at once", async () => {
  const sources = join(t.dir, "sources.json");
  writeFileSync(sources, "[]");
  const env = {
    ...process.env, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: t.url,
    SOURCES_FILE: sources, HTTP_PORT: "0", LOG_LEVEL: "info", POLL_CRON: "0 0 1 1 *",
  };
  // the lease: SQLite's Lease row; PostgreSQL's advisory lock, held by the service's own session
  const leasesHeld = async (): Promise<number> =>
    t.engine === "postgres"
      ? Number((await t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted`)[0]!.n)
      : t.db.lease.count();
  const runOnce = async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not started:\n${err}`)), 40_000);
      child.stderr.on("data", () => {
        if (err.includes("bot started")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(await leasesHeld()).toBe(1);
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((r) => child.on("exit", r));
    return { code, err };
  };
  const first = await runOnce();
  expect(first.code).toBe(0);
  expect(first.err).toContain("SIGTERM: shutting down");
  expect(await leasesHeld()).toBe(0);
  const second = await runOnce();
  expect(second.err).not.toContain("holds the database lease");
  expect(second.code).toBe(0);
}, 90_000); // two start-ups of the service (each ~10 s to load on a busy 2-core machine)
