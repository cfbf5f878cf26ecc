// What a channel or a site puts around a report — a flash label or a dateline before it, tags and links under it —
// is not the report: the same words with or without them are read the same. Other channels mark every post so
// («🔴 عاجل | …», «#العراق»), the corpus's channel never does: the corpus test below adds the marks to its posts.
import { describe, it, expect } from "vitest";
import { analyzeReport } from "../../src/nlp/index.js";
import { withoutFlashLabel, tagWords, segment } from "../../src/nlp/segment.js";
import { readDateline } from "../../src/nlp/place/dateline.js";
import { hardWrapped } from "../../src/nlp/wrapped.js";
import { loadCorpus, streamTexts } from "../../src/cli/eval.js";
import { incidentOf, reasonOf, at } from "./helpers.js";

describe("a flash label opening a line", () => {
  it("is taken off, with its separator, whatever it is written with", () => {
    expect(withoutFlashLabel("عاجل | انفجار عبوة في الكرخ")).toBe("انفجار عبوة في الكرخ");
    expect(withoutFlashLabel("🔴 عاجـل: انفجار عبوة")).toBe("🔴 انفجار عبوة");
    expect(withoutFlashLabel("#خبر_عاجل - انفجار عبوة")).toBe("انفجار عبوة");
    expect(withoutFlashLabel("عاجل جداً.. انفجار عبوة")).toBe("انفجار عبوة");
    expect(withoutFlashLabel("عاجل انفجار عبوة")).toBe("انفجار عبوة");
    expect(withoutFlashLabel("هام.. قطع طريق المطار")).toBe("قطع طريق المطار");
  });
  it("may follow another, or be drawn out with tatweel or typed with a Kurdish «ھ»", () => {
    expect(withoutFlashLabel("عاجل عاجل | انفجار عبوة")).toBe("انفجار عبوة");
    expect(withoutFlashLabel("عاجل | هام: انفجار عبوة")).toBe("انفجار عبوة");
    expect(withoutFlashLabel("ھام: انفجار عبوة")).toBe("انفجار عبوة");
    expect(withoutFlashLabel("عاجل، انفجار عبوة")).toBe("انفجار عبوة");
    expect(withoutFlashLabel("ـــ عاجل ـــ انفجار عبوة").replace(/ـ/g, "").trim()).toBe("انفجار عبوة");
  });
  it("is a label only at the line's start, and «مهم» only before a separator", () => {
    expect(withoutFlashLabel("تدخل عاجل لفرق الدفاع المدني")).toBe("تدخل عاجل لفرق الدفاع المدني");
    expect(withoutFlashLabel("مهم أن نعرف ما جرى")).toBe("مهم أن نعرف ما جرى");
    expect(withoutFlashLabel("مهم جدا: قطع طريق المطار")).toBe("قطع طريق المطار");
  });
  it("does not turn a statement into a report", () => {
    const statement = "وزير الخارجية: ندين القصف الذي استهدف مقرات في عدد من المحافظات";
    expect(reasonOf(statement)).toBe("statement");
    expect(reasonOf(`عاجل: ${statement}`)).toBe("statement");
    expect(reasonOf(`🔴 عاجل\n${statement}`)).toBe("statement");
    // a label this table does not know, on a line of its own over the speaker
    expect(reasonOf(`تحديث\n${statement}`)).toBe("statement");
  });
});

