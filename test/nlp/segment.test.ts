// Where one story ends and the next begins on a fetched page or feed item.
import { describe, it, expect } from "vitest";
import { analyzeReport } from "../../src/nlp/index.js";
import { isBoilerplate, isDateLine, withoutFurniture } from "../../src/nlp/furniture.js";
import { titleOpensText } from "../../src/nlp/extract.js";

const at = new Date("2026-06-01T12:00:00Z");
const body = "أفاد مصدر أمني بأن عبوة ناسفة انفجرت صباح اليوم على دورية للجيش في قضاء المقدادية بمحافظة ديالى، ما أسفر عن مقتل جنديين وإصابة ثلاثة آخرين بجروح متفاوتة، فيما فرضت القوات الأمنية طوقا حول المكان.";

describe("a feed title that is the clipped first line", () => {
  const first = "انفجار عبوة ناسفة على دورية للجيش في المقدادية يسفر عن مقتل جنديين وإصابة ثلاثة آخرين";
  const text = `${first}\n\n${body}`;
  it("is recognised as the opening of the text, whether clipped at a word or inside one", () => {
    expect(titleOpensText("انفجار عبوة ناسفة على دورية للجيش في المقدادية يسفر عن…", text)).toBe(true);
    expect(titleOpensText("انفجار عبوة ناسفة على دورية للجيش في المقدادية يسفر عن مق...", text)).toBe(true);
    expect(titleOpensText("هجوم بطائرة مسيرة على مطار أربيل", text)).toBe(false);
  });
  it("does not split the item into two stories", () => {
    // a clipped title long enough to read as a paragraph of text, then the full line as a headline
    const stories = analyzeReport({ title: "انفجار عبوة ناسفة على دورية للجيش في المقدادية يسفر عن مقتل جنديين وإصابة…", text, publishedAt: at });
    expect(stories).toHaveLength(1);
    expect(stories[0]!.incident).toMatchObject({ provinces: ["diyala"], type: "ied", killed: 2, injured: 3 });
  });
});

describe("a byline and a view count between title and body", () => {
  it("are page furniture, not text", () => {
    expect(isBoilerplate("المحرر منذ ساعتين 1٬204 مشاهدة")).toBe(true);
    expect(isBoilerplate("1,204 مشاهدة")).toBe(true);
    expect(isBoilerplate("المحرر: أحمد علي")).toBe(true);
    expect(isBoilerplate("بقلم علي حسين")).toBe(true);
    expect(isBoilerplate("مقتل 3 أشخاص بانفجار في بغداد")).toBe(false);
  });
  it("leave one story whose lead is the body's first sentence", () => {
    const page = `انفجار عبوة ناسفة على دورية للجيش في المقدادية\n\nالمحرر\n1٬204 مشاهدة\n\nانفجار عبوة ناسفة على دورية للجيش في المقدادية\n\n${body}`;
    const stories = analyzeReport({ title: "", text: page, publishedAt: at });
    expect(stories).toHaveLength(1);
    expect(stories[0]!.incident).toMatchObject({ provinces: ["diyala"], killed: 2, injured: 3 });
  });
});

