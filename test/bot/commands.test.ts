// Commands and edge cases through the fake Bot API: groups and their admins,
// forum topics, blocking, timed pauses, /stop, /subscribe by name, /latest,
// keywords, quiet hours, stale buttons, rate limiting and unknown commands.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resumeExpiredPauses, setCommands } from "../../src/bot/index.js";
import { silentLog } from "../support/env.js";
import { addIncident, BotHarness, textOf } from "./harness.js";

const USER = 7_100_001;
const GROUP = -1_001_234_567_890; // a supergroup id past 32 bits
const ADMIN = 7_100_010;
const MEMBER = 7_100_020;

const answerOf = (calls: { method: string; params: any }[]) => calls.find((c) => c.method === "answerCallbackQuery")?.params;
const sent = (calls: { method: string; params: any }[]) => calls.filter((c) => c.method === "sendMessage").map((c) => String(c.params.text));

describe("subscriber commands", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await BotHarness.start();
  });
  afterEach(async () => {
    await h.close();
  });

  it("in a group only admins change filters; alerts go to the forum topic where /start was sent", async () => {
    h.fake.setMemberStatus(GROUP, ADMIN, "administrator");
    const added = await h.chatMemberUpdate(GROUP, "member", { fromId: ADMIN });
    expect(sent(added)[0]).toContain("مشرفو");
    const sub = await h.db.subscriber.findUnique({ where: { chatId: BigInt(GROUP) } });
    expect(sub).toMatchObject({ chatType: "supergroup", allProvinces: true, active: true });

    // A member presses a province button and types /subscribe: refused, nothing saved.
    const pressed = await h.press(GROUP, "p:diyala", { fromId: MEMBER });
    expect(answerOf(pressed)).toMatchObject({ show_alert: true });
    expect(answerOf(pressed).text).toContain("مشرفو");
    expect(sent(await h.send(GROUP, "/subscribe البصرة", { fromId: MEMBER }))[0]).toContain("مشرفو");
    expect(sent(await h.send(GROUP, "/pause", { fromId: MEMBER }))[0]).toContain("مشرفو");
    expect(await h.db.subscriberProvince.count()).toBe(0);
    expect((await h.db.subscriber.findUnique({ where: { chatId: BigInt(GROUP) } }))!.paused).toBe(false);
    // Reading is open to all members.
    expect(sent(await h.send(GROUP, "/settings", { fromId: MEMBER }))[0]).toContain("كل محافظات العراق");

    // The admin can, and /start in a topic sends the alerts there.
    expect(answerOf(await h.press(GROUP, "p:diyala", { fromId: ADMIN })).text).toContain("حُفظ");
    await h.send(GROUP, "/start", { fromId: ADMIN, threadId: 77 });
    expect((await h.db.subscriber.findUnique({ where: { chatId: BigInt(GROUP) } }))!.threadId).toBe(77);
    await addIncident(h.db, { type: "clash", province: "diyala" });
    const [alert] = await h.deliver();
    expect(String(alert!.params.chat_id)).toBe(String(GROUP));
    expect(alert!.params.message_thread_id).toBe(77);

    // a timed pause there ends with its notice in the same topic
    await h.send(GROUP, "/pause 1h", { fromId: ADMIN, threadId: 77 });
    expect(await resumeExpiredPauses(h.db, silentLog, { now: new Date(Date.now() + 2 * 3_600_000) })).toBe(1);
    const [back] = await h.deliver();
    expect(String(back!.params.chat_id)).toBe(String(GROUP));
    expect(back!.params.message_thread_id).toBe(77);
    expect(String(back!.params.text)).toContain("انتهى الإيقاف");
  });

  it("my_chat_member: blocked → inactive (no alerts), unblocked → active again", async () => {
    await h.send(USER, "/start");
    await h.chatMemberUpdate(USER, "kicked");
    expect((await h.db.subscriber.findUnique({ where: { chatId: BigInt(USER) } }))!.active).toBe(false);
    await addIncident(h.db, { type: "ied", province: "anbar" });
    expect(await h.deliver()).toHaveLength(0);
    await h.chatMemberUpdate(USER, "member");
    expect((await h.db.subscriber.findUnique({ where: { chatId: BigInt(USER) } }))!.active).toBe(true);
    await addIncident(h.db, { type: "ied", province: "anbar" });
    expect(await h.deliver()).toHaveLength(1);
  });

  it("/pause 2h resumes by itself and says so", async () => {
    await h.send(USER, "/start");
    const [reply] = await h.replies(USER, "/pause 2h");
    expect(reply).toContain("تلقائيًا");
    const sub = (await h.db.subscriber.findUnique({ where: { chatId: BigInt(USER) } }))!;
    expect(sub.paused).toBe(true);
    expect(Math.abs(sub.pausedUntil!.getTime() - Date.now() - 2 * 3_600_000)).toBeLessThan(60_000);
    expect((await h.replies(USER, "/pause soon"))[0]).toContain("/pause 2h");

    // Nothing to resume yet.
    expect(await resumeExpiredPauses(h.db, silentLog)).toBe(0);
    const later = new Date(Date.now() + 3 * 3_600_000);
    const before = h.fake.messagesTo(USER).length;
    let woken = 0;
    expect(await resumeExpiredPauses(h.db, silentLog, { now: later, queued: () => woken++ })).toBe(1);
    expect(woken).toBe(1);
    // the notice waits in the outbox (its limits, retries and error policy), not sent on the side
    expect(h.fake.messagesTo(USER).length).toBe(before);
    const notice = await h.deliver();
    expect(notice).toHaveLength(1);
    expect(textOf(h.fake.messagesTo(USER).at(-1))).toContain("انتهى الإيقاف");
    expect(h.fake.messagesTo(USER).length).toBe(before + 1);
    expect((await h.db.subscriber.findUnique({ where: { chatId: BigInt(USER) } }))!.paused).toBe(false);
    expect(await resumeExpiredPauses(h.db, silentLog, { now: later })).toBe(0);
    expect(await h.deliver()).toHaveLength(0);
  });

  it("/stop asks first, then deletes the subscriber and its filters", async () => {
    await h.send(USER, "/start");
    await h.send(USER, "/subscribe ديالى عبوة");
    const ask = await h.send(USER, "/stop");
    const buttons = ask.find((c) => c.method === "sendMessage")!.params.reply_markup.inline_keyboard.flat().map((b: any) => b.callback_data);
    expect(buttons).toEqual(["x:yes", "x:no"]);
    await h.press(USER, "x:no");
    expect(await h.db.subscriber.count()).toBe(1);
    // what it is owed and was sent goes too (deleted by storage: Delivery has no foreign keys); another chat's row stays
    const sub = (await h.db.subscriber.findUnique({ where: { chatId: BigInt(USER) } }))!;
    await h.db.delivery.createMany({ data: [
      { key: "broadcast:1", kind: "broadcast", chatId: sub.chatId, subscriberId: sub.id },
      { key: "broadcast:2", kind: "broadcast", chatId: sub.chatId, subscriberId: sub.id, state: "sent", messageId: 9 },
      { key: "broadcast:1", kind: "broadcast", chatId: 123n },
    ] });
    const done = await h.press(USER, "x:yes");
    expect(done.find((c) => c.method === "editMessageText")!.params.text).toContain("حُذفت بياناتك");
    expect(await h.db.subscriber.count()).toBe(0);
    expect(await h.db.subscriberProvince.count()).toBe(0);
    expect(await h.db.subscriberType.count()).toBe(0);
    expect((await h.db.delivery.findMany()).map((d) => d.chatId)).toEqual([123n]);
    // Buttons of the old menus now ask to /start again.
    expect(answerOf(await h.press(USER, "p:basra")).text).toContain("/start");
  });

  it("/subscribe and /unsubscribe by id or Arabic name, with a suggestion for a typo", async () => {
    await h.send(USER, "/start");
    const [added] = await h.replies(USER, "/subscribe diyala بغداد");
    expect(added).toContain("ديالى");
    expect(added).toContain("بغداد");
    const sub = await h.db.subscriber.findUnique({ where: { chatId: BigInt(USER) }, include: { provinces: true } });
    expect(sub!.allProvinces).toBe(false);
    expect(sub!.provinces.map((p) => p.province).sort()).toEqual(["baghdad", "diyala"]);

    const [typo] = await h.replies(USER, "/subscribe كربلا");
    expect(typo).toContain("كربلاء");
    expect(typo).toContain("/subscribe كربلاء");
    expect((await h.replies(USER, "/subscribe"))[0]).toContain("/subscribe ديالى");
    expect((await h.replies(USER, "/subscribe"))[0]).toContain("/subscribe كردستان");

    await h.send(USER, "/unsubscribe بغداد");
    const after = await h.db.subscriberProvince.findMany();
    expect(after.map((p) => p.province)).toEqual(["diyala"]);
  });

  it("/subscribe كردستان follows the Region's provinces and says which", async () => {
    await h.send(USER, "/start");
    const [added] = await h.replies(USER, "/subscribe كردستان");
    for (const name of ["أربيل", "السليمانية", "دهوك", "حلبجة"]) expect(added).toContain(name);
    const sub = await h.db.subscriber.findUnique({ where: { chatId: BigInt(USER) }, include: { provinces: true } });
    expect(sub!.allProvinces).toBe(false);
    expect(sub!.provinces.map((p) => p.province).sort()).toEqual(["duhok", "erbil", "halabja", "sulaymaniyah"]);
    await h.send(USER, "/unsubscribe حلبجة");
    expect((await h.db.subscriberProvince.findMany()).map((p) => p.province).sort()).toEqual(["duhok", "erbil", "sulaymaniyah"]);
  });

  it("/latest lists the newest incidents matching my filters", async () => {
    await h.send(USER, "/start", { languageCode: "en" });
    expect((await h.replies(USER, "/latest"))[0]).toContain("No incidents");
    const t0 = Date.now() - 3_600_000;
    await addIncident(h.db, { type: "ied", province: "diyala", place: "Baqubah-one", firstSeenAt: new Date(t0) });
    await addIncident(h.db, { type: "rocket", province: "basra", place: "Zubair", firstSeenAt: new Date(t0 + 1000) });
    await addIncident(h.db, { type: "drone", province: "diyala", place: "Khanaqin-two", firstSeenAt: new Date(t0 + 2000) });
    await addIncident(h.db, { type: "clash", province: "diyala", place: "Muqdadiya-three", firstSeenAt: new Date(t0 + 3000) });
    await h.send(USER, "/subscribe diyala");
    const list = (await h.replies(USER, "/latest 2"))[0] ?? "";
    expect(list).toContain("Muqdadiya-three");
    expect(list).toContain("Khanaqin-two");
    expect(list).not.toContain("Baqubah-one");
    expect(list).not.toContain("Zubair");
    expect(list.indexOf("Muqdadiya-three")).toBeLessThan(list.indexOf("Khanaqin-two"));
    expect((await h.replies(USER, "/latest 500"))[0]).toContain("1 to 20");
    // an English reader gets the gazetteer's English name, not the Arabic one as written
    await addIncident(h.db, { type: "ied", province: "diyala", place: "المقدادية", placeId: "diyala/muqdadiya", firstSeenAt: new Date(t0 + 4000) });
    const english = (await h.replies(USER, "/latest 1"))[0] ?? "";
    expect(english).toContain("Muqdadiya");
    expect(english).not.toContain("المقدادية");
  });

  it("keywords, severity and quiet hours shape what arrives", async () => {
    await h.send(USER, "/start");
    expect((await h.replies(USER, "/include مطار، الحشد"))[0]).toContain("«مطار»");
    await h.send(USER, "/exclude تمرين");
    await addIncident(h.db, { type: "rocket", province: "baghdad", summary: "سقوط صاروخ قرب مطار بغداد" });
    await addIncident(h.db, { type: "rocket", province: "baghdad", summary: "سقوط صاروخ في منطقة زراعية" });
    await addIncident(h.db, { type: "rocket", province: "baghdad", summary: "تمرين قرب المطار" });
    const got = await h.deliver();
    expect(got).toHaveLength(1);
    expect(textOf(got[0])).toContain("مطار بغداد");

    // The keyword menu deletes a word with a button; then severity "deaths only".
    await h.press(USER, "kc");
    await h.press(USER, "s:deaths");
    await addIncident(h.db, { type: "ied", province: "basra", injured: 3, summary: "جرحى فقط" });
    await addIncident(h.db, { type: "ied", province: "basra", killed: 1, summary: "قتيل واحد" });
    const severe = await h.deliver();
    expect(severe.map(textOf).join()).toContain("قتيل واحد");
    expect(severe).toHaveLength(1);

    // Quiet hours around the clock: alerts still come, silently.
    expect((await h.replies(USER, "/quiet 00:00-23:59"))[0]).toContain("00:00");
    await addIncident(h.db, { type: "ied", province: "basra", killed: 2 });
    const [quiet] = await h.deliver();
    expect(quiet!.params.disable_notification).toBe(true);
    const [settings] = await h.replies(USER, "/settings");
    expect(settings).toContain("00:00");
    expect(settings).toContain("قتلى فقط");
  });

  it("districts narrow only their own province; an unknown district still passes", async () => {
    await h.send(USER, "/start", { languageCode: "en" });
    await h.send(USER, "/subscribe diyala baghdad");
    const menu = await h.press(USER, "m:districts");
    const provinceButtons = menu.find((c) => c.method === "editMessageText")!.params.reply_markup.inline_keyboard.flat().map((b: any) => b.callback_data);
    expect(provinceButtons).toEqual(expect.arrayContaining(["dm:diyala", "dm:baghdad"]));
    expect(provinceButtons).not.toContain("dm:basra");
    const diyala = await h.press(USER, "dm:diyala");
    const districtButtons = diyala.find((c) => c.method === "editMessageText")!.params.reply_markup.inline_keyboard.flat();
    expect(districtButtons.map((b: any) => b.text)).toContain("Baqubah");
    await h.press(USER, "d:diyala/baqubah");
    expect((await h.db.subscriberDistrict.findMany()).map((d) => d.district)).toEqual(["diyala/baqubah"]);
    expect(answerOf(await h.press(USER, "d:diyala/atlantis")).text).toMatch(/out of date/);

    // One at a time, so that each delivery shows which incident got through.
    const texts: string[] = [];
    for (const [province, district, place] of [
      ["diyala", "diyala/baqubah", "InBaqubah"], ["diyala", "diyala/khanaqin", "InKhanaqin"],
      ["diyala", null, "SomewhereInDiyala"], ["baghdad", "baghdad/karkh", "InKarkh"],
    ] as const) {
      await addIncident(h.db, { type: "ied", province, district, place });
      texts.push(...(await h.deliver()).map(textOf));
    }
    expect(texts).toHaveLength(3);
    expect(texts.join()).toContain("InBaqubah");
    expect(texts.join()).not.toContain("InKhanaqin");
    expect(texts.join()).toContain("SomewhereInDiyala");
    expect(texts.join()).toContain("InKarkh");
    expect((await h.replies(USER, "/settings"))[0]).toContain("Baqubah (Diyala)");

    await h.press(USER, "da:diyala"); // the whole province again
    expect(await h.db.subscriberDistrict.count()).toBe(0);
  });

  it("/lang and the language menu switch every later message", async () => {
    await h.send(USER, "/start", { languageCode: "ar" });
    expect((await h.replies(USER, "/lang en"))[0]).toContain("English selected");
    expect((await h.replies(USER, "/settings"))[0]).toContain("all provinces of Iraq");
    const langMenu = (await h.send(USER, "/lang")).find((c) => c.method === "sendMessage")!;
    expect(langMenu.params.reply_markup.inline_keyboard[0].map((b: any) => b.text)).toEqual(["العربية", "✅ English"]);
    const menu = await h.press(USER, "l:ar");
    expect(answerOf(menu).text).toContain("العربية");
    expect(menu.find((c) => c.method === "editMessageText")!.params.text).toContain("كل محافظات العراق");
    expect((await h.db.subscriber.findFirst())!.language).toBe("ar");
  });

  it("follows a group upgraded to a supergroup", async () => {
    const OLD = -4_000_123;
    const NEW = -1_009_876_543_210;
    // Before Telegram says they are an admin, /start in a group is refused.
    expect(sent(await h.send(OLD, "/start", { fromId: ADMIN, chatType: "group" }))[0]).toContain("مشرفو");
    expect(await h.db.subscriber.count()).toBe(0);
    h.fake.setMemberStatus(OLD, ADMIN, "creator");
    await h.send(OLD, "/start", { fromId: ADMIN, chatType: "group" });
    expect(await h.db.subscriber.count({ where: { chatId: BigInt(OLD) } })).toBe(1);
    await h.pushUpdate({
      message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: OLD, type: "group", title: "G" },
        from: { id: ADMIN, is_bot: false, first_name: "A" }, migrate_to_chat_id: NEW },
    });
    expect(await h.db.subscriber.count({ where: { chatId: BigInt(NEW) } })).toBe(1);
  });

  it("answers stale or forged buttons, hints at unknown commands, and limits floods", async () => {
    await h.send(USER, "/start");
    for (const data of ["p:atlantis", "garbage", "kr:any:99"]) {
      const answer = answerOf(await h.press(USER, data));
      expect(answer, data).toBeDefined();
      expect(answer.text, data).toMatch(/قديمة/);
    }
    expect((await h.replies(USER, "/frobnicate"))[0]).toContain("/help");
    expect((await h.replies(USER, "hello"))[0]).toContain("/help");
    // In a group, only commands addressed to this bot get the hint.
    expect(sent(await h.send(GROUP, "/frobnicate", { fromId: ADMIN }))).toEqual([]);
    expect(sent(await h.send(GROUP, "/frobnicate@iraq_alerts_test_bot", { fromId: ADMIN }))[0]).toContain("/help");
  });

  it("fills the command menu in Arabic (default) and English", async () => {
    await setCommands(h.bot);
    const calls = h.fake.callsOf("setMyCommands");
    expect(calls.map((c) => c.params.language_code ?? "default").sort()).toEqual(["ar", "default", "en"]);
    for (const c of calls) {
      for (const cmd of c.params.commands) {
        expect(cmd.command).toMatch(/^[a-z0-9_]{1,32}$/);
        expect(cmd.description.length).toBeGreaterThan(2);
      }
    }
    const en = calls.find((c) => c.params.language_code === "en")!.params.commands;
    expect(en.find((c: any) => c.command === "pause").description).toMatch(/pause/i);
  });
});

describe("rate limiting", () => {
  it("answers a flood once and drops the rest; other users are not affected", async () => {
    const h = await BotHarness.start({ rateLimit: { max: 3, windowMs: 60_000 } });
    try {
      const replies: string[] = [];
      for (let i = 0; i < 6; i++) replies.push(...(await h.replies(USER, "/help")));
      expect(replies.filter((r) => r.includes("/provinces"))).toHaveLength(3);
      expect(replies.filter((r) => r.includes("انتظر"))).toHaveLength(1);
      expect(replies).toHaveLength(4);
      expect((await h.replies(USER + 1, "/help"))[0]).toContain("/provinces");
    } finally {
      await h.close();
    }
  });
});
