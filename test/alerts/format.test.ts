// The alert text: layout, escaping of feed text, the English variant, trimming.
import { describe, expect, it } from "vitest";
import { clipEscaped, hasMapPoint, parseMapButtonData, mapButtonData, renderAlert, renderTollRise, summaryOf, TEXT_LIMIT } from "../../src/alerts/index.js";
import { checkTelegramHtml, incident, tr } from "./helpers.js";
import { placeInEnglish } from "../../src/nlp/index.js";

const TZ = "Asia/Baghdad";
const ar = { t: tr("ar"), locale: "ar", timeZone: TZ };
const en = { t: tr("en"), locale: "en", timeZone: TZ };
const sources = [{ name: "شفق نيوز", url: "https://shafaq.example/ar/123" }];

describe("renderAlert (Arabic)", () => {
  it("has the icon, type and place first, then the toll, summary, time and linked sources", () => {
    const html = renderAlert(incident({ perpetrator: "داعش" }), { ...ar, sources });
    const lines = html.split("\n");
    expect(lines[0]).toBe("💥 <b>عبوة ناسفة — الطارمية، بغداد</b>");
    expect(lines[1]).toBe("قتيلان و4 جرحى"); // the dual, joined by «و»
    expect(html).toContain("انفجار عبوة ناسفة بمنطقة الطارمية");
    expect(html).toContain("الجهة المنفذة: داعش");
    expect(html).toContain("21:30"); // 18:30 UTC in Baghdad
    expect(html).toContain('المصدر: <a href="https://shafaq.example/ar/123">شفق نيوز</a>');
    expect(checkTelegramHtml(html).error).toBeNull();
  });

  it("leaves the toll out when the text states none, and says «لا قتلى» for a stated zero", () => {
    const unknown = renderAlert(incident({ killed: null, injured: null }), { ...ar, sources });
    expect(unknown.split("\n")[1]).toBe("");
    expect(unknown).not.toMatch(/قتلى|جرحى|قتيل|جريح/);
    const zero = renderAlert(incident({ killed: 0, injured: 3 }), { ...ar, sources });
    expect(zero.split("\n")[1]).toBe("لا قتلى، 3 جرحى");
    const one = renderAlert(incident({ killed: 1, injured: null }), { ...ar, sources });
    expect(one.split("\n")[1]).toBe("قتيل واحد");
    // duals: «قتيلان», «جريحان», never «2 قتلى»
    const two = (killed: number | null, injured: number | null) => renderAlert(incident({ killed, injured }), { ...ar, sources }).split("\n")[1];
    expect(two(1, 2)).toBe("قتيل واحد وجريحان");
    expect(two(2, 2)).toBe("قتيلان وجريحان");
    expect(two(2, 0)).toBe("قتيلان، لا جرحى");
    expect(two(3, 11)).toBe("3 قتلى و11 جريحًا");
    const many = renderAlert(incident({ killed: 15, injured: 100 }), { ...ar, sources });
    expect(many.split("\n")[1]).toBe("15 قتيلًا و100 جريح");
  });

  it("shows a combined figure as one («15 بين قتيل وجريح»), never as deaths nor beside the split as more victims", () => {
    const line = (killed: number | null, injured: number | null, casualties: number | null, o = ar) =>
      renderAlert(incident({ killed, injured, casualties }), { ...o, sources }).split("\n")[1];
    expect(line(null, null, 15)).toBe("15 بين قتيل وجريح");
    expect(line(null, null, 15, en)).toBe("15 killed or injured in all");
    // «مقتل وإصابة 15 بينهم 6 قتلى»: the deaths known are of the 15
    expect(line(6, null, 15)).toBe("15 بين قتيل وجريح، بينهم 6 قتلى");
    expect(line(6, null, 15, en)).toBe("15 killed or injured in all, including 6 killed");
    // a later combined figure above a full split («قتيلان و4 جرحى», then «15 بين قتيل وجريح») is shown
    expect(line(2, 4, 15)).toBe("15 بين قتيل وجريح، بينهم قتيلان و4 جرحى");
    expect(line(0, null, 15)).toBe("15 بين قتيل وجريح");
    // a split that tells all of it says it all
    expect(line(6, 9, 15)).toBe("6 قتلى و9 جرحى");
  });

  it("replies to a rise of a combined figure with what it was", () => {
    const reply = renderTollRise(incident({ killed: 6, injured: null, casualties: 15 }), { killed: null, injured: null, casualties: 12 }, tr("ar"), "ar");
    expect(reply.split("\n")[0]).toBe("📈 ارتفاع الحصيلة إلى 15 بين قتيل وجريح، بينهم 6 قتلى (كانت: 12 بين قتيل وجريح)");
  });

  it("names the province alone when the place is the province, and Iraq when none is known", () => {
    expect(renderAlert(incident({ place: "بغداد" }), { ...ar, sources }).split("\n")[0]).toBe("💥 <b>عبوة ناسفة — بغداد</b>");
    expect(renderAlert(incident({ place: null, provinces: [] }), { ...ar, sources }).split("\n")[0]).toBe("💥 <b>عبوة ناسفة — العراق</b>");
  });

  it("names a part of Iraq alone when no province is known («شمال العراق», not «شمال العراق، العراق»)", () => {
    expect(renderAlert(incident({ place: "شمال العراق", provinces: [] }), { ...ar, sources }).split("\n")[0]).toBe("💥 <b>عبوة ناسفة — شمال العراق</b>");
    expect(renderAlert(incident({ place: "اقليم كردستان", provinces: [] }), { ...ar, sources }).split("\n")[0]).toBe("💥 <b>عبوة ناسفة — اقليم كردستان</b>");
    const english = renderAlert(incident({ place: "اقليم كردستان", placeId: "region:kurdistan", provinces: [] }), { ...en, sources, placeLabel: placeInEnglish("region:kurdistan") });
    expect(english.split("\n")[0]).toMatch(/ — Kurdistan Region<\/b>$/);
  });

  it("names the province once when the place is the province as the post spells it, or already names it", () => {
    const head = (place: string, provinces = ["erbil"]) => renderAlert(incident({ place, provinces }), { ...ar, sources }).split("\n")[0];
    expect(head("اربيل")).toBe("💥 <b>عبوة ناسفة — أربيل</b>"); // no hamza, as the channel writes it
    expect(head("سليمانية", ["sulaymaniyah"])).toBe("💥 <b>عبوة ناسفة — السليمانية</b>"); // no article
    expect(head("العاصمة بغداد", ["baghdad"])).toBe("💥 <b>عبوة ناسفة — العاصمة بغداد</b>");
    expect(head("مدينة حلبجة", ["halabja"])).toBe("💥 <b>عبوة ناسفة — مدينة حلبجة</b>");
    // a district named after its province's capital is a place of its own
    expect(head("قضاء أربيل")).toBe("💥 <b>عبوة ناسفة — قضاء أربيل، أربيل</b>");
    expect(head("مطار أربيل")).toBe("💥 <b>عبوة ناسفة — مطار أربيل، أربيل</b>");
  });

  it("cannot be made to carry tags or links by feed text", () => {
    const evil = 'قصف <b>عاجل</b> & <a href="http://evil.example">اضغط</a> "هنا"';
    const html = renderAlert(
      incident({ summary: evil, place: "<i>الطارمية</i>", perpetrator: "</b><a href='x'>" }),
      {
        ...ar,
        sources: [
          { name: "<b>Outlet</b> & co", url: "https://ok.example/?a=1&b=2" },
          { name: "quoted", url: 'https://ok.example/"><b>x' },
          { name: "bad", url: "javascript:alert(1)" },
        ],
      },
    );
    expect(checkTelegramHtml(html).error).toBeNull();
    expect(html).toContain("قصف &lt;b&gt;عاجل&lt;/b&gt; &amp; &lt;a href=&quot;http://evil.example&quot;&gt;اضغط&lt;/a&gt;");
    expect(html).not.toContain("evil.example\">");
    expect(html).not.toContain("javascript:");
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('<a href="https://ok.example/?a=1&amp;b=2">');
    expect(html).toContain("&lt;b&gt;Outlet&lt;/b&gt; &amp; co");
  });

  it("marks an edited message as updated, with the time of the update", () => {
    const html = renderAlert(incident({ updatedAt: new Date("2026-04-23T19:05:00Z") }), { ...ar, sources, updated: true });
    expect(html.split("\n")[0]).toBe("🔄 تحديث 22:05");
  });

  it("lists every outlet, and drops the last ones (counted) only when the message would be too long", () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ name: `وكالة ${i}`, url: `https://news${i}.example/${"x".repeat(300)}` }));
    const html = renderAlert(incident(), { ...ar, sources: many });
    expect(html.length).toBeLessThanOrEqual(TEXT_LIMIT);
    expect(html).toContain("وكالة 0");
    expect(html).toMatch(/و\d+ غيرها$/);
    expect(html).toContain(incident().summary); // the short summary was kept whole
    const two = renderAlert(incident(), { ...ar, sources: many.slice(0, 2) });
    expect(two).toContain("المصادر: ");
    expect(two).not.toContain("غيرها");
  });
});

