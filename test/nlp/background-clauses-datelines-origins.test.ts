// News prose around the act: background told in a clause appended after it, a tally's words in a comparison,
// a line cut short before a new report, executions, where someone or something came from, and a dateline.
// One language feature per describe, each beside the reading that must not move. (Sentences written for the
// test in the style of Iraqi news sites; no post is copied.)
import { describe, it, expect } from "vitest";
import { incidentOf, reasonOf } from "./helpers.js";

describe("an earlier attack in a clause appended to the news dates that attack, not the news", () => {
  it("«…، بعد هجوم مماثل في آب الماضي» after today's attack", () => {
    const f = incidentOf("قتل ثلاثة جنود بهجوم لداعش على ربيئة عسكرية في قضاء الدبس بكركوك، بعد هجوم مماثل في آب الماضي.\nونقلت جثث الجنود إلى مستشفى في تكريت.");
    expect(f?.provinces).toEqual(["kirkuk"]);
    expect(f?.killed).toBe(3);
  });
  it("«…، وهو الهجوم الثالث على الطريق قبل شهرين»", () => {
    expect(incidentOf("استشهد منتسب بانفجار عبوة ناسفة استهدفت دورية في ناحية العظيم، وهو الهجوم الثالث على الطريق قبل شهرين.")?.provinces).toEqual(["diyala"]);
  });
  it("a past attack told alone stays past", () => {
    expect(reasonOf("قتل ثلاثة جنود بهجوم لداعش على ربيئة عسكرية في قضاء الدبس في آب الماضي.")).toBe("past-event");
  });
  it("a past time set off by commas still dates the act before it (no act of its own in that clause)", () => {
    expect(reasonOf("قتل ثلاثة جنود بهجوم على ربيئة في قضاء الدبس، الشهر الماضي، وفق تقرير للجيش.")).toBe("past-event");
  });
  it("the act's own circumstances after a comma still date it: no mark of another event («مماثل», «الثاني»)", () => {
    expect(reasonOf("قتل حارسان، بهجوم مسلح نفذه مجهولون الشهر الماضي على مخفر في قضاء بلد.")).toBe("past-event");
  });
});

describe("«في وقت سابق من اليوم» is earlier the same day; «في وقت سابق» alone an earlier time", () => {
  it("the attack earlier today is today's news, with its toll and its claim, in any sentence", () => {
    const f = incidentOf("مقتل ثلاثة أشخاص بانفجار عبوة ناسفة في سوق ببغداد في وقت سابق اليوم");
    expect([f?.provinces, f?.killed]).toEqual([["baghdad"], 3]);
    const g = incidentOf("عاجل | انفجار في بغداد\nانفجار عبوة ناسفة في منطقة البياع جنوبي بغداد.\n" +
      "مصدر أمني: الانفجار الذي وقع في وقت سابق من مساء اليوم أسفر عن مقتل شخصين وإصابة أربعة.");
    expect([g?.killed, g?.injured]).toEqual([2, 4]);
    expect(incidentOf("هجوم على نقطة للجيش في الطارمية\nأعلن تنظيم داعش في وقت سابق من اليوم مسؤوليته عن الهجوم على النقطة.")?.perpetrator)
      .not.toBeNull();
  });
  it("«منذ قليل», «منذ لحظات», «منذ 3 ساعات» are moments ago: the news's toll and place stand", () => {
    const f = incidentOf("قتل تسعة أشخاص وأصيب 11 آخرون بتفجير انتحاري في منطقة البغدادي غربي الأنبار منذ قليل\n" +
      "وقال مسؤول إن بين القتلى ثلاثة أطفال.");
    expect([f?.provinces, f?.killed, f?.injured]).toEqual([["anbar"], 9, 11]);
    // «منذ ساعات الصباح» is a part of the day, a span: the clashes in Diyala since the morning are another event
    expect(incidentOf("قتل شخصان بانفجار عبوة ناسفة في الموصل\nوتشهد محافظة ديالى منذ ساعات الصباح اشتباكات قتل فيها 5 مسلحين.")
      ?.provinces).toEqual(["nineveh"]);
    expect(incidentOf("مسلحون يخطفون 22 راعيا في قضاء عين التمر منذ 3 ساعات.\n\n" +
      "وأضاف المصدر أن الرعاة كانوا قد وصلوا من الأنبار صباح اليوم.")?.provinces).toEqual(["karbala"]);
  });
  it("a recap of an attack «في وقت سابق» is no new attack", () => {
    expect(reasonOf("الكشف عن هوية منفذي عملية اغتيال ناشط في البصرة في وقت سابق")).toBe("past-event");
    expect(reasonOf("مقتل ثلاثة أشخاص بانفجار عبوة ناسفة في سوق ببغداد في الشهر الماضي")).toBe("past-event");
  });
});

