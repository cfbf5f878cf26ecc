import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticleText } from "../../src/sources/fulltext.js";
import { readSource } from "../../src/sources/read.js";
import { FeedServer } from "../support/feed-server.js";
import { FAST, RSS, fixture, item, rss } from "./helpers.js";

let srv: FeedServer;
beforeAll(async () => {
  srv = await FeedServer.start();
});
afterAll(async () => {
  await srv.close();
});

const HTML = { "content-type": "text/html; charset=utf-8" };
const state = { etag: null, lastModified: null };

describe("full text", () => {
  it("extractArticleText finds the article and drops navigation", () => {
    const text = extractArticleText(fixture("article.html").toString("utf8"), "https://news.example.iq/news/102")!;
    expect(text).toContain("وقالت خلية الإعلام الأمني في بيان إن الصاروخ أطلق من منطقة الرضوانية");
    expect(text).toContain("\n\n"); // paragraphs kept
    expect(text).not.toContain("الأكثر قراءة");
    expect(text).not.toContain("جميع الحقوق محفوظة");
    expect(extractArticleText("<html><body><p>قصير</p></body></html>", "https://e.iq/")).toBeNull();
    expect(extractArticleText("", "https://e.iq/")).toBeNull();
  });

  it("drops breadcrumbs and ad labels that sit inside the article's container", () => {
    const para = "قالت خلية الإعلام الأمني إن عبوة ناسفة انفجرت على دورية للجيش في قضاء الطارمية شمال بغداد، ما أسفر عن إصابة جنديين بجروح.";
    const page = `<html><body><article><div class="crumbs"><a href="/">الرئيسية</a> / <a href="/amn">أمن</a></div>
      <h1>انفجار عبوة في الطارمية</h1><p>${para}</p><div class="ad">إعلان</div><p>${para.replace("جنديين", "ثلاثة جنود")}</p>
      <p>Home › News › Iraq</p></article></body></html>`;
    const text = extractArticleText(page, "https://news.example.iq/amn/1")!;
    expect(text).toContain("قضاء الطارمية شمال بغداد");
    expect(text).toContain("ثلاثة جنود");
    expect(text).not.toMatch(/الرئيسية|إعلان|Home/);
  });

  it("drops a related article's link, a date line and a keyword list that sit inside the article's container", () => {
    const para = "قالت خلية الإعلام الأمني إن عبوة ناسفة انفجرت على دورية للجيش في قضاء الطارمية شمال بغداد، ما أسفر عن إصابة جنديين بجروح.";
    const page = `<html><body><article><h1>انفجار عبوة في الطارمية</h1><p>الأحد، 12 تموز 2026 - 10:30</p><p>${para}</p>
      <p><strong>اقرأ أيضاً:</strong> <a href="/amn/0">مقتل ثلاثة جنود بهجوم لداعش في كركوك</a></p>
      <p>${para.replace("جنديين", "ثلاثة جنود")}</p><div class="tags"><span>الوسوم</span><a>بغداد</a><a>عبوة ناسفة</a></div>
      </article></body></html>`;
    const text = extractArticleText(page, "https://news.example.iq/amn/2")!;
    expect(text).toContain("ثلاثة جنود");
    expect(text).not.toMatch(/كركوك|تموز|الوسوم/);
    expect(text.split("\n").map((l) => l.trim())).not.toContain("عبوة ناسفة");
  });

  it("replaces a teaser with the article text; a failing article keeps its teaser", async () => {
    srv.route("/article/ok", { body: fixture("article.html"), headers: HTML });
    srv.route("/article/slow", { kind: "hang" });
    srv.route("/article/short", { body: "<html><body><p>لا شيء</p></body></html>", headers: HTML });
    srv.route("/feed-teasers", {
      headers: RSS,
      body: rss(
        item({ title: "صاروخ قرب المطار", link: srv.url("/article/ok"), guid: "1", description: "سقط صاروخ…" }) +
          item({ title: "مقال مفقود", link: srv.url("/article/missing"), guid: "2", description: "تشويقة ٢" }) +
          item({ title: "مقال بطيء", link: srv.url("/article/slow"), guid: "3", description: "تشويقة ٣" }) +
          item({ title: "مقال فارغ", link: srv.url("/article/short"), guid: "4", description: "تشويقة ٤" }),
      ),
    });
    const r = await readSource({ url: srv.url("/feed-teasers"), kind: "feed", fullText: true }, state, { allowPrivate: true, limits: { ...FAST, totalTimeoutMs: 400 } });
    expect(r.items[0]!.text).toContain("وأضاف البيان أن القوات الأمنية عثرت على منصة الإطلاق");
    expect(r.items.slice(1).map((i) => i.text)).toEqual(["تشويقة ٢", "تشويقة ٣", "تشويقة ٤"]);
    expect(r.fullText).toMatchObject({ attempted: 4, replaced: 1 });
    expect(r.fullText!.failed.map((f) => f.link).sort()).toEqual([srv.url("/article/missing"), srv.url("/article/short"), srv.url("/article/slow")].sort());
    expect(r.fullText!.failed.find((f) => f.link.endsWith("/missing"))!.error).toMatch(/^http: HTTP 404/);
    // the slow page is cut by its own time limit, teaser kept
    expect(r.fullText!.failed.find((f) => f.link.endsWith("/slow"))!.error).toBe("timeout: no complete response within 400 ms");
    expect(srv.requestsFor("/article/ok")[0]!.headers["accept"]).toContain("text/html");
  });

  it("only fetches articles for items chosen by fullTextFor, at most maxFullText", async () => {
    srv.route("/art/a", { body: fixture("article.html"), headers: HTML });
    srv.route("/art/b", { body: fixture("article.html"), headers: HTML });
    srv.route("/art/c", { body: fixture("article.html"), headers: HTML });
    srv.route("/feed-select", {
      headers: RSS,
      body: rss(["a", "b", "c"].map((x) => item({ title: x, link: srv.url(`/art/${x}`), guid: x, description: "تشويقة" })).join("")),
    });
    const r = await readSource({ url: srv.url("/feed-select"), kind: "feed", fullText: true }, state, {
      allowPrivate: true,
      limits: FAST,
      fullTextFor: (i) => i.guid !== "a",
      maxFullText: 1,
    });
    expect(srv.requestsFor("/art/a")).toHaveLength(0);
    expect(srv.requestsFor("/art/b")).toHaveLength(1);
    expect(srv.requestsFor("/art/c")).toHaveLength(0);
    expect(r.items.map((i) => i.text.length > 100)).toEqual([false, true, false]);
  });

  it("a not-modified feed fetches no articles", async () => {
    srv.route("/feed-304", { headers: RSS, etag: '"x"', body: rss(item({ title: "t", link: srv.url("/art/a"), guid: "z" })) });
    const before = srv.requestsFor("/art/a").length;
    const r = await readSource({ url: srv.url("/feed-304"), kind: "feed", fullText: true }, { etag: '"x"', lastModified: null }, { allowPrivate: true, limits: FAST });
    expect(r).toMatchObject({ notModified: true, items: [], etag: '"x"' });
    expect(srv.requestsFor("/art/a").length).toBe(before);
  });
});
