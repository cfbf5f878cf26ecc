// Running it for months: the lease between two copies, health and metrics,
// webhook mode, and a log that never shows the token.
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/main.js";
import { createLogger } from "../../src/log.js";
import { FakeTelegram } from "../support/fake-telegram.js";
import { freshDb, type TestDb } from "../support/db.js";
import { silentLog, testConfig } from "../support/env.js";

describe("service in production", () => {
  let fake: FakeTelegram;
  let t: TestDb;
  const apps: App[] = [];

  beforeEach(async () => {
    fake = await FakeTelegram.start();
    t = freshDb();
  });
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.stop();
    await fake.close();
    await t.cleanup();
  });

  const newApp = async (env: Record<string, string> = {}, log = silentLog) => {
    const config = testConfig(t.dir, t.url, [], {
      TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, POLL_CRON: "0 0 1 1 *", LEASE_TTL_SEC: "5", ...env,
    });
    const app = await createApp(config, { log, pollOnStart: false });
    apps.push(app);
    return app;
  };

  it("lets only one of two copies on one database run; the other waits and says why, then takes over", async () => {
    const first = await newApp();
    await first.start();
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _e, cb) { lines.push(String(chunk)); cb(); } });
    const second = await newApp({}, createLogger("info", [], sink));
    let secondStarted = false;
    const starting = second.start().then(() => { secondStarted = true; });
    // it says why it waits (at its first try; on a loaded machine that can take a moment)
    for (let i = 0; i < 100 && !/another instance of the service holds the database lease/.test(lines.join("")); i++) await new Promise((r) => setTimeout(r, 100));
    expect(secondStarted).toBe(false);
    expect(lines.join("")).toMatch(/another instance of the service holds the database lease/);
    // only the first polls Telegram for updates
    await first.stop();
    await starting;
    expect(secondStarted).toBe(true);
  });

  it("refuses `--once` while a running service holds the lease (its sender would resend in-flight messages)", async () => {
    const app = await newApp();
    await app.start();
    const { spawn } = await import("node:child_process");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(`${t.dir}/empty.json`, "[]");
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "--once"], {
      env: { ...process.env, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: t.url, SOURCES_FILE: `${t.dir}/empty.json`, LOG_LEVEL: "silent", HTTP_PORT: "0" },
    });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const code = await new Promise<number | null>((r) => child.on("exit", r));
    expect(code).toBe(1);
    expect(err).toContain("holds the lease");
  });

  it("answers /healthz and /metrics", async () => {
    const app = await newApp();
    await app.start();
    await app.runCycle();
    const h = await fetch(`${app.httpUrl()}/healthz`);
    expect(h.status).toBe(200);
    const body = (await h.json()) as { lastPollAgeSec: number };
    expect(body).toMatchObject({ ok: true, database: "ok", leader: true, outboxBacklog: 0 });
    expect(body.lastPollAgeSec).toBeGreaterThanOrEqual(0);
    const m = await (await fetch(`${app.httpUrl()}/metrics`)).text();
    for (const name of ["alerts_source_polls_total", "alerts_messages_sent_total", "alerts_delivery_latency_seconds", "alerts_outbox_backlog"]) {
      expect(m).toContain(name);
    }
  });

  it("/healthz reports the last cycle's sources and answers 503 when none could be read", async () => {
    const config = testConfig(t.dir, t.url, [{ name: "Nowhere", url: "http://127.0.0.1:9/feed.xml" }, { name: "Nor here", url: "http://127.0.0.1:9/other.xml" }], {
      TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, POLL_CRON: "0 0 1 1 *",
    });
    const app = await createApp(config, { log: silentLog, pollOnStart: false });
    apps.push(app);
    await app.start();
    expect((await fetch(`${app.httpUrl()}/healthz`)).status).toBe(200); // nothing polled yet
    const cycle = await app.runCycle();
    expect(cycle).toMatchObject({ polled: 2, failed: 2 });
    expect(cycle.sources.map((s) => s.problem)).toEqual(["not reachable (ECONNREFUSED)", "not reachable (ECONNREFUSED)"]);
    const h = await fetch(`${app.httpUrl()}/healthz`);
    expect(h.status).toBe(503);
    expect(await h.json()).toMatchObject({ ok: false, database: "ok", sources: { polled: 2, failed: 2 } });
  });

  it("in webhook mode registers the webhook and accepts only updates carrying the secret", async () => {
    const app = await newApp({ WEBHOOK_URL: "https://alerts.example.org/tg/hook", WEBHOOK_SECRET: "s3cret_value" });
    await app.start();
    expect(fake.webhook).toEqual({ url: "https://alerts.example.org/tg/hook", secret: "s3cret_value" });
    expect(fake.callsOf("getUpdates")).toHaveLength(0);
    const update = (id: number) => JSON.stringify({
      update_id: id,
      message: { message_id: 1, date: 0, chat: { id: 777, type: "private", first_name: "U" }, from: { id: 777, is_bot: false, first_name: "U", language_code: "ar" }, text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] },
    });
    const forged = await fetch(`${app.httpUrl()}/tg/hook`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "wrong" }, body: update(1) });
    expect(forged.status).toBe(401);
    expect(fake.messagesTo(777)).toHaveLength(0);
    const real = await fetch(`${app.httpUrl()}/tg/hook`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "s3cret_value" }, body: update(2) });
    expect(real.status).toBe(200);
    await fake.waitForCall((c) => c.method === "sendMessage" && c.params.chat_id === 777);
    expect(await t.db.subscriber.count({ where: { chatId: 777n } })).toBe(1);
  });

  it("never writes the bot token into a log line", () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _e, cb) { lines.push(String(chunk)); cb(); } });
    const log = createLogger("info", [fake.token], sink);
    log.error({ url: `${fake.apiRoot}/bot${fake.token}/getMe` }, `request to /bot${fake.token}/sendMessage failed`);
    expect(lines.join("")).not.toContain(fake.token);
    expect(lines.join("")).toContain("[redacted]");
  });
});