describe("a tally's words in a comparison appended to the news are no tally", () => {
  it("«…، في هجوم هو الأعنف منذ مطلع العام»", () => {
    const f = incidentOf("أعلنت خلية الإعلام الأمني مقتل أربعة من الحشد بهجوم لداعش في جزيرة سامراء، في هجوم هو الأعنف منذ مطلع العام.");
    expect(f?.provinces).toEqual(["salahuddin"]);
    expect(f?.killed).toBe(4);
  });
  it("«…، وهو الهجوم الثاني على النقطة ذاتها خلال الشهر الجاري»", () => {
    expect(incidentOf("مقتل شرطي بهجوم مسلح على نقطة تفتيش في قضاء المقدادية، وهو الهجوم الثاني على النقطة ذاتها خلال الشهر الجاري.")?.provinces).toEqual(["diyala"]);
  });
  it("a report's own later sentence restating the month's figures is no appended clause", () => {
    expect(reasonOf("منظمة حقوقية: مقتل 17 مدنيا في حوادث أمنية متفرقة خلال أيلول\n\nأفادت المنظمة، اليوم، بأن 17 مدنيا قتلوا خلال الشهر الماضي بهجمات مسلحة، أغلبها في محافظتي ديالى وكركوك.")).toBe("statistics");
  });
  it("«خلال <month>» is a month's figures", () => {
    expect(reasonOf("مقتل 9 مدنيين وإصابة 20 بانفجار مخلفات حربية في محافظة الأنبار خلال تشرين الأول")).toBe("statistics");
  });
  it("a tally after a comma is no comparison", () => {
    expect(incidentOf("قتل 38 شخصا، في هجمات متفرقة شهدتها محافظة ديالى خلال الشهر الماضي.")).toBeNull();
  });
  it("figures over a month stay statistics, whatever follows them", () => {
    expect(reasonOf("مقتل 14 شخصا بهجمات متفرقة في محافظة نينوى خلال الشهر الماضي، بعد تصاعد نشاط خلايا داعش.")).toBe("statistics");
  });
});

