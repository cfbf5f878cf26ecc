// Victim counts as news prose writes them (issue 13 item 4). Sentences written for these tests.
import { describe, it, expect } from "vitest";
import { incidentOf } from "./helpers.js";
import { normalizeArabic, tokenize } from "../../src/nlp/normalize.js";

const toll = (text: string) => {
  const f = incidentOf(text);
  return f ? { killed: f.killed, injured: f.injured, ...(f.atLeast ? { atLeast: true } : {}) } : "no incident";
};

describe("a count of «إصابات» (wounds: people injured)", () => {
  it("«خمس إصابات», «7 إصابات» are that many injured", () => {
    expect(toll("قال مصدر أمني إن انفجار عبوة ناسفة في بعقوبة أسفر عن خمس إصابات بين المدنيين")).toEqual({ killed: null, injured: 5 });
    expect(toll("أسفر انفجار عبوة ناسفة في بعقوبة عن مقتل 3 أشخاص و7 إصابات")).toEqual({ killed: 3, injured: 7 });
    expect(toll("ما أدى الى وقوع ثلاث إصابات في صفوف الشرطة بهجوم مسلح في كركوك")).toMatchObject({ injured: 3 });
  });
  it("the singular «إصابة» after a number from eleven up («25 إصابة») is that many injured, a hit claim aside", () => {
    expect(toll("أسفر انفجار عبوة ناسفة في سوق بعقوبة عن 14 إصابة بين المارة")).toEqual({ killed: null, injured: 14 });
    expect(toll("فصيل مسلح يعلن استهداف قاعدة في الأنبار بالصواريخ وتحقيق 12 إصابة دقيقة")).toMatchObject({ injured: null });
  });
  it("«إصابات مباشرة» are hits on a target, not people", () => {
    expect(toll("سقوط صواريخ على قاعدة في الأنبار وتحقيق 3 إصابات مباشرة")).toMatchObject({ injured: null });
  });
});

describe("a list of victims joined by «و»", () => {
  it("a victim named with its unit or place before the next item still adds up", () => {
    expect(toll("أدى انفجار عبوة ناسفة في تكريت إلى مقتل آمر الفوج الثاني واثنين من الجنود")).toMatchObject({ killed: 3 });
    expect(toll("لقي ضابط في الجيش وجنديان مصرعهم بانفجار عبوة ناسفة في الطارمية")).toMatchObject({ killed: 3 });
  });
  it("but a single person after the qualifier, or a place after «في», opens the next clause", () => {
    expect(toll("اغتيال مختار في الطارمية ومحافظ بغداد يوجه بملاحقة الجناة")).toMatchObject({ killed: 1 });
    expect(toll("استشهاد منتسب في الحشد الشعبي وآمر اللواء يتوعد بالرد على الهجوم في ديالى")).toMatchObject({ killed: 1 });
  });
  it("the village headman («عمدة») is a person like the «مختار»", () => {
    expect(toll("هاجم مسلحو داعش قرية قرب الموصل وأعدموا عمدة القرية وثلاثة من أبنائه")).toMatchObject({ killed: 4 });
  });
  it("a person after a detached «و» who opens the next clause is not a victim («و مسؤول محلي: …», «و والدها يصاب»)", () => {
    expect(toll("مقتل شرطي في كركوك و مسؤول أمني: الهجوم نفذته خلية نائمة")).toMatchObject({ killed: 1 });
    expect(toll("مقتل طفل و والده يصاب بجروح بقصف مدفعي على قرية في دهوك")).toMatchObject({ killed: 1 });
  });
  it("a second victim named by a noun of the first one's own («وحارسه», «وصديقه», «و طفليها») adds up", () => {
    expect(toll("اغتيال ضابط في الجيش وحارسه الشخصي بهجوم مسلح في الموصل")).toMatchObject({ killed: 2 });
    expect(toll("إصابة طالب وصديقه بنيران مجهولين في حي الحسين بالبصرة")).toMatchObject({ injured: 2 });
    expect(toll("مقتل رجل و نجليه بقصف مدفعي على قرية قرب زاخو")).toMatchObject({ killed: 3 });
  });
  it("a rank-and-file victim after «و» and the first one's unit adds up when the phrase goes on to its cause, not before a verb", () => {
    expect(toll("إصابة جندي في الجيش و مدني بانفجار عبوة ناسفة في الطارمية")).toMatchObject({ injured: 2 });
    expect(toll("استشهاد شرطي في الفوج الثالث ومقاتل من الحشد بهجوم لداعش في الرطبة")).toMatchObject({ killed: 2 });
    expect(toll("إصابة جندي في الجيش و مدني آخر بانفجار عبوة ناسفة في الطارمية")).toMatchObject({ injured: 2 });
    expect(toll("مقتل شرطي في كركوك و مدني يروي تفاصيل الهجوم على السيطرة")).toMatchObject({ killed: 1 });
  });
  it("«آخران» after a second verb are two others", () => {
    expect(toll("قتل جندي في الجيش وأصيب آخران بانفجار عبوة ناسفة في الطارمية")).toEqual({ killed: 1, injured: 2 });
  });
  it("a second clause with its own verb is not part of the list", () => {
    expect(toll("مقتل جندي في الجيش وإصابة اثنين آخرين بانفجار عبوة في الطارمية")).toEqual({ killed: 1, injured: 2 });
    expect(toll("مقتل ضابط في الشرطة ومدنيين بانفجار عبوة في الطارمية")).toMatchObject({ killed: 1 });
  });
});