describe("a line of tags, mentions and links", () => {
  it("is the channel's tagging, not text", () => {
    expect(tagWords("#العراق #خبر_عاجل")).toEqual(["العراق", "خبر عاجل"]);
    expect(tagWords("📡 @iraq_now https://t.me/iraq_now")).toEqual([]);
    expect(tagWords("انفجار في #بغداد")).toBeNull();
  });
  it("does not bring a report from abroad to Iraq", () => {
    expect(incidentOf("انفجارات عنيفة تهز العاصمة البحرينية المنامة.\n#العراق #عاجل")).toBeNull();
    expect(incidentOf("#العراق | انفجارات عنيفة تهز العاصمة البحرينية المنامة.")).toBeNull();
    expect(reasonOf("انفجارات عنيفة تهز العاصمة البحرينية المنامة.\n#العراق")).toBe("outside-iraq");
  });
  it("places a report that names no place of its own, by a province or a place in one only", () => {
    expect(incidentOf("انفجار عبوة ناسفة قرب سوق شعبي صباح اليوم.\n#الحلة #العراق")?.provinces).toEqual(["babil"]);
    expect(incidentOf("#الحلة | انفجار عبوة ناسفة قرب سوق شعبي صباح اليوم.")?.provinces).toEqual(["babil"]);
    expect(reasonOf("انفجار عبوة ناسفة قرب سوق شعبي صباح اليوم.\n#العراق")).toBe("no-place");
  });
  it("place by a place's name only: a tag does not set the type or a toll", () => {
    expect(incidentOf("انفجار عبوة ناسفة قرب سوق شعبي صباح اليوم.\n#الحلة #مقتل_5_اشخاص")).toMatchObject({ provinces: ["babil"], killed: null });
    expect(incidentOf("انفجار عبوة ناسفة قرب سوق شعبي صباح اليوم.\n#الحلة #اغتيال")?.type).toBe("ied");
  });
  it("are the page's: with several stories on it they place none", () => {
    const page = "مقتل مدني بانفجار عبوة ناسفة في حي الكرادة وسط بغداد\n\n" +
      "قتل مدني وأصيب اثنان بانفجار عبوة ناسفة مزروعة على جانب الطريق في حي الكرادة وسط العاصمة بغداد صباح اليوم.\n#بغداد\n\n" +
      "سقوط طائرة مسيرة قرب سوق شعبي دون تسجيل إصابات\n\n" +
      "سقطت طائرة مسيرة مجهولة المصدر قرب سوق شعبي مساء اليوم دون أن تسفر عن إصابات بشرية بحسب شهود عيان في المنطقة.";
    const stories = analyzeReport({ title: "", text: page, publishedAt: at });
    expect(stories).toHaveLength(2);
    expect(stories[0]!.incident?.provinces).toEqual(["baghdad"]);
    expect(stories[1]!.incident).toBeNull();
  });
  it("are read as text when the post is nothing else", () => {
    expect(incidentOf("#عاجل\n#انفجار_عبوة_ناسفة_في_سوق_الكرخ_ببغداد")).toMatchObject({ provinces: ["baghdad"], type: "ied" });
  });
  it("gives way to the place the text names", () => {
    expect(incidentOf("انفجار عبوة ناسفة قرب سوق شعبي في قضاء الزبير.\n#بغداد")?.provinces).toEqual(["basra"]);
  });
});

describe("a footer with a colon", () => {
  it("is no speaker opening the post", () => {
    const report = "سقوط طائرة مسيرة قرب مطار أربيل الدولي";
    expect(incidentOf(report)?.type).toBe("drone");
    expect(incidentOf(`${report}\n📡 تابعونا على تلغرام: @iraq_now`)?.type).toBe("drone");
    expect(incidentOf(`${report}\nالمصدر: https://example.com/news/1`)?.type).toBe("drone");
  });
});

describe("a line said twice in a row", () => {
  it("is read once: a page's title over an article that opens with it is no speaker quoted line after line", () => {
    const article = "العراق: قتيل وثلاثة جرحى بانفجار عبوة ناسفة في قضاء المحمودية جنوب بغداد\n" +
      "قتل مدني وأصيب ثلاثة آخرون بانفجار عبوة ناسفة صباح اليوم في قضاء المحمودية بحسب مصدر في الشرطة.";
    const first = article.split("\n")[0]!;
    expect(incidentOf(article)).toMatchObject({ provinces: ["baghdad"], type: "ied", killed: 1, injured: 3 });
    expect(incidentOf(`${first}\n\n${article}`)).toMatchObject({ provinces: ["baghdad"], type: "ied", killed: 1, injured: 3 });
  });
});

