// Admins hear about a source the poller paused and about deliveries failing
// in bulk, each in the language of their own chat with the bot, through the
// outbox (its rate limits and error policy) like every other message.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRenderer } from "../../src/alerts/index.js";
import { Sender } from "../../src/delivery/index.js";
import { bulkFailureNotice, notifyAdmins, sourcePausedNotice } from "../../src/bot/features/admin/index.js";
import { createI18n } from "../../src/i18n.js";
import { Poller } from "../../src/sources/poller.js";
import { FeedServer } from "../support/feed-server.js";
import { silentLog } from "../support/env.js";
import { ADMIN, ADMIN2, startHarness, type Harness } from "./harness.js";

const i18n = createI18n();

describe("admin notifications", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  const sender = () => new Sender({ db: h.tdb.db, api: h.bot.api, log: silentLog, render: createRenderer(h.tdb.db, i18n, "Asia/Baghdad"), ratePerSecond: 1000 });

  it("reaches every admin it can, in each admin's language", async () => {
    await h.tdb.db.subscriber.create({ data: { chatId: BigInt(ADMIN2), language: "en" } });
    expect(await notifyAdmins(h.tdb.db, h.config, (l) => (l === "en" ? "<b>hello</b>" : "<b>مرحبا</b>"))).toBe(2);
    expect(await sender().flush()).toMatchObject({ sent: 2, failed: 0 });
    expect(h.fake.messagesTo(ADMIN).map((c) => c.params.text)).toEqual(["<b>مرحبا</b>"]);
    expect(h.fake.messagesTo(ADMIN2).map((c) => [c.params.text, c.params.parse_mode])).toEqual([["<b>hello</b>", "HTML"]]);

    h.fake.blocked.add(ADMIN); // one admin blocked the bot: the other still hears
    expect(await notifyAdmins(h.tdb.db, h.config, "x")).toBe(2);
    expect(await sender().flush()).toMatchObject({ sent: 1, failed: 1 });
    expect(h.fake.messagesTo(ADMIN2)).toHaveLength(2);
  });

  it("tells the admins when the poller pauses a failing source", async () => {
    const srv = await FeedServer.start();
    try {
      srv.route("/feed", { status: 500, body: "down" });
      const db = h.tdb.db;
      await db.source.create({ data: { name: "Shafaq <News>", url: srv.url("/feed") } });
      const notices: Promise<number>[] = [];
      const poller = new Poller({
        db, log: silentLog, concurrency: 1, recentWindowMin: 60, maxFailures: 2, allowPrivate: true,
        onSourcePaused: (source, reason) => notices.push(notifyAdmins(db, h.config, sourcePausedNotice(i18n, source, 2, reason))),
      });
      await poller.pollDue();
      expect(notices).toHaveLength(0);
      await db.source.updateMany({ data: { nextPollAt: null } });
      await poller.pollDue();
      expect(notices).toHaveLength(1);
      expect(await notices[0]).toBe(2);
      await sender().flush();
      const text = String(h.fake.messagesTo(ADMIN).at(-1)!.params.text);
      expect(text).toContain("أُوقف المصدر رقم 1 <b>Shafaq &lt;News&gt;</b> تلقائيًا بعد 2 إخفاقات متتالية");
      expect(text).toContain("HTTP 500");
      expect(text).toContain("/sources resume 1");
    } finally {
      await srv.close();
    }
  });

  it("tells the admins when deliveries fail in bulk (the Sender's onBulkFailure)", async () => {
    const db = h.tdb.db;
    for (let i = 1; i <= 30; i++) {
      await db.subscriber.create({ data: { chatId: BigInt(500 + i) } });
      h.fake.blocked.add(500 + i);
      await db.delivery.create({ data: { key: "broadcast:1", kind: "broadcast", chatId: BigInt(500 + i), payload: JSON.stringify({ text: "hi" }) } });
    }
    const notices: Promise<number>[] = [];
    const sender = new Sender({
      db, api: h.bot.api, log: silentLog, render: createRenderer(db, i18n, "Asia/Baghdad"), ratePerSecond: 1000,
      onBulkFailure: (info) => notices.push(notifyAdmins(db, h.config, bulkFailureNotice(i18n, info))),
    });
    await sender.flush();
    expect(notices).toHaveLength(1);
    await notices[0];
    await sender.flush(); // the notice waits its turn in the outbox
    expect(String(h.fake.messagesTo(ADMIN).at(-1)!.params.text)).toContain("فشل جماعي في الإرسال");
    expect(String(h.fake.messagesTo(ADMIN).at(-1)!.params.text)).toContain("bot was blocked by the user");
  });
});