describe("links to other articles, keyword lists and date lines on a page", () => {
  const other = "مقتل ثلاثة جنود بهجوم لداعش في كركوك";
  const only = (page: string) => analyzeReport({ title: "", text: page, publishedAt: at }).filter((s) => s.incident).map((s) => s.incident!);
  it("a link on one line («اقرأ أيضاً: …») is another article's headline, not a second incident", () => {
    for (const link of [`اقرأ أيضاً: ${other}`, `🔴 إقرأ ايضا | ${other}`, `ذات صلة » ${other}`, `Read also: ${other}`]) {
      // under a flash, the link's province and toll had been added to the report's
      expect(only(`انفجار عبوة ناسفة في المقدادية\n\n${link}`), link).toMatchObject([{ provinces: ["diyala"], type: "ied", killed: null }]);
      const found = only(`${body}\n\n${link}\n\nوأضاف المصدر أن الجرحى نقلوا إلى مستشفى بعقوبة.`);
      expect(found, link).toHaveLength(1);
      expect(found[0]).toMatchObject({ provinces: ["diyala"], type: "ied", killed: 2, injured: 3 });
    }
  });
  it("a heading over a list of links takes the titles right under it, and the article after the list stays", () => {
    const read = (lines: string[]) => withoutFurniture(lines).join("\n").replace(/\n{3,}/g, "\n\n");
    const after = "وأضاف المصدر أن القوات الأمنية فرضت طوقا حول المكان";
    expect(read(["فقرة أولى من الخبر.", "", "أخبار ذات صلة", "", other, "انفجار عبوة ناسفة يصيب مدنيين في ديالى", "", after]))
      .toBe(`فقرة أولى من الخبر.\n\n${after}`);
    // a heading with its colon on a line of its own is a heading, not a link
    expect(read(["فقرة أولى من الخبر.", "اقرأ أيضاً:", other, "", "وقال المصدر: «قتل جنديان».»"])).toBe("فقرة أولى من الخبر.\n\nوقال المصدر: «قتل جنديان».»");
    expect(only(`انفجار عبوة ناسفة في المقدادية\n\nاقرأ أيضا\n${other}`)).toMatchObject([{ provinces: ["diyala"], killed: null }]);
    // the list ends at a blank line: the source's toll after it is the report's
    expect(only(`انفجار عبوة ناسفة في المقدادية\n\nأخبار ذات صلة\n${other}\n\nوأسفر الانفجار عن مقتل جنديين`)).toMatchObject([{ provinces: ["diyala"], killed: 2 }]);
  });
  it("a heading or a link that opens the post is the post's own words", () => {
    expect(only("قد يهمك\nانفجار عبوة ناسفة في المقدادية ما أسفر عن مقتل جنديين")).toMatchObject([{ provinces: ["diyala"], type: "ied", killed: 2 }]);
    expect(only("للمزيد: انفجار عبوة ناسفة في المقدادية يقتل جنديين")).toMatchObject([{ provinces: ["diyala"], killed: 2 }]);
  });
  it("a keyword list is no sentence of the report", () => {
    const [plain] = only("انفجار في ساحة عامة بمدينة الحلة دون معرفة الأسباب");
    expect(only("انفجار في ساحة عامة بمدينة الحلة دون معرفة الأسباب\n\nالكلمات المفتاحية: بغداد انفجار عبوة ناسفة")).toEqual([plain]);
    expect(withoutFurniture(["نص الخبر.", "الوسوم", "العراق", "داعش", "كركوك"])).toEqual(["نص الخبر."]);
  });
  it("a date line alone is furniture: a statement under it still opens with its speaker", () => {
    for (const d of ["الأحد 12 تموز 2026 - 10:30", "الاثنين، ٢٥ يونيو ٢٠١٨", "2026-07-12 10:30", "نشر في: 12/7/2026", "آخر تحديث: 12/7/2026 10:30 م بتوقيت بغداد"]) {
      expect(isDateLine(d), d).toBe(true);
    }
    // the event's own time under a flash names no year: it stays
    for (const t of ["مقتل 3 أشخاص في 12 تموز 2026", "تحديث 2", "1/2", "12 قتيلا", "بغداد 12 تموز 2026", "3 - 5 إصابات", "الساعة 10:30 مساء الأحد",
      "مساء الأحد 7 حزيران", "الثاني 2"]) expect(isDateLine(t), t).toBe(false);
    // a date the channel's sentence runs through («… بتاريخ\n02-06-2026\n…») is the report's
    const mid = ["استهداف تجمع للجنود بتاريخ", "02-06-2026", "قرب الحدود"];
    expect(withoutFurniture(mid)).toEqual(mid);
    const statement = "المجلس الأعلى الإسلامي العراقي\nنستنكر بشدة العدوان على العراق واستهداف قواته الأمنية وما أسفر عنه من سقوط عدد كبير من الشهداء والمصابين";
    expect(only(statement)).toEqual([]);
    expect(only(`الأحد 12 تموز 2026 - 10:30\n${statement}`)).toEqual([]);
  });
});

describe("a page that prints its title again", () => {
  it("after a teaser and a long byline line stays one story", () => {
    const title = "انفجار عبوة ناسفة على دورية للجيش في المقدادية";
    const page = `${title}\n\n${body}\n\nالمحرر: فلان الفلاني | الثلاثاء 2 كانون الأول 2026 - 10:30 | 1٬204 مشاهدة\n\n${title}\n\n${body} وأضاف المصدر أن الجرحى نقلوا إلى مستشفى بعقوبة.`;
    expect(analyzeReport({ title: "", text: page, publishedAt: at })).toHaveLength(1);
  });
  it("while a different headline after a body is still another story", () => {
    const other = "هجوم بطائرة مسيرة على مطار أربيل الدولي دون خسائر";
    const page = `انفجار عبوة ناسفة على دورية للجيش في المقدادية\n\n${body}\n\n${other}\n\nأعلنت السلطات في إقليم كردستان أن طائرة مسيرة مفخخة استهدفت محيط مطار أربيل الدولي فجر اليوم من دون أن تسفر عن خسائر بشرية.`;
    expect(analyzeReport({ title: "", text: page, publishedAt: at })).toHaveLength(2);
  });
});

describe("a post that opens with a line of flags or emoji", () => {
  it("takes its headline from the first line with words, not «🇮🇶»", () => {
    const [story] = analyzeReport({ title: "", text: "🇮🇶\n🇺🇸\nانفجارات من جديد في محافظة السليمانية شمالي العراق", publishedAt: at });
    expect(story!.headline).toBe("انفجارات من جديد في محافظة السليمانية شمالي العراق");
    expect(story!.incident).not.toBeNull();
    const [keycap] = analyzeReport({ title: "", text: "1️⃣\n#عاجل\nانفجار عبوة ناسفة على دورية للجيش في قضاء الطارمية", publishedAt: at });
    expect(keycap!.headline).toBe("انفجار عبوة ناسفة على دورية للجيش في قضاء الطارمية");
  });
});