describe("a comparison over a span appended to the news ranks it: it dates nothing and tallies nothing", () => {
  it("«…، وهو الأول من نوعه منذ عام 2017» and «… هو الأول منذ عام 2017» leave the news today's", () => {
    expect(incidentOf("انفجارات تهز محافظة اربيل شمالي العراق، وهو الأول من نوعه منذ عام 2017.")?.provinces).toEqual(["erbil"]);
    expect(incidentOf("انفجار عبوة ناسفة في بعقوبة هو الأول منذ عام 2017")?.type).toBe("ied");
    // a sentence of its own that opens on «وهذا» ranks it too (it had made the report a tally of the month)
    expect(incidentOf("مقتل 3 جنود بهجوم لداعش في الطارمية.\nوهذا ثالث هجوم من نوعه خلال الشهر الجاري.")?.killed).toBe(3);
    // the news named by a word that is no act cue, after a sentence that names one
    expect(incidentOf("الكويت تقتل صيادا عراقيا.. اعتداء جديد على الصيادين العراقيين في مياه خور عبد الله، وهو الأول من نوعه منذ عام 2017."))
      .not.toBeNull();
  });
  it("the toll before the comparison stays the toll («، في ثالث هجوم من نوعه منذ بداية الشهر»)", () => {
    expect(incidentOf("مقتل جندي أمريكي في قاعدة الحرير اربيل، في ثالث هجوم من نوعه منذ بداية الشهر.")?.killed).toBe(1);
    const f = incidentOf("قتل تسعة أشخاص وأصيب 11 آخرون بتفجير انتحاري في منطقة البغدادي غربي الأنبار هو الأول منذ عام 2017\n" +
      "وقال مسؤول إن بين القتلى ثلاثة أطفال.");
    expect([f?.killed, f?.injured]).toEqual([9, 11]);
  });
  it("the place before the comparison keeps its weight over a place further down", () => {
    expect(incidentOf("مسلحون يخطفون 22 راعيا في قضاء عين التمر، وهو الأول من نوعه منذ أشهر.\n\n" +
      "وأضاف المصدر أن الرعاة كانوا قد وصلوا من الأنبار صباح اليوم.")?.provinces).toEqual(["karbala"]);
  });
  it("a size ranked after a tally («وهو الرقم الأكبر», «وهي الحصيلة الأكبر», «وهو الأكبر») ranks the count: still a tally", () => {
    expect(reasonOf("قتل 30 شخصا بهجمات لداعش في ديالى، وهو الرقم الأكبر منذ عام 2017")).toBe("statistics");
    expect(reasonOf("قتل 12 مدنيا بهجمات في ديالى، وهي الحصيلة الأكبر منذ بداية العام")).toBe("statistics");
    expect(reasonOf("قتل 30 شخصا بهجمات لداعش في ديالى، وهو الأكبر منذ عام 2017")).toBe("statistics");
  });
  it("a clause with no mark of a comparison is still the span of a tally, and a tally stays one", () => {
    expect(reasonOf("مقتل 38 شخصا في هجمات متفرقة منذ بداية الشهر في محافظة ديالى")).toBe("statistics");
    expect(reasonOf("قتل 38 شخصا، في هجمات متفرقة شهدتها محافظة ديالى منذ عام 2017.")).not.toBeNull();
  });
});

