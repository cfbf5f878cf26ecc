// One event, one alert — through the whole service: feeds on 127.0.0.1, a real
// SQLite file, grammY against the fake Bot API. Three outlets report one
// attack → one alert; the toll rises → the alert is edited (and, in
// edit+reply mode, answered «ارتفاع الحصيلة …»); two attacks → two alerts.
import { afterEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/main.js";
import { FakeTelegram } from "../support/fake-telegram.js";
import { FeedServer } from "../support/feed-server.js";
import { freshDb, type TestDb } from "../support/db.js";
import { silentLog, testConfig } from "../support/env.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const rss = (items: { guid: string; text: string; date: Date }[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار</title><link>http://127.0.0.1/</link><description>test</description>
${items.map((it) => `<item><title>${esc(it.text)}</title><link>http://127.0.0.1/news/${it.guid}</link><guid>${it.guid}</guid><pubDate>${it.date.toUTCString()}</pubDate><description>${esc(it.text)}</description></item>`).join("\n")}
</channel></rss>`;

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
const OUTLETS = ["السومرية نيوز", "شفق نيوز", "بغداد اليوم"];
const TARMIYAH = [
  "عاجل | انفجار عبوة ناسفة على دورية للجيش العراقي في قضاء الطارمية شمالي بغداد",
  "مصدر أمني: مقتل جندي وإصابة اثنين آخرين بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي في قضاء الطارمية شمال العاصمة بغداد.",
  "استشهد جندي وجرح اثنان آخران بتفجير عبوة ناسفة استهدف عجلة عسكرية في منطقة المشاهدة التابعة لقضاء الطارمية شمال بغداد.",
];
const TOLL_RISES = "ارتفاع حصيلة تفجير الطارمية إلى ثلاثة شهداء من الجيش وأربعة جرحى بعد وفاة اثنين من المصابين متأثرين بجراحهم.";
const ABU_GHRAIB = "أصيب اثنان من منتسبي الشرطة بجروح إثر هجوم شنه مسلحون مجهولون على سيطرة أمنية في قضاء أبو غريب غربي بغداد.";

describe("merging and updates (end to end)", () => {
  let fake: FakeTelegram;
  let feeds: FeedServer;
  let tdb: TestDb;
  let app: App;
  const user = 5551234;

  async function boot(env: Record<string, string> = {}) {
    fake = await FakeTelegram.start();
    feeds = await FeedServer.start();
    tdb = freshDb();
    const config = testConfig(tdb.dir, tdb.url, OUTLETS.map((name, i) => ({ name, url: feeds.url(`/feed${i}`) })), {
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      POLL_CRON: "0 0 1 1 *",
      ...env,
    });
    app = await createApp(config, { log: silentLog, pollOnStart: false });
    await app.start();
    fake.sendText(user, "/start", { languageCode: "ar" });
    await fake.nextMessageTo(user);
  }

  /** What each outlet's feed carries now; every source is due again. */
  async function publish(byOutlet: { guid: string; text: string; date: Date }[][]) {
    byOutlet.forEach((items, i) => feeds.route(`/feed${i}`, { headers: { "content-type": "application/rss+xml; charset=utf-8" }, body: rss(items) }));
    await app.db.source.updateMany({ data: { nextPollAt: null } });
  }

  afterEach(async () => {
    await app?.stop();
    await fake?.close();
    await feeds?.close();
    await tdb?.cleanup();
  });

  const isReply = (c: { params: Record<string, any> }) => c.params.reply_parameters !== undefined || c.params.reply_to_message_id !== undefined;
  const alertsTo = () => fake.messagesTo(user).filter((m) => !isReply(m));
  const repliesTo = () => fake.messagesTo(user).filter(isReply);
  const editsTo = () => fake.callsOf("editMessageText").filter((c) => Number(c.params.chat_id) === user);

  /**
   * Three outlets, then a toll rise. The first report may be alerted before the
   * others are read (that is the point of an alert): whatever they add arrives
   * as edits of the same message, never as a second alert.
   */
  async function oneAttackThenTollRise(env: Record<string, string>) {
    await boot(env);
    const alertsBefore = alertsTo().length;
    const first = TARMIYAH.map((text, i) => [{ guid: `t${i}`, text, date: minutesAgo(50 - i * 10) }]);
    await publish(first);
    await app.runCycle();
    const alerts = alertsTo().slice(alertsBefore);
    expect(alerts).toHaveLength(1);
    expect(String(alerts[0]!.params.text)).toContain("الطارمية");
    expect(await app.db.incident.count()).toBe(1);
    expect(await app.db.report.count()).toBe(3);
    const alertId = (await app.db.delivery.findFirstOrThrow({ where: { kind: "alert", state: "sent" } })).messageId;
    expect(alertId).not.toBeNull();

    const edits = editsTo().length;
    const replies = repliesTo().length;
    await publish([[...first[0]!, { guid: "t9", text: TOLL_RISES, date: minutesAgo(1) }], first[1]!, first[2]!]);
    await app.runCycle();
    expect(alertsTo().slice(alertsBefore)).toHaveLength(1); // still one alert
    const newEdits = editsTo().slice(edits);
    expect(newEdits).toHaveLength(1);
    expect(Number(newEdits[0]!.params.message_id)).toBe(alertId);
    expect(String(newEdits[0]!.params.text)).toMatch(/3 قتلى/);
    return { alertId: alertId!, newReplies: () => repliesTo().slice(replies), allReplies: repliesTo };
  }

  it("three outlets → one alert; the toll rises → one edit and one reply", async () => {
    const { alertId, newReplies } = await oneAttackThenTollRise({ UPDATE_MODE: "edit+reply" });
    const replies = newReplies();
    expect(replies).toHaveLength(1);
    expect(replies[0]!.params.reply_parameters?.message_id ?? replies[0]!.params.reply_to_message_id).toBe(alertId);
    expect(String(replies[0]!.params.text)).toContain("ارتفاع");
    expect(String(replies[0]!.params.text)).toContain("3");

    // Nothing more on the next cycle.
    const calls = fake.calls.length;
    await app.db.source.updateMany({ data: { nextPollAt: null } });
    await app.runCycle();
    expect(fake.calls.slice(calls).filter((c) => c.method === "sendMessage" || c.method === "editMessageText")).toHaveLength(0);
  });

  it("in edit mode the toll rise only edits the alert", async () => {
    const { allReplies } = await oneAttackThenTollRise({ UPDATE_MODE: "edit" });
    expect(allReplies()).toHaveLength(0);
  });

  it("an outlet edits its item in place (same guid, toll raised) → the alert is edited and answered, never sent again", async () => {
    await boot({ UPDATE_MODE: "edit+reply" });
    const before = alertsTo().length; // the welcome
    const date = minutesAgo(30);
    await publish([[{ guid: "t1", text: TARMIYAH[1]!, date }], [], []]);
    await app.runCycle();
    expect(alertsTo().slice(before)).toHaveLength(1);
    const alertId = (await app.db.delivery.findFirstOrThrow({ where: { kind: "alert", state: "sent" } })).messageId;
    // the same item, its toll edited: same guid, same link, same date
    const edited = TARMIYAH[1]!.replace("مقتل جندي وإصابة اثنين آخرين", "مقتل ثلاثة جنود وإصابة اثنين آخرين");
    await publish([[{ guid: "t1", text: edited, date }], [], []]);
    await app.runCycle();
    expect(alertsTo().slice(before)).toHaveLength(1);
    const edits = editsTo();
    expect(edits).toHaveLength(1);
    expect(Number(edits[0]!.params.message_id)).toBe(alertId);
    expect(String(edits[0]!.params.text)).toMatch(/3 قتلى/);
    expect(repliesTo()).toHaveLength(1);
    expect(await app.db.incident.count()).toBe(1);
  });

  it("two separate attacks → two alerts", async () => {
    await boot();
    await publish([
      [{ guid: "a", text: TARMIYAH[1]!, date: minutesAgo(40) }],
      [{ guid: "b", text: ABU_GHRAIB, date: minutesAgo(30) }],
      [],
    ]);
    const before = fake.messagesTo(user).length;
    await app.runCycle();
    const alerts = fake.messagesTo(user).slice(before).map((m) => String(m.params.text));
    expect(alerts).toHaveLength(2);
    expect(alerts.some((t) => t.includes("الطارمية"))).toBe(true);
    expect(alerts.some((t) => t.includes("أبو غريب"))).toBe(true);
    expect(fake.callsOf("editMessageText")).toHaveLength(0);
  });
});