describe("the killers named between the verb and the victim", () => {
  it("«اغتال مسلحون مجهولون، اليوم، مدرساً»: the victim after the subject is counted, not the killers", () => {
    expect(toll("اغتال مسلحون مجهولون، مساء اليوم، محامياً أمام منزله في حي الجمهورية بالبصرة")).toMatchObject({ killed: 1 });
    expect(toll("قتل مسلحون ملثمون شابين بإطلاق النار عليهما في حي الحسين بالبصرة")).toMatchObject({ killed: 2 });
    // the day named between them
    expect(toll("اغتال مسلحون مجهولون، مساء الخميس، مهندساً في حي الجزائر وسط الناصرية")).toMatchObject({ killed: 1 });
    // what they rode, between them and the victim
    expect(toll("قتل مسلحون يستقلون سيارة مدنية، ظهر اليوم، صيدلانياً في حي العسكري بالناصرية")).toMatchObject({ killed: 1 });
    expect(toll("اغتال مسلحان يستقلان دراجة نارية محامياً قرب محكمة الكوت")).toMatchObject({ killed: 1 });
  });
  it("«وأردوه قتيلاً» (they left him dead) is one killed, «أردوهما قتيلين» two", () => {
    expect(toll("أطلق مسلحون النار على صاحب محل في سوق الشيوخ بذي قار وأردوه قتيلاً")).toMatchObject({ killed: 1 });
    expect(toll("هاجم مسلحون سيارة تقل شقيقين في قضاء الخالص بديالى فأردوهما قتيلين")).toMatchObject({ killed: 2 });
    // the present tense
    expect(toll("مسلح يطلق النار على منتسب في شرطة النجف عند سيطرة في قضاء الكوفة ويرديه قتيلاً، ثم يلوذ بالفرار")).toMatchObject({ killed: 1 });
  });
  it("a victim's kin told after him («وزوجته», «وشقيقه»: the pronoun is his) are victims too, past what names him", () => {
    expect(toll("قتل شيخ عشيرة البو محمد ونجله بهجوم مسلح على منزلهما في قضاء الخالص")).toMatchObject({ killed: 2 });
    expect(toll("اغتال مسلحون مجهولون مدرساً في ثانوية الرافدين وزوجته أمام منزلهما في قضاء الزبير")).toMatchObject({ killed: 2 });
    expect(toll("هجوم مسلح على منزل شرطي في ناحية العظيم يسفر عن مقتله وابنه")).toMatchObject({ killed: 2 });
  });
  it("«أحد وجهاء», «أحد شيوخ»: one of the notables is one", () => {
    expect(toll("اغتيال أحد شيوخ عشيرة الجبور بإطلاق نار في قضاء الشرقاط")).toMatchObject({ killed: 1 });
  });
  it("«أحد المنتسبين أصيب» (one of them, before the verb) is one; «مطلوبين اثنين» two", () => {
    expect(toll("قتل مسلح باشتباك مع قوة أمنية في قضاء الزبير، وأضافت الشرطة أن أحد المنتسبين أصيب بجروح طفيفة")).toMatchObject({ killed: 1, injured: 1 });
    expect(toll("مقتل متهمين اثنين بتبادل لإطلاق النار مع قوة من الشرطة في قضاء الحي بواسط")).toMatchObject({ killed: 2 });
    // a feminine that ends as a dual with «his» would («محامية») is one; «نجليه» (his two sons) still two
    expect(toll("اغتيال محامية بمسدس كاتم في قضاء شط العرب\nاغتال مسلحون، عصر اليوم، محامية بإطلاق النار عليها أمام مكتبها في قضاء شط العرب.")).toMatchObject({ killed: 1 });
    expect(toll("مقتل نجليه بإطلاق نار في قضاء شط العرب")).toMatchObject({ killed: 2 });
    // the bomber, named with the article, is no victim of his own act
    expect(toll("انتحاري يفجر نفسه بحزام ناسف عند سيطرة في مدخل الفلوجة، ما أسفر عن استشهاد منتسبين اثنين ومقتل الانتحاري")).toMatchObject({ killed: 2 });
    // pilots are people counted as the others: «طيارين اثنين» two, «طيار» one
    expect(toll("مقتل طيارين اثنين بإسقاط مروحية عسكرية بصاروخ في صلاح الدين")).toMatchObject({ killed: 2 });
    expect(toll("مقتل طيار عراقي بهجوم على قاعدة بلد الجوية في صلاح الدين")).toMatchObject({ killed: 1 });
    expect(toll("مسيرة تركية تستهدف عجلة تقل قياديين في وحدات مقاومة سنجار قرب مجمع خانصور، ما أسفر عن مقتل قياديين اثنين")).toMatchObject({ killed: 2 });
  });
  it("the cause told with «على خلفية» ends at the next clause («فيما أصيب اثنان آخران» is the news's)", () => {
    expect(toll("قتل شخصان بنزاع عشائري في قضاء المجر الكبير على خلفية خلاف على مياه السقي، فيما أصيب ثلاثة آخرون")).toMatchObject({ killed: 2, injured: 3 });
    // or at a result told after a comma; with no comma, the result is the cause's own
    expect(toll("في قضاء العزيزية بمحافظة واسط، اندلع نزاع عشائري مسلح بين عشيرتين على خلفية خلاف على أرض زراعية، أسفر عن مقتل ثلاثة أشخاص وإصابة خمسة آخرين")).toMatchObject({ killed: 3, injured: 5 });
    expect(toll("غارات تركية على خلفية هجوم أسفر عن مقتل جنديين تركيين قرب الحدود تستهدف قرى في قضاء زاخو")).toMatchObject({ killed: null });
  });
  it("the cause is a noun phrase: its comma ends it, whatever clause follows («، ما أسفر عن», «، واستخدمت فيه …»), below the lead too", () => {
    const lead = "مقتل وإصابة سبعة أشخاص بنزاع عشائري في ناحية الإسحاقي\nأفاد مصدر أمني بمقتل وإصابة سبعة أشخاص بنزاع عشائري مسلح في ناحية الإسحاقي.\n";
    expect(toll(`${lead}وقال المصدر إن "النزاع اندلع بين عشيرتين على خلفية قضية قديمة، واستخدمت فيه أسلحة متوسطة، ما أسفر عن مقتل ثلاثة أشخاص وإصابة أربعة آخرين".`)).toMatchObject({ killed: 3, injured: 4 });
    expect(toll(`${lead}وقال المصدر إن "النزاع اندلع على خلفية خلاف، ما أسفر عن مقتل ثلاثة أشخاص وإصابة أربعة آخرين".`)).toMatchObject({ killed: 3, injured: 4 });
    // the cause's own toll, told in its phrase, stays the cause's
    expect(toll(`${lead}وقال المصدر إن "النزاع اندلع على خلفية مقتل شخصين الشهر الماضي".`)).toMatchObject({ killed: null, injured: null });
  });
  it("«أحدهم» after a killing verb is one of those just named", () => {
    expect(toll("اشتبكت قوة من الشرطة مع عصابة سرقة في قضاء الزبير بالبصرة ما أسفر عن مقتل أحدهم")).toMatchObject({ killed: 1 });
  });
  it("the wanted and the accused killed resisting arrest, and «one of» a group's leaders, are one victim each", () => {
    expect(toll("أعلنت شرطة ديالى مقتل مطلوب خطير خلال اشتباك مع قوة أمنية حاولت اعتقاله في قضاء بلدروز")).toMatchObject({ killed: 1 });
    expect(toll("مقتل متهم بالإرهاب وإصابة منتسب خلال اشتباك مسلح أثناء مداهمة في قضاء الحويجة")).toMatchObject({ killed: 1, injured: 1 });
    expect(toll("ضربة جوية في وادي حوران أسفرت عن قتل أحد قيادات داعش واعتقال اثنين من مرافقيه")).toMatchObject({ killed: 1 });
  });
  it("«يعدمون», «أعدم» are killing verbs with their count", () => {
    expect(toll("هاجم مسلحو داعش قرية قرب الحويجة وأعدم التنظيم ثلاثة من أبنائها")).toMatchObject({ killed: 3 });
  });
});