describe("a sentence of background below the news («يذكر أن …», «بين الحين والآخر», «هجمات مماثلة») tells other events", () => {
  it("its tally over months is theirs: the news stays an incident with its own toll", () => {
    const f = incidentOf("مقتل جندي بانفجار عبوة ناسفة في قضاء الطارمية\nيذكر أن المنطقة شهدت هجمات مماثلة خلال الأشهر الماضية.");
    expect([f?.type, f?.killed]).toEqual(["ied", 1]);
    expect(incidentOf("انفجارات تهز محافظة اربيل شمالي العراق\nوقتل أكثر من 40 شخصاً في هجمات مماثلة منذ بداية العام.")?.killed).toBeNull();
  });
  it("its weapon types no news", () => {
    expect(incidentOf("انفجار في قضاء الطارمية شمالي بغداد\nيذكر أن القضاء شهد الشهر الماضي هجوما بعبوة ناسفة.")?.type).toBe("other");
    expect(incidentOf("انفجارات تهز محافظة اربيل شمالي العراق\nوتشهد المنطقة بين الحين والآخر هجمات لخلايا داعش.")?.type).toBe("other");
  });
  it("an earlier statement about this very attack («وكان مصدر أمني قد أفاد بأن الانفجار نجم عن عبوة») still types it", () => {
    expect(incidentOf("انفجار في قضاء الطارمية شمالي بغداد\nوكان مصدر أمني قد أفاد بأن الانفجار نجم عن عبوة ناسفة.")?.type).toBe("ied");
  });
  it("a headline that is a tally stays one whatever the background below it", () => {
    expect(reasonOf("الحصيلة الشهرية: مقتل 12 مدنيا بهجمات في ديالى\nيذكر أن المحافظة شهدت 30 هجوما خلال العام الماضي.")).toBe("statistics");
    expect(reasonOf("مقتل 40 شخصا بهجمات في ديالى\nوشهدت المحافظة هجمات مماثلة خلال الأشهر الماضية.")).toBe("statistics");
    expect(reasonOf("ارتفاع عدد ضحايا هجمات داعش في ديالى إلى 60 قتيلا\nوكانت الهجمات قد تصاعدت خلال الأشهر الماضية.")).toBe("statistics");
  });
  it("a background sentence that points back at the news's figures («هذه الحصيلة», «هؤلاء») tells the news: a tally stays one", () => {
    expect(reasonOf("مقتل 15 جنديا في كركوك\nيذكر أن هذه الحصيلة خلال الأشهر الثلاثة الماضية.")).toBe("statistics");
    expect(reasonOf("مقتل 85 مدنيا في نينوى\nوكانت بعثة الأمم المتحدة قد أعلنت أن هؤلاء قتلوا خلال الشهر الماضي.")).toBe("statistics");
  });
  it("«يذكر أن الانفجار …» and «ويذكر شهود أن …» tell the news: their weapon types it", () => {
    expect(incidentOf("انفجار في قضاء الطارمية شمالي بغداد\nيذكر أن الانفجار نجم عن عبوة ناسفة زرعت على جانب الطريق.")?.type).toBe("ied");
    expect(incidentOf("انفجار في الطارمية\nويذكر شهود عيان أن مسلحين مجهولين هاجموا السيطرة بأسلحة رشاشة.")?.type).toBe("armed_attack");
  });
  it("«هذا», «تلك», «ذلك» that point at no figure leave the background sentence other events", () => {
    expect(incidentOf("أصيب شرطي بجروح في هجوم مسلح على نقطة تفتيش في الحويجة\n" +
      "يذكر أن هذا ليس الهجوم الأول على المنطقة، إذ قتل 12 شخصا في هجمات منذ بداية العام")?.injured).toBe(1);
    expect(incidentOf("قتل جنديان بهجوم لداعش في الحويجة\nيذكر أن تلك المنطقة شهدت مقتل 30 شخصا خلال الأشهر الماضية")?.killed).toBe(2);
  });
  it("«يذكر أن التفجيرات …» (acts in the plural) tells other events, not the news", () => {
    expect(incidentOf("انفجار في قضاء الطارمية شمالي بغداد\nيذكر أن الانفجارات بالسيارات المفخخة تكررت في المنطقة الشهر الماضي")?.type)
      .toBe("other");
  });
  it("«بين الحين والآخر» in a clause after the sentence's own act leaves that act's weapon", () => {
    expect(incidentOf("هجوم على قرية في ديالى\nتعرضت قرية الحاتمية لهجوم بقذائف الهاون، وهي قرية تتعرض بين الحين والآخر لهجمات.")?.type).toBe("rocket");
  });
});

