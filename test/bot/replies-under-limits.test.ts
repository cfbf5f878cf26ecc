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

  it("the bot's own api (used by the Sender) is left without retries", async () => {
    h.fake.inject(101, { kind: "429", retryAfter: 1 });
    await expect(h.bot.api.sendMessage(101, "x")).rejects.toMatchObject({ error_code: 429 });
  });
});
