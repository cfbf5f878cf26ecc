// Tolls coded as IBC / ACLED would code them (issue 13 item 4), one language feature per test.
import { describe, it, expect } from "vitest";
import { incidentOf } from "./helpers.js";

const toll = (text: string) => {
  const f = incidentOf(text);
  return f ? { killed: f.killed, injured: f.injured, casualties: f.casualties ?? null, atLeast: !!f.atLeast } : "no incident";
};

describe("a combined killed-and-injured figure", () => {
  it("«مقتل وإصابة N» is a combined figure, not a death toll", () => {
    expect(toll("مقتل وإصابة 15 شخصا بانفجار عبوة ناسفة في سوق ببغداد")).toEqual({ killed: null, injured: null, casualties: 15, atLeast: false });
  });
  it("a text may open with a combined figure's lower bound («أكثر من 20 قتيلاً وجريحاً …»)", () => {
    expect(toll("أكثر من 30 قتيلاً وجريحاً بتفجير سيارة مفخخة في سوق الشورجة ببغداد")).toMatchObject({ killed: null, injured: null, casualties: 30, atLeast: true });
  });
  it("«N بين قتيل وجريح» is the same combined figure", () => {
    expect(toll("سقوط 12 شخصاً بين قتيل وجريح في نزاع عشائري مسلح في قضاء الزبير")).toMatchObject({ killed: null, injured: null, casualties: 12 });
    expect(toll("انفجار سيارة مفخخة في الحلة يوقع 9 قتلى وجرحى")).toMatchObject({ killed: null, injured: null, casualties: 9 });
  });
  it("the split, when stated as well, gives killed and injured beside the combined figure", () => {
    expect(toll("مقتل وإصابة 6 عناصر أمن في هجوم شمال بغداد\nقتل عنصرا أمن وأصيب أربعة آخرون في انفجار عبوة ناسفة بمنطقة الطارمية"))
      .toMatchObject({ killed: 2, injured: 4, casualties: 6 });
  });
});

describe("zero, unknown and lower bounds", () => {
  it("«لم يسفر عن أي إصابات» and «دون خسائر بشرية» are 0, not unknown", () => {
    expect(toll("سقوط صاروخ كاتيوشا قرب مطار بغداد لم يسفر عن أي إصابات")).toMatchObject({ killed: 0, injured: 0 });
    expect(toll("انفجار عبوة ناسفة على طريق في ديالى دون خسائر بشرية")).toMatchObject({ killed: 0, injured: 0 });
    expect(toll("انفجار عبوة ناسفة على رتل في الأنبار، ولم يسفر الانفجار عن وقوع إصابات")).toMatchObject({ killed: 0, injured: 0 });
  });
  it("«لم يسفرا عن أي إصابات» after two rockets (a dual verb, «أي» before the noun) is nobody hurt", () => {
    expect(toll("سقط صاروخا كاتيوشا داخل المنطقة الخضراء وسط بغداد، ولم يسفرا عن أي إصابات")).toMatchObject({ killed: 0, injured: 0 });
  });
  it("«لم تسجل أي حالة وفاة أو إصابة» (no case of death or injury recorded) is nobody hurt", () => {
    expect(toll("سقطت قذيفة هاون على منطقة زراعية في قضاء بلد بصلاح الدين، ولم تسجل أي حالة وفاة أو إصابة")).toMatchObject({ killed: 0, injured: 0 });
  });
  it("«لم تسجل أي حالة وفاة», «دون تسجيل وفيات» say none died: 0 killed, beside the wounded the text counts", () => {
    expect(toll("ارتفع عدد المصابين جراء سقوط قذيفة على حي سكني في قضاء سنجار إلى 7، دون تسجيل وفيات")).toMatchObject({ killed: 0, injured: 7 });
    expect(toll("أصيب 4 أشخاص باشتباك مسلح بين عشيرتين في قضاء الشطرة، فيما لم تسجل أي حالة وفاة")).toMatchObject({ killed: 0, injured: 4 });
  });
  it("«دون أن يسفرا عن خسائر بشرية» (the dual verb) and «اقتصرت الأضرار على الماديات» (material damage only) are nobody hurt", () => {
    expect(toll("سقطت قذيفتا هاون قرب معسكر في قضاء بلد، دون أن يسفرا عن خسائر بشرية")).toMatchObject({ killed: 0, injured: 0 });
    expect(toll("انفجرت عبوة ناسفة قرب منزل ضابط في حي الإسكان بالديوانية، واقتصرت الأضرار على الماديات")).toMatchObject({ killed: 0, injured: 0 });
  });
  it("escaping «دون أن يصاب بأذى» is nobody hurt; «جثتي راعيين» (the dual in construct) is two dead", () => {
    expect(toll("نجا مدير ناحية من محاولة اغتيال بعد أن أطلق مسلحون النار على سيارته في قضاء الشطرة، دون أن يصاب بأذى")).toMatchObject({ killed: 0, injured: 0 });
    expect(toll("العثور على جثتي شابين في منطقة زراعية بقضاء الدجيل في صلاح الدين")).toMatchObject({ killed: 2 });
  });
  it("material damage only says nothing about people", () => {
    expect(toll("سقوط صاروخ قرب مطار بغداد دون خسائر مادية")).toMatchObject({ killed: null, injured: null });
  });
  it("«أصيب عدد آخر» (a number of others) is unknown, not one other", () => {
    expect(toll("قتل جنديان وأصيب عدد آخر بهجوم لداعش على نقطة عسكرية في وادي الشاي جنوبي كركوك")).toMatchObject({ killed: 2, injured: null });
  });
  it("«عدد من القتلى», «مقتل عدد من الجنود» are unknown, not one", () => {
    expect(toll("قصف صاروخي على قاعدة في الأنبار يوقع عدد من القتلى")).toMatchObject({ killed: null });
    expect(toll("مقتل عدد من الجنود بهجوم لداعش في كركوك")).toMatchObject({ killed: null });
  });
  it("«ما لا يقل عن N», «أكثر من N», «N على الأقل» are N with the lower-bound mark", () => {
    expect(toll("مقتل ما لا يقل عن 7 أشخاص بانفجار سيارة مفخخة في بغداد")).toMatchObject({ killed: 7, atLeast: true });
    expect(toll("إصابة أكثر من 20 شخصا بانفجار عبوة ناسفة في كركوك")).toMatchObject({ injured: 20, atLeast: true });
    expect(toll("مقتل 5 أشخاص على الأقل بهجوم مسلح في ديالى")).toMatchObject({ killed: 5, atLeast: true });
    expect(toll("مقتل 5 أشخاص بهجوم مسلح في ديالى")).toMatchObject({ killed: 5, atLeast: false });
  });
});