describe("a news text reposted with its lines broken mid-sentence", () => {
  it("a line that ends inside a phrase (a number, «التي», «وقال») runs on into the next", () => {
    expect(toll("قال مصدر في الشرطة إن الحصيلة النهائية لانفجار السيارة المفخخة في الحلة بلغت 12 قتيلا و40\nجريحا أصيبوا بجروح متفاوتة"))
      .toEqual({ killed: 12, injured: 40 });
    expect(toll("وقال\nمصدر أمني إن عبوة ناسفة انفجرت في الحلة وأدت إلى\nمقتل ثلاثة مدنيين")).toMatchObject({ killed: 3 });
  });
  it("a line that ends on a comma runs on, whatever word comes next", () => {
    const toks = tokenize(normalizeArabic("انفجرت عبوة ناسفة في الحلة،\nوقتل ثلاثة مدنيين"), () => false);
    expect(new Set(toks.map((t) => t.sent)).size).toBe(1);
    expect(new Set(tokenize(normalizeArabic("انفجرت عبوة ناسفة في الحلة\nوقتل ثلاثة مدنيين"), () => false).map((t) => t.sent)).size).toBe(2);
  });
});
describe("a past event named beside today's toll", () => {
  it("a side remark on an earlier attack («قبل عام», «في آذار الماضي») leaves the toll of today's", () => {
    expect(toll("انفجار عبوة ناسفة على طريق في الطارمية\nأصيب جندي بانفجار عبوة ناسفة في الطارمية شمالي بغداد صباح اليوم.\n" +
      "وأكد مصدر أمني مقتل جنديين في الانفجار، مشيراً إلى أن الطريق ذاته شهد انفجار عبوة مماثلة قبل عام.")).toMatchObject({ killed: 2 });
  });
});

