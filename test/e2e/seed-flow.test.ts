// The flow end to end on real parts: a feed on 127.0.0.1 carrying the seed
// page's two incidents, a real SQLite file, grammY against the fake Bot API.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/main.js";
import { FakeTelegram } from "../support/fake-telegram.js";
import { freshDb, type TestDb } from "../support/db.js";
import { silentLog, testConfig } from "../support/env.js";

const seed = new URL("../fixtures/seed/", import.meta.url);
const seedText = readFileSync(new URL("../../examples/seed-page.txt", import.meta.url), "utf8");
const expected = JSON.parse(readFileSync(new URL("seed-expected.json", seed), "utf8"));

/** The seed page's stories, cut at the headlines that seed-expected.json lists. */
function seedStories(): { title: string; body: string }[] {
  const heads: string[] = expected.stories.map((s: { headline: string }) => s.headline);
  return heads.map((h, i) => {
    const from = seedText.indexOf(h) + h.length;
    const to = i + 1 < heads.length ? seedText.indexOf(heads[i + 1]!) : seedText.indexOf("اظهر المزيد");
    return { title: h, body: seedText.slice(from, to).trim() };
  });
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

function rss(items: { title: string; body: string; guid: string; date: Date }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار العراق</title><link>http://127.0.0.1/</link><description>test</description>
${items.map((it) => `<item><title>${esc(it.title)}</title><link>http://127.0.0.1/news/${it.guid}</link><guid>${it.guid}</guid><pubDate>${it.date.toUTCString()}</pubDate><description>${esc(it.body)}</description></item>`).join("\n")}
</channel></rss>`;
}

describe("seed page → feed → alerts (end to end)", () => {
  let fake: FakeTelegram;
  let feed: Server;
  let feedUrl: string;
  let tdb: TestDb;
  let app: App;
  let body = "";

  beforeEach(async () => {
    fake = await FakeTelegram.start();
    feed = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      res.end(body);
    });
    await new Promise<void>((r) => feed.listen(0, "127.0.0.1", r));
    feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/feed.xml`;
    tdb = freshDb();
    const config = testConfig(tdb.dir, tdb.url, [{ name: "Seed News", url: feedUrl }], {
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      POLL_CRON: "0 0 1 1 *",
    });
    app = await createApp(config, { log: silentLog, pollOnStart: false });
  });

  afterEach(async () => {
    await app.stop();
    await fake.close();
    feed.closeAllConnections();
    await new Promise((r) => feed.close(r));
    await tdb.cleanup();
  });

  it("sends one Arabic alert per incident, naming its province, and nothing twice", async () => {
    const stories = seedStories();
    const incidents = stories.filter((_, i) => expected.stories[i].incident);
    expect(incidents).toHaveLength(2);
    body = rss(incidents.map((s, i) => ({ ...s, guid: `seed-${i}`, date: new Date() })));

    await app.start();
    const userChat = 5551234;
    fake.sendText(userChat, "/start", { languageCode: "ar" });
    const welcome = await fake.nextMessageTo(userChat);
    expect(welcome.params.text).toContain("تنبيه");

    const before = fake.messagesTo(userChat).length;
    const summary = await app.runCycle();
    expect(summary.failed).toBe(0);
    const alerts = fake.messagesTo(userChat).slice(before);
    expect(alerts).toHaveLength(2);
    const texts = alerts.map((a) => String(a.params.text));
    expect(texts.some((t) => t.includes("ديالى"))).toBe(true);
    expect(texts.some((t) => t.includes("بغداد"))).toBe(true);
    for (const a of alerts) expect(a.params.parse_mode).toBe("HTML");

    await app.runCycle();
    expect(fake.messagesTo(userChat).length).toBe(before + 2);
  });

  it("an item the outlet edits to raise the toll edits the alert already sent", async () => {
    const baghdad = seedStories().find((s) => s.title.includes("بغداد"))!;
    const date = new Date(Date.now() - 5 * 60_000);
    body = rss([{ ...baghdad, guid: "seed-b", date }]);
    await app.start();
    const userChat = 5551235;
    fake.sendText(userChat, "/start", { languageCode: "ar" });
    await fake.nextMessageTo(userChat);
    const before = fake.messagesTo(userChat).length;
    await app.runCycle();
    expect(fake.messagesTo(userChat).length).toBe(before + 1);

    // same guid, same link, the text edited: four killed instead of two
    const edited = baghdad.body.replace("قتل عنصرا أمن عراقيان", "قتل أربعة عناصر أمن عراقيين");
    expect(edited).not.toBe(baghdad.body);
    body = rss([{ title: baghdad.title, body: edited, guid: "seed-b", date }]);
    await tdb.db.source.updateMany({ data: { nextPollAt: null } }); // due again
    await app.runCycle();
    const edit = await fake.waitForCall((c) => c.method === "editMessageText" && String(c.params.chat_id) === String(userChat));
    expect(String(edit.params.text)).toMatch(/4 قتلى|أربعة/);
    expect(fake.messagesTo(userChat).length).toBeLessThanOrEqual(before + 2); // at most the «ارتفاع الحصيلة» reply, never a second alert
  });
});
