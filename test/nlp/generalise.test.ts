import { describe, it, expect } from "vitest";
import { incidentOf, reasonOf } from "./helpers.js";

// Rules added while measuring on the hand-written challenge sets (test/nlp/fixtures/challenge*.jsonl).
// Sentences here are new, not copied from those sets or from the dev corpus.

describe("verb-led headlines (present tense, plural)", () => {
  it("reads يهاجمون / يقتلون / يستهدفون / تضرب / تنفجر as acts", () => {
    const f = incidentOf("مسلحون مجهولون يهاجمون نقطة تفتيش في بغداد ويقتلون 4 من عناصر الشرطة");
    expect(f?.provinces).toEqual(["baghdad"]);
    expect(f?.type).toBe("armed_attack");
    expect(f?.killed).toBe(4);
    expect(incidentOf("مسلحون يستهدفون سيارة مهندس في قضاء أبي الخصيب")?.type).toBe("armed_attack");
    expect(incidentOf("مسيرات تضرب مقرا لحزب معارض قرب السليمانية")?.type).toBe("drone");
    expect(incidentOf("عبوة لاصقة تنفجر بسيارة موظف في الحلة")?.type).toBe("ied");
    expect(incidentOf("مسلحون يغتالون ناشطا في العمارة")?.type).toBe("assassination");
    expect(incidentOf("مسلحون يختطفون تاجرا في الكوت")?.type).toBe("kidnapping");
  });
});

describe("found and defused devices in verb form", () => {
  it("reads تعثر على / تفكك / تبطل مفعول with a device as an IED incident, and not without one", () => {
    expect(incidentOf("مفارز الهندسة تعثر على عبوتين ناسفتين وتفككهما في ناحية يثرب")?.type).toBe("ied");
    expect(incidentOf("قوة من الجيش تبطل مفعول لغم أرضي في قضاء بيجي")?.provinces).toEqual(["salahuddin"]);
    expect(incidentOf("تفكك التحالف الانتخابي في البصرة قبل موعد الاقتراع")).toBeNull();
  });
});

describe("location", () => {
  it("the neighbour's side of a border place is not Iraq", () => {
    expect(incidentOf("سقوط قذيفة على الجانب الإيراني من منفذ الشلامجة")).toBeNull();
    expect(incidentOf("انفجار على الجانب الكويتي من منفذ سفوان")).toBeNull();
  });
  it("a place that only describes a foreign one does not move it", () => {
    expect(incidentOf("مقتل 4 جنود سوريين بهجوم قرب البوكمال المحاذية لقضاء القائم")).toBeNull();
  });
  it("«X بمحافظة P» overrides a homonym in another province", () => {
    expect(incidentOf("تفكيك عبوة ناسفة في ناحية الحمزة الغربي بمحافظة بابل")?.provinces[0]).toBe("babil");
  });
  it("an ambiguous name after a spatial preposition counts when nothing else is named", () => {
    expect(incidentOf("ضربة تستهدف مقرا قرب القائم على الحدود السورية")?.provinces).toEqual(["anbar"]);
    expect(incidentOf("انفجار عبوة في الحي الصناعي")).toBeNull();
  });
  it("a one-word name written with ال needs the article («معقل لداعش» is not Basra's al-Maqal)", () => {
    expect(incidentOf("اقتحام معقل لداعش وقتل ثلاثة من عناصره في صحراء الأنبار")?.provinces).toEqual(["anbar"]);
    expect(incidentOf("انفجار عبوة في حي المعقل")?.provinces).toEqual(["basra"]);
  });
  it("the reporting institution's province is a last resort", () => {
    expect(incidentOf("مسلحون يطلقون النار على منزل عضو في مجلس محافظة ميسان")?.provinces).toEqual(["maysan"]);
    // but not when the event is placed elsewhere
    expect(incidentOf("شرطة البصرة: مقتل شخص بانفجار عبوة في قضاء المجر الكبير")?.provinces).toEqual(["maysan"]);
  });
});

