// A toll is stated only when the text states it for this incident (issue 13, item 4: never a number the
// text does not state). One language feature per test; the sentences are written for the test.
import { describe, it, expect } from "vitest";
import { incidentOf } from "./helpers.js";

describe("the cause or an earlier act named in the news' own sentence", () => {
  it("«على خلفية استشهاد عنصر», «لم تكتفِ بقتل …», «رداً على اغتيال …» give no toll to this incident", () => {
    expect(incidentOf("غارات جوية على مواقع داعش في محافظة كركوك على خلفية استشهاد عنصر من الجيش")?.killed).toBeNull();
    expect(incidentOf("الكويت لم تكتف بقتل الصياد.. اعتداء جديد على الصيادين في خور عبد الله بالبصرة")?.killed).toBeNull();
    const f = incidentOf("انفجار قنبلة يدوية في حي العقاري بالسليمانية أسفر عن إصابة شخصين، رداً على اغتيال ضابط");
    expect([f?.killed, f?.injured]).toEqual([null, 2]);
  });
});

describe("an earlier attack dated by its month or season and year", () => {
  it("«في كانون الثاني 2020 … أصيب أكثر من مئة», «صيف 2022 … مقتل تسعة» are that attack's, not today's", () => {
    const a = incidentOf("سقط صاروخان من نوع كاتيوشا، فجر اليوم، داخل محيط قاعدة عين الأسد الجوية غربي محافظة الأنبار، دون وقوع خسائر بشرية.\n" +
      "وتعرضت القاعدة في كانون الثاني 2020 لقصف صاروخي إيراني أصيب خلاله أكثر من مئة جندي أمريكي.");
    expect([a?.killed, a?.injured]).toEqual([0, 0]);
    const b = incidentOf("أصيب مدنيان اثنان، عصر الاثنين، جراء قصف جوي تركي استهدف محيط قرية في ناحية كاني ماسي بمحافظة دهوك.\n" +
      "وكان قصف تركي على منتجع برخ السياحي في زاخو صيف 2022 قد أدى إلى مقتل تسعة سياح.");
    expect([b?.killed, b?.injured]).toEqual([null, 2]);
  });
});

describe("a figure told only in a background sentence further down", () => {
  it("a running total or an event weeks ago is not this incident's toll", () => {
    const f = incidentOf("اغتيال ناشط بهجوم مسلح في الناصرية.\nمسلحون مجهولون اغتالوا الناشط وسط المدينة.\n" +
      "وتشهد البلاد احتجاجات منذ أشهر خلفت 500 قتيل و17 جريحا.");
    expect([f?.killed, f?.injured]).toEqual([1, null]);
  });
  it("«وكان X قد أعلن عن مقتل …» is still an earlier statement about this incident", () => {
    const f = incidentOf("اعتقال ثمانية من المشاركين في نزاع عشائري مسلح في قضاء الزبير.\nوقال المصدر إن القوة اعتقلتهم.\n" +
      "وكان قائممقام الزبير أعلن عن مقتل شخصين وإصابة أربعة خلال النزاع.");
    expect([f?.killed, f?.injured]).toEqual([2, 4]);
  });
  it("«وكانت القرية قد تعرضت إلى هجوم أسفر عن مقتل …» is what the place had suffered before, unless today", () => {
    const f = incidentOf("أصيب 3 مدنيين بجروح جراء سقوط 3 قذائف هاون على قرية الإمام ويس في ناحية أبي صيدا.\n" +
      "وقال مصدر أمني إن القذائف أطلقت من منطقة بساتين قريبة.\nوكانت القرية قد تعرضت إلى هجوم أسفر عن مقتل 11 شخصا.");
    expect([f?.killed, f?.injured]).toEqual([null, 3]);
    expect(incidentOf("انفجار عبوة في قرية بناحية أبي صيدا.\nوقال مصدر إن الانفجار وقع قرب مدرسة.\n" +
      "وكانت القرية قد تعرضت صباح اليوم إلى هجوم أسفر عن مقتل شخصين.")?.killed).toBe(2);
  });
});

