import { describe, it, expect } from "vitest";
import { incidentOf, reasonOf } from "./helpers.js";

// General rules behind extractor misses found by the merge sets (test/fixtures/merge) and earlier
// reports. Each is tested on sentences written for this file, not on the merge-set texts.

describe("acts told by present-tense and dual verbs, dual weapon nouns", () => {
  it("a dual weapon noun as subject with a present-tense dual verb is a strike", () => {
    const f = incidentOf("قذيفتان تسقطان على منزل في ناحية بهرز جنوبي بعقوبة.")!;
    expect(f.type).toBe("rocket");
    expect(f.provinces[0]).toBe("diyala");
    const g = incidentOf("صاروخان ينفجران قرب مطار البصرة الدولي فجر اليوم.")!;
    expect(g.type).toBe("rocket");
    expect(g.provinces[0]).toBe("basra");
  });
  it("dual mines and drones are their weapon", () => {
    expect(incidentOf("لغمان ينفجران بعجلة عسكرية في قضاء الرطبة ويصيبان جنديين.")?.type).toBe("ied");
    expect(incidentOf("مسيرتان تستهدفان حقل كورمور في جمجمال.")?.type).toBe("drone");
  });
  it("a present-tense arrest of terrorists is a security operation (and the count is not a toll)", () => {
    const f = incidentOf("قوة من الشرطة الاتحادية تعتقل ثلاثة إرهابيين مطلوبين في قضاء الشرقاط.")!;
    expect(f.type).toBe("security_operation");
    expect(f.provinces[0]).toBe("salahuddin");
    expect(f.killed).toBeNull();
    expect(f.injured).toBeNull();
  });
  it("a present-tense arrest of a non-militant is still not an incident", () => {
    expect(incidentOf("مفارز النزاهة تعتقل مدير بلدية في قضاء الزبير بتهمة الفساد.")).toBeNull();
  });
});

describe("a toll-rise follow-up names its attack and its target", () => {
  it("«ارتفاع حصيلة القصف بالهاون على X» is a rocket incident at X, even when X is an ambiguous name", () => {
    const f = incidentOf("ارتفاع حصيلة القصف بقذائف الهاون على العظيم إلى ثلاثة جرحى.")!;
    expect(f.type).toBe("rocket");
    expect(f.provinces).toEqual(["diyala"]);
    expect(f.injured).toBe(3);
  });
  it("«على X» after an attack word makes an ambiguous name a place, but not on its own", () => {
    expect(incidentOf("تجدد القصف بالهاون على العظيم فجر اليوم دون إصابات.")?.provinces).toEqual(["diyala"]);
    expect(reasonOf("انفجار عبوة ناسفة صباح اليوم وقال المسؤول إن العمل جار على العظيم من المشاريع")).toBe("no-place");
  });
});

describe("a name that is also an ordinary noun, followed by an adjective, is that noun", () => {
  it("«المدينة القديمة» is the old city of the town named, not al-Madina in Basra", () => {
    const f = incidentOf("مقتل شخص بهجوم مسلح في منطقة المدينة القديمة وسط كركوك.")!;
    expect(f.provinces).toEqual(["kirkuk"]);
    const g = incidentOf("انتشال جثتين من تحت الأنقاض في حي بالمدينة القديمة غربي الموصل.")!;
    expect(g.provinces).toEqual(["nineveh"]);
  });
  it("«قضاء المدينة» is still the Basra district", () => {
    expect(incidentOf("اشتباك عشائري مسلح في قضاء المدينة شمالي البصرة.")?.provinces[0]).toBe("basra");
  });
});

describe("homonyms: the one whose province the text names", () => {
  it("«ناحية الحسينية … شمال شرقي بغداد» is Baghdad's Husseiniya", () => {
    expect(incidentOf("اغتيال مختار بأسلحة كاتمة للصوت في ناحية الحسينية شمال شرق العاصمة بغداد.")?.provinces).toEqual(["baghdad"]);
  });
  it("«ناحية الحسينية في كربلاء» is Karbala's", () => {
    expect(incidentOf("نزاع عشائري مسلح في ناحية الحسينية بمحافظة كربلاء يوقع قتيلا.")?.provinces).toEqual(["karbala"]);
  });
});

describe("tolls: lists of victims and «to N martyrs»", () => {
  it("«ضابط وجنديين» is three killed", () => {
    expect(incidentOf("استشهاد ضابط وجنديين بهجوم لداعش على نقطة مراقبة في حوض حمرين.")?.killed).toBe(3);
    expect(incidentOf("مقتل منتسب وشرطيين اثنين بانفجار عبوة في قضاء الدجيل.")?.killed).toBe(3);
  });
  it("«ارتفاع الحصيلة إلى أربعة شهداء» is four killed", () => {
    expect(incidentOf("ارتفاع حصيلة الهجوم على قرية في قضاء خانقين إلى أربعة شهداء.")?.killed).toBe(4);
    expect(incidentOf("ارتفع عدد ضحايا تفجير الدراجة المفخخة في الناصرية إلى خمسة شهداء وتسعة جرحى.")).toMatchObject({ killed: 5, injured: 9 });
  });
});