describe("a site that ends no paragraph with a full stop", () => {
  const article = [
    "مقتل شرطيين وإصابة ثالث بهجوم مسلح على نقطة تفتيش في قضاء الطارمية شمالي بغداد",
    "قتل شرطيان وأصيب ثالث بجروح بهجوم شنه مسلحون مجهولون على نقطة تفتيش في قضاء الطارمية شمالي بغداد مساء اليوم بحسب مصدر أمني",
    "وأوضح المصدر أن المهاجمين لاذوا بالفرار إلى جهة مجهولة بعد الهجوم",
    "وأضاف أن قوة أمنية طوقت المنطقة وباشرت عمليات تفتيش واسعة بحثا عن المنفذين الذين استخدموا أسلحة خفيفة ومتوسطة",
    "كما نقل المصابون إلى مستشفى قريب لتلقي العلاج وحالة أحدهم خطيرة وفق المصدر ذاته",
    "من جهتها فتحت قيادة العمليات تحقيقا في ملابسات الهجوم الذي يأتي بعد أيام من هجوم مماثل في المنطقة ذاتها",
  ].join("\n\n");
  it("still gets one story an article: a paragraph that goes on («وأوضح», «كما», «من جهتها») is no headline", () => {
    const stories = analyzeReport({ title: "", text: article, publishedAt: at });
    expect(stories).toHaveLength(1);
    expect(stories[0]!.incident).toMatchObject({ provinces: ["baghdad"], type: "armed_attack", killed: 2, injured: 1 });
  });
});

