// /broadcast through the fake Bot API: compose, preview with the recipient
// count, send through the real outbox and Sender, progress edited in place,
// stop midway.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MessageEntity } from "grammy/types";
import { createRenderer } from "../../src/alerts/index.js";
import { Sender } from "../../src/delivery/index.js";
import { updateBroadcastProgress } from "../../src/bot/features/admin/index.js";
import { createI18n } from "../../src/i18n.js";
import type { ApiCall } from "../support/fake-telegram.js";
import { silentLog } from "../support/env.js";
import { ADMIN, ADMIN2, startHarness, until, type Harness } from "./harness.js";

const i18n = createI18n();

describe("/broadcast", () => {
  let h: Harness;
  let sender: Sender;
  beforeEach(async () => {
    h = await startHarness();
    sender = new Sender({ db: h.tdb.db, api: h.bot.api, log: silentLog, render: createRenderer(h.tdb.db, i18n, h.config.TZ), ratePerSecond: 1000 });
  });
  afterEach(async () => {
    await h.stop();
  });

  /** 101: everything; 102: Baghdad; 103: Basra only; 104: blocked the bot; 105: paused. */
  async function subscribers() {
    const db = h.tdb.db;
    await db.subscriber.create({ data: { chatId: 101n } });
    await db.subscriber.create({ data: { chatId: 102n, allProvinces: false, provinces: { create: [{ province: "baghdad" }, { province: "anbar" }] } } });
    await db.subscriber.create({ data: { chatId: 103n, allProvinces: false, provinces: { create: [{ province: "basra" }] } } });
    await db.subscriber.create({ data: { chatId: 104n, active: false } });
    await db.subscriber.create({ data: { chatId: 105n, paused: true } });
  }

  /** A formatted message from the admin, as Telegram delivers it (text + entities). */
  function formatted(text: string, entities: MessageEntity[]) {
    h.fake.pushUpdate({
      message: {
        message_id: 900 + Math.floor(Math.random() * 1000),
        date: Math.floor(Date.now() / 1000),
        chat: { id: ADMIN, type: "private", first_name: "Admin" },
        from: { id: ADMIN, is_bot: false, first_name: "Admin", language_code: "en" },
        text,
        entities,
      },
    });
  }

  const buttons = (call: ApiCall) => (call.params.reply_markup?.inline_keyboard ?? []).flat() as Array<{ text: string; callback_data: string }>;

  it("previews with the recipient count, sends to the matching chats only, and reports progress in place", async () => {
    await subscribers();
    const db = h.tdb.db;
    const ask = await h.say(ADMIN, "/broadcast Baghdad");
    expect(ask.params.text).toBe("Audience: Baghdad (2 recipients). Send the announcement now (formatting is kept), or /cancel.");

    const before = h.fake.calls.length;
    const text = "Maintenance tonight: <no alerts> for 10 min";
    formatted(text, [{ type: "bold", offset: 0, length: 11 }]);
    const preview = await h.fake.waitForCall((c) => h.fake.calls.indexOf(c) > before && c.method === "sendMessage" && c.params.reply_markup !== undefined);
    const head = h.fake.messagesTo(ADMIN).at(-2)!;
    expect(head.params.text).toContain("Broadcast #1 — preview below");
    expect(head.params.text).toContain("Audience: Baghdad. Recipients: 2.");
    const html = "<b>Maintenance</b> tonight: &lt;no alerts&gt; for 10 min";
    expect(preview.params).toMatchObject({ text: html, parse_mode: "HTML" });
    expect(buttons(preview)).toEqual([
      { text: "✅ Send to 2", callback_data: "adm:bc:go:1" },
      { text: "✖️ Cancel", callback_data: "adm:bc:x:1" },
    ]);
    expect(await db.broadcast.findUnique({ where: { id: 1 } })).toMatchObject({ state: "draft", text: html, adminId: BigInt(ADMIN) });
    expect(await db.delivery.count()).toBe(0);

    const progressSent = h.fake.nextMessageTo(ADMIN);
    await h.press(ADMIN, "adm:bc:go:1", { messageId: (preview as any).result.message_id });
    const progress = await progressSent;
    expect(progress.params.text).toBe("📣 <b>Broadcast #1</b> — sending…\nSent: 0 · Failed: 0 · Left: 2 (of 2)");
    expect(buttons(progress)).toEqual([{ text: "⏹ Stop sending", callback_data: "adm:bc:x:1" }]);
    await until(async () => (await db.broadcast.findUnique({ where: { id: 1 } }))!.progressMessageId !== null);
    expect(await db.delivery.findMany({ select: { chatId: true, kind: true, state: true }, orderBy: { chatId: "asc" } })).toEqual([
      { chatId: 101n, kind: "broadcast", state: "pending" },
      { chatId: 102n, kind: "broadcast", state: "pending" },
    ]);

    // A second press (double tap, or another admin) does not send twice.
    const again = await h.press(ADMIN2, "adm:bc:go:1", { messageId: (preview as any).result.message_id });
    expect(again.params).toMatchObject({ show_alert: true, text: "This broadcast has already been sent or cancelled." });
    expect(await db.delivery.count()).toBe(2);

    expect((await sender.flush()).sent).toBe(2);
    for (const chat of [101, 102]) expect(h.fake.messagesTo(chat).map((c) => c.params.text)).toEqual([html]);
    for (const chat of [103, 104, 105]) expect(h.fake.messagesTo(chat)).toHaveLength(0);

    expect(await updateBroadcastProgress(h.bot.api, db, i18n)).toBe(0);
    const edit = h.fake.callsOf("editMessageText").at(-1)!;
    expect(edit.params).toMatchObject({ chat_id: ADMIN, message_id: (progress as any).result.message_id });
    expect(edit.params.text).toContain("Sent: 2 · Failed: 0 (of 2)");
    expect(edit.params.reply_markup).toBeUndefined();
    expect(await db.broadcast.findUnique({ where: { id: 1 } })).toMatchObject({ state: "done" });

    const log = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(log.map((a) => [a.action, String(a.adminId)])).toEqual([
      ["broadcast.compose", String(ADMIN)],
      ["broadcast.preview", String(ADMIN)],
      ["broadcast.send", String(ADMIN)],
      ["broadcast.send", String(ADMIN2)],
    ]);
    expect(log.every((a) => a.allowed)).toBe(true);
  });

  it("takes the text from the lines after the command, and can be cancelled at the preview", async () => {
    await subscribers();
    const db = h.tdb.db;
    const seen = h.fake.calls.length;
    h.fake.sendText(ADMIN, "/broadcast\nتنبيه: <تجربة> & اختبار", { languageCode: "ar" });
    const preview = await h.fake.waitForCall((c) => h.fake.calls.indexOf(c) >= seen && c.method === "sendMessage" && c.params.reply_markup !== undefined);
    expect(preview.params.text).toBe("تنبيه: &lt;تجربة&gt; &amp; اختبار");
    expect(h.fake.messagesTo(ADMIN).at(-2)!.params.text).toContain("عدد المستلمين: 3");

    const cancelled = h.fake.nextMessageTo(ADMIN);
    await h.press(ADMIN, "adm:bc:x:1", { messageId: (preview as any).result.message_id, languageCode: "ar" });
    expect((await cancelled).params.text).toBe("أُلغي الإعلان رقم 1.");
    expect(await db.broadcast.findUnique({ where: { id: 1 } })).toMatchObject({ state: "cancelled" });
    const late = await h.press(ADMIN, "adm:bc:go:1");
    expect(late.params.show_alert).toBe(true);
    expect(await db.delivery.count()).toBe(0);
  });

  it("stops midway: what is not sent yet is never sent", async () => {
    await subscribers();
    const db = h.tdb.db;
    h.fake.inject(102, { kind: "500" }); // 102's send fails once and waits for a retry
    const seen = h.fake.calls.length;
    h.fake.sendText(ADMIN, "/broadcast\nhello", { languageCode: "en" });
    await h.fake.waitForCall((c) => h.fake.calls.indexOf(c) >= seen && c.method === "sendMessage" && c.params.reply_markup !== undefined);
    const progressSent = h.fake.nextMessageTo(ADMIN);
    await h.press(ADMIN, "adm:bc:go:1");
    const progress = await progressSent;
    await until(async () => (await db.broadcast.findUnique({ where: { id: 1 } }))!.progressMessageId !== null);

    await sender.flush();
    expect(h.fake.messagesTo(101)).toHaveLength(1);
    expect(h.fake.messagesTo(103)).toHaveLength(1);
    expect(await updateBroadcastProgress(h.bot.api, db, i18n)).toBe(1);
    const edit = h.fake.callsOf("editMessageText").at(-1)!;
    expect(edit.params.message_id).toBe((progress as any).result.message_id);
    expect(edit.params.text).toBe("📣 <b>Broadcast #1</b> — sending…\nSent: 2 · Failed: 0 · Left: 1 (of 3)");
    // nothing changed: no second edit
    await updateBroadcastProgress(h.bot.api, db, i18n);
    expect(h.fake.callsOf("editMessageText")).toHaveLength(1);

    const stop = await h.press(ADMIN, "adm:bc:x:1", { messageId: (progress as any).result.message_id });
    expect(stop.params.text).toBe("Broadcast #1 cancelled.");
    const stopped = await h.fake.waitForCall((c) => c.method === "editMessageText" && String(c.params.text).includes("stopped"));
    expect(stopped.params.text).toBe("📣 <b>Broadcast #1</b> — stopped.\nSent: 2 · Failed: 0 · Not sent: 1 (of 3)");
    expect(await db.broadcast.findUnique({ where: { id: 1 } })).toMatchObject({ state: "cancelled" });

    await db.delivery.updateMany({ data: { notBefore: new Date(0) } }); // the retry would be due now
    await sender.flush();
    // only the first attempt, which failed: never delivered
    expect(h.fake.messagesTo(102).map((c) => (c as any).error?.error_code)).toEqual([500]);
    expect(await updateBroadcastProgress(h.bot.api, db, i18n)).toBe(0);
    expect((await db.auditLog.findMany()).map((a) => a.action)).toContain("broadcast.cancel");
  });

  it("offers no Send button when nobody matches, and explains unknown audiences", async () => {
    await h.tdb.db.subscriber.create({ data: { chatId: 103n, allProvinces: false, provinces: { create: [{ province: "basra" }] } } });
    const seen = h.fake.calls.length;
    h.fake.sendText(ADMIN, "/broadcast muthanna\nhello", { languageCode: "en" });
    const preview = await h.fake.waitForCall((c) => h.fake.calls.indexOf(c) >= seen && c.method === "sendMessage" && c.params.reply_markup !== undefined);
    expect(buttons(preview).map((b) => b.callback_data)).toEqual(["adm:bc:x:1"]);

    const unknown = await h.say(ADMIN, "/broadcast Baghdad, Gotham");
    expect(unknown.params.text).toContain("Unknown province or type: Gotham");
    expect(await h.tdb.db.broadcast.count()).toBe(1);
  });

  it("/cancel abandons the composition; the next message is not broadcast", async () => {
    await subscribers();
    await h.say(ADMIN, "/broadcast");
    expect((await h.say(ADMIN, "/cancel")).params.text).toBe("Broadcast abandoned.");
    h.fake.sendText(ADMIN, "just chatting", { languageCode: "en" });
    await h.say(ADMIN, "/stats"); // a later answer: the chat message has been handled by then
    expect(await h.tdb.db.broadcast.count()).toBe(0);
  });

  it("refuses announcements longer than Telegram allows", async () => {
    await h.say(ADMIN, "/broadcast");
    const answer = await h.say(ADMIN, "x".repeat(4097));
    expect(answer.params.text).toBe("The announcement is 4,097 characters long; Telegram allows 4,096.");
    expect(await h.tdb.db.broadcast.count()).toBe(0);
  });
});