describe("an act told in an earlier month or year is past", () => {
  it("«في حزيران 2014», «في 10 كانون الثاني 2015» date the act", () => {
    expect(reasonOf("في حزيران 2014 اجتاح تنظيم داعش مدينة الموصل وقتل المئات")).toBe("past-event");
    expect(reasonOf("في 10 كانون الثاني 2015 قتل 20 شخصا بانفجار سيارة مفخخة في بغداد")).toBe("past-event");
  });
  it("the report's own month and year do not", () => {
    expect(incidentOf("قتل 3 أشخاص بانفجار عبوة في بعقوبة في 1 حزيران 2026")?.killed).toBe(3);
  });
  it("further in the sentence a month and year date a noun or start a span, not the act", () => {
    expect(incidentOf("اغتيال ناشط بارز في احتجاجات تشرين الأول 2019 بمسدس كاتم في البصرة")?.type).toBe("assassination");
    expect(incidentOf("مقتل قيادي في داعش شارك في مجزرة سبايكر في حزيران 2014 بضربة جوية في كركوك")?.killed).toBe(1);
    expect(incidentOf("انفجار سيارة مفخخة في الموصل للمرة الأولى منذ حزيران 2014")?.type).toBe("car_bomb");
  });
  it("blasts heard, smoke or a fall told of an earlier year are past too, not only attacks", () => {
    expect(reasonOf("في عام 2015، اصوات قوية تسمع في بغداد")).toBe("past-event");
    // («في مثل هذا اليوم» is itself an anniversary's opening)
    expect(["past-event", "anniversary"]).toContain(reasonOf("في مثل هذا اليوم من عام 2014، انفجارات تهز محافظة اربيل شمالي العراق"));
  });
});

describe("a line cut short before a new report", () => {
  it("a line ending on «في» does not run on into a line that opens with «وأسفر»", () => {
    const f = incidentOf("وكانت القرية قد شهدت العام الماضي هجوما أدى إلى مقتل راعيين في\nوأسفر هجوم اليوم عن مقتل ثلاثة جنود في قضاء خانقين");
    expect(f?.provinces).toEqual(["diyala"]);
    expect(f?.killed).toBe(3);
  });
  it("a line ending on «في» still runs on into its place", () => {
    expect(incidentOf("انفجار عبوة ناسفة استهدف دورية للشرطة في\nقضاء الطارمية شمالي بغداد")?.provinces).toEqual(["baghdad"]);
  });
});

describe("executions", () => {
  it("gunmen or ISIS executing someone is a killing («يعدمون», «يعدم»)", () => {
    const f = incidentOf("مسلحون من داعش يعدمون راعيا في صحراء قضاء الرطبة");
    expect(f?.provinces).toEqual(["anbar"]);
    expect(f?.killed).toBe(1);
    expect(incidentOf("تنظيم داعش يعدم ثلاثة مختطفين في وادي الشاي جنوبي كركوك")?.killed).toBe(3);
    expect(incidentOf("إعدام راعيين على يد عناصر داعش في صحراء قضاء الرطبة")?.provinces).toEqual(["anbar"]);
  });
  it("the state executing convicts is justice, not an attack", () => {
    expect(incidentOf("العراق يعدم 9 مدانا بقضايا إرهاب في سجن الحوت بالناصرية")).toBeNull();
    expect(incidentOf("السلطات العراقية تعدم 7 أشخاص أدينوا بجرائم إرهابية في سجن الناصرية")).toBeNull();
    expect(incidentOf("العراق يعدم 12 إرهابيا في سجن الحوت بالناصرية")).toBeNull(); // militants named after the count: the executed
    expect(incidentOf("تنفيذ حكم الإعدام بحق خمسة محكومين في سجن الناصرية")).toBeNull();
  });
});

describe("an outlet named after a place is no place", () => {
  it("«بغداد اليوم» in a dateline line or after «لـ»", () => {
    expect(incidentOf("ميسان / بغداد اليوم\nأسفرت اشتباكات بين قوة أمنية ومطلوبين في قضاء الكحلاء عن مقتل منتسب وإصابة اثنين.")?.provinces).toEqual(["maysan"]);
    expect(incidentOf("أصيب ثلاثة مدنيين بانفجار عبوة ناسفة في قضاء الزبير، وقال مصدر أمني لـ(بغداد اليوم) إن الجرحى نقلوا إلى المستشفى.")?.provinces).toEqual(["basra"]);
  });
  it("«شهدت بغداد اليوم …» is the city, today", () => {
    expect(incidentOf("شهدت بغداد اليوم انفجار عبوة ناسفة قرب سوق شعبي")?.provinces).toEqual(["baghdad"]);
    expect(incidentOf("انفجار يهز بغداد اليوم\nانفجار عبوة ناسفة قرب سوق شعبي في الصباح")?.provinces).toEqual(["baghdad"]);
  });
});