describe("a dateline opening the page", () => {
  it("is read off the first line: the place, then the outlet, or the outlet, then the place", () => {
    expect(readDateline("بغداد (رويترز) - قالت مصادر أمنية")).toEqual({ place: "بغداد", line: "قالت مصادر أمنية" });
    expect(readDateline("بغداد - أ ف ب - أعلنت مصادر أمنية")).toEqual({ place: "بغداد", line: "أعلنت مصادر أمنية" });
    expect(readDateline("بغداد- (يو بي اي) سقط صاروخ")).toEqual({ place: "بغداد", line: "سقط صاروخ" });
    expect(readDateline("كركوك ـ وكالات: أفاد مسؤول")).toEqual({ place: "كركوك", line: "أفاد مسؤول" });
    expect(readDateline("طهران – سانا")).toEqual({ place: "طهران", line: "" });
    expect(readDateline("شفق نيوز- ميسان")).toEqual({ place: "ميسان", line: "" });
    expect(readDateline("السومرية نيوز/ بغداد")).toEqual({ place: "بغداد", line: "" });
    expect(readDateline("بغداد اليوم - دهوك")).toEqual({ place: "دهوك", line: "" });
    expect(readDateline("شفق نيوز- ذي قار/ المثنى")).toEqual({ place: "ذي قار", line: "" });
  });
  it("is no dateline when the words after a place are a headline's, or another place, or the line a digest's item", () => {
    // a place and a dash with no outlet named: a headline that names its place, which stays in the text
    expect(readDateline("البصرة - اغتيال ناشط مدني")).toBeNull();
    expect(readDateline("ديالى - مقتل شخصين اليوم")).toBeNull(); // «اليوم» ends a headline, not an outlet's name
    expect(readDateline("كركوك - مقتل 24")).toBeNull();
    expect(readDateline("بغداد - كركوك")).toBeNull(); // a road
    expect(readDateline("بغداد - البصرة - ميسان: انفجارات متزامنة")).toBeNull(); // a list of places
    expect(readDateline("- بغداد - أ ف ب - انفجار")).toBeNull(); // a bullet
    expect(readDateline("انفجار - بغداد")).toBeNull(); // no outlet before the place
    expect(readDateline("بغداد: قالت مصادر")).toBeNull();
  });
  it("does not turn a statement into a report", () => {
    const statement = "وزير الخارجية: ندين القصف الذي استهدف مقرات في عدد من المحافظات";
    expect(reasonOf(`بغداد (أ ف ب) - ${statement}`)).toBe("statement");
    expect(reasonOf(`السومرية نيوز/ بغداد\n${statement}`)).toBe("statement");
  });
  it("of an outlet or a reporter alone, over a speaker, is who relays the statement, not who makes it", () => {
    const statement = "وزير الخارجية: ندين القصف الذي استهدف مقرات في عدد من المحافظات";
    expect(readDateline(`مراسلنا: ${statement}`)).toEqual({ place: null, line: statement });
    expect(reasonOf(`مراسلنا: ${statement}`)).toBe("statement");
    expect(reasonOf(`وكالة الأنباء العراقية (واع):\n${statement}`)).toBe("statement");
    // over a report it is read as it is written
    expect(readDateline("مراسل الميادين: غارات على مواقع")).toBeNull();
  });
  it("gives way to a place the text names, in another province or abroad", () => {
    expect(incidentOf("السومرية نيوز/ بغداد\nانفجار عبوة ناسفة في قضاء الزبير يسفر عن إصابة شخصين")).toMatchObject({ provinces: ["basra"], place: "الزبير" });
    expect(incidentOf("بغداد (أ ف ب) - سقوط قذيفة صاروخية قرب مطار أربيل الدولي")?.provinces).toEqual(["erbil"]);
    // a neighbour's border is a reference point only for a province on it
    expect(incidentOf("البصرة (خاص) - سقوط صواريخ قرب الحدود مع الكويت")?.provinces).toEqual(["basra"]);
    expect(reasonOf("بغداد - أ ف ب - سقوط صواريخ قرب الحدود مع الكويت")).toBe("outside-iraq");
    expect(reasonOf("بغداد (أ ف ب) - انفجارات عنيفة تهز الكويت")).toBe("outside-iraq");
    expect(reasonOf("بغداد (أ ف ب) - سقوط صاروخ قرب إيلات")).toBe("outside-iraq");
    // a reporting verb opens no aside: the place it gives is the event's
    expect(incidentOf("بغداد (رويترز) - قتل شخصان بانفجار عبوة ناسفة، وقال مصدر أمني إن الانفجار وقع في قضاء الحويجة")?.provinces).toEqual(["kirkuk"]);
  });
  it("places a report that names no place of its own, and is not its summary's first words", () => {
    expect(incidentOf("شفق نيوز- ميسان\n\nأفاد مصدر أمني مساء اليوم باندلاع نزاع عشائري مسلح أسفر عن إصابة شخصين."))
      .toMatchObject({ provinces: ["maysan"], place: "ميسان", injured: 2 });
    expect(incidentOf("بغداد (رويترز) - انفجار عبوة ناسفة استهدف دورية للجيش دون إصابات")).toMatchObject({
      provinces: ["baghdad"], place: "بغداد", summary: "انفجار عبوة ناسفة استهدف دورية للجيش دون إصابات." });
    // a dateline abroad over a text that names no place: a report from there
    expect(reasonOf("طهران – سانا\nانفجار عبوة ناسفة استهدف دورية دون إصابات")).toBe("outside-iraq");
  });
  it("is read under a feed item's title too", () => {
    const stories = analyzeReport({ title: "وزير الخارجية يدين القصف", text: "السومرية نيوز/ بغداد\nوزير الخارجية: ندين القصف الذي استهدف مقرات في عدد من المحافظات", publishedAt: at });
    expect(stories.map((s) => s.reason)).toEqual(["statement"]);
    const report = analyzeReport({ title: "انفجار عبوة ناسفة يستهدف دورية للجيش", text: "البصرة (رويترز) - انفجرت عبوة ناسفة استهدفت دورية للجيش دون إصابات", publishedAt: at });
    expect(report[0]?.incident).toMatchObject({ provinces: ["basra"], summary: "انفجرت عبوة ناسفة استهدفت دورية للجيش دون إصابات." });
  });
  it("alone on the page stays the page's words", () => {
    expect(analyzeReport({ title: "", text: "بغداد (فيديو)", publishedAt: at })[0]?.text).toBe("بغداد (فيديو)");
  });
});

