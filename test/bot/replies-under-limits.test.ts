// Telegram's per-chat limit (about one message per second) on: an answer made
// of two messages in a row still arrives whole, and the Sender's own calls are
// not retried behind its back.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, startHarness, type Harness } from "../admin/harness.js";

describe("replies under Telegram's per-chat limit", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
    await h.tdb.db.subscriber.create({ data: { chatId: 101n } });
    h.fake.enforceLimits({ perSecondTotal: 30, perSecondPerChat: 1, perMinutePerGroup: 20 });
  });
  afterEach(async () => {
    await h.stop();
  });

  it("the broadcast preview (the only message with Send / Cancel) follows its count, after a 429", async () => {
    const seen = h.fake.calls.length;
    h.fake.sendText(ADMIN, "/broadcast\nتنبيه تجريبي", { languageCode: "ar" });
    const preview = await h.fake.waitForCall(
      (c) => h.fake.calls.indexOf(c) >= seen && c.method === "sendMessage" && c.params.reply_markup !== undefined && (c as any).result, 8000,
    );
    expect(preview.params.text).toBe("تنبيه تجريبي");
    expect(h.fake.rateLimitedBy.chat).toBeGreaterThan(0); // the limit was hit, and the reply retried
    const texts = h.fake.messagesTo(ADMIN).slice(0).map((c) => String(c.params.text));
    expect(texts.some((t) => t.includes("عدد المستلمين: 1"))).toBe(true);
    expect(texts.some((t) => t.includes("حدث خطأ غير متوقع"))).toBe(false);
  });

  it("/stats: the text, the week's chart and the province map all arrive, one after the other", async () => {
    const now = new Date();
    await h.tdb.db.incident.create({
      data: { type: "ied", province: "baghdad", provinces: '["baghdad"]', headline: "h", summary: "s", fingerprint: "f", occurredAt: now, firstSeenAt: now },
    });
    // each message delivered, Telegram refuses the next one once (429, retry after 1 s), whatever the time between them
    let refused = 0;
    h.fake.beforeAnswer = (c) => {
      if (String(c.params.chat_id) === String(ADMIN) && (c as any).result && refused < 2) {
        refused++;
        h.fake.inject(ADMIN, { kind: "429", retryAfter: 1 });
      }
    };
    h.fake.sendText(ADMIN, "/stats");
    const delivered = (c: { method: string }) => c.method === "sendPhoto" && (c as any).result;
    // the second picture delivered: both are there
    await h.fake.waitForCall((c) => delivered(c) && h.fake.callsOf("sendPhoto").filter(delivered).length === 2, 15_000);
    expect(refused).toBe(2);
    expect(h.fake.callsOf("sendPhoto").filter((c) => (c as any).error?.error_code === 429)).toHaveLength(2); // both pictures were refused once, and retried
    expect(h.fake.messagesTo(ADMIN).some((c) => (c as any).result && String(c.params.text).includes("الحوادث: 1 خلال 24 ساعة"))).toBe(true);
    expect(h.fake.messagesTo(ADMIN).some((c) => /حدث خطأ غير متوقع|unexpected error/i.test(String(c.params.text)))).toBe(false);
  });

  it("the bot's own api (used by the Sender) is left without retries", async () => {
    h.fake.inject(101, { kind: "429", retryAfter: 1 });
    await expect(h.bot.api.sendMessage(101, "x")).rejects.toMatchObject({ error_code: 429 });
  });
});
