import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isTelegramChannelUrl, parseTelegramPreview, telegramPreviewUrl } from "../../src/sources/telegram-channel.js";
import { readSource } from "../../src/sources/read.js";
import { itemKey } from "../../src/sources/items.js";
import { FeedServer } from "../support/feed-server.js";
import { FAST, fixture } from "./helpers.js";

let srv: FeedServer;
beforeAll(async () => {
  srv = await FeedServer.start();
});
afterAll(async () => {
  await srv.close();
});

describe("Telegram channel URLs", () => {
  it("recognises public channel URLs", () => {
    for (const u of ["https://t.me/s/SecMedia_iq", "https://t.me/SecMedia_iq", "t.me/s/SecMedia_iq/", "http://telegram.me/SecMedia_iq", "https://t.me/SecMedia_iq/4519"]) {
      expect(isTelegramChannelUrl(u)).toBe(true);
      expect(telegramPreviewUrl(u)).toBe("https://t.me/s/SecMedia_iq");
    }
    for (const u of ["https://t.me/joinchat/AAAA", "https://t.me/+AbCdEf", "https://t.me/c/123/4", "https://example.com/SecMedia_iq", "https://t.me/", "https://t.me/s/", "https://t.me/abc"]) {
      expect(isTelegramChannelUrl(u)).toBe(false);
    }
    expect(() => telegramPreviewUrl("https://example.com/x")).toThrow();
  });
});

describe("Telegram preview page", () => {
  it("parses the t.me/s/<channel> markup into items (newest first, service messages skipped)", async () => {
    srv.route("/s/SecMedia_iq", { body: fixture("telegram-preview.html"), headers: { "content-type": "text/html; charset=utf-8" } });
    const r = await readSource({ url: "https://t.me/SecMedia_iq", kind: "telegram", fullText: false }, { etag: null, lastModified: null }, { allowPrivate: true, limits: FAST, telegramOrigin: srv.origin });
    expect(srv.requestsFor("/s/SecMedia_iq")).toHaveLength(1);
    expect(r.items.map((i) => i.guid)).toEqual(["SecMedia_iq/4522", "SecMedia_iq/4520", "SecMedia_iq/4519"]);
    const [c, b, a] = r.items;
    expect(a).toEqual({
      guid: "SecMedia_iq/4519",
      link: "https://t.me/SecMedia_iq/4519",
      title: "",
      text: "🔴 عاجل\n\nانفجار عبوة ناسفة على دورية للشرطة في قضاء الطارمية شمالي بغداد، أسفر عن إصابة منتسبين اثنين.\nالقوات الأمنية تطوق مكان الحادث.",
      publishedAt: new Date("2024-05-07T05:12:44Z"),
    });
    // the quoted reply is not part of the post's text
    expect(b!.text).toBe("تحديث: ارتفاع عدد المصابين إلى 4 بينهم ضابط.\nنُقل الجرحى إلى مستشفى الكاظمية & حالتهم مستقرة.");
    expect(c!.text).toBe("القبض على ثلاثة متهمين بالإرهاب في #الأنبار بعملية استباقية في قضاء القائم.\n\nالتفاصيل");
    expect(itemKey(c!)).toBe("SecMedia_iq/4522");
  });

  it("a page without posts gives no items", () => {
    expect(parseTelegramPreview("<html><body><div class='tgme_page'>x</div></body></html>", "https://t.me/s/x")).toEqual([]);
  });
});