describe("the lead's toll and a part of it told further down", () => {
  it("«أدى إلى مقتل N» further down is a cause's result, not a later toll: the lead's higher figure stands", () => {
    expect(toll("استشهاد 24 شخصاً وجرح 40 بانفجار صهريج مفخخ شمال سامراء\n" +
      "وقال المصدر إن انتحاريا فجر صهريجا مفخخا عند نقطة تفتيش في سامراء ما أدى إلى مقتل 10 عناصر وإصابة 8 آخرين.\n" +
      "وأضاف أن قذائف هاون سقطت بعد ذلك على المنطقة.")).toEqual({ killed: 24, injured: 40 });
  });
  it("«وصلت حصيلة الضحايا إلى N» is the latest toll", () => {
    expect(toll("مقتل 9 أشخاص بانفجار سيارة مفخخة في الحلة\nوقال مصدر في الشرطة إن حصيلة ضحايا التفجير وصلت إلى 14 قتيلا.")).toMatchObject({ killed: 14 });
    expect(toll("مقتل 9 أشخاص بانفجار سيارة مفخخة في الحلة\nوقال مصدر في الشرطة إن عدد ضحايا التفجير ارتفع إلى 14 قتيلا.")).toMatchObject({ killed: 14 });
  });
});

describe("«إلى» before a toll", () => {
  it("after a rise or a total, however far back, and over «أكثر من», it gives the latest toll", () => {
    expect(toll("مقتل 9 أشخاص بانفجار سيارة مفخخة في الحلة\nوقال مصدر إن حصيلة الضحايا وصلت إلى أكثر من 20 قتيلاً.")).toMatchObject({ killed: 20, atLeast: true });
    expect(toll("مقتل 9 أشخاص بانفجار في الحلة\nووصلت حصيلة ضحايا التفجير الانتحاري المزدوج الذي ضرب سوق الحلة إلى 14 قتيلا")).toMatchObject({ killed: 14 });
  });
});