describe("an earlier attack dated in the clause of its toll", () => {
  const toll = (text: string) => { const f = incidentOf(text); return [f?.killed, f?.injured]; };
  it("«لهجوم مماثل في آذار الماضي أسفر عن مقتل 4» further down is that attack's toll", () => {
    expect(toll("سقوط صاروخين على معسكر في الأنبار\nسقط صاروخان على معسكر قرب هيت مساء اليوم.\n" +
      "وتعرض المعسكر لهجوم مماثل في آذار الماضي أسفر عن مقتل 3 جنود.")).toEqual([null, null]);
  });
  it("right below the news too, when that sentence tells an earlier or a similar attack («ويأتي الحادث بعد هجوم مماثل …»)", () => {
    const news = "أصيب جنديان بانفجار عبوة ناسفة استهدفت دورية للجيش في قضاء المقدادية بمحافظة ديالى.";
    expect(toll(`${news} ويأتي الحادث بعد هجوم مماثل أسفر عن مقتل ثلاثة مدنيين في بعقوبة.`)).toEqual([null, 2]);
    expect(toll(`${news} وكان هجوم قد أسفر عن مقتل ثلاثة مدنيين في بعقوبة الأسبوع الماضي.`)).toEqual([null, 2]);
    // «ويأتي الحادث ضمن سلسلة هجمات … خلال الشهر الماضي»: the series is others, the news stays an incident
    expect(toll(`${news} ويأتي الحادث ضمن سلسلة هجمات شهدتها المحافظة أسفرت عن مقتل سبعة أشخاص خلال الشهر الماضي.`)).toEqual([null, 2]);
    // an undated «وكان» right below the news may be an earlier statement about this attack: its figure stands
    expect(toll(`${news} وكان مصدر أمني قد أفاد بمقتل مدني في الانفجار.`)).toEqual([1, 2]);
  });
  it("whatever opens that sentence, when it dates or compares another attack («وقبل أسبوع», «يذكر أن … الشهر الماضي»)", () => {
    const head = "انفجار عبوة ناسفة في قضاء الطارمية\n";
    for (const second of ["وقبل أسبوع قتل ثلاثة جنود بهجوم مماثل في المنطقة ذاتها.", "يذكر أن ثلاثة جنود قتلوا بهجوم مماثل في المنطقة الشهر الماضي.",
      "وتعرضت المنطقة الأسبوع الماضي لهجوم مماثل أسفر عن مقتل ثلاثة جنود.", "وسبق أن قتل ثلاثة جنود بهجوم مماثل في المنطقة الشهر الماضي.",
      "وكانت دورية للجيش قد تعرضت في وقت سابق لهجوم أسفر عن مقتل ثلاثة جنود.", "وكان هجوم مماثل ليلة أمس قد أسفر عن مقتل ثلاثة جنود في المنطقة."]) {
      expect(toll(head + second), second).toEqual([null, null]);
    }
  });
  it("but a date or a likeness inside the sentence of today's toll leaves it today's", () => {
    expect(toll("انفجار عبوة ناسفة في سوق ببغداد\nقال مصدر أمني إن ثلاثة أشخاص قتلوا بانفجار عبوة ناسفة في سوق شعبي " +
      "جنوبي بغداد في وقت سابق من اليوم.")).toEqual([3, null]);
    expect(toll("هجوم على نقطة للجيش في قضاء الطارمية\nقتل خمسة جنود في أعنف هجوم تشهده المنطقة منذ الشهر الماضي.")).toEqual([5, null]);
    expect(toll("هجوم على نقطة للجيش في قضاء الطارمية\nقتل خمسة جنود في أعنف هجوم تشهده المنطقة منذ أواخر آذار الماضي.")).toEqual([5, null]);
    expect(toll("هجوم مسلح على قرية في قضاء المقدادية بمحافظة ديالى\nقتل أربعة مدنيين بهجوم مماثل لهجمات داعش الأخيرة.")).toEqual([4, null]);
  });
  it("today's «دون خسائر بشرية» wins over it", () => {
    expect(toll("مسيرة تستهدف مصفى في أربيل دون خسائر بشرية\nسقطت طائرة مسيرة على مصفى قرب أربيل مساء اليوم.\n" +
      "وكان المصفى قد تعرض في أيار الماضي لهجوم أدى إلى إصابة 6 عمال.")).toEqual([0, 0]);
    // right below the lead, where a background figure is not dropped
    expect(toll("سقط صاروخ على معسكر قرب هيت في الأنبار مساء اليوم دون خسائر بشرية\n" +
      "وكان المعسكر قد تعرض في أيار الماضي لهجوم أدى إلى إصابة 6 جنود.")).toEqual([0, 0]);
  });
  it("but a date in a side clause, an apposition or a relative clause beside today's toll leaves it today's", () => {
    expect(toll("قصف على مقر حزب في السليمانية\nقصفت مسيرة مقرا لحزب قرب السليمانية.\n" +
      "وقال مسؤول إن القصف أدى إلى مقتل عضوين وإصابة أربعة آخرين، مضيفا أن المقر تعرض سابقا لقصف مماثل.")).toEqual([2, 4]);
    expect(toll("مسيرة تضرب قرب مطار أربيل\nسقطت مسيرة قرب مطار أربيل مساء اليوم.\n" +
      "وقال المحافظ إن الهجوم أسفر عن إصابة ثلاثة عمال، وهو الرابع من نوعه منذ آب الماضي.")).toEqual([null, 3]);
    expect(toll("هجوم على نقطة للجيش في الطارمية\nهاجم مسلحون نقطة للجيش في الطارمية.\n" +
      "وقال المصدر إن الهجوم، الشبيه بما حدث في تموز الماضي، أسفر عن مقتل جندي وإصابة آخر.")).toEqual([1, 1]);
    expect(toll("مقتل شرطي بهجوم في الموصل\nقتل شرطي بنيران مسلحين في الموصل.\n" +
      "وأضاف المصدر أن الهجوم أدى إلى إصابة شقيقه الذي تطوع في الشرطة قبل عامين.")).toEqual([1, 1]);
  });
  it("a background marker in a «، التي …» aside after today's toll speaks of the place («التي شهدت هجوماً مماثلاً»)", () => {
    expect(toll("انفجار عبوة في الطارمية\nانفجرت عبوة على دورية للجيش اليوم.\n" +
      "وأصيب 3 جنود بانفجار عبوة في الطارمية، التي شهدت هجوما مماثلا في آذار الماضي.")).toEqual([null, 3]);
  });
});