describe("deaths told as martyrdom", () => {
  it("«ارتقاء N» and «استشهاد» are deaths", () => {
    expect(toll("ارتقاء ثلاثة شهداء بقصف صاروخي على مقر للحشد الشعبي في ديالى")).toMatchObject({ killed: 3 });
    expect(toll("استشهاد منتسب بهجوم مسلح في كركوك")).toMatchObject({ killed: 1 });
  });
});

describe("whose toll it is", () => {
  it("a running total over a day or a war is not this incident's toll", () => {
    expect(toll("مقتل شخصين بقصف صاروخي على قاعدة في الأنبار. وارتفعت حصيلة الضحايا في عموم المحافظات إلى 40 قتيلا"))
      .toMatchObject({ killed: 2 });
  });
  it("a preliminary and a later toll: the later one", () => {
    expect(toll("مقتل 3 أشخاص بانفجار عبوة ناسفة في بغداد. وفي حصيلة جديدة، مقتل 5 أشخاص")).toMatchObject({ killed: 5 });
    expect(toll("مقتل 3 أشخاص بانفجار عبوة ناسفة في بغداد، وارتفعت الحصيلة إلى 6 قتلى")).toMatchObject({ killed: 6 });
  });
  it("a rise told by its noun («ارتفاع عدد القتلى إلى N») is the later toll, reported by someone or standing alone", () => {
    const lead = "انفجرت سيارة مفخخة في سوق شعبي بمدينة الحلة ما أسفر عن مقتل 12 شخصا.";
    expect(toll(`${lead} وأعلنت مصادر طبية ارتفاع عدد القتلى إلى 18.`)).toMatchObject({ killed: 18 });
    expect(toll("مقتل 12 شخصا بانفجار سيارة مفخخة في الحلة. ارتفاع عدد القتلى إلى 18")).toMatchObject({ killed: 18 });
    // the other kind rising in the same clause
    expect(toll(`${lead} وأعلنت مصادر طبية ارتفاع عدد القتلى إلى 18 والجرحى إلى 41.`)).toMatchObject({ killed: 18, injured: 41 });
    expect(toll("مقتل 12 شخصا بانفجار سيارة مفخخة في الحلة. ارتفاع عدد الجرحى إلى 40 والقتلى إلى 15")).toMatchObject({ killed: 15, injured: 40 });
  });
  it("a rise told as an earlier report («وكانت … قد أعلنت ارتفاع …») does not overrule the toll the text states now", () => {
    // a final toll or a correction after an earlier, higher report; a running total or another event's rise
    expect(toll("أعلنت دائرة صحة ديالى أن الحصيلة النهائية لتفجير سوق بعقوبة بلغت 9 قتلى و17 جريحاً. وكانت مصادر محلية قد أعلنت ارتفاع عدد القتلى إلى 15"))
      .toMatchObject({ killed: 9, injured: 17 });
    expect(toll("قتل راعي أغنام بانفجار لغم أرضي في صحراء السماوة. وكانت مديرية شؤون الألغام قد أعلنت ارتفاع عدد ضحايا المخلفات الحربية إلى 75 قتيلاً"))
      .toMatchObject({ killed: 1 });
  });
  it("a rise told in a sentence about another country is that country's", () => {
    expect(toll("قتل 3 أشخاص بانفجار عبوة ناسفة في حي أور ببغداد. وفي تركيا، أعلنت السلطات ارتفاع عدد القتلى إلى 8")).toMatchObject({ killed: 3 });
    expect(toll("مقتل 3 من عناصر الحشد وإصابة 5 بهجوم في قضاء القائم. وفي سوريا، أعلنت مصادر طبية ارتفاع عدد القتلى إلى 17"))
      .toMatchObject({ killed: 3, injured: 5 });
    // or a sentence that names only a place abroad
    expect(toll("مقتل جندي بانفجار عبوة ناسفة في قضاء الطارمية. وأعلنت وزارة الصحة اللبنانية في بيروت ارتفاع عدد الشهداء إلى 3200"))
      .toMatchObject({ killed: 1 });
  });
  it("«لترتفع الحصيلة إلى N» (the rise with «ل») is the later toll; what a rise's «بعد» tells is its reason, not the toll", () => {
    expect(toll("قتل جنديان وأصيب ثلاثة بهجوم لداعش على ربيئة في قضاء الطارمية، وتوفي أحد الجرحى لاحقاً لترتفع حصيلة القتلى إلى ثلاثة"))
      .toMatchObject({ killed: 3 });
    expect(toll("قصفت طائرة مسيرة سيارة قرب قضاء القائم ما أدى إلى مقتل شخصين. وأعلنت مصادر محلية ارتفاع عدد القتلى إلى أربعة بعد انتشال جثة من تحت الأنقاض"))
      .toMatchObject({ killed: 4 });
  });
  it("what the toll had been («بعد أن كانت الحصيلة الأولية تشير إلى …») and a correction («صححت الرقم وأكدت …»): the later one", () => {
    expect(toll("ارتفعت حصيلة انفجار السيارة المفخخة في قضاء الخالص إلى 9 قتلى و20 جريحاً، بعد أن كانت الحصيلة الأولية تشير إلى مقتل ثلاثة أشخاص"))
      .toMatchObject({ killed: 9, injured: 20 });
    expect(toll("ذكرت مصادر محلية أن سبعة أشخاص قتلوا بهجوم على قرية في قضاء طوزخورماتو، إلا أن قيادة الشرطة صححت الرقم لاحقاً وأكدت مقتل ثلاثة مدنيين"))
      .toMatchObject({ killed: 3 });
  });
  it("«بعد وفاة جريح متأثراً بإصابته»: the wound the dead died of hurts no one else", () => {
    expect(toll("ارتفاع عدد ضحايا تفجير سوق بعقوبة إلى خمسة قتلى بعد وفاة جريح متأثراً بإصابته")).toMatchObject({ killed: 5, injured: null });
  });
  it("a toll revised down («تراجعت حصيلة القتلى إلى N») is the later toll", () => {
    expect(toll("تراجعت حصيلة قتلى التفجير في سوق الكوت إلى 4 بعد أن تحدثت مصادر في وقت سابق عن مقتل 7 أشخاص"))
      .toMatchObject({ killed: 4 });
  });
  it("a rise told as a rumour denied («نافياً الأنباء التي تحدثت عن ارتفاع عدد القتلى إلى N») is no toll, nor its headline", () => {
    expect(toll("مقتل 9 أشخاص بتفجير في الشرقاط\nقال مدير الناحية إن انتحارياً فجر نفسه قرب سوق شعبي ما أسفر عن مقتل 5 أشخاص، نافياً الأنباء التي تحدثت عن ارتفاع عدد القتلى إلى 9"))
      .toMatchObject({ killed: 5 });
  });
  it("a rise of another matter — a disease, road accidents, protests, a month's count — is not this attack's toll", () => {
    expect(toll("أصيب مدنيان بانفجار عبوة ناسفة في قضاء المقدادية. وأعلنت دائرة صحة ديالى ارتفاع عدد المصابين بالحمى النزفية إلى 48"))
      .toMatchObject({ killed: null, injured: 2 });
    expect(toll("قتل شرطي بهجوم مسلح في قضاء الحويجة. وأعلنت مديرية المرور ارتفاع عدد ضحايا الحوادث المرورية إلى 90"))
      .toMatchObject({ killed: 1 });
    expect(toll("قتل مدني بانفجار عبوة في قضاء الشرقاط. وارتفع عدد ضحايا العبوات في المحافظة منذ مطلع العام إلى 26 قتيلاً"))
      .toMatchObject({ killed: 1 });
  });
});
