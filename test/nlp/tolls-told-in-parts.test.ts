// Tolls told in parts: more victims added in a later clause, two nouns under one number, «nobody hurt» said of
// damage and people together (round 7's classes: BLIND.md). Sentences written for these tests.
import { describe, it, expect } from "vitest";
import { incidentOf } from "./helpers.js";

const toll = (text: string) => {
  const f = incidentOf(text);
  return f ? { killed: f.killed, injured: f.injured } : "no incident";
};

describe("victims added in a later clause", () => {
  it("«آخرين» after a count in the same sentence adds to the victims told before it", () => {
    expect(toll("أصيب جندي بجروح متوسطة وأصيب ثلاثة جنود آخرين بجروح طفيفة بانفجار عبوة ناسفة في قضاء الخالص")).toEqual({ killed: null, injured: 4 });
  });
  it("«كما أصيب معه أيضاً» adds to the victims of the sentence before", () => {
    expect(toll("أصيب آمر الفوج بجروح خطيرة بانفجار عبوة ناسفة في قضاء الخالص. كما أصيب معه أيضاً ضابط برتبة نقيب")).toEqual({ killed: null, injured: 2 });
  });
  it("the lead restated in the body is the same victims, not more", () => {
    expect(toll("مقتل جندي وإصابة 3 آخرين بانفجار عبوة في قضاء الخالص. وقال مصدر إن الانفجار أسفر عن مقتل جندي وإصابة ثلاثة آخرين"))
      .toEqual({ killed: 1, injured: 3 });
  });
  it("«آخرين» after the dead counts the wounded apart from them, and adds nothing to the dead", () => {
    expect(toll("مقتل جنديين وإصابة خمسة آخرين بهجوم مسلح في قضاء الخالص")).toEqual({ killed: 2, injured: 5 });
  });
});

describe("two counted nouns under one number", () => {
  it("«17 جنديا وضابطا» is 17 soldiers and officers, not 18", () => {
    expect(toll("مقتل 17 جنديا وضابطا بهجوم صاروخي على معسكر في قضاء الخالص")).toMatchObject({ killed: 17 });
  });
  it("a noun with no accusative ending after «و» is one more victim", () => {
    expect(toll("مقتل 3 جنود وضابط بانفجار عبوة في قضاء الخالص")).toMatchObject({ killed: 4 });
    expect(toll("مقتل 12 شخصا وطفل بانفجار عبوة في قضاء الخالص")).toMatchObject({ killed: 13 });
  });
});

describe("nobody hurt, said of damage and people together", () => {
  it("«دون وقوع أضرار أو إصابات», «دون تسجيل أي أضرار أو إصابات», «ولم تقع إصابات» are 0", () => {
    expect(toll("سقوط صاروخ على منزل في قضاء الخالص دون وقوع أضرار أو إصابات")).toEqual({ killed: 0, injured: 0 });
    expect(toll("تفكيك عبوة ناسفة في قضاء الخالص دون تسجيل أي أضرار أو إصابات")).toEqual({ killed: 0, injured: 0 });
    expect(toll("سقوط صاروخ في قضاء الخالص ولم تقع إصابات")).toEqual({ killed: 0, injured: 0 });
    expect(toll("سقوط صاروخ على منزل في قضاء الخالص دون أضرار وإصابات")).toEqual({ killed: 0, injured: 0 });
  });
  it("damage alone says nothing of people", () => {
    expect(toll("سقوط صاروخ على منزل في قضاء الخالص دون وقوع أضرار")).toEqual({ killed: null, injured: null });
  });
});

describe("one wound told by its severity", () => {
  it("«إصابة خطيرة», «إصابة بسيطة لطفلة» are one wounded", () => {
    expect(toll("إطلاق نار في حي الجامعة ببغداد؛ إصابة خطيرة كحصيلة أولية")).toEqual({ killed: null, injured: 1 });
    expect(toll("الداخلية تعلن إصابة بسيطة لطفلة جراء سقوط صاروخ على منزل في قضاء الخالص")).toEqual({ killed: null, injured: 1 });
  });
  it("«بإصابة خطيرة» tells how a victim counted elsewhere was hurt; «إصابة مباشرة» is a hit", () => {
    expect(toll("أصيب 3 جنود بإصابة خطيرة بانفجار عبوة في قضاء الخالص")).toEqual({ killed: null, injured: 3 });
    expect(toll("سقوط صاروخ في قضاء الخالص وإصابة مباشرة للهدف")).toEqual({ killed: null, injured: null });
  });
});

describe("nobody hurt beside a wound read off a pronoun", () => {
  it("«ولم تقع إصابات» outweighs «إصابتهما» (the two vehicles hit)", () => {
    expect(toll("أصيبت آليتان في قضاء الخالص نتيجة إصابتهما بطائرات مسيرة. ولم تقع إصابات في صفوف المقاتلين")).toEqual({ killed: 0, injured: 0 });
  });
});

describe("a toll noun after the people it counts", () => {
  it("«24 جندي أمريكي جريح», «3 مدنيين جرحى»: the number before the people is the toll", () => {
    expect(toll("إعلام أمريكي: 24 جندي أمريكي جريح نتيجة هجوم على قاعدة في قضاء الخالص")).toEqual({ killed: null, injured: 24 });
    expect(toll("انفجار عبوة ناسفة في قضاء الخالص يوقع 3 مدنيين جرحى")).toEqual({ killed: null, injured: 3 });
  });
  it("a rank is one person: «مقتل الرقيب …»", () => {
    expect(toll("مقتل الرقيب علي حسين بانفجار عبوة ناسفة في قضاء الخالص")).toMatchObject({ killed: 1 });
  });
});