describe("not incidents", () => {
  it("denials, notices, drills, recon drones, brawls, anniversaries, celebratory gunfire", () => {
    expect(reasonOf("داخلية الإقليم: لا صحة للأنباء عن هجوم بمسيرة على مطار السليمانية")).toBe("denial");
    expect(reasonOf("تنويه: ستقوم مفارز الهندسة بتفجير مقذوفات في صحراء الحضر")).toBe("notice");
    expect(reasonOf("الجيش ينفذ تمرينا بالذخيرة الحية قرب الكوت ويطمئن المواطنين بشأن أصوات الانفجارات")).toBe("training");
    expect(incidentOf("إسقاط طائرة مسيرة استطلاعية فوق منطقة النخيب")).toBeNull();
    expect(incidentOf("مشاجرة بالأيدي بين شبان في السماوة تنتهي بإصابة ثلاثة")).toBeNull();
    expect(incidentOf("أهالي ضحايا تفجير الحلة يحيون الذكرى الخامسة للفاجعة")).toBeNull();
    expect(incidentOf("القبض على شخص أطلق النار في الهواء ابتهاجا في العمارة")).toBeNull();
    expect(incidentOf("دوي صافرات الإنذار في قاعدة حرير دون تسجيل أي هجوم")).toBeNull();
    expect(incidentOf("محكمة الجنايات تصدر حكما بالإعدام بحق مدان بتفجير سيارة مفخخة في الحلة")).toBeNull();
    // a headline's «الإعدام لـ…» over a body retelling the old attack and its toll: the sentence, not the attack
    expect(incidentOf("الإعدام لإرهابي شارك بتفجير سيارة مفخخة في سامراء عام 2015\nوذكر المجلس أن المحكمة نظرت قضية المدان الذي شارك بتفجير سيارة مفخخة استهدف سوقاً شعبية في سامراء، وأسفر عن استشهاد 17 مواطناً")).toBeNull();
    expect(incidentOf("إطلاق سراح 30 سجينا من سجن الحلة بموجب العفو")).toBeNull();
    expect(incidentOf("ضبط بنادق ومسدسات في مخزن بقضاء الزبير")).toBeNull();
    expect(incidentOf("ضبط ثلاث عبوات ناسفة معدة للتفجير في قضاء الزبير")?.type).toBe("ied");
  });
  it("a targeted party's own account is not a political statement", () => {
    expect(incidentOf("حزب كومله: قصف مقراتنا في منطقة زركويز بالمسيرات")?.type).toBe("drone");
  });
  it("but a brawl that kills, and a release of an abductee, are incidents", () => {
    expect(incidentOf("مقتل شخص بمشاجرة في قضاء الشطرة")).not.toBeNull();
    expect(incidentOf("إطلاق سراح المهندس المختطف في ديالى")?.type).toBe("kidnapping");
  });
  it("a death from wounds is a follow-up, not a past event", () => {
    expect(incidentOf("توفي شرطي متأثرا بجراحه التي أصيب بها بانفجار عبوة في الموصل الأسبوع الماضي")?.killed).toBe(1);
  });
});

describe("type", () => {
  it("a drone raid is a drone; an ISIS assault with no weapon named is an armed attack", () => {
    expect(incidentOf("غارة لطائرة مسيرة على سيارة قرب مطار بغداد")?.type).toBe("drone");
    expect(incidentOf("داعش يهاجم قرية في قضاء الدبس")?.type).toBe("armed_attack");
    expect(incidentOf("هجمات تطال القاعدة الجوية في أربيل")?.type).toBe("other");
  });
  it("a suicide bomber among the dead is a victim, a war remnant is a device, an armed faction is not a gunman", () => {
    expect(incidentOf("مقتل أربعة من داعش بينهم انتحاري بضربة جوية في وادي الشاي")?.type).toBe("airstrike");
    expect(incidentOf("إصابة طفل بانفجار قذيفة قديمة من مخلفات الحرب في الفاو")?.type).toBe("ied");
    expect(incidentOf("انفجار في مخزن تابع لفصيل مسلح في جرف النصر")?.type).toBe("other");
  });
});

describe("casualties", () => {
  it("accusative singular, -ان duals, «أحد», pronoun masdars", () => {
    expect(incidentOf("انفجار عبوة في الموصل يقتل عضوا في مجلس المحافظة")?.killed).toBe(1);
    expect(incidentOf("مقتل مهربان بنيران حرس الحدود في زاخو")?.killed).toBe(2);
    expect(incidentOf("اشتباك في ناحية خورمال أسفر عن مقتل أحد المسلحين")?.killed).toBe(1);
    expect(incidentOf("مسلحون يطلقون النار على مقاول في الزبير ما أدى إلى إصابته")?.injured).toBe(1);
    expect(incidentOf("نزاع عشائري في قضاء الشامية يوقع قتيلا وجريحين")).toMatchObject({ killed: 1, injured: 2 });
  });
  it("lists: «ثلاث نساء وطفل», ranks and genitives between items", () => {
    expect(incidentOf("استشهاد ثلاث نساء وطفل بقصف على قرية في سنجار")?.killed).toBe(4);
    expect(incidentOf("إصابة ضابط برتبة نقيب وجنديين بانفجار عبوة في بيجي")?.injured).toBe(3);
    expect(incidentOf("استشهاد آمر فوج وثلاثة من مرافقيه بهجوم في مطيبيجة")?.killed).toBe(4);
  });
  it("«بهجوم» after a count is the cause; «بعد وفاة» is the reason of a rise", () => {
    expect(incidentOf("مقتل جندي وإصابة اثنين بهجوم انتحاري في الرمادي")).toMatchObject({ killed: 1, injured: 2 });
    expect(incidentOf("ارتفاع حصيلة الهجوم على قرية في الخالص إلى ستة قتلى بعد وفاة اثنين من الجرحى")?.killed).toBe(6);
    expect(incidentOf("مدنيين اثنين اغتيلا بهجوم مسلح في حي العامرية ببغداد")?.killed).toBe(2);
  });
  it("«ارتفاع عدد شهداء … إلى 7»: the bare number after «إلى» is the new toll", () => {
    expect(incidentOf("ارتفاع عدد شهداء القصف على قرية في قضاء سنجار إلى 9")?.killed).toBe(9);
  });
  it("more ways to say nobody was hurt", () => {
    expect(incidentOf("سقوط قذيفتي هاون على قرية في جلولاء دون أن تسفر عن خسائر بشرية")).toMatchObject({ killed: 0, injured: 0 });
  });
});