describe("a turn to another matter within the sentence («وعلى صعيد آخر»)", () => {
  it("takes the figures after it, not this incident's told before it, even across a broken line", () => {
    const toll = (text: string) => { const f = incidentOf(text); return [f?.killed, f?.injured]; };
    expect(toll("مقتل شرطي وإصابة ثلاثة بانفجار عبوة في الدورة، وعلى صعيد آخر، أصيب 6 أشخاص بحادث سير في الكوت")).toEqual([1, 3]);
    expect(toll("مقتل شرطي وإصابة ثلاثة بانفجار عبوة في الدورة، وعلى\nصعيد آخر، أصيب 6 أشخاص بحادث سير في الكوت")).toEqual([1, 3]);
  });
});

describe("another place's incident in the same article", () => {
  it("a sentence opening with «وفي» that names only another province", () => {
    const f = incidentOf("إصابة شخصين بشجار مسلح في سوق الشيوخ بمحافظة ذي قار.\nوفي محافظة المثنى، قتل شخصان بهجوم مسلح قرب السماوة.");
    expect(f?.provinces).toEqual(["dhi_qar"]);
    expect([f?.killed, f?.injured]).toEqual([null, 2]);
  });
  it("a round-up turning to another country: what is told there (a toll, a disaster, an accident) is that country's", () => {
    const syria = incidentOf("قتل 3 عناصر من الحشد الشعبي وأصيب 5 آخرون بضربة جوية على موقع في القائم. وفي سوريا، أعلنت مصادر طبية ارتفاع عدد القتلى جراء الغارات على دير الزور إلى 17.");
    expect(syria).toMatchObject({ provinces: ["anbar"], killed: 3, injured: 5 });
    expect(incidentOf("قتل مدني بقصف مدفعي تركي على قرية في ناحية سيدكان. وفي سوريا، ارتفع عدد القتلى جراء الزلزال إلى 5 آلاف.")).toMatchObject({ provinces: ["erbil"], killed: 1 });
    expect(incidentOf("قتل جندي وأصيب آخران بهجوم لداعش في صحراء الحضر. وفي تركيا، قتل شخصان بحادث سير.")).toMatchObject({ provinces: ["nineveh"], killed: 1, injured: 2 });
    // a turn to the news's own province is about the news: a denial there stands
    expect(incidentOf("انفجار عبوة ناسفة في منطقة الكرادة وسط العاصمة. وفي بغداد، نفت قيادة العمليات وقوع أي انفجار في الكرادة.")).toBeNull();
  });
  it("a round-up none of whose two parts tells an incident read alone is none (a drowning here and an attack abroad)", () => {
    expect(incidentOf("أعلنت مديرية الدفاع المدني في محافظة واسط انتشال جثة طفل غرق في نهر دجلة. وفي إيران، قتل 4 من قوات الأمن بهجوم مسلح في محافظة سيستان.")).toBeNull();
    expect(incidentOf("نفذت قطعات من الجيش العراقي تمريناً بالذخيرة الحية في صحراء النجف. وفي سوريا، قتل 5 عناصر من داعش بغارة في البادية.")).toBeNull();
    // one part that is: the round-up is that incident
    expect(incidentOf("شهدت محافظة ديالى يوماً دامياً. وفي قضاء المقدادية، قتل 3 مدنيين بهجوم مسلح على قرية.")).toMatchObject({ provinces: ["diyala"], killed: 3 });
  });
  it("a «بينما» clause about other provinces", () => {
    const f = incidentOf("مسلحون يخطفون 22 راعيا شمال كربلاء بينما قتل سبعة عراقيين في هجمات في بغداد وكركوك");
    expect(f?.killed).toBeNull();
  });
});

