import { describe, expect, it } from "vitest";
import { htmlToText, itemKey, normaliseForHash, normaliseLink, type SourceItem } from "../../src/sources/items.js";
import { sameWordsRepeats } from "../../src/sources/same-words.js";

const base: SourceItem = { guid: null, link: null, title: "", text: "", publishedAt: null };

describe("items", () => {
  it("normaliseLink: absolute, no fragment, no utm_*", () => {
    expect(normaliseLink("/a/b?utm_source=x&id=3&utm_campaign=y#top", "https://News.Example.iq:443/feed")).toBe("https://news.example.iq/a/b?id=3");
    expect(normaliseLink("https://e.iq/x?utm_medium=rss", "https://e.iq/")).toBe("https://e.iq/x");
    expect(normaliseLink("javascript:alert(1)", "https://e.iq/")).toBeNull();
    expect(normaliseLink("  ", "https://e.iq/")).toBeNull();
    expect(normaliseLink(null, "https://e.iq/")).toBeNull();
  });

  it("itemKey: guid, else normalised link, else content hash", () => {
    expect(itemKey({ ...base, guid: " abc ", link: "https://e.iq/1" })).toBe("abc");
    expect(itemKey({ ...base, guid: "https://e.iq/1?utm_source=rss#x" })).toBe("https://e.iq/1");
    expect(itemKey({ ...base, link: "https://e.iq/2#frag" })).toBe("https://e.iq/2");
    const k = itemKey({ ...base, title: "انفجار في بغداد", text: "نص" });
    expect(k).toMatch(/^h:[0-9a-f]{40}$/);
  });

  it("the content hash ignores diacritics, tatweel, invisible marks and spacing, not letters", () => {
    const a = itemKey({ ...base, title: "انفجار  في بغداد", text: "قُتِلَ شخصان\n\nفي  الحادث" });
    const b = itemKey({ ...base, title: "انفجـــار في بغداد\u200f", text: "قتل شخصان في الحادث" });
    const c = itemKey({ ...base, title: "انفجار في البصرة", text: "قتل شخصان في الحادث" });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(normaliseForHash("  مَرْحَباً  بِكُمْ ")).toBe("مرحبا بكم");
  });

  it("htmlToText keeps line structure and decodes entities", () => {
    expect(htmlToText("<p>سطر&nbsp;أول</p><p>سطر <b>ثان</b><br>ثالث &#1575; &#x628; &quot;x&quot;</p><script>var a=1</script>")).toBe(
      "سطر أول\n\nسطر ثان\nثالث ا ب \"x\"",
    );
    expect(htmlToText("نص عادي بدون وسوم")).toBe("نص عادي بدون وسوم");
  });
});

describe("the same words are the same item only lately (same-words.ts, the store's rule without a database)", () => {
  const at = (h: number) => new Date(Date.parse("2026-07-01T00:00:00Z") + h * 3_600_000);
  it("a repost within two days is the post it repeats; days later the words are news again", () => {
    const story = "مصدر أمني: مقتل جندي وإصابة اثنين آخرين بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي في قضاء الطارمية شمال العاصمة بغداد";
    const repeats = sameWordsRepeats([
      { id: "a", text: "عاجل | انفجار في أربيل", publishedAt: at(0) },
      { id: "a2", text: "عاجل | انفجار  في أربيل", publishedAt: at(1) },
      { id: "b", text: "انفجار آخر في السليمانية", publishedAt: at(2) },
      { id: "s", text: story, publishedAt: at(3) },
      { id: "s2", text: story, publishedAt: at(40) },
      { id: "a3", text: "عاجل | انفجار في أربيل", publishedAt: at(60) },
      { id: "a4", text: "عاجل | انفجار في أربيل", publishedAt: at(63) },
      { id: "s3", text: story, publishedAt: at(100) },
    ]);
    expect([...repeats]).toEqual([["a2", "a"], ["s2", "s"], ["a4", "a3"]]);
  });
  it("a flash of a few words posted again the next day is the next blast, not a repost", () => {
    const flash = "عاجل ⚡ انفجار يسمع في الجانب الأيسر من الموصل";
    const repeats = sameWordsRepeats([
      { id: "f", text: flash, publishedAt: at(0) },
      { id: "f2", text: flash, publishedAt: at(2) },
      { id: "f3", text: flash, publishedAt: at(36) },
    ]);
    expect([...repeats]).toEqual([["f2", "f"]]);
  });
});