describe("where someone or something came from is not where it happened", () => {
  it("«بعد عودته من بغداد»", () => {
    expect(incidentOf("البصرة - اغتال مسلحون مجهولون ضابطا في الاستخبارات أمام منزله في حي الجمعيات بعد عودته من بغداد.")?.provinces).toEqual(["basra"]);
  });
  it("«وصلت تعزيزات من بغداد»", () => {
    expect(incidentOf("مقتل شخصين بنزاع عشائري في قضاء الرفاعي، فيما وصلت تعزيزات من بغداد لفض النزاع.")?.provinces).toEqual(["dhi_qar"]);
  });
  it("«أطلقت من منطقة قريبة من الموصل»", () => {
    expect(incidentOf("سقطت طائرة مسيرة مفخخة قرب مطار أربيل، وأفادت مصادر بأنها أطلقت من منطقة قريبة من الموصل.")?.provinces).toEqual(["erbil"]);
  });
  it("«من» of a part stays a place («الجانب الأيسر من الموصل»)", () => {
    expect(incidentOf("انفجار عبوة ناسفة في الجانب الأيسر من الموصل")?.provinces).toEqual(["nineveh"]);
  });
});

describe("a dateline on a line of its own under the title", () => {
  it("is where the report was filed, not a line of the story: the lead under it is read as the lead", () => {
    const text = "شرطة ميسان: فيديو النزاع العشائري المتداول قديم\nالعمارة – السومرية نيوز\nأوضحت قيادة شرطة ميسان أن مقطع الفيديو المتداول الذي يظهر نزاعاً عشائرياً في قضاء الكحلاء يعود إلى عام 2023، ولا صحة لوقوع أي نزاع.";
    expect(reasonOf(text)).toBe("old-footage");
    // one abroad stays a place of the text («طهران - وكالات»)
    expect(incidentOf("الدفاعات الإيرانية تسقط مسيرة قرب پيرانشهر\nطهران - وكالات\nأعلنت وسائل إعلام إيرانية أن الدفاعات الجوية أسقطت طائرة مسيرة مجهولة قرب مدينة پيرانشهر الحدودية مع إقليم كردستان العراق.")).toBeNull();
  });
});

describe("a place abroad told against an Iraqi one", () => {
  it("the province of the Iraqi crossing facing it is a reference too («المقابلة لمنفذ المنذرية في ديالى»)", () => {
    expect(reasonOf("مسيرات مجهولة تقصف موقعاً للحرس الثوري قرب مدينة قصر شيرين الإيرانية المقابلة لمنفذ المنذرية في ديالى")).toBe("outside-iraq");
  });
  it("a crossing «من الجانب الإيراني» whose blast is only heard in Iraqi towns is abroad", () => {
    expect(reasonOf("انفجار يهز منطقة الشلامجة من الجانب الإيراني 🇮🇷 وسماع صوته في أبي الخصيب والتنومة")).toBe("outside-iraq");
  });
});

describe("a place named as a distance away", () => {
  it("«على بعد كيلومترات من معبر فيشخابور» does not place a strike across the border there", () => {
    expect(incidentOf("مسيرة تستهدف سيارة قرب ديريك على الحدود العراقية السورية\nدهوك - 964\nاستهدفت طائرة مسيرة سيارة قرب مدينة ديريك في أقصى شمال شرقي سوريا، على بعد كيلومترات من معبر فيشخابور الحدودي مع إقليم كوردستان.")).toBeNull();
  });
});