describe("the charges of someone arrested", () => {
  it("«من ضمن المشتركين في اغتيال اثنين» are his earlier crimes, not this incident's toll", () => {
    const f = incidentOf("اعتقال 3 إرهابيين في محافظة ديالى كانوا من ضمن المشتركين في اغتيال اثنين من أهالي بعقوبة");
    expect(f?.killed).toBeNull();
  });
});

describe("the wounds of the dead", () => {
  it("«جثث معظمها مصاب بطلقات نارية» counts bodies, not someone injured", () => {
    const f = incidentOf("انتشال 12 جثة مجهولة الهوية معظمها مصاب بطلقات نارية من نهر دجلة قرب الصويرة في واسط");
    expect([f?.killed, f?.injured]).toEqual([12, null]);
  });
});

describe("a martyrdom remembered is no toll of the attack", () => {
  const f = incidentOf;
  it("an attack on mourners of «ذكرى (أيام) استشهاد الإمام» states no death unless it counts its own", () => {
    expect(f("هجوم مسلح على زوار ذكرى استشهاد الإمام الكاظم في بغداد")).toMatchObject({ type: "armed_attack", killed: null });
    expect(f("إطلاق الرصاص الحي نحو المعزين بذكرى أيام استشهاد الإمام الحسين في بغداد")).toMatchObject({ killed: null });
    expect(f("مقتل 3 زوار بهجوم مسلح على زوار ذكرى استشهاد الإمام الكاظم في بغداد")).toMatchObject({ killed: 3 });
  });
  it("«اليوم», a weekday, the dead arriving and a capture are news, not a memory", () => {
    expect(f("أفاد مصدر أمني اليوم بمقتل شخصين بنزاع عشائري في قضاء الخالص")).toMatchObject({ killed: 2 });
    expect(f("أعلنت مصادر أمنية يوم الاثنين مقتل ثلاثة جنود بانفجار عبوة ناسفة في قضاء الخالص")).toMatchObject({ killed: 3 });
    expect(f("أعلنت الشرطة اليوم مقتل شخص بنيران مسلحين مجهولين في قضاء الخالص")).toMatchObject({ killed: 1 });
    expect(f("وصول 3 شهداء و5 جرحى إلى مستشفى الخالص جراء انفجار عبوة ناسفة في قضاء الخالص")).toMatchObject({ killed: 3, injured: 5 });
    expect(f("هجوم مسلح في قضاء الخالص وأسر ثلاثة واستشهاد اثنين")).toMatchObject({ killed: 2 });
  });
  it("a caption tag («صور | مقتل 3 أشخاص») and a death counted («ليلة استشهاد 4 جنود») are news to the toll", () => {
    expect(f("صور | مقتل 3 أشخاص بانفجار عبوة ناسفة في قضاء الخالص")).toMatchObject({ killed: 3 });
    expect(f("ليلة استشهاد 4 جنود في هجوم لداعش على نقطة في قضاء الخالص")).toMatchObject({ killed: 4 });
    expect(f("القوات الأمنية تطوق مكان مقتل شخصين بانفجار عبوة في قضاء الخالص")).toMatchObject({ killed: 2 });
    // a memory stays one, counted or not; a definite pair is known
    expect(f("استهداف مجلس عزاء أقيم في ذكرى استشهاد شابين بقذيفة هاون في قضاء الخالص دون إصابات")).toMatchObject({ killed: 0, injured: 0 });
    expect(f("سقوط قذيفة هاون قرب موقع استشهاد الشقيقين في قضاء الخالص دون وقوع إصابات")).toMatchObject({ killed: 0, injured: 0 });
  });
  it("a death joined by «و» after a family («منزل عائلة ومقتل طفلين») is news, no genitive", () => {
    expect(f("سقوط قذيفة هاون على منزل عائلة ومقتل طفلين في قضاء الخالص")).toMatchObject({ killed: 2 });
  });
  it("«من عائلة شهيد»: the family's martyr is no victim of this attack", () => {
    expect(f("قصف على منزل في قضاء الخالص يستهدف عائلة شهيد")).toMatchObject({ killed: null });
    expect(f("مقتل طفل من عائلة شهيد بقصف على منزل في قضاء الخالص")).toMatchObject({ killed: 1 });
  });
});