describe("a toll going up told by other verbs", () => {
  it("«قفز إلى», «يرتفعون إلى», «وصل إلى» give the latest toll, a person noun after the figure or not", () => {
    expect(toll("مقتل 5 أشخاص بانفجار عبوة في سوق بعقوبة\nوقال مصدر في الشرطة إن عدد القتلى قفز إلى 13.")).toMatchObject({ killed: 13 });
    expect(toll("جرحى انفجار بعقوبة يرتفعون إلى 35\nكان مصدر قد أفاد بإصابة 20 شخصا بانفجار عبوة في السوق.")).toMatchObject({ injured: 35 });
    expect(toll("انفجار عبوة في بعقوبة يوقع قتيلين و5 جرحى\nوأضاف المصدر أن عدد الجرحى وصل إلى 9 أشخاص.")).toEqual({ killed: 2, injured: 9 });
  });
  it("«إلى» of a report or a transfer is no rise: «أشار إلى أن أكثر من 10», «نقل إلى مستشفى … 15 جريحاً»", () => {
    expect(toll("مقتل 20 شخصاً وإصابة 40 بانفجار سيارة مفخخة في سوق بمدينة الفلوجة.\nوأشار مصدر طبي إلى أن أكثر من 10 جرحى في حالة حرجة.")).toEqual({ killed: 20, injured: 40 });
    expect(toll("مقتل 20 شخصاً بانفجار سيارة مفخخة في مدينة الفلوجة.\nوأشار المصدر إلى أن ما لا يقل عن 6 قتلى من عناصر الشرطة.")).toMatchObject({ killed: 20 });
    expect(toll("انفجار سيارة مفخخة في الحلة أسفر عن مقتل 5 أشخاص وإصابة 25 آخرين.\nوقال مدير صحة بابل إن مستشفى الحلة التعليمي استقبل 10 جرحى، فيما نقل إلى مستشفى الهاشمية ما لا يقل عن 15 جريحاً.")).toMatchObject({ killed: 5, injured: 25 });
  });
  it("«وصل إلى ما لا يقل عن N» is a lower bound", () => {
    expect(toll("مقتل 5 أشخاص بانفجار عبوة في سوق بعقوبة\nوقال مصدر إن عدد القتلى وصل إلى ما لا يقل عن 11 شخصا.")).toMatchObject({ killed: 11, atLeast: true });
  });
  it("both kinds rising in one clause («القتلى وصلت إلى 12 والجرحى إلى 30»)", () => {
    expect(toll("مقتل 5 بانفجار في سوق بعقوبة\nوقالت دائرة الصحة إن أعداد القتلى وصلت إلى 9 والجرحى إلى 26.")).toEqual({ killed: 9, injured: 26 });
  });
  it("«عدد الضحايا» rising for a death («بعد وفاة اثنين من الجرحى») is the death toll", () => {
    expect(toll("مقتل 3 جنود بهجوم لداعش في الرطبة\nوقال مصدر إن عدد الضحايا ارتفع إلى 5 بعد وفاة اثنين من الجرحى.")).toMatchObject({ killed: 5 });
  });
});

describe("«إصابات» that are hits on targets", () => {
  it("a claim of hits («تحقيق 4 إصابات دقيقة», «إصابات في خزانات الوقود», «للأهداف») counts nobody", () => {
    expect(toll("فصيل مسلح يعلن استهداف قاعدة عين الأسد في الأنبار بالصواريخ وتحقيق 4 إصابات دقيقة")).toMatchObject({ injured: null });
    expect(toll("قصف صاروخي على قاعدة في الأنبار أسفر عن 3 إصابات في خزانات الوقود")).toMatchObject({ injured: null });
    expect(toll("هجوم بالطائرات المسيرة على قاعدة حرير في أربيل وتسجيل 3 إصابات للأهداف")).toMatchObject({ injured: null });
  });
  it("but «إصابات في صفوف القوات» are people", () => {
    expect(toll("هجوم لداعش على نقطة للجيش في كركوك أسفر عن 3 إصابات في صفوف الجنود")).toMatchObject({ injured: 3 });
  });
});