describe("a place's container", () => {
  it("«ضمن الحدود الإدارية لمحافظة P» puts a range in P; «قرب الحدود الإدارية لـ» is near P", () => {
    expect(incidentOf("مقتل جندي بانفجار عبوة ناسفة في سلسلة جبال حمرين ضمن الحدود الإدارية لمحافظة ديالى")?.provinces).toEqual(["diyala"]);
    expect(incidentOf("اغتيال ضابط بإطلاق نار في ناحية جلولاء قرب الحدود الإدارية لمحافظة صلاح الدين")?.provinces).toEqual(["diyala"]);
  });
  it("a range through three provinces lies in the one the text names anywhere, however often the range is named", () => {
    const sniper = "قناص من داعش يقتل مقاتلاً في الحشد الشعبي بحمرين\nأفاد مصدر أمني في ديالى باستشهاد مقاتل بنيران قناص في سلسلة تلال حمرين شمال شرقي المحافظة.";
    expect(incidentOf(sniper)?.provinces).toEqual(["diyala"]);
    expect(incidentOf(sniper.replace("ديالى", "كركوك"))?.provinces).toEqual(["kirkuk"]);
    // told alone, it is Salahuddin's (the gazetteer's first reading)
    expect(incidentOf("مقتل مقاتل في الحشد بنيران قناص في جبال حمرين")?.provinces).toEqual(["salahuddin"]);
  });
  it("«X بP» after a word that puts the event at X; not a road's two ends («يربط بيجي بكركوك»)", () => {
    expect(incidentOf("سقوط طائرة مسيرة في منطقة الشيخان بدهوك")?.provinces).toEqual(["duhok"]);
    expect(incidentOf("انفجار عبوة ناسفة على خط نقل الطاقة في قضاء بيجي ضمن خط يربط بيجي بكركوك")?.provinces).toEqual(["salahuddin"]);
  });
});

describe("a dateline names where the report was filed", () => {
  it("«بغداد (رويترز) -» before an attack the lead puts in Kirkuk", () => {
    const f = incidentOf("بغداد (رويترز) - قالت مصادر أمنية إن شخصين قتلا في انفجار سيارة ملغومة في سوق بمدينة كركوك.");
    expect(f?.provinces).toEqual(["kirkuk"]);
  });
  it("«أربيل (…)-» before a checkpoint «ضمن الحدود الإدارية لمحافظة السليمانية»", () => {
    expect(incidentOf("أربيل (مراسلنا)- أفاد مصدر أمني بتعرض سيارة لاستهداف بطائرة مسيرة قرب سيطرة ضمن الحدود الإدارية لمحافظة السليمانية.")?.provinces).toEqual(["sulaymaniyah"]);
  });
  it("a city after the act's clause (a source's, a morgue's) does not set a dateline aside", () => {
    expect(incidentOf("ديالى / مراسلنا - مقتل شخصين بهجوم مسلح قرب قرية نائية، فيما نقلت الجثتان إلى دائرة الطب العدلي في بغداد.")?.provinces).toContain("diyala");
  });
  it("a dateline the text agrees with keeps its weight; a speaker's or a company's city does not move the event", () => {
    expect(incidentOf("ميسان / وكالات\nأسفرت اشتباكات بين قوة أمنية ومطلوبين في قضاء الكحلاء شرقي ميسان عن مقتل منتسب، وفق مصدر في بغداد.")?.provinces).toEqual(["maysan"]);
    expect(incidentOf("أربيل - مراسلنا\nأعلنت شركة نفطية إصابة عامل بهجوم بطائرة مسيرة على حقل في قضاء جمجمال بمحافظة السليمانية، بحسب بيان من مقرها في أربيل.")?.provinces).toEqual(["sulaymaniyah"]);
  });
  it("a dateline with no other place, or with only a reference point, keeps the event", () => {
    expect(incidentOf("بغداد - سقط صاروخ كاتيوشا على المنطقة الخضراء وسط العاصمة")?.provinces).toEqual(["baghdad"]);
    expect(incidentOf("البصرة (خاص) - انفجار عبوة ناسفة قرب الحدود مع الكويت")?.provinces).toEqual(["basra"]);
  });
});
