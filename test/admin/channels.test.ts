// /channels through the fake Bot API: an admin feeds a channel (the bot must be
// an administrator allowed to post), and an incident matching the channel's
// filters reaches it through the real outbox and Sender.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRenderer } from "../../src/alerts/index.js";
import { enqueuePendingIncidents, Sender } from "../../src/delivery/index.js";
import { createI18n } from "../../src/i18n.js";
import { normalizeArabic } from "../../src/nlp/index.js";
import { silentLog } from "../support/env.js";
import { ADMIN, STRANGER, startHarness, type Harness } from "./harness.js";

const i18n = createI18n();
const NEWS = -1001234567890;
const READONLY = -1009876543210;

describe("/channels", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
    h.fake.addChannel({ id: NEWS, username: "iraq_news_ch", title: "أخبار <العراق>", botStatus: "administrator" });
    h.fake.addChannel({ id: READONLY, username: "readonly_ch", title: "Read only", botStatus: "administrator", canPost: false });
    h.fake.addChannel({ id: -1005555555555, username: "member_ch", title: "Member", botStatus: "member" });
  });
  afterEach(async () => {
    await h.stop();
  });

  const audit = () => h.tdb.db.auditLog.findMany({ orderBy: { id: "asc" } });

  async function incident(type: string, province: string, text: string) {
    return h.tdb.db.incident.create({
      data: { type, province, provinces: JSON.stringify([province]), killed: 2, injured: 3, headline: text, summary: text, fingerprint: normalizeArabic(text), occurredAt: new Date() },
    });
  }

  it("feeds a channel where the bot can post: a matching incident is delivered to it by the outbox and the sender", async () => {
    const answer = await h.say(ADMIN, "/channels add @iraq_news_ch بغداد ied");
    const text = String(answer.params.text);
    expect(answer.params.parse_mode).toBe("HTML");
    expect(text).toContain(`Channel <b>أخبار &lt;العراق&gt;</b> (<code>${NEWS}</code>) will receive the alerts`);
    expect(text).toContain("provinces: Baghdad · types: IED / explosive device · language: العربية");
    const bot = h.fake.callsOf("getChatMember").at(-1)!;
    expect(bot.params).toMatchObject({ chat_id: NEWS, user_id: 123456 });

    const sub = await h.tdb.db.subscriber.findUniqueOrThrow({ where: { chatId: BigInt(NEWS) }, include: { provinces: true, types: true } });
    expect(sub).toMatchObject({ chatType: "channel", language: "ar", allProvinces: false, allTypes: false, active: true, title: "أخبار <العراق>" });
    expect(sub.provinces.map((p) => p.province)).toEqual(["baghdad"]);
    expect(sub.types.map((t) => t.type)).toEqual(["ied"]);

    const match = await incident("ied", "baghdad", "انفجار عبوة ناسفة في الكرخ ببغداد");
    await incident("ied", "basra", "انفجار عبوة ناسفة في البصرة");
    await incident("drone", "baghdad", "هجوم بطائرة مسيرة على مطار بغداد");
    expect(await enqueuePendingIncidents(h.tdb.db, new Date(), { timeZone: h.config.TZ })).toBe(1);
    const sender = new Sender({ db: h.tdb.db, api: h.bot.api, log: silentLog, render: createRenderer(h.tdb.db, i18n, h.config.TZ), ratePerSecond: 1000 });
    await sender.flush();
    const sent = h.fake.messagesTo(NEWS);
    expect(sent).toHaveLength(1);
    expect(String(sent[0]!.params.text)).toContain("بغداد");
    expect(String(sent[0]!.params.text)).toContain("الكرخ");
    expect((await h.tdb.db.delivery.findFirstOrThrow({ where: { chatId: BigInt(NEWS) } })).incidentId).toBe(match.id);

    expect((await audit()).map((a) => [a.action, a.allowed])).toEqual([["channels.add", true]]);
    expect((await audit())[0]!.detail).toContain(`→ ${NEWS} (added): provinces=baghdad types=ied lang=ar`);
  });

  it("refuses a channel where the bot cannot post, with a clear message, and saves nothing", async () => {
    const readonly = await h.say(ADMIN, "/channels add @readonly_ch");
    expect(readonly.params.text).toContain("Refused: the bot is not an administrator of <b>Read only</b> allowed to post messages");
    const member = await h.say(ADMIN, "/channels add -1005555555555");
    expect(member.params.text).toContain("Refused: the bot is not an administrator of <b>Member</b>");
    const unknown = await h.say(ADMIN, "/channels add @no_such_channel");
    expect(unknown.params.text).toContain("The bot cannot see @no_such_channel");
    const typo = await h.say(ADMIN, "/channels add @iraq_news_ch بغدد");
    expect(typo.params.text).toContain("Unknown province or type: بغدد (Baghdad?)");
    expect(await h.tdb.db.subscriber.count()).toBe(0);
    const log = await audit();
    expect(log).toHaveLength(4);
    expect(log[0]!.detail).toContain("bot cannot post (administrator)");
    expect(log[1]!.detail).toContain("bot cannot post (member)");
  });

  it("refuses a non-admin, in the audit log, without looking at the channel", async () => {
    const answer = await h.say(STRANGER, "/channels add @iraq_news_ch");
    expect(answer.params.text).toBe("Sorry, this command is only for the bot's administrators.");
    expect((await h.say(STRANGER, "/channels")).params.text).toContain("only for the bot's administrators");
    expect(h.fake.callsOf("getChat")).toHaveLength(0);
    expect(await h.tdb.db.subscriber.count()).toBe(0);
    expect((await audit()).map((a) => [a.action, a.allowed, Number(a.adminId)])).toEqual([
      ["denied:/channels", false, STRANGER],
      ["denied:/channels", false, STRANGER],
    ]);
  });

  it("lists, updates (lang=en, new filters) and removes a channel", async () => {
    expect((await h.say(ADMIN, "/channels")).params.text).toContain("No channel is fed yet");
    await h.say(ADMIN, "/channels add @iraq_news_ch ديالى");
    const updated = await h.say(ADMIN, "/channels add https://t.me/iraq_news_ch البصرة مسيرة lang=en");
    expect(updated.params.text).toContain("updated");
    expect(updated.params.text).toContain("provinces: Basra · types: Drone attack · language: English");
    const sub = await h.tdb.db.subscriber.findUniqueOrThrow({ where: { chatId: BigInt(NEWS) }, include: { provinces: true, types: true } });
    expect(sub.language).toBe("en");
    expect(sub.provinces.map((p) => p.province)).toEqual(["basra"]);

    const list = String((await h.say(ADMIN, "/channels")).params.text);
    expect(list).toContain("Channels fed: 1");
    expect(list).toContain(`✅ <b>أخبار &lt;العراق&gt;</b> <code>${NEWS}</code>`);

    expect((await h.say(ADMIN, `/channels remove ${NEWS}`)).params.text).toContain("no longer receives alerts");
    expect(await h.tdb.db.subscriber.count()).toBe(0);
    expect((await h.say(ADMIN, "/channels remove @iraq_news_ch")).params.text).toContain("is not among the channels fed");
    expect((await h.say(ADMIN, "/channels add")).params.text).toContain("/channels add");
  });

  it("speaks Arabic to an Arabic admin", async () => {
    const answer = await h.say(ADMIN, "/channels add @readonly_ch", { languageCode: "ar" });
    expect(answer.params.text).toContain("مرفوض: البوت ليس مشرفًا في <b>Read only</b>");
  });
});