describe("«جنديا» and «عنصرا»: a dual in construct, or one person in the accusative", () => {
  it("with an accusative adjective after it, one person; before the noun it is construct with, two", () => {
    expect(toll("هجوم يقتل جنديا أمريكيا في قاعدة حرير بأربيل")).toMatchObject({ killed: 1 });
    expect(toll("مسلحون يقتلون عنصرا أمنيا في قضاء الطارمية")).toMatchObject({ killed: 1 });
    expect(toll("استشهاد عنصرا أمن بانفجار عبوة في الطارمية")).toMatchObject({ killed: 2 });
    expect(toll("مقتل جنديا الشرطة في قضاء الطارمية")).toMatchObject({ killed: 2 });
    // a broken plural in «-ايا» after it is the noun it is construct with, not an adjective
    expect(toll("قتل عنصرا سرايا السلام بانفجار عبوة ناسفة في سامراء")).toMatchObject({ killed: 2 });
  });
  it("with a preposition or a cause right after it, one person in the accusative; with its noun, two", () => {
    expect(toll("قتل مسلحون مجهولون راعيا في صحراء قضاء النخيب")).toMatchObject({ killed: 1 });
    expect(toll("هجوم يقتل جنديا بانفجار عبوة في قضاء الطارمية")).toMatchObject({ killed: 1 });
    expect(toll("قتل راعيا أغنام بانفجار لغم أرضي في صحراء قضاء النخيب")).toMatchObject({ killed: 2 });
  });
});

describe("words that look like person nouns", () => {
  it("«الجارية» (ongoing) is no pair of neighbours", () => {
    expect(toll("النزاعات العشائرية الجارية في قضاء الزبير أسفرت عن وقوع إصابات في صفوف الطرفين")).toMatchObject({ injured: null });
  });
});

describe("a blank line", () => {
  it("ends a sentence even after a word that cannot end one", () => {
    expect(toll("وكان هجوم مماثل قبل عام قد أدى إلى مقتل جنديين في\n\nوأسفر هجوم اليوم على نقطة للجيش في الطارمية عن مقتل 4 جنود وإصابة آخر")).toMatchObject({ killed: 4, injured: 1 });
  });
});

describe("a place name is no person", () => {
  it("«الشيخان» is the district, not two sheikhs", () => {
    const f = incidentOf("سقوط طائرة مسيرة في قضاء الشيخان دون إصابات");
    expect(f?.killed).toBe(0);
    expect(f?.injured).toBe(0);
    expect(incidentOf("انفجار عبوة ناسفة قرب سيطرة في الشيخان أسفر عن إصابة شرطي")?.injured).toBe(1);
  });
});

describe("a number counted by its toll noun is not counted again by a verb after it", () => {
  it("«… 11 قتيلاً و22 جريحاً مع انتشال جثث»: the 22 are the injured, never the dead", () => {
    const f = incidentOf("انفجار سيارة مفخخة في قضاء تلعفر. وقال مسؤول إن عدد القتلى قفز إلى 11 قتيلاً و22 جريحاً مع انتشال جثث من تحت الأنقاض.");
    expect(f?.killed).toBe(11);
    expect(f?.injured).toBe(22);
    expect(incidentOf("انفجار سيارة مفخخة في قضاء تلعفر أسفر عن 17 جريحاً مع انتشال جثث من تحت الأنقاض")?.killed).toBeNull();
  });
});

describe("a later lower bound («وصلت إلى ما لا يقل عن 20 قتيلاً») is the update", () => {
  it("it beats the first report's figure", () => {
    const f = incidentOf("قالت مصادر إن 9 أشخاص قتلوا بانفجار سيارة ملغومة في مدينة الفلوجة.\nوقال مسؤول إن الحصيلة وصلت إلى ما لا يقل عن 17 قتيلاً.");
    expect(f?.killed).toBe(17);
    expect(f?.atLeast).toBe(true);
  });
});

describe("an earlier, similar attack's toll beside today's «nobody hurt»", () => {
  it("«هجوماً مماثلاً … أدى إلى إصابة اثنين», «ويأتي الحادث بعد أيام من اغتيال …»", () => {
    const a = incidentOf("سقط صاروخ كاتيوشا قرب مطار بغداد دون أن يسفر عن خسائر بشرية.\nوأشار المصدر إلى أن هجوماً مماثلاً في أيار أدى إلى إصابة ثلاثة من العاملين.");
    expect([a?.killed, a?.injured]).toEqual([0, 0]);
    const b = incidentOf("انفجرت عبوة لاصقة بسيارة في مدينة العمارة ولم يسفر الانفجار عن أي إصابات.\nويأتي الحادث بعد أيام من اغتيال محام في المدينة.");
    expect([b?.killed, b?.injured]).toEqual([0, 0]);
  });
});