describe("the wound a victim died of", () => {
  it("«مقتل شخص إثر إصابته بشظايا»: the wound he died of is no one else wounded", () => {
    const f = incidentOf("مقتل شخص إثر إصابته بشظايا صاروخ في قضاء الخالص");
    expect([f?.killed, f?.injured]).toEqual([1, null]);
    const g = incidentOf("مقتل شخص وإصابة آخر بشظايا صاروخ في قضاء الخالص");
    expect([g?.killed, g?.injured]).toEqual([1, 1]);
    // another's wound: a brother taken to hospital, two comrades arrested
    const h = incidentOf("مقتل مدني بنزاع عشائري في قضاء الخالص ونقل شقيقه إلى المستشفى إثر إصابته بطلق ناري");
    expect([h?.killed, h?.injured]).toEqual([1, 1]);
    const k = incidentOf("مقتل مسلح واعتقال اثنين من رفاقه بعد إصابتهما في اشتباك مع القوات الأمنية في قضاء الخالص");
    expect([k?.killed, k?.injured]).toEqual([1, 2]);
    // the place between the death and the cause
    const m = incidentOf("قتل شخص بهجوم مسلح في قضاء الخالص بمحافظة ديالى إثر إصابته بطلق ناري في الرأس");
    expect([m?.killed, m?.injured]).toEqual([1, null]);
  });
});

