// Event refinement in merging (issue 13, item 3): a fast channel tells one
// attack as a vague flash, then the target, the weapon, the toll, footage and
// the aftermath, minutes apart and in words that share little; the reports of
// different attacks of one wave look alike. Run through the service's own
// merging (Clusterer: the extractor, then the store's decision), on texts
// written for this file.
import { describe, expect, it } from "vitest";
import type { Clustered } from "../../src/incidents/clusterer.js";
import { clusteredAt } from "../support/clustering.js";
import { readFollowUp } from "../../src/nlp/index.js";

const T0 = Date.parse("2026-07-18T21:00:00Z");

/** Feeds [minutes after T0, text] in order; returns each report's incident key (null: none). */
function cluster(reports: [number, string][]): (string | null)[] {
  return clustered(reports).map((r) => r.incident);
}

const clustered = (reports: [number, string][]): Clustered[] => clusteredAt(T0, reports);

describe("a vague first report refined by later ones", () => {
  it("the flash, the target and the weapon of one attack, minutes apart in other words, are one event", () => {
    const keys = cluster([
      [0, "انفجارات تهز محافظة أربيل شمالي العراق"],
      [4, "دوي انفجارات عنيفة في سماء أربيل"],
      [12, "طائرة مسيرة تستهدف مقراً لحزب معارض في أربيل"],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(new Set(keys).size).toBe(1);
  });

  it("a province-level flash and a landmark inside the province refine each other, both ways", () => {
    const a = cluster([
      [0, "انفجار يهز محافظة أربيل"],
      [6, "انفجار داخل قاعدة حرير في أربيل"],
    ]);
    expect(a[1]).toBe(a[0]);
    const b = cluster([
      [0, "انفجار داخل قاعدة حرير في أربيل"],
      [6, "انفجار يهز محافظة أربيل"],
    ]);
    expect(b[1]).toBe(b[0]);
  });

  it("a town's district and a place told only as a compass point from another town («شمال شرقي بعقوبة») may be one attack", () => {
    const keys = cluster([
      [0, "انفجار عبوة ناسفة على رتل للجيش في قضاء الخالص بديالى"],
      [5, "إصابة جنديين بانفجار عبوة ناسفة استهدفت رتلاً عسكرياً شمال بعقوبة"],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(keys[1]).toBe(keys[0]);
  });
  it("«again» after a lull is a new wave, within the burst it is the same one", () => {
    const keys = cluster([
      [0, "انفجارات تهز محافظة أربيل"],
      [10, "أربيل مجددا أصوات انفجارات"],
      [90, "أنباء عن دوي انفجارات جديدة في أربيل"],
    ]);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBeNull();
    expect(keys[2]).not.toBe(keys[0]);
  });

  it("«again» once the event has a site of its own is another hit, unless it is at that very site", () => {
    const elsewhere = cluster([
      [0, "انفجارات تهز منطقة طق طق في محافظة أربيل"],
      [8, "أربيل مجددا.. انفجارات جديدة"],
    ]);
    expect(elsewhere[1]).not.toBeNull();
    expect(elsewhere[1]).not.toBe(elsewhere[0]);
    const there = cluster([
      [0, "انفجارات تهز منطقة طق طق في محافظة أربيل"],
      [8, "انفجارات جديدة مجددا في منطقة طق طق"],
    ]);
    expect(there[1]).toBe(there[0]);
  });

  it("but a depot going off again, or «again» in the district that holds the site, is the same event", () => {
    const depot = "انفجارات تهز مخزن عتاد في ناحية قادر كرم بمحافظة السليمانية";
    for (const again of ["السليمانية.. تجدد الانفجارات من جديد في مخزن العتاد", "السليمانية مجددا.. انفجارات تهز المنطقة"]) {
      const keys = cluster([[0, depot], [6, again]]);
      expect(keys[0]).not.toBeNull();
      expect(keys[1], again).toBe(keys[0]);
    }
    const district = cluster([
      [0, "انفجارات تهز منطقة طق طق في محافظة أربيل"],
      [6, "دوي انفجارات مجددا في قضاء كويسنجق بمحافظة أربيل"],
    ]);
    expect(district[1]).toBe(district[0]);
  });

  it("a drone or rockets «again» in that district are the wave's next hit", () => {
    const drones = cluster([
      [0, "طائرة مسيرة تستهدف مقر حزب كردي معارض في ناحية ديكلة بأربيل"],
      [10, "مجددا.. طائرة مسيرة تستهدف مقرا لحزب كومله في قضاء كويسنجق"],
    ]);
    expect(drones[1]).not.toBeNull();
    expect(drones[1]).not.toBe(drones[0]);
  });

  it("the burst ends: a second flash hours later is another event", () => {
    const keys = cluster([
      [0, "انفجارات تهز محافظة السليمانية"],
      [200, "انفجارات تهز محافظة السليمانية"],
    ]);
    expect(keys[1]).not.toBe(keys[0]);
  });
});

describe("different attacks of one wave stay apart", () => {
  it("two IEDs in two districts of one province, minutes apart, with other victims: two alerts", () => {
    const keys = cluster([
      [0, "انفجار عبوة ناسفة على مدنيين في قضاء المقدادية بمحافظة ديالى"],
      [2, "انفجار عبوة ناسفة على دورية للجيش في ناحية العظيم بمحافظة ديالى"],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(keys[1]).not.toBeNull();
    expect(keys[1]).not.toBe(keys[0]);
  });

  it("templated reports of strikes in far-apart districts are separate, in neighbouring provinces or in one", () => {
    const keys = cluster([
      [0, "طائرة مسيرة مجهولة تستهدف عجلة في قضاء الحويجة"],
      [5, "طائرة مسيرة مجهولة تستهدف عجلة في قضاء تلعفر"],
      [10, "طائرة مسيرة مجهولة تستهدف عجلة في قضاء القائم"],
      [15, "طائرة مسيرة مجهولة تستهدف عجلة في قضاء الرطبة"],
    ]);
    expect(keys.every((k) => k !== null)).toBe(true);
    expect(new Set(keys).size).toBe(4);
  });

  it("templated reports of any weapon naming only two neighbouring provinces are two attacks", () => {
    const keys = cluster([
      [0, "طائرة مسيرة تستهدف مقراً لأحد الأحزاب المعارضة الإيرانية الكردية في محافظة أربيل شمالي العراق"],
      [20, "طائرة مسيرة تستهدف مقراً لأحد الأحزاب المعارضة الإيرانية الكردية في محافظة السليمانية شمالي العراق"],
    ]);
    expect(keys.every((k) => k !== null)).toBe(true);
    expect(keys[1]).not.toBe(keys[0]);
    // the capital says no more than its province
    const capital = cluster([
      [0, "طائرة مسيرة تستهدف مقراً لفصيل مسلح في العاصمة بغداد"],
      [20, "طائرة مسيرة تستهدف مقراً لفصيل مسلح في محافظة ديالى"],
    ]);
    expect(capital.every((k) => k !== null)).toBe(true);
    expect(capital[1]).not.toBe(capital[0]);
    // a precise place across the border may be the other report's place told another way: its words judge it
    const border = cluster([
      [0, "مقتل شرطيين بهجوم مسلح على نقطة تفتيش في قضاء طوزخورماتو بمحافظة صلاح الدين"],
      [25, "مقتل شرطيين بهجوم مسلح على نقطة تفتيش جنوب محافظة كركوك"],
    ]);
    expect(border[1]).toBe(border[0]);
  });

  it("unexplained explosions named in two provinces are two places", () => {
    const keys = cluster([
      [0, "أصوات انفجارات عنيفة في تقاطع قادر كرم"],
      [1, "أربيل أصوات انفجارات عنيفة"],
    ]);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it("templated reports naming two sub-districts or two villages of one district are two attacks; one site named twice is one", () => {
    const keys = cluster([
      [0, "مقتل جندي بانفجار عبوة ناسفة على دورية في ناحية الرياض جنوب غرب كركوك"],
      [10, "مقتل جندي بانفجار عبوة ناسفة على دورية في ناحية العباسي جنوب غرب كركوك"],
      [40, "انفجار عبوة ناسفة على دورية للجيش في قرية النباعي بقضاء الطارمية شمالي بغداد"],
      [50, "انفجار عبوة ناسفة على دورية للجيش في منطقة الإصلاح الزراعي بقضاء الطارمية شمالي بغداد"], // 12 km apart
      [60, "انفجار عبوة ناسفة على دورية للجيش في ناحية أبي صيدا بقضاء المقدادية في ديالى"],
      [70, "انفجار عبوة ناسفة على دورية للجيش في ناحية الوجيهية بقضاء المقدادية في ديالى"], // 4.5 km from Abu Saida
    ]);
    expect(keys.every((k) => k !== null)).toBe(true);
    expect(new Set(keys).size).toBe(6);
    // the gazetteer's «جرف الصخر» and «الجرف» are one place (two entries, one point)
    const jurf = cluster([
      [0, "غارة جوية تستهدف مقراً للحشد الشعبي في جرف الصخر شمالي بابل"],
      [15, "غارة جوية تستهدف مقراً للحشد الشعبي في منطقة الجرف شمالي بابل"],
    ]);
    expect(jurf[0]).not.toBeNull();
    expect(jurf[1]).toBe(jurf[0]);
  });

  it("a shelling told by its district, then within the hour by a sub-district of it, is the shelling told closer", () => {
    const district = "المدفعية التركية تقصف قرى العمادية\nذكرت مصادر محلية أن المدفعية التركية قصفت صباح اليوم عدداً من القرى التابعة لقضاء العمادية في محافظة دهوك.";
    const closer = "جرح مواطن في ناحية كاني ماسي\nقال مدير الناحية إن مواطناً أصيب بجروح جراء قصف مدفعي طال محيط إحدى القرى صباح اليوم، واندلعت حرائق في البساتين.";
    const keys = cluster([[0, district], [55, closer]]);
    expect(keys[1]).toBe(keys[0]);
    // in another district of the province it is another shelling
    const other = cluster([[0, district], [55, closer.replaceAll("كاني ماسي", "دركار")]]);
    expect(other[1]).not.toBeNull();
    expect(other[1]).not.toBe(other[0]);
  });

  it("a kidnapping in a district and another in a town of it, both told in full, are judged by their words", () => {
    const keys = cluster([
      [0, "اختطاف مقاول من قبل مسلحين مجهولين في قضاء المسيب شمالي بابل"],
      [40, "اختطاف طالب جامعي في ناحية الإسكندرية شمالي بابل والشرطة تبحث عنه"],
    ]);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it("a base and the airport it stands at are one site", () => {
    const keys = cluster([
      [0, "استهداف قاعدة فكتوريا قرب مطار بغداد الدولي بثلاثة صواريخ كاتيوشا"],
      [8, "صواريخ تستهدف محيط مطار بغداد الدولي"],
    ]);
    expect(keys[1]).toBe(keys[0]);
  });
});

describe("a fresh attack hours later is another attack", () => {
  it("at the very site too when nobody explains the blast, or it is a second wave", () => {
    const rockets: [number, string][] = [
      [0, "مصدر أمني: سقوط صاروخي كاتيوشا في محيط قاعدة فكتوريا قرب مطار بغداد"],
      [15, "خلية الإعلام الأمني: سقوط صاروخين نوع كاتيوشا في محيط قاعدة فكتوريا دون خسائر بشرية"],
    ];
    const blast = cluster([...rockets, [15 + 240, "عاجل | انفجار قرب قاعدة فكتوريا"], [15 + 245, "هجوم بطائرة مسيرة يستهدف قاعدة فكتوريا"]]);
    expect(blast[1]).toBe(blast[0]);
    expect(blast[2]).not.toBe(blast[0]);
    expect(blast[3]).toBe(blast[2]);
    const wave = cluster([[0, "هجوم بطائرات مسيرة على مطار أربيل الدولي"], [420, "موجة ثانية من المسيرات تستهدف محيط مطار أربيل"]]);
    expect(wave[1]).not.toBe(wave[0]);
    const again = cluster([[0, "قصف جوي تركي يستهدف محيط قرية سركلي في ناحية شيلادزي"], [440, "غارة تركية جديدة على قرية سركلي في شيلادزي بعد ساعات من الهدوء"]]);
    expect(again[1]).not.toBe(again[0]);
    // the site's own account told hours later is still that attack
    expect(cluster([...rockets, [15 + 240, "قيادة العمليات: الصاروخان اللذان سقطا في محيط قاعدة فكتوريا أطلقا من منطقة الرضوانية"]])[2]).toBe(cluster(rockets)[0]);
  });

  it("a new strike in the same province hours after the last report is its own event, however alike the words", () => {
    const keys = cluster([
      [0, "مسيرة تستهدف مقرات الأحزاب الكردية المعارضة في محافظة أربيل"],
      [40, "طائرة مسيرة تقصف مقراً للمعارضة الكردية في أربيل"],
      [40 + 180, "هجوم بطائرة مسيرة يستهدف مقرات الأحزاب الكردية المعارضة في محافظة أربيل"],
    ]);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBeNull();
    expect(keys[2]).not.toBe(keys[0]);
  });

  it("a second drone down in a neighbouring province five hours later is another event", () => {
    const keys = cluster([
      [0, "سقوط طائرة مسيرة أمريكية في شمال محافظة بابل دون أضرار"],
      [300, "سقوط طائرة مسيرة أمريكية قرب سد حديثة"],
    ]);
    expect(keys[1]).not.toBeNull();
    expect(keys[1]).not.toBe(keys[0]);
  });

  it("with no place named, a fresh strike hours later is not the morning's; a toll of the attack still is", () => {
    const keys = cluster([
      [0, "سقوط طائرة مسيرة على مقر لحزب المعارضة الإيراني في ناحية رزكاري بمحافظة أربيل"],
      [5, "إصابة مباشرة لمقر الحزب المعارض"],
      [240, "لحظة سقوط طائرة مسيرة على مقر لحزب المعارضة الإيراني"],
    ]);
    expect(keys[2]).not.toBeNull();
    expect(keys[2]).not.toBe(keys[0]);
    const toll = cluster([
      [0, "الجيش الأمريكي: نفذت القوات الأمريكية ضربات دقيقة على مقرات في العراق"],
      [200, "استشهاد أربعة من مقاتلي الحشد الشعبي إثر الضربات الأمريكية الدقيقة على مقراتهم في العراق"],
    ]);
    expect(toll[1]).toBe(toll[0]);
  });

  it("an official statement hours later is the same attack: only strikes and explosions come in waves", () => {
    const keys = cluster([
      [0, "عاجل | انفجار عبوة ناسفة على دورية للجيش العراقي في قضاء الطارمية شمالي بغداد يسفر عن مقتل جنديين"],
      [150, "مصدر أمني: مقتل جنديين من الجيش العراقي وإصابة ثالث بانفجار عبوة ناسفة استهدفت دوريتهم في الطارمية شمال العاصمة بغداد"],
      [190, "خلية الإعلام الأمني: استشهاد اثنين من أبطال الجيش العراقي بانفجار عبوة ناسفة على دورية في قضاء الطارمية"],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(new Set(keys).size).toBe(1);
  });

  it("a wave nobody placed keeps the unplaced reports told hours later, judged by their words", () => {
    const keys = cluster([
      [0, "الجيش الأمريكي: نفذت القوات الأمريكية ضربات جوية دقيقة على مقرات فصائل في العراق"],
      [180, "ضربات جوية أمريكية دقيقة طالت مقرات الفصائل في العراق وسط صمت حكومي"],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(keys[1]).toBe(keys[0]);
  });

  it("what says it follows up — a toll rising, «last night», a clash going on — joins hours later", () => {
    const keys = cluster([
      [0, "مقتل جندي بانفجار عبوة ناسفة على دورية للجيش في قضاء الطارمية شمال بغداد"],
      [240, "ارتفاع حصيلة انفجار العبوة الناسفة في الطارمية إلى جنديين"],
    ]);
    expect(keys[1]).toBe(keys[0]);
    const clash = cluster([
      [0, "اشتباكات بين الجيش وعناصر داعش في جبال حمرين شرقي صلاح الدين"],
      [210, "مقتل جندي خلال الاشتباكات مع داعش في جبال حمرين"],
    ]);
    expect(clash[1]).toBe(clash[0]);
  });

  it("a new toll of an attack joins it hours later whatever its words — never a lower one, another weapon or a new attack", () => {
    const attack = "مقتل شخصين وإصابة أربعة بانفجار عبوة ناسفة على طريق زراعي في قضاء المقدادية بمحافظة ديالى";
    const rise = cluster([
      [0, attack],
      [150, "ارتفاع حصيلة ضحايا التفجير في ديالى إلى خمسة قتلى"],
    ]);
    expect(rise[0]).not.toBeNull();
    expect(rise[1]).toBe(rise[0]);
    // a figure lower than the attack's is not its new toll; nor is a toll of gunfire, another weapon
    expect(cluster([[0, attack], [150, "ارتفاع حصيلة ضحايا التفجير في ديالى إلى قتيل واحد"]])[1]).toBe("i2");
    const gunfire = cluster([[0, attack], [150, "ارتفاع حصيلة ضحايا الهجوم المسلح بالأسلحة الرشاشة في ديالى إلى خمسة قتلى"]]);
    expect(gunfire[1]).not.toBeNull();
    expect(gunfire[1]).not.toBe(gunfire[0]);
    // «ليرتفع»: a new attack's report that adds the running total is that new attack
    const next = cluster([[0, attack], [150, "مقتل ثلاثة بانفجار عبوة في ديالى ليرتفع عدد ضحايا التفجيرات اليوم إلى خمسة"]]);
    expect(next[1]).not.toBeNull();
    expect(next[1]).not.toBe(next[0]);
    // an attack that stated no toll, placed only by its province, cannot be told whose toll this is
    const untold = cluster([[0, "انفجار عبوة ناسفة في محافظة ديالى"], [150, "ارتفاع حصيلة ضحايا التفجير في ديالى إلى خمسة قتلى"]]);
    expect(untold[1]).not.toBeNull();
    expect(untold[1]).not.toBe(untold[0]);
    // fewer wounded as some of them died is still the attack's new toll
    expect(cluster([[0, attack], [150, "ارتفاع حصيلة ضحايا التفجير في ديالى إلى 3 قتلى و3 جرحى"]])[1]).toBe("i1");
    // a combined figure rises too, never below all the attack had
    const combined = "مقتل وإصابة 12 شخصاً بانفجار سيارة مفخخة في محافظة ديالى";
    expect(cluster([[0, combined], [150, "ارتفاع حصيلة ضحايا التفجير في ديالى إلى 15 بين قتيل وجريح"]])[1]).toBe("i1");
    expect(cluster([[0, combined], [150, "ارتفاع حصيلة ضحايا التفجير في ديالى إلى 9 بين قتيل وجريح"]])[1]).toBe("i2");
  });

  it("a new attack's report that mentions a rising count, or yesterday's final toll, is not a new toll of this attack", () => {
    const attack = "مقتل شخصين وإصابة أربعة بانفجار عبوة ناسفة على طريق زراعي في قضاء المقدادية بمحافظة ديالى";
    for (const later of [
      "تفجير يستهدف رتلاً للجيش العراقي في ديالى ويقتل ثلاثة جنود، وسط ارتفاع عدد الهجمات في المحافظة",
      "تفجير يستهدف رتلاً للجيش العراقي في ديالى ويقتل ثلاثة جنود، وارتفع عدد ضحايا الهجمات في المحافظة هذا الأسبوع إلى عشرة",
    ]) {
      const keys = cluster([[0, attack], [180, later]]);
      expect(keys[1]).not.toBeNull();
      expect(keys[1]).not.toBe(keys[0]);
    }
    const yesterday = cluster([[0, "مقتل جنديين بانفجار عبوة ناسفة على دورية للجيش في محافظة ديالى"], [200, "الحصيلة النهائية لتفجير سوق بعقوبة أمس: خمسة قتلى"]]);
    expect(yesterday[1]).not.toBeNull();
    expect(yesterday[1]).not.toBe(yesterday[0]);
  });

  it("a new toll goes to the attack its words tell, not to an earlier one of the province", () => {
    const keys = cluster([
      [0, "مقتل جنديين بانفجار عبوة ناسفة على دورية للجيش في قضاء المقدادية بمحافظة ديالى"],
      [60, "انفجار سيارة مفخخة قرب سوق شعبي في محافظة ديالى يوقع قتيلين"],
      [150, "ارتفاع عدد قتلى تفجير السيارة المفخخة إلى خمسة في ديالى"],
    ]);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe(keys[1]);
  });

  it("the same toll retold at the same site hours later is the same event; without it, or with another, a new one", () => {
    // an unexplained death at a base retold three hours later in other words with the very same toll
    const death = cluster([
      [0, "مقتل جندي أمريكي في قاعدة الحرير بمحافظة أربيل"],
      [180, "مصدر أمني: مصرع جندي أمريكي داخل قاعدة الحرير في أربيل"],
    ]);
    expect(death[0]).not.toBeNull();
    expect(death[1]).toBe(death[0]);
    // the same small toll named only by a province or a city is any wave's: the next attack
    for (const text of ["مقتل شخص بقصف طائرة مسيرة في محافظة أربيل", "مقتل شخص بانفجار في مدينة أربيل"]) {
      const again = cluster([[0, text], [200, text]]);
      expect(again[1]).not.toBeNull();
      expect(again[1]).not.toBe(again[0]);
    }
    // the same words with another toll, or with none, hours later: the next attack
    const other = cluster([
      [0, "مقتل شخصين بقصف بطائرة مسيرة على قرية في محافظة أربيل شمالي العراق"],
      [200, "عاجل | مصرع خمسة أشخاص جراء قصف لطائرة مسيرة استهدف قرية في أربيل"],
      [210, "قصف بطائرة مسيرة يستهدف قرية في محافظة أربيل شمالي العراق"],
    ]);
    expect(other[1]).not.toBeNull();
    expect(other[1]).not.toBe(other[0]);
    expect(other[2]).not.toBe(other[0]);
  });
});

describe("a toll that rises is of an event that had one", () => {
  it("not of a flash told since, which it would otherwise refine", () => {
    const keys = cluster([
      [0, "صحة أربيل: مقتل 4 مدنيين وإصابة 6 آخرين بالقصف الصاروخي على عينكاوة"],
      [70, "مسيرات تستهدف مقرات للمعارضة الكردية الإيرانية في ديكلة شرق أربيل"],
      [75, "دوي انفجار جديد في محافظة أربيل"],
      [87, "ارتفاع حصيلة القصف الصاروخي على أربيل إلى 5 قتلى بعد وفاة أحد الجرحى"],
    ]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(keys[3]).toBe(keys[0]);
  });
});

describe("a second bomb in one city", () => {
  it("«عبوة لاصقة ثانية» minutes after the first is another attack, in another quarter", () => {
    const keys = cluster([
      [0, "انفجار عبوة لاصقة في بغداد"],
      [5, "مصدر أمني: انفجار عبوة لاصقة موضوعة أسفل عجلة مدنية تعود لموظف في وزارة النفط بمنطقة زيونة شرقي بغداد، وإصابة صاحبها"],
      [12, "🔴 انفجار عبوة لاصقة ثانية في بغداد"],
      [16, "العبوة الثانية انفجرت على عجلة ضابط في حي الغزالية غربي العاصمة دون إصابات"],
    ]);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(keys[3]).toBe(keys[2]);
  });
});

describe("one place and another inside its district", () => {
  it("a report naming the very place of one incident goes there, not to one inside that place it would refine from coarser", () => {
    const keys = cluster([
      [0, "مقتل جنديين بانفجار عبوة ناسفة استهدفت عجلة عسكرية في قضاء المقدادية"],
      [10, "عاجل | انفجار ثانٍ بعبوة ناسفة في ديالى"],
      [16, "إصابة منتسب في الحشد بانفجار عبوة ناسفة في ناحية أبي صيدا"],
      [70, "ارتفاع حصيلة تفجير المقدادية إلى ثلاثة شهداء بعد وفاة جندي متأثراً بجراحه"], // an hour after the first, minutes after the second
    ]);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe(keys[1]);
    expect(keys[3]).toBe(keys[0]);
  });
});

describe("a fight goes on for hours", () => {
  it("a clash in a district and one in a sub-district of it within the hour, and its gunfire renewed hours later, are one fight", () => {
    const keys = cluster([
      [0, "نزاع عشائري مسلح في قضاء القرنة شمالي البصرة"],
      [37, "إصابة ثلاثة أشخاص بينهم طفل بالنزاع العشائري في ناحية الدير"],
      [177, "تجدد إطلاق النار في ناحية الدير شمالي البصرة ومقتل شخص من أحد طرفي النزاع العشائري"],
    ]);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).not.toBeNull();
  });
  it("a targeted killing in the town hours after a clash there is another event: unknown gunmen, silenced weapons", () => {
    const clash: [number, string][] = [
      [0, "قتيلان وأربعة جرحى بنزاع عشائري في القرنة شمالي البصرة"],
      [90, "قوة من الرد السريع تتدخل لفض النزاع العشائري في القرنة الذي أسفر عن مقتل شخصين"],
    ];
    const shot = cluster([...clash, [500, "مقتل شاب بإطلاق نار من قبل مسلحين مجهولين يستقلون دراجة نارية قرب سوق قضاء القرنة شمالي البصرة"]]);
    expect(shot[2]).not.toBeNull();
    expect(shot[2]).not.toBe(shot[0]);
    const killed = cluster([...clash, [500, "اغتيال صاحب محل بأسلحة كاتمة في قضاء القرنة شمالي البصرة"]]);
    expect(killed[2]).not.toBeNull();
    expect(killed[2]).not.toBe(killed[0]);
  });
  it("gunmen's attack and the clash it becomes are one fight told two ways", () => {
    const keys = cluster([
      [0, "عاجل | هجوم لداعش على قرية في ديالى"],
      [8, "مصدر أمني: عناصر من داعش هاجموا قرية الهواشم في ناحية أبي صيدا بالأسلحة الخفيفة والمتوسطة، واشتباكات مع أبناء القرية"],
    ]);
    expect(keys[1]).toBe(keys[0]);
  });
});

describe("a toll rising to fewer dead than an incident has", () => {
  it("is another incident's rise, however close in time and words", () => {
    const keys = cluster([
      [0, "مقتل جنديين وإصابة ثلاثة بهجوم لداعش على نقطة للجيش في مطيبيجة"],
      [390, "طائرات عراقية تقتل 4 إرهابيين بضربة جوية في جبال حمرين، وتأتي الضربة بعد ساعات من هجوم داعش في مطيبيجة"],
      [400, "ارتفاع حصيلة هجوم مطيبيجة إلى ثلاثة شهداء"],
    ]);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
  });
});

describe("a site hit again hours later", () => {
  it("the new attack's reports at the site go to it, not to the first attack there hours before", () => {
    const keys = cluster([
      [0, "هجوم بطائرتين مسيرتين على مطار أربيل الدولي"],
      [10, "الدفاعات الجوية تعترض طائرة مسيرة فوق مطار أربيل الدولي"],
      [300, "عاجل | انفجار جديد يهز أربيل"],
      [303, "أربيل مجدداً: الدفاعات الجوية تعترض مسيرة قرب المطار"],
      [319, "مكافحة الإرهاب في كوردستان: طائرة مسيرة ثالثة تستهدف محيط مطار أربيل فجر اليوم"],
      [409, "لحظة سقوط المسيرة قرب مطار أربيل فجر اليوم"],
    ]);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(keys.slice(3)).toEqual([keys[2], keys[2], keys[2]]);
  });
});

describe("two targets of one wave", () => {
  it("the consulate hit minutes after a party's HQ, in the same province, is another event", () => {
    const keys = cluster([
      [0, "سقوط مسيرة على موقع لحزب المعارضة الإيراني في ناحية رزكاري غرب أربيل"],
      [10, "انفجارات قرب القنصلية الأمريكية في محافظة أربيل"],
    ]);
    expect(keys[1]).not.toBeNull();
    expect(keys[1]).not.toBe(keys[0]);
  });

  it("«another fall» on one of the HQs is another hit; a hit at the very site named is the same", () => {
    const keys = cluster([
      [0, "سقوط مسيرة على مقر لحزب المعارضة الإيراني في ناحية رزكاري غرب أربيل"],
      [8, "سقوط آخر على أحد مقرات حزب المعارضة الإيراني في أربيل"],
      [12, "دوي انفجار في مقر حزب المعارضة الإيراني بمحافظة أربيل"],
    ]);
    expect(keys[1]).not.toBeNull();
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
  });

  it("«a second …» told as news («عبوة ثانية», «مسيرة ثانية») is another attack, in the same district too", () => {
    const ied = cluster([
      [0, "انفجار عبوة ناسفة تستهدف دورية للجيش في قضاء الخالص بديالى"],
      [20, "انفجار عبوة ثانية في قضاء الخالص تستهدف عجلة للشرطة"],
    ]);
    expect(ied[1]).not.toBeNull();
    expect(ied[1]).not.toBe(ied[0]);
    const fields = cluster([
      [0, "هجوم بطائرة مسيرة على حقل سرسنك النفطي في محافظة دهوك"],
      [5, "مسيرة ثانية تستهدف حقل طق طق النفطي في محافظة أربيل"],
    ]);
    expect(fields[1]).not.toBeNull();
    expect(fields[1]).not.toBe(fields[0]);
  });
});

describe("a wave with no place", () => {
  it("reports of one unplaced strike wave, hours apart, are one event; a strike placed later in a province is its own", () => {
    const keys = cluster([
      [0, "الجيش الأمريكي: نفذت القوات الأمريكية والسعودية ضربات دقيقة في العراق"],
      [90, "أحد جرحى الحشد الشعبي جراء العدوان السعودي الأمريكي"],
      [240, "مقطع يوثق آثار العدوان الأمريكي السعودي على مقر للحشد الشعبي في سهل نينوى"],
    ]);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBeNull();
    expect(keys[2]).not.toBe(keys[0]);
  });

  it("a report naming two provinces refines the event in the one it names first", () => {
    const keys = cluster([
      [0, "انفجارات تهز محافظة أربيل"],
      [3, "انفجارات تهز محافظة السليمانية"],
      [20, "الحزب المعارض يعلن عن تعرض مقراته في أربيل والسليمانية إلى هجوم واسع"],
    ]);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
  });
});

describe("follow-ups with no facts of their own", () => {
  it("air defences firing and a direct hit join the attack under way, without an alert of their own", () => {
    const keys = cluster([
      [0, "انفجارات تهز محافظة أربيل"],
      [2, "تفعيل منظومة السيرام في سماء أربيل"],
      [5, "اصابة مباشرة"],
      [30, "مشاهد من تصاعد أعمدة الدخان في أربيل"],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(keys).toEqual([keys[0], keys[0], keys[0], keys[0]]);
  });

  it("never start an event, and stay out when no recent event fits", () => {
    expect(cluster([[0, "تفعيل منظومة الباتريوت في أربيل"]])).toEqual([null]);
    const keys = cluster([
      [0, "انفجارات تهز محافظة أربيل"],
      [5, "مشاهد من تصاعد أعمدة الدخان في البصرة"], // another province
      [200, "تفعيل منظومة السيرام في سماء أربيل"], // hours later
    ]);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBeNull();
  });

  it("a report naming neither a place nor a weapon, minutes into an attack in one province, is read in its context", () => {
    const keys = cluster([
      [0, "انفجارات تهز محافظة أربيل"],
      [6, "حالة من الهلع تصيب السكان شمالي العراق"],
    ]);
    expect(keys[1]).toBe(keys[0]);
    // on its own it is no event (panic «strikes» only figuratively): no alert
    const alone = cluster([[0, "حالة من الهلع تصيب السكان شمالي العراق"]]);
    expect(alone[0]).toBeNull();
  });

  it("a report naming only the weapon joins an attack in one province when its words resemble it; on its own it alerts", () => {
    const keys = cluster([
      [0, "قصف صاروخي يستهدف مقرا لحزب كردي في محافظة السليمانية"],
      [12, "قصف صاروخي يستهدف مقرا لحزب كردي شمالي العراق"],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(keys[1]).toBe(keys[0]);
    // in other words, minutes after a flash, it may be another strike: its own alert
    const other = cluster([
      [0, "انفجارات تهز محافظة السليمانية"],
      [12, "قصف صاروخي يستهدف مقرا لحزب كردي شمالي العراق"],
    ]);
    expect(other[1]).not.toBeNull();
    expect(other[1]).not.toBe(other[0]);
    expect(cluster([[0, "قصف صاروخي يستهدف مقرا لحزب كردي شمالي العراق"]])[0]).not.toBeNull();
    // a bomb is not the drone strike under way
    const bomb = cluster([[0, "طائرة مسيرة تستهدف موقعا في محافظة السليمانية"], [12, "انفجار عبوة ناسفة استهدف مقرا لحزب كردي شمالي العراق"]]);
    expect(bomb[1]).not.toBeNull();
    expect(bomb[1]).not.toBe(bomb[0]);
  });

  it("a report naming only a weapon joins the attack under way only if its words resemble it: else it is a second attack", () => {
    const keys = cluster([
      [0, "انفجار عبوة ناسفة في قضاء المقدادية"],
      [20, "انفجار عبوة ناسفة يستهدف قافلة امداد على طريق سريع في العراق"],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(keys[1]).not.toBeNull();
    expect(keys[1]).not.toBe(keys[0]);
  });

  it("with no place named, join only when a single province is under attack", () => {
    const keys = cluster([
      [0, "انفجارات تهز محافظة أربيل"],
      [2, "انفجارات تهز محافظة السليمانية"],
      [4, "اصابة مباشرة"],
    ]);
    expect(keys[2]).toBeNull();
  });

  it("another country's air defences are not read as the attack under way", () => {
    expect(readFollowUp("الدفاعات الجوية الأردنية ترفع أقصى مستويات الجاهزية")).toBeNull();
    expect(readFollowUp("الدفاعات الجوية الأمريكية لا تتوقف عن العمل")?.kind).toBe("defence");
    expect(readFollowUp("مشاهد من الحريق في الكويت")).toBeNull();
  });

  it("a fire named alone is not an attack's aftermath: it stays out of the event", () => {
    expect(readFollowUp("فرق الإطفاء تخمد الحريق في مخزن للأقمشة")).toBeNull();
    expect(readFollowUp("النيران تأتي على محصول الحنطة")).toBeNull();
    const keys = cluster([
      [0, "انفجار عبوة ناسفة على طريق في محافظة ديالى"],
      [30, "فرق الإطفاء تخمد الحريق في مخزن للأقمشة في ديالى"],
    ]);
    expect(keys[1]).toBeNull();
  });

  it("fire at a target of attacks (HQs, a base) is the attack's aftermath; the same words elsewhere are any fire", () => {
    expect(readFollowUp("النيران ما زالت تتصاعد من مقرات حزب معارض في السليمانية")?.kind).toBe("aftermath");
    expect(readFollowUp("ألسنة اللهب ترتفع من داخل القاعدة")?.kind).toBe("aftermath");
    expect(readFollowUp("النيران تلتهم بستاناً في السليمانية")?.kind).toBe("aftermath"); // «تلتهم»: a cue of its own
    expect(readFollowUp("النيران تأتي على بستان في السليمانية")).toBeNull();
    const keys = cluster([
      [0, "انفجارات تهز محافظة السليمانية"],
      [10, "النيران ما زالت تتصاعد من مقرات حزب معارض في السليمانية"],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(keys[1]).toBe(keys[0]);
  });

  it("air defences named without the article («دفاعات جوية») are air defences firing", () => {
    expect(readFollowUp("تفعيل دفاعات جوية في قاعدة أمريكية بمحافظة أربيل")?.kind).toBe("defence");
    expect(readFollowUp("تفعيل دفاعات الجوية قرب مطار أربيل")?.kind).toBe("defence");
    // the ministry of defence is not an air defence
    expect(readFollowUp("وزارة الدفاع تنشر مشاهد من تمرين عسكري")?.kind).not.toBe("defence");
    const keys = cluster([
      [0, "انفجارات في محافظة أربيل شمالي العراق"],
      [2, "تفعيل دفاعات جوية في قاعدة أمريكية بمحافظة أربيل"],
    ]);
    expect(keys[1]).toBe(keys[0]);
  });

  it("the site hit named as such («… موقع الاستهداف») is a follow-up naming its target, never an event of its own", () => {
    const cue = readFollowUp("السفارة الأمريكية مكان الاستهداف");
    expect(cue?.kind).toBe("aftermath");
    expect(cue?.target).not.toBeNull();
    expect(cluster([[0, "السفارة الأمريكية مكان الاستهداف"]])).toEqual([null]);
  });

  it("follow-ups minutes before the first report of the attack are taken back by it: its reports, not alerts", () => {
    const r = clustered([
      [0, "تفعيل منظومة الباتريوت في سماء أربيل"],
      [1, "الدفاعات الجوية تحاول الاعتراض فوق أربيل"],
      [3, "انفجارات عنيفة في سماء أربيل"],
    ]);
    expect(r[0]!.incident).toBeNull();
    expect(r[1]!.incident).toBeNull();
    const key = r[2]!.incident;
    expect(key).not.toBeNull();
    expect(r[2]!.adopted).toEqual([{ report: 0, incident: key }, { report: 1, incident: key }]);
    expect(r[2]!.stories).toEqual([{ incident: key, created: true, changes: null }]);
  });

  it("a follow-up naming no place is taken back only by an event of the target it names", () => {
    const byTarget = clustered([
      [0, "السفارة الأمريكية مكان الاستهداف"],
      [10, "انفجارات داخل مجمع السفارة الأمريكية في بغداد"],
    ]);
    expect(byTarget[1]!.adopted).toEqual([{ report: 0, incident: byTarget[1]!.incident }]);
    const nothingNamed = clustered([
      [0, "استمرار محاولة التصدي"],
      [2, "انفجارات تهز محافظة أربيل"],
    ]);
    expect(nothingNamed[1]!.adopted).toEqual([]);
  });

  it("air defences firing are about an attack from the air: a bomb or gunfire minutes later does not take them back, nor do they join it", () => {
    const bomb = clustered([
      [0, "تفعيل منظومة الباتريوت في سماء أربيل"],
      [5, "انفجار عبوة ناسفة على عجلة للبيشمركة في قضاء سوران"],
      [9, "هجوم بطائرة مسيرة على مطار أربيل الدولي"],
    ]);
    expect(bomb[1]!.adopted).toEqual([]);
    expect(bomb[2]!.adopted).toEqual([{ report: 0, incident: bomb[2]!.incident }]);
    const gunfire = cluster([
      [0, "مسلحون يهاجمون نقطة للبيشمركة في قضاء سوران بمحافظة أربيل"],
      [4, "تفعيل منظومة السيرام في سماء أربيل"],
    ]);
    expect(gunfire[0]).not.toBeNull();
    expect(gunfire[1]).toBeNull();
  });

  it("follow-ups of another province, of long before, or of another weapon are not taken back", () => {
    const r = clustered([
      [0, "تفعيل منظومة السيرام في سماء أربيل"], // 20 minutes before: not this attack's first flash
      [12, "أعمدة الدخان تتصاعد في البصرة"], // another province
      [15, "ارتفاع حصيلة ضحايا القصف المدفعي في أربيل إلى ثلاثة"], // rather a weapon of another family
      [20, "انفجار عبوة ناسفة في أربيل"],
    ]);
    expect(r[3]!.incident).not.toBeNull();
    expect(r[3]!.adopted).toEqual([]);
  });

  it("the attacking side's account in Persian joins the attack under way in the Iraqi province it names, never alerts", () => {
    const account = "انفجارهای شدید در مقر گروه‌های تجزیه طلب در السلیمانیه عراق";
    expect(readFollowUp(account)?.kind).toBe("account");
    // «پهپادهای انتحاری» (suicide drones) names no suicide bomber: the account adds no weapon
    expect(readFollowUp("پهپادهای انتحاری مقرهای تجزیه طلبان در اربیل را هدف قرار دادند")?.type).toBe("other");
    // with no Iraqi place (Tehran's air defences, Jordan) it is not read as the attack under way
    expect(readFollowUp("انفجارهای پی در پی در آسمان تهران")).toBeNull();
    expect(readFollowUp("پهپادهای انتحاری در حال حرکت هستند")).toBeNull();
    const keys = cluster([
      [0, "انفجارات تهز محافظة السليمانية"],
      [5, account],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(keys[1]).toBe(keys[0]);
    expect(cluster([[0, account]])).toEqual([null]);
  });

  it("air defences still firing, with no place named while two provinces are under attack, go to the event whose air defences were firing", () => {
    // «التصدي» is what the defenders do: no clash
    expect(readFollowUp("مستمرة محاولة التصدي")?.type).toBe("other");
    const keys = cluster([
      [0, "انفجارات تهز محافظة أربيل"],
      [3, "تفعيل منظومة السيرام في سماء أربيل"],
      [10, "انفجارات عنيفة في السليمانية"],
      [20, "مستمرة محاولة التصدي"],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(keys[2]).not.toBe(keys[0]);
    expect(keys[3]).toBe(keys[0]);
    // when no event's air defences were reported firing, which one it is is a guess: it stays out
    const guess = cluster([
      [0, "انفجارات تهز محافظة أربيل"],
      [10, "انفجارات عنيفة في السليمانية"],
      [20, "مستمرة محاولة التصدي"],
    ]);
    expect(guess[2]).toBeNull();
  });

  it("the toll rising, said with no place, joins the event just reported that had a toll, and no other", () => {
    const r = clustered([
      [0, "انفجار عبوة ناسفة يستهدف دورية للجيش في قضاء الطارمية ويسفر عن إصابة جنديين"],
      [20, "ارتفاع عدد الجرحى إلى خمسة"],
    ]);
    expect(r[1]!.incident).toBe(r[0]!.incident);
    expect(r[1]!.stories[0]!.changes?.toll).toBe(true);
    // explosions with no toll yet: there is nothing to rise
    expect(cluster([[0, "انفجارات تهز محافظة أربيل"], [5, "ارتفاع عدد الجرحى إلى خمسة"]])[1]).toBeNull();
  });
});

describe("follow-ups that add a fact", () => {
  it("the weapon named by a follow-up refines the vague event: an update, not an alert", () => {
    const r = clustered([
      [0, "انفجارات تهز محافظة أربيل"],
      [4, "الله أكبر اصابة مباشر للمسيرات الانتحارية"],
    ]);
    expect(r[1]!.incident).toBe(r[0]!.incident);
    expect(r[1]!.stories[0]).toMatchObject({ created: false, changes: { type: true } });
  });

  it("the forces whose air defences fire are not the target: the attack on the opposition's HQs stays one event", () => {
    const keys = cluster([
      [0, "انفجارات تهز محافظة أربيل"],
      [2, "القوات الأمريكية تستخدم منظومة السيرام في أربيل"],
      [10, "اصابات مباشرة تدك مقرات المعارضة الكردية في أربيل"],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(keys).toEqual([keys[0], keys[0], keys[0]]);
  });

  it("where air defences fire from is not where the attack hit: no place refined, no update", () => {
    const r = clustered([
      [0, "انفجارات تشعل سماء أربيل"],
      [3, "القوات الأمريكية تستخدم منظومة الافنجير للدفاع الجوي قرب شقلاوة"],
    ]);
    expect(r[1]!.incident).toBe(r[0]!.incident);
    expect(r[1]!.stories[0]!.changes).toEqual({ toll: false, place: false, perpetrator: false, type: false });
  });

  it("aftermath naming a district is not where the attack was: it joins the event but never moves its place", () => {
    const r = clustered([
      [0, "انفجار عبوة ناسفة على طريق في محافظة ديالى"],
      [45, "تصاعد أعمدة الدخان من سوق في قضاء المقدادية"],
    ]);
    expect(r[0]!.incident).not.toBeNull();
    expect(r[1]!.incident).toBe(r[0]!.incident);
    expect(r[1]!.stories[0]!.changes?.place).toBe(false);
    // a report of the attack itself naming the district does refine the place
    const real = clustered([
      [0, "انفجار عبوة ناسفة على طريق في محافظة ديالى"],
      [15, "انفجار عبوة ناسفة يوقع جريحين في قضاء المقدادية"],
    ]);
    expect(real[1]!.incident).toBe(real[0]!.incident);
    expect(real[1]!.stories[0]!.changes?.place).toBe(true);
  });

  it("with no place, the target it names singles out the event — unless that target was hit in two provinces", () => {
    const keys = cluster([
      [0, "قصف يستهدف مقرات المعارضة الكردية في محافظة السليمانية"],
      [40, "ألسنة اللهب لا تهدأ في مقرات المعارضة الكردية"],
    ]);
    expect(keys[0]).not.toBeNull();
    expect(keys[1]).toBe(keys[0]);
    const two = cluster([
      [0, "قصف يستهدف مقرات المعارضة الكردية في محافظة السليمانية"],
      [10, "هجمات جديدة تدك معاقل المعارضة الكردية في أربيل"],
      [40, "ألسنة اللهب لا تهدأ في مقرات المعارضة الكردية"],
    ]);
    expect(two[1]).not.toBe(two[0]);
    expect(two[2]).toBeNull();
  });

  it("with two provinces under attack, a hit that names the weapon goes to the event of that weapon", () => {
    const keys = cluster([
      [0, "طائرة مسيرة تستهدف موقعا في محافظة السليمانية"],
      [5, "انفجارات تهز محافظة أربيل"],
      [8, "اصابة مباشرة للمسيرات الانتحارية"],
    ]);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
  });

  it("a follow-up naming another weapon family than the event's is not read as that event", () => {
    const keys = cluster([
      [0, "انفجار عبوة ناسفة على طريق في قضاء الطارمية شمالي بغداد"],
      [5, "اصابة مباشرة لطائرة مسيرة في بغداد"],
    ]);
    expect(keys[1]).not.toBe(keys[0]);
  });
});