// Every real post of dev and the stream, marked as other channels mark theirs: the analysis stays the same.
const MARKS: [string, (t: string) => string][] = [
  ["a flash label and a bar", (t) => `🔴 عاجل | ${t}`],
  ["a flash label with a colon", (t) => `عاجل: ${t}`],
  ["a flash label on a line of its own", (t) => `#عاجل\n${t}`],
  ["two flash labels", (t) => `عاجل عاجل\n${t}`],
  ["a country tag before the text", (t) => `#العراق | ${t}`],
  ["tags under the text", (t) => `${t}\n#العراق #عاجل`],
  ["a link under the text", (t) => `${t}\nhttps://example.com/news/1`],
  ["a channel's footer", (t) => `${t}\n\n📡 تابعونا على تلغرام: @iraq_now`],
  ["no full stop at a paragraph's end", (t) => t.replace(/\.(?=\s*(\n|$))/g, "")],
  // (a first line that ends on a comma runs on into the next: printed twice it is no title, and is left out)
  ["its first line printed twice", (t) => { const f = t.split("\n").find((l) => /\p{L}/u.test(l))!; return /[,،]\s*$/u.test(f) ? t : `${f}\n\n${t}`; }],
];
const DATELINES: [string, (t: string) => string][] = [
  ["a dateline, the place first («بغداد (أ ف ب) - …»)", (t) => `بغداد (أ ف ب) - ${t}`],
  ["a dateline, the outlet first, on a line of its own («السومرية نيوز/ بغداد»)", (t) => `السومرية نيوز/ بغداد\n${t}`],
];
const dev = loadCorpus();
const stream = streamTexts();
if (!dev || !stream) console.warn("../shared/corpus/dev.jsonl or stream.jsonl not found (or $CORPUS_DIR): skipping the marked-corpus test");

describe.skipIf(!dev || !stream)("the corpus's posts with other channels' marks", () => {
  const posts = [...dev!.map((r) => ({ id: r.id, text: r.text, publishedAt: r.publishedAt ? new Date(r.publishedAt) : at })),
    ...[...stream!].map(([id, r]) => ({ id, text: r.text, publishedAt: new Date(r.publishedAt) }))];
  const read = (text: string, publishedAt: Date) => JSON.stringify(analyzeReport({ title: "", text, publishedAt })
    .filter((s) => s.incident).map((s) => { const f = s.incident!; return [f.provinces, f.type, f.killed, f.injured, f.casualties]; }));
  const plain = posts.map((p) => read(p.text, p.publishedAt));
  const reasons = posts.map((p) => analyzeReport({ title: "", text: p.text, publishedAt: p.publishedAt })[0]?.reason ?? null);
  it.each(MARKS)("%s changes no post's analysis", (_, mark) => {
    const changed = posts.filter((p, k) => read(mark(p.text), p.publishedAt) !== plain[k]).map((p) => p.id);
    expect(posts.length).toBeGreaterThan(10_000);
    expect(changed).toEqual([]);
  });
  // A dateline places what names no place (an unplaced report gets its province: a change, and the right one); it
  // moves no report the text places, and makes no statement, pattern or report from abroad an incident: a post that
  // was none becomes one only when its text named no place at all. (Posts the corpus
  // already opens with a dateline are left out: two datelines are no page's.)
  it.each(DATELINES)("%s moves no placed report", (_, mark) => {
    const dated = posts.map((p, k) => ({ p, k })).filter(({ p }) => !segment(p.text)[0]?.dateline);
    const same = (a: unknown[], b: unknown[]) => JSON.stringify(a) === JSON.stringify(b);
    const moved = dated.filter(({ p, k }) => {
      const before = JSON.parse(plain[k]!) as [string[], ...unknown[]][];
      const after = JSON.parse(read(mark(p.text), p.publishedAt)) as [string[], ...unknown[]][];
      // an unplaced report may stay unplaced (it names a party abroad) or be placed at the dateline
      // a post that was no incident becomes one only when its text named no place at all
      if (before.length === 0) return after.length > 0 && reasons[k] !== "no-place";
      return after.length !== before.length || before.some(([pr, ...rest], j) =>
        !same(after[j]!, [pr, ...rest]) && !(pr.length === 0 && same(after[j]!, [["baghdad"], ...rest])));
    }).map(({ p }) => p.id);
    expect(moved).toEqual([]);
  });
});