describe("the count of another act is no toll", () => {
  it("detainees, abductees and the rescued are counted after their own act's word, which no count reader skips", () => {
    expect(incidentOf("اشتباك مسلح في البصرة أسفر عن مقتل مطلوب واعتقال ثلاثة آخرين")?.killed).not.toBe(3);
    expect(incidentOf("داهمت قوة أمنية منزلا في البصرة فاندلع اشتباك أسفر عن مقتل أحدهم واعتقال اثنين آخرين")?.killed).not.toBe(2);
    expect(incidentOf("مقتل شخص وخطف اثنين آخرين بهجوم مسلح في كركوك")?.killed).toBe(1);
    expect(incidentOf("مقتل 3 مسلحين واعتقال 5 آخرين في عملية أمنية بالموصل")?.killed).toBe(3);
  });
});

describe("an attempt kills nobody", () => {
  it("«تعرض ناشطين إلى محاولة اغتيال» states no death; the wounded it names are counted", () => {
    expect(incidentOf("تعرض ناشطين إلى محاولة اغتيال في قضاء الخالص")).toMatchObject({ type: "assassination", killed: null });
    expect(incidentOf("محاولة اغتيال ضابط في قضاء الخالص أسفرت عن إصابته بجروح")).toMatchObject({ killed: null, injured: 1 });
  });
});

describe("a running total told below the news", () => {
  it("«ويرتفع بذلك عدد ضحايا … منذ بداية الشهر إلى 40» adds the news to a sum: the news stays, with its own toll", () => {
    expect(incidentOf("قتل شخصان بانفجار عبوة لاصقة في منطقة الأمين ببغداد. ويرتفع بذلك عدد ضحايا الهجمات بالعبوات منذ بداية الشهر الجاري إلى 40 قتيلاً."))
      .toMatchObject({ provinces: ["baghdad"], killed: 2 });
    expect(incidentOf("مقتل مزارع وإصابة نجله بانفجار عبوة في قضاء خانقين. وأعلنت بعثة الأمم المتحدة ارتفاع عدد الضحايا المدنيين في العراق خلال الشهر الماضي إلى 120 قتيلاً."))
      .toMatchObject({ provinces: ["diyala"], killed: 1, injured: 1 });
    expect(incidentOf("أصيب جنديان بسقوط صواريخ على قاعدة عين الأسد. وبذلك يرتفع عدد الهجمات على القاعدة منذ مطلع العام إلى 15 هجوماً."))
      .toMatchObject({ provinces: ["anbar"], killed: null, injured: 2 });
  });
  it("a tally told as the news is still a tally, its span told in the running total below it or not", () => {
    expect(incidentOf("ارتفاع عدد ضحايا الهجمات بالعبوات الناسفة في بغداد منذ بداية الشهر الجاري إلى 40 قتيلاً.")).toBeNull();
    // the news counts events or cases, or is a count itself; or it counts over the whole country
    expect(incidentOf("أفادت منظمة حقوقية بأن 23 شخصاً قتلوا في نزاعات عشائرية بمحافظة ميسان. ويرتفع بذلك عدد ضحايا النزاعات منذ مطلع العام إلى 80 قتيلاً.")).toBeNull();
    expect(incidentOf("أعلنت دائرة الطب العدلي في نينوى استقبال 7 جثث مجهولة الهوية خلال أيام. وبذلك يرتفع عدد الجثث المستلمة منذ بداية الشهر إلى 26.")).toBeNull();
    expect(incidentOf("قالت منظمة دولية إن 45 صحفياً قتلوا في العراق على أيدي مسلحين. وأشارت إلى ارتفاع وتيرة الاستهداف منذ عام 2019.")).toBeNull();
  });
});

describe("«سلسلة» of mountains", () => {
  it("is a range, not a series of attacks whose toll would be another's", () => {
    const text = "استشهاد جنديين بهجوم لداعش على نقطة للجيش في مخمور\nنينوى - شفق نيوز\nأفاد مصدر أمني باستشهاد جنديين وإصابة ثالث، بهجوم شنه عناصر من داعش على نقطة للجيش في سلسلة جبال قرة جوغ بقضاء مخمور.";
    expect(incidentOf(text)).toMatchObject({ killed: 2, injured: 1 });
  });
});