describe("renderAlert (English)", () => {
  it("has English labels and keeps the Arabic summary, marked as the original", () => {
    const html = renderAlert(incident({ perpetrator: "تنظيم داعش" }), { ...en, sources });
    const lines = html.split("\n");
    expect(lines[0]).toBe("💥 <b>IED / explosive device — الطارمية, Baghdad</b>");
    expect(lines[1]).toBe("2 killed, 4 injured");
    expect(html).toContain(`Summary (Arabic original):\n<blockquote>${incident().summary}</blockquote>`);
    expect(html).toContain("Perpetrator: ISIS (تنظيم داعش)");
    expect(html).toContain("23 April at 21:30 (Baghdad time)");
    expect(html).toContain("Source: <a href=");
    expect(checkTelegramHtml(html).error).toBeNull();
  });

  it("keeps a perpetrator it cannot translate as written", () => {
    expect(renderAlert(incident({ perpetrator: "عصابة محلية" }), { ...en, sources })).toContain("Perpetrator: عصابة محلية");
  });
});

describe("renderTollRise", () => {
  it("says the toll rose, from what, under the headline", () => {
    const text = renderTollRise(incident({ killed: 5, injured: 6 }), { killed: 2, injured: 4 }, tr("ar"), "ar");
    expect(text).toBe("📈 ارتفاع الحصيلة إلى 5 قتلى و6 جرحى (كانت: قتيلان و4 جرحى)\n💥 <b>عبوة ناسفة — الطارمية، بغداد</b>");
    const en = renderTollRise(incident({ killed: 3, injured: null }), { killed: null, injured: null }, tr("en"), "en");
    expect(en).toBe("📈 Toll rises to 3 killed\n💥 <b>IED / explosive device — الطارمية, Baghdad</b>");
  });

  it("says who died, not that the toll rose, when the dead are named within a combined figure told", () => {
    const ar = renderTollRise(incident({ killed: 4, injured: 8, casualties: 12 }), { killed: null, injured: null, casualties: 12 }, tr("ar"), "ar");
    expect(ar.split("\n")[0]).toBe("📋 تفاصيل الحصيلة: 4 قتلى و8 جرحى (كانت: 12 بين قتيل وجريح)");
    const en = renderTollRise(incident({ killed: 4, injured: 8, casualties: 12 }), { killed: null, injured: null, casualties: 12 }, tr("en"), "en");
    expect(en.split("\n")[0]).toBe("📋 Toll details: 4 killed, 8 injured (was: 12 killed or injured in all)");
    // more victims in all than the combined figure, or dead told before: a rise
    const more = renderTollRise(incident({ killed: 4, injured: 10, casualties: 12 }), { killed: null, injured: null, casualties: 12 }, tr("ar"), "ar");
    expect(more.split("\n")[0]).toMatch(/^📈 ارتفاع الحصيلة إلى /);
    const dead = renderTollRise(incident({ killed: 4, injured: 8, casualties: 12 }), { killed: 2, injured: null, casualties: 12 }, tr("ar"), "ar");
    expect(dead.split("\n")[0]).toMatch(/^📈 ارتفاع الحصيلة إلى /);
  });
});