describe("a time or a kicker over the headline", () => {
  it("a clock time is no toll and no speaker's colon («الساعة 22:30 | …», «(الساعة 10:30 مساءً)»)", () => {
    const f = incidentOf("الساعة 22:30 | مقتل شخصين بانفجار عبوة ناسفة في قضاء المقدادية");
    expect([f?.killed, f?.injured]).toEqual([2, null]);
    expect(incidentOf("قضاء كوية - محافظة اربيل بعد الهجوم المسير الايراني (الساعة 10:30 مساءً)")?.type).toBe("drone");
  });
  it("a headline of two words that names the news («هجوم مسلح», «عبوة ناسفة») is no kicker: background two sentences down does not type it", () => {
    expect(incidentOf("هجوم مسلح\nهاجم مسلحون نقطة تفتيش في كركوك وقتلوا جنديين.\nوكانت المحافظة شهدت الشهر الماضي اغتيال ضابط.")?.type)
      .toBe("armed_attack");
    expect(incidentOf("عبوة ناسفة\nانفجرت عبوة ناسفة في منطقة البياع ما أدى إلى مقتل شخصين.\nوفجر انتحاري نفسه في المنطقة العام الماضي.")?.type)
      .toBe("ied");
  });
  it("a kicker of a word or two («العراق..», «22:30») leaves the headline's type the lead's", () => {
    expect(incidentOf("22:30\nالعراق.. اغتيال ناشط مدني بهجوم مسلح في ذي قار\n\nقال مصدر أمني إن مسلحين مجهولين خطفوا الناشط ثم قتلوه.")?.type)
      .toBe("assassination");
  });
});

describe("a text hard-wrapped at a width (a forum repost, a plain-text feed)", () => {
  const wrappedText = "أعلن مصدر حكومي مسؤول في محافظة الأنبار غرب العراق مقتل\n" +
    "امرأة وابنتها البالغة من العمر 13 عاما وإصابة زوجها بجراح\n" +
    "بليغة بقصف جوي استهدف منزلهم في قضاء القائم صباح اليوم في\n" +
    "حي الجمعية وسط المدينة، وقال المصدر إن القصف نفذته طائرة مجهولة.";
  it("reads its line ends as spaces: a toll split at a line's end is one toll", () => {
    const f = incidentOf(wrappedText);
    expect([f?.provinces, f?.killed, f?.injured]).toEqual([["anbar"], 2, 1]);
  });
  it("is not a channel post of short lines of its own, nor a list", () => {
    expect(hardWrapped("انفجار في بغداد\nمقتل شخصين\nالتفاصيل لاحقا")).toBe(false);
    // full-length flash lines end on complete phrases: none ends where no sentence can
    expect(hardWrapped("انفجارات تهز محافظة اربيل شمالي العراق\nسقوط طائرة مسيرة قرب مطار اربيل الدولي\n" +
      "تصاعد اعمدة الدخان من محيط مطار اربيل\nالتفاصيل لاحقا")).toBe(false);
    expect(hardWrapped("مذكرة التفاهم بين الطرفين:\n- إنهاء فوري ونهائي للحرب على جميع الجبهات وفي كل المناطق\n" +
      "- انسحاب القوات من المناطق الحدودية خلال ثلاثين يوما من توقيع الاتفاق\n- تبادل الأسرى بين الطرفين خلال أسبوعين")).toBe(false);
    expect(hardWrapped(wrappedText)).toBe(true);
  });
});
