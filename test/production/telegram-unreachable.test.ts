// With a token set and Telegram unreachable (or refusing the token), the
// service says so, keeps polling its sources, and keeps trying.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/main.js";
import { createLogger } from "../../src/log.js";
import { FeedServer } from "../support/feed-server.js";
import { freshDb, type TestDb } from "../support/db.js";
import { testConfig } from "../support/env.js";

const TOKEN = "123456:TEST-token-for-the-fake-bot-api-xyz";

describe("Telegram unreachable", () => {
  let t: TestDb;
  let feeds: FeedServer;
  let app: App | null = null;
  const lines: string[] = [];
  const log = createLogger("info", [TOKEN], new Writable({ write(chunk, _e, cb) { lines.push(String(chunk)); cb(); } }));

  beforeEach(async () => {
    t = freshDb();
    feeds = await FeedServer.start();
    feeds.route("/rss", { body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description></channel></rss>`, headers: { "content-type": "application/rss+xml" } });
    lines.length = 0;
  });
  afterEach(async () => {
    await app?.stop();
    app = null;
    await feeds.close();
    await t.cleanup();
  });

  const start = async (apiRoot: string) => {
    const config = testConfig(t.dir, t.url, [{ name: "Local", url: feeds.url("/rss") }], { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot, POLL_CRON: "0 0 1 1 *" });
    app = await createApp(config, { log, pollOnStart: false });
    await app.start();
    return app;
  };

  it("says where it connects and why it fails, keeps polling, and stops at once", async () => {
    const a = await start("http://127.0.0.1:9"); // nothing listens there
    const text = lines.join("");
    expect(text).toContain("connecting to Telegram at http://127.0.0.1:9");
    expect(text).toMatch(/Telegram not reachable at http:\/\/127\.0\.0\.1:9 \(.*\); retrying in 2 s\. Sources are still polled/);
    expect(text).not.toContain(TOKEN);
    expect(await a.runCycle()).toMatchObject({ polled: 1, failed: 0 });
    const t0 = Date.now();
    await a.stop();
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it("a token Telegram refuses (401) says to check TELEGRAM_BOT_TOKEN", async () => {
    const refusing: Server = createServer((_req, res) => {
      res.writeHead(401, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: false, error_code: 401, description: "Unauthorized" }));
    });
    await new Promise<void>((r) => refusing.listen(0, "127.0.0.1", r));
    try {
      await start(`http://127.0.0.1:${(refusing.address() as AddressInfo).port}`);
      expect(lines.join("")).toMatch(/Telegram refused the bot token \(401 Unauthorized\): check TELEGRAM_BOT_TOKEN/);
      expect(await app!.runCycle()).toMatchObject({ polled: 1, failed: 0 });
    } finally {
      await app?.stop();
      app = null;
      refusing.closeAllConnections();
      await new Promise((r) => refusing.close(r));
    }
  });
});