describe("clipEscaped", () => {
  it("returns the escaped text whole when it fits", () => {
    expect(clipEscaped("a & b", 9)).toBe("a &amp; b");
  });

  it("never cuts an entity, a surrogate pair or an emoji sequence", () => {
    for (let max = 1; max < 40; max++) {
      for (const s of ["&&&&&&&&&&&&&&&&&&&&", "😀😀😀😀😀😀😀😀😀😀😀😀", "👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", "🇮🇶🇮🇶🇮🇶🇮🇶🇮🇶🇮🇶🇮🇶"]) {
        const out = clipEscaped(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(checkTelegramHtml(out).error, `${s} @ ${max}: ${out}`).toBeNull();
        const body = out.replace(/…$/, "");
        if (s.startsWith("👨")) expect(body.length % "👨‍👩‍👧".length).toBe(0);
        if (s.startsWith("🇮🇶")) expect(body.length % 4).toBe(0);
      }
    }
  });

  it("ends at a sentence when one ends late enough, else at a word, and marks the cut", () => {
    const s = "انفجرت عبوة ناسفة قرب سوق شعبي. وأسفر الانفجار عن سقوط ضحايا بين المدنيين والقوات الأمنية";
    expect(clipEscaped(s, 60)).toBe("انفجرت عبوة ناسفة قرب سوق شعبي.");
    const cut = clipEscaped(s, 75);
    expect(cut.endsWith("…")).toBe(true);
    expect(s.startsWith(cut.slice(0, -1))).toBe(true);
    expect(s[cut.length - 1]).toBe(" "); // cut before a space: no half word
  });
});

describe("summaryOf, map point and button data", () => {
  it("shows the model's summary only for the facts it was made from", () => {
    expect(summaryOf(incident({ summaryAi: "ملخص", summaryAiVersion: 1, version: 1 }))).toBe("ملخص");
    expect(summaryOf(incident({ summaryAi: "ملخص", summaryAiVersion: 1, version: 2 }))).toBe(incident().summary);
    expect(summaryOf(incident({ summaryAi: null, summaryAiVersion: 1 }))).toBe(incident().summary);
  });

  it("takes only coordinates in or near Iraq (0,0 means unknown)", () => {
    expect(hasMapPoint({ lat: 33.3, lon: 44.4 })).toBe(true);
    expect(hasMapPoint({ lat: 0, lon: 0 })).toBe(false);
    expect(hasMapPoint({ lat: 44.4, lon: 33.3 })).toBe(false);
    expect(hasMapPoint({ lat: null, lon: 44 })).toBe(false);
  });

  it("round-trips the map button's data and rejects anything else", () => {
    expect(parseMapButtonData(mapButtonData(42))).toBe(42);
    for (const bad of ["map:", "map:-1", "map:1e3", "map:12345678901", "map:1 ", "xmap:1", "map:1;drop"]) expect(parseMapButtonData(bad)).toBeNull();
  });
});
