import { describe, it, expect } from "vitest";
import { incidentOf } from "./helpers.js";

const tolls = (text: string) => {
  const f = incidentOf(text);
  return f ? [f.killed, f.injured] : "no incident";
};

describe("casualties", () => {
  it("never splits a combined total and uses the split when stated", () => {
    expect(tolls("مقتل وإصابة 6 عناصر أمن في هجوم شمال بغداد")).toEqual([null, null]);
    expect(tolls("مقتل وإصابة 6 عناصر أمن في هجوم شمال بغداد\nقتل عنصرا أمن عراقيان وأصيب أربعة آخرون في انفجار عبوة ناسفة بمنطقة الطارمية")).toEqual([2, 4]);
    expect(tolls("قتل وجرح 13 شخصا في انفجار سيارة مفخخة وسط بغداد")).toEqual([null, null]);
    expect(tolls("سقوط 12 شخصاً بين قتيل وجريح في نزاع عشائري مسلح في قضاء الزبير")).toEqual([null, null]);
  });
  it("reads dual forms as two", () => {
    expect(tolls("قتيلان و23 جريحا في انفجار سيارة مفخخة جنوب غربي بغداد")).toEqual([2, 23]);
    expect(tolls("مقتل شخصين وإصابة امرأة بنزاع عشائري مسلح في قضاء الزبير")).toEqual([2, 1]);
    expect(tolls("استشهد مدنيان وجرح ثمانية آخرون بانفجار سيارة مفخخة في الحلة")).toEqual([2, 8]);
    expect(tolls("إصابة مدنيين اثنين بانفجار عبوة ناسفة في بغداد")).toEqual([null, 2]);
    // a dual says its number whatever follows it: «قتيلان وجريح» is 2 and 1 (the singulars «قتيل وجريح» stay unread)
    expect(tolls("قتيلان وجريح بنزاع عشائري مسلح في قضاء كلار")).toEqual([2, 1]);
    expect(tolls("جريحان وقتيل بانفجار عبوة ناسفة في قضاء كلار")).toEqual([1, 2]);
  });
  it("the count a new toll replaces («بعدما كانت الحصيلة الأولية تشير إلى …») is not this one", () => {
    expect(tolls("ارتفاع حصيلة انفجار السيارة المفخخة في الكوفة إلى 12 شهيداً و40 جريحاً، بعدما كانت الحصيلة الأولية تشير إلى 7 شهداء و25 جريحاً")).toEqual([12, 40]);
  });
  it("reads singular nouns as one and number words", () => {
    expect(tolls("مقتل جندي بانفجار عبوة ناسفة في الموصل")).toEqual([1, null]);
    expect(tolls("انباء عن شهيد وثلاث جرحى بقصف على الحشد الشعبي في ديالى")).toEqual([1, 3]);
    expect(tolls("استشهاد خمسة وعشرين مواطنا بانفجار سيارة مفخخة في كربلاء")).toEqual([25, null]);
  });
  it("moves one injured to killed on «توفي أحدهم»", () => {
    expect(tolls("هجوم مسلح على قرية في ديالى تسبب بإصابة ثلاثة مدنيين، توفي أحدهم قبل وصوله إلى المستشفى")).toEqual([1, 2]);
  });
  it("counts militants killed in an operation", () => {
    expect(tolls("القوات الامنية تقتل خمسة من عناصر داعش في عملية امنية في الحويجة")).toEqual([5, null]);
  });
  it("ignores numbers that count other things", () => {
    expect(tolls("سقوط 5 صواريخ على مطار أربيل")).toEqual([null, null]);
    expect(tolls("خمسة شهداء من لواء ٣٠ حشد شعبي في سهل نينوى")[0]).toBe(5);
    expect(tolls("اعتقال 3 عناصر من داعش في ديالى")).toEqual([null, null]);
  });
  it("takes the latest toll", () => {
    expect(tolls("ارتفاع عدد الشهداء إلى ٧ جراء القصف على الحشد الشعبي في نينوى")[0]).toBe(7);
  });
  it("gives 0 only when nobody was hurt", () => {
    expect(tolls("سقوط صواريخ في محيط قاعدة عين الأسد دون خسائر بشرية")).toEqual([0, 0]);
    expect(tolls("سقوط طائرة مسيرة في شمال محافظة بابل بدون اضرار")).toEqual([null, null]);
  });
  it("reads «at least / more than N» as N", () => {
    expect(tolls("مقتل ما لا يقل عن 40 شخصا في انفجار سيارة مفخخة في كربلاء")[0]).toBe(40);
  });
});
