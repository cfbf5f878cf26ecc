import { describe, it, expect } from "vitest";
import { at, incidentOf } from "./helpers.js";
import { analyzeReport } from "../../src/nlp/index.js";
import { buildSummary, cleanSentence, factsLine, SUMMARY_MAX } from "../../src/nlp/summary.js";
import type { SummarySentence } from "../../src/nlp/summary.js";

// The summary quotes the report (the alert's first lines already carry type, place and toll).
const sum = (text: string): string => incidentOf(text)!.summary;

describe("summary: the most informative sentence as written", () => {
  it("prefers the sentence that names the act, the place and the toll over a vague headline", () => {
    const s = sum("هجوم جديد في ديالى\n\nأفادت مصادر محلية بوقوع هجوم مساء اليوم. وأسفر انفجار عبوة ناسفة على طريق ترابي قرب ناحية العبارة عن مقتل مزارع وإصابة اثنين من أبنائه.");
    expect(s).toContain("انفجار عبوة ناسفة على طريق ترابي قرب ناحية العبارة");
    expect(s).not.toMatch(/القتلى:|الجرحى:/);
  });

  it("quotes the sentence that states the alert's own toll, not an earlier count of it", () => {
    // the earlier count names the place and the weapon: it had outscored the final one
    const f = incidentOf("أكد مصدر طبي انتهاء حصيلة التفجير الذي استهدف مجلس عزاء جنوب مدينة الحلة عند 70 شخصا بين قتيل وجريح.\n" +
      "وقال المصدر إن حصيلة التفجير ارتفعت إلى 25 قتيلا و45 جريحا.\n" +
      "وكان مصدر في شرطة محافظة بابل أفاد في وقت سابق من اليوم بأن سيارة مفخخة انفجرت قرب مرقد جنوب مدينة الحلة ما أسفر عن مقتل 20 شخصا وإصابة 32 بجروح في حصيلة أولية.")!;
    expect(f).toMatchObject({ killed: 25, injured: 45 });
    expect(f.summary).toContain("25 قتيلا");
    expect(f.summary).not.toContain("20 شخصا");
    // a count that repeats the wounded but not the dead is still an earlier count; a combined figure agrees with the
    // split one; a dual is a number, and another group counted the same («وقتلت اثنين من المهاجمين») is no toll of it
    expect(sum("قتل 6 أشخاص وأصيب 11 آخرون بانفجار عبوة ناسفة استهدفت حافلة على طريق بغداد – سامراء قرب ناحية المعتصم، في حصيلة أولية.\n" +
      "وارتفعت حصيلة ضحايا انفجار العبوة في وقت لاحق إلى 9 قتلى و11 جريحا.")).toContain("9 قتلى");
    expect(sum("مقتل وإصابة 13 شخصا بنزاع عشائري في قضاء الشطرة شمال الناصرية.\nوأوضح المصدر أن النزاع أسفر عن سقوط 4 قتلى و9 جرحى بينهم طفل، نقلوا إلى مستشفى الشطرة العام.")).toMatch(/^مقتل وإصابة 13/);
    expect(sum("عناصر من داعش هاجموا نقطة للجيش العراقي في قرية الزركة التابعة لقضاء الدبس، ما أدى إلى مقتل جنديين.\n" +
      "وأضاف أن القوة الماسكة ردت على الهجوم وقتلت اثنين من المهاجمين، فيما فر الباقون.\nوكان 5 جنود قد قتلوا بهجوم مماثل في المنطقة الشهر الماضي.")).toContain("مقتل جنديين");
  });
  it("quotes the sentence that states the alert's toll beside the act when it names no act itself", () => {
    const lead = "انفجرت سيارة مفخخة صباح اليوم في سوق شعبي وسط مدينة الحلة ما أسفر عن مقتل 12 شخصا وإصابة 30 آخرين.";
    const f = incidentOf(`${lead}\nوأعلنت مصادر طبية في وقت لاحق ارتفاع عدد القتلى إلى 18.`)!;
    expect(f.killed).toBe(18);
    expect(f.summary).toContain("سوق شعبي");
    expect(f.summary).toContain("ارتفاع عدد القتلى إلى 18");
    // one count only: nothing added
    expect(sum(`${lead}\nوأضاف المصدر أن القوات الأمنية طوقت مكان الانفجار.`)).not.toContain("طوقت");
  });
  it("does not repeat a facts line (type — toll) ahead of the text", () => {
    const s = sum("قتل شرطيان وأصيب ثالث بهجوم مسلح استهدف نقطة تفتيش في قضاء الحويجة غربي كركوك.");
    expect(s.startsWith("قتل شرطيان")).toBe(true);
    expect(s).not.toContain("—");
  });

  it("drops an attribution-only trailing clause", () => {
    const s = sum("أصيب ثلاثة جنود بانفجار عبوة ناسفة استهدفت عجلتهم في قضاء الطارمية شمالي بغداد، وفقا لمصدر أمني.");
    expect(s).toBe("أصيب ثلاثة جنود بانفجار عبوة ناسفة استهدفت عجلتهم في قضاء الطارمية شمالي بغداد.");
  });

  it("drops a leading «a source said that» frame when no case ending shows", () => {
    const s = sum("أفاد مصدر أمني في محافظة الأنبار، اليوم السبت، بأن عبوة ناسفة انفجرت على دورية للجيش في قضاء هيت دون خسائر بشرية.");
    expect(s.startsWith("عبوة ناسفة انفجرت")).toBe(true);
    // «أن مسلحين …» keeps the frame: without it the accusative reads wrong
    const t = sum("ذكر مصدر في الشرطة أن مسلحين مجهولين أطلقوا النار على سيارة مدير ناحية في قضاء الخالص وأصابوه بجروح.");
    expect(t.startsWith("ذكر مصدر في الشرطة أن مسلحين")).toBe(true);
  });

  it("adds the toll sentence when the chosen one has none, in text order, within the length cap", () => {
    const s = sum("سقوط قذائف هاون على قرية في ناحية جلولاء بمحافظة ديالى مساء الثلاثاء.\nوأسفر القصف عن إصابة طفلين بجروح طفيفة نقلا على إثرها إلى مستشفى خانقين.");
    const lines = s.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("قذائف هاون");
    expect(lines[1]).toContain("إصابة طفلين");
    expect(s.length).toBeLessThanOrEqual(SUMMARY_MAX);
  });

  it("never adds a background sentence about an earlier attack", () => {
    const s = sum("هجوم بطائرة مسيرة على مطار السليمانية فجر اليوم.\nوكان المطار قد تعرض في شباط الماضي لهجوم مماثل أسفر عن إصابة ثلاثة عمال.");
    expect(s).not.toContain("شباط");
  });

  it("cuts a run-on sentence at a word with «…»", () => {
    const long = "انفجرت سيارة مفخخة مركونة قرب سوق شعبي في مدينة الصدر شرقي بغداد " + "وسط تجمع للمتسوقين والباعة والعمال وسيارات الأجرة ".repeat(12) + "ما أدى إلى مقتل خمسة أشخاص.";
    const s = sum(long);
    expect(s.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(s.endsWith("…")).toBe(true);
    expect(s.slice(0, -1).endsWith(" ")).toBe(false);
  });

  it("reads a reporting verb after a headline with no full stop as a new sentence, not a piece of it", () => {
    const s = sum("استهداف منزل نائب في البرلمان بقنبلة يدوية في منطقة البياع جنوبي بغداد\n" +
      "قال مصدر أمني إن مجهولين ألقوا قنبلة يدوية على منزل نائب في البرلمان العراقي بمنطقة البياع، ما أدى إلى أضرار مادية دون إصابات.");
    expect(s).toContain("مجهولين ألقوا قنبلة يدوية");
  });
  it("does not start with a piece of a sentence cut by a line break", () => {
    const s = sum("اندلع نزاع عشائري مسلح بين عشيرتين في قضاء المجر الكبير بمحافظة ميسان أدى\nإلى مقتل شخص وإصابة آخرين");
    expect(s.startsWith("إلى")).toBe(false);
  });

  it("drops emojis and hashtag marks", () => {
    const s = sum("🔴 #عاجل | انفجار عبوة ناسفة قرب جسر #الفلوجة في محافظة الأنبار 🔴");
    expect(s).not.toMatch(/[#🔴]/u);
    expect(s).toContain("انفجار عبوة ناسفة قرب جسر الفلوجة");
  });

  it("falls back to the facts line only when no sentence names an act", () => {
    const f = { type: "ied" as const, place: "الطارمية", province: "baghdad" as const, killed: 2, injured: 4 };
    expect(buildSummary(f, [])).toBe(factsLine(f));
    expect(factsLine(f)).toBe("عبوة ناسفة في الطارمية (بغداد) — القتلى: 2، الجرحى: 4.");
    // the province as the post spells it («اربيل», «سليمانية») is named once
    expect(factsLine({ ...f, place: "اربيل", province: "erbil" })).toBe("عبوة ناسفة في أربيل — القتلى: 2، الجرحى: 4.");
    expect(factsLine({ ...f, place: "سليمانية", province: "sulaymaniyah" })).toBe("عبوة ناسفة في السليمانية — القتلى: 2، الجرحى: 4.");
    expect(factsLine({ ...f, place: "مدينة البصرة", province: "basra" })).toBe("عبوة ناسفة في مدينة البصرة — القتلى: 2، الجرحى: 4.");
    const vague: SummarySentence = { text: "عاجل", act: false, weapon: false, place: false, mainPlace: false, toll: false,
      background: false, anyBackground: false, statement: false, fragment: false, words: 1 };
    expect(buildSummary(f, [vague])).toBe(factsLine(f));
  });

  it("prefers the item's whole sentence to the feed's clipped title («…»), and says when it must quote a clipped one", () => {
    const summaryOf = (title: string, text: string) => analyzeReport({ title, text, publishedAt: at }).find((s) => s.incident)?.incident?.summary;
    const clipped = "انفجار عبوة ناسفة في قضاء الطارمية يسفر عن مقتل سبعة مدنيين وإصابة…";
    // the text opens with a dateline, then the full sentence
    expect(summaryOf(clipped, "شفق نيوز/ انفجار عبوة ناسفة في قضاء الطارمية يسفر عن مقتل سبعة مدنيين وإصابة خمسة آخرين بجروح مساء اليوم الأحد."))
      .toBe("انفجار عبوة ناسفة في قضاء الطارمية يسفر عن مقتل سبعة مدنيين وإصابة خمسة آخرين بجروح مساء اليوم الأحد.");
    // the text words it differently: still the whole sentence, never «… وإصابة.»
    const s = summaryOf(clipped.replace("…", "..."), "أفاد مصدر أمني، اليوم الأحد، بأن انفجار عبوة ناسفة في قضاء الطارمية شمالي بغداد أسفر عن مقتل سبعة مدنيين وإصابة خمسة آخرين بجروح.");
    expect(s).toBe("انفجار عبوة ناسفة في قضاء الطارمية شمالي بغداد أسفر عن مقتل سبعة مدنيين وإصابة خمسة آخرين بجروح.");
    // no whole sentence names the act: the clipped title is quoted, ending with «…»
    expect(summaryOf(clipped, "التفاصيل لاحقا.")).toBe(clipped);
  });

  it("drops a leading dateline («بغداد/ شفق نيوز-», «بغداد – »)", () => {
    expect(cleanSentence("بغداد/ شفق نيوز- قتل مدني برصاص مسلحين مجهولين في قضاء الزبير")).toBe("قتل مدني برصاص مسلحين مجهولين في قضاء الزبير");
    expect(cleanSentence("بغداد – أسفر انفجار عبوة ناسفة في قضاء الطارمية عن مقتل شخصين")).toBe("أسفر انفجار عبوة ناسفة في قضاء الطارمية عن مقتل شخصين");
    expect(cleanSentence("قتل مدني - وفق الشرطة")).toBe("قتل مدني - وفق الشرطة");
  });

  it("cleanSentence keeps the text otherwise as written", () => {
    expect(cleanSentence("  قتل مدني   برصاص مسلحين في البصرة ، بحسب مصدر في الشرطة ")).toBe("قتل مدني برصاص مسلحين في البصرة");
  });
});
