import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ParseError, parseFeed } from "../../src/sources/parse.js";
import { readSource } from "../../src/sources/read.js";
import { itemKey } from "../../src/sources/items.js";
import { FeedServer } from "../support/feed-server.js";
import { FAST, RSS, fixture, item, rss } from "./helpers.js";

let srv: FeedServer;
beforeAll(async () => {
  srv = await FeedServer.start();
});
afterAll(async () => {
  await srv.close();
});

const state = { etag: null, lastModified: null };
async function serveAndRead(path: string, body: string | Buffer, headers: Record<string, string> = RSS) {
  srv.route(path, { body, headers });
  return readSource({ url: srv.url(path), kind: "feed", fullText: false }, state, { allowPrivate: true, limits: FAST });
}
async function parseFailure(p: Promise<unknown>): Promise<ParseError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    return e as ParseError;
  }
  throw new Error("expected a ParseError");
}

describe("feeds over HTTP", () => {
  it("RSS 2.0 with Arabic items: HTML stripped, entities decoded, links normalised", async () => {
    const r = await serveAndRead("/rss", fixture("rss-utf8.xml"));
    expect(r.notModified).toBe(false);
    expect(r.finalUrl).toBe(srv.url("/rss"));
    const [a, b] = r.items;
    expect(a).toMatchObject({
      title: "مقتل شخصين بهجوم مسلح في ديالى & إصابة ثالث",
      link: "https://news.example.iq/news/101?id=7",
      text: "قُتل شخصان وأُصيب ثالث بهجوم مسلح في قضاء المقدادية.\n\nوقال مصدر أمني… إن القوات طوقت المنطقة.\nالتحقيق جارٍ.",
    });
    expect(a!.publishedAt?.toISOString()).toBe("2024-05-07T03:15:00.000Z");
    // guid = permalink with a utm parameter: the key is the normalised URL, same as the link
    expect(itemKey(a!)).toBe("https://news.example.iq/news/101?id=7");
    // content:encoded preferred over the shorter description
    expect(b!.text).toBe("سقط صاروخ نوع كاتيوشا قرب مطار بغداد الدولي دون إصابات أولية.\n\nوأكدت خلية الإعلام الأمني أن الصاروخ أطلق من منطقة الرضوانية.");
    expect(itemKey(b!)).toBe("news-102");
  });

  it("items without dates and with nonsense, future or epoch dates → publishedAt null", async () => {
    const r = await serveAndRead("/rss-dates", fixture("rss-utf8.xml"));
    const byLink = new Map(r.items.map((i) => [i.link, i.publishedAt]));
    for (const n of [103, 104, 105, 106]) {
      expect(byLink.has(`https://news.example.iq/news/${n}`)).toBe(true);
      expect(byLink.get(`https://news.example.iq/news/${n}`)).toBeNull();
    }
  });

  it("a date up to a day ahead (clock skew) is kept, more is not", async () => {
    const now = new Date("2024-05-07T12:00:00Z");
    const items = await parseFeed(
      rss(item({ title: "a", guid: "1", pubDate: "Tue, 07 May 2024 20:00:00 GMT" }) + item({ title: "b", guid: "2", pubDate: "Thu, 09 May 2024 12:00:00 GMT" })),
      "https://example.iq/",
      { now },
    );
    expect(items[0]!.publishedAt?.toISOString()).toBe("2024-05-07T20:00:00.000Z");
    expect(items[1]!.publishedAt).toBeNull();
  });

  it("Atom: relative links resolved, html titles stripped, a nonsense <updated> does not sink the feed", async () => {
    const r = await serveAndRead("/atom", fixture("atom-utf8.xml"), { "content-type": "application/atom+xml" });
    expect(r.items).toHaveLength(2);
    expect(r.items[0]).toMatchObject({
      guid: "tag:atom.example.iq,2024:1",
      link: "https://atom.example.iq/2024/05/arrest-mosul",
      title: "اعتقال مطلوب في الموصل",
      text: "اعتقلت قوة أمنية مطلوبا بتهمة الإرهاب في الجانب الأيمن من الموصل.",
    });
    expect(r.items[0]!.publishedAt?.toISOString()).toBe("2024-05-07T04:30:00.000Z");
    expect(r.items[1]).toMatchObject({ title: "حريق في سوق الشورجة", text: "اندلع حريق في سوق الشورجة وسط بغداد.\n\nفرق الدفاع المدني تسيطر على النيران.", publishedAt: null });
  });

  it("RDF / RSS 1.0 with dc:date", async () => {
    const r = await serveAndRead("/rdf", fixture("rdf-utf8.xml"), { "content-type": "application/rdf+xml" });
    expect(r.items.map((i) => i.title)).toEqual(["تفجير انتحاري في سامراء", "إغلاق طريق بغداد كركوك"]);
    expect(r.items[0]!.link).toBe("https://rdf.example.iq/item/1");
    expect(r.items[1]!.publishedAt?.toISOString()).toBe("2024-05-06T10:30:00.000Z");
  });

  it("an empty feed gives no items and no error", async () => {
    const r = await serveAndRead("/empty", rss(""));
    expect(r.items).toEqual([]);
    const atom = await serveAndRead("/empty-atom", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>`);
    expect(atom.items).toEqual([]);
  });

  it("malformed XML → ParseError malformed", async () => {
    const e = await parseFailure(serveAndRead("/broken", `<?xml version="1.0"?><rss version="2.0"><channel><item><title>خبر</title></channel></rss>`));
    expect(e.reason).toBe("malformed");
    expect(e.message).toMatch(/^malformed XML/);
    const cut = fixture("rss-utf8.xml").subarray(0, 900);
    expect((await parseFailure(serveAndRead("/truncated", cut))).reason).toBe("malformed");
  });

  it("an HTML page instead of a feed → ParseError not a feed", async () => {
    const e = await parseFailure(serveAndRead("/html", fixture("article.html"), { "content-type": "text/html; charset=utf-8" }));
    expect(e.reason).toBe("not-a-feed");
    expect(e.message).toMatch(/^not a feed: an HTML page/);
    // XHTML parses as XML but is still not a feed
    const x = await parseFailure(parseFeed(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>`, "https://e.iq/"));
    expect(x.message).toMatch(/^not a feed/);
    expect((await parseFailure(parseFeed("", "https://e.iq/"))).message).toBe("not a feed: empty body");
    expect((await parseFailure(parseFeed('{"items":[]}', "https://e.iq/"))).reason).toBe("not-a-feed");
  });

  it("duplicate guids inside one feed: the same item twice keeps the first", async () => {
    const xml = rss(
      item({ title: "الأول", link: "https://e.iq/1", guid: "g-1", description: "نسخة أولى" }) +
        item({ title: "الثاني", link: "https://e.iq/2", guid: "g-2" }) +
        item({ title: "الأول", link: "https://e.iq/1", guid: "g-1", description: "نسخة مكررة" }),
    );
    const r = await serveAndRead("/dups", xml);
    expect(r.items.map((i) => i.guid)).toEqual(["g-1", "g-2"]);
    expect(r.items[0]!.text).toBe("نسخة أولى");
  });

  it("a guid shared by different items is dropped so they are not merged", async () => {
    const xml = rss(
      item({ title: "خبر ١", link: "https://e.iq/a", guid: "https://e.iq/" }) +
        item({ title: "خبر ٢", link: "https://e.iq/b", guid: "https://e.iq/" }) +
        item({ title: "خبر ٣", guid: "same" }) +
        item({ title: "خبر ٤", guid: "same" }),
    );
    const r = await serveAndRead("/shared-guid", xml);
    expect(r.items.map((i) => i.title)).toEqual(["خبر ١", "خبر ٢", "خبر ٣", "خبر ٤"]);
    expect(r.items.every((i) => i.guid === null)).toBe(true);
    expect(new Set(r.items.map(itemKey)).size).toBe(4);
    expect(itemKey(r.items[2]!)).toMatch(/^h:[0-9a-f]{40}$/);
  });

  it("caps items per feed at 200", async () => {
    const many = Array.from({ length: 250 }, (_, i) => item({ title: `خبر ${i}`, guid: `g${i}` })).join("");
    const r = await serveAndRead("/many", rss(many));
    expect(r.items).toHaveLength(200);
    expect(r.items[0]!.guid).toBe("g0");
  });

  it("survives HTML entities and stray ampersands that strict XML rejects", async () => {
    const xml = rss(item({ title: "بغداد&nbsp;&mdash; البصرة & الموصل", guid: "e1", description: "<![CDATA[نص &nbsp;عادي]]>" }));
    const r = await serveAndRead("/entities", xml);
    expect(r.items[0]!.title).toBe("بغداد — البصرة & الموصل");
    expect(r.items[0]!.text).toBe("نص عادي");
  });

  it("accepts <rss> without a version attribute", async () => {
    const items = await parseFeed(`<rss><channel><item><title>خبر</title><guid>x</guid></item></channel></rss>`, "https://e.iq/");
    expect(items.map((i) => i.title)).toEqual(["خبر"]);
  });
});
