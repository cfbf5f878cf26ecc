import { describe, it, expect } from "vitest";
import { incidentOf, reasonOf } from "./helpers.js";

// A part of Iraq named without a province («في إقليم كردستان العراق», «بشمال العراق»): by the corpus rule the
// incident has no province, but its place says where, for the alert's header and for the followers of the
// provinces that part holds (data/regions.ts; alerts/filters.ts alertAudience).

describe("a part of Iraq named where it happened, no province named", () => {
  it("«في إقليم كردستان العراق», «باقليم كوردستان», «في كردستان العراق»: the Kurdistan Region", () => {
    for (const text of [
      "مسلحون يختطفون ناشطا في إقليم كردستان العراق ويقتادونه الى جهة مجهولة",
      "اغتيال ضابط في البيشمركة بعبوة لاصقة باقليم كوردستان",
      "سقوط طائرة مسيرة على مقر للمعارضة الإيرانية في كردستان العراق",
    ]) {
      const f = incidentOf(text);
      expect(f?.provinces, text).toEqual([]);
      expect(f?.placeId, text).toBe("region:kurdistan");
    }
  });
  it("the place by the region's name: «بشمال العراق» is «شمال العراق», «كردستان العراق» «إقليم كردستان»", () => {
    const f = incidentOf("مقتل جندي امريكي بشمال العراق");
    expect(f).toMatchObject({ provinces: [], place: "شمال العراق", placeId: "region:north" });
    expect(incidentOf("سقوط طائرة مسيرة على مقر للمعارضة الإيرانية في كردستان العراق")?.place).toBe("إقليم كردستان");
    expect(incidentOf("انفجار عبوة ناسفة على رتل للجيش في غربي العراق")).toMatchObject({ provinces: [], placeId: "region:west" });
    expect(incidentOf("هجوم بطائرة مسيرة على حقل نفطي في جنوب العراق")).toMatchObject({ provinces: [], placeId: "region:south" });
  });
  it("a direction is a place by itself, with no «في» («جنوب العراق», «شمالي العراق»)", () => {
    expect(incidentOf("مقتل جندي بانفجار عبوة ناسفة جنوب العراق")?.placeId).toBe("region:south");
    expect(incidentOf("قصف تركي يستهدف قرى شمالي العراق")?.placeId).toBe("region:north");
  });
  it("an attack on a party's office, a base or a consulate in the region happened there", () => {
    expect(incidentOf("استهداف مقر حزب معارض في إقليم كردستان بطائرة مسيرة")?.placeId).toBe("region:kurdistan");
    expect(incidentOf("هجوم بطائرة مسيرة على القنصلية الأمريكية في إقليم كردستان")?.placeId).toBe("region:kurdistan");
    expect(incidentOf("قصف قواعد في شمال العراق بطائرات مسيرة")?.placeId).toBe("region:north");
  });
});

describe("all of Iraq, nation-wide", () => {
  it("«في مناطق متفرقة من العراق», «في عموم العراق», «في كافة أنحاء العراق»: every province's followers; «في العراق» alone is not", () => {
    for (const text of [
      "تعرضت عدد من مقرات الحشد الشعبي في مناطق متفرقة من العراق لهجمات جوية",
      "غارات جوية تستهدف مقرات الحشد الشعبي في عموم العراق",
      "غارات جوية تستهدف مقرات الحشد الشعبي في كافة أنحاء العراق",
    ]) expect(incidentOf(text), text).toMatchObject({ provinces: [], place: "عموم العراق", placeId: "region:iraq" });
    expect(incidentOf("غارات جوية تستهدف مقرات الحشد الشعبي في العراق")).toMatchObject({ provinces: [], placeId: null });
  });
});

describe("what names no region", () => {
  it("who or what is held in the region, up to three words before «في»: a source, a spokesman's ministry, a hospital, a commander, forces stationed there, a parliament, a security agency", () => {
    for (const text of [
      "المتحدث باسم وزارة البيشمركة في إقليم كردستان: مقتل جنديين بهجوم لداعش",
      "أفاد مصدر أمني في إقليم كردستان بمقتل شخصين بانفجار عبوة ناسفة",
      "مقتل شخصين بانفجار عبوة ناسفة بحسب مصدر في إقليم كردستان",
      "انفجار عبوة ناسفة ونقل جرحى الهجوم الى مستشفى في إقليم كردستان",
      "قائد القوات الأمريكية في شمال العراق يعلن مقتل جندي بهجوم مسلح",
      "القوات التركية المتمركزة في شمال العراق تقصف قرى سورية",
      "اغتيال نائب في برلمان إقليم كردستان بعبوة لاصقة",
      "إصابة منتسب في أسايش إقليم كردستان بهجوم مسلح",
    ]) expect(incidentOf(text), text).toMatchObject({ provinces: [], placeId: null });
  });
  it("where an attack was launched from or came from: «انطلاقا من قواعد في شمال العراق», «مسيرة من جنوب العراق»", () => {
    expect(incidentOf("قصف تركي على قرى انطلاقا من قواعد في شمال العراق")).toMatchObject({ provinces: [], placeId: null });
    expect(incidentOf("هجوم بمسيرة من جنوب العراق على منشأة نفطية")?.placeId ?? null).toBeNull();
    expect(incidentOf("مقتل جنديين بهجوم لمسلحين تسللوا من شمال العراق")?.placeId ?? null).toBeNull();
  });
  it("forces stationed there in any gender or number («المتمركز», «المنتشرين»); an official or officer there may be the victim", () => {
    expect(incidentOf("الجيش التركي المتمركز في شمال العراق يقصف قرى حدودية")?.placeId ?? null).toBeNull();
    expect(incidentOf("اغتيال مسؤول في إقليم كردستان بعبوة لاصقة")?.placeId).toBe("region:kurdistan");
  });
  it("a compound or vague direction: «شمال غرب العراق», «وسط العراق»", () => {
    expect(incidentOf("انفجار عبوة ناسفة على رتل للجيش في شمال غرب العراق")).toMatchObject({ provinces: [], place: null, placeId: null });
    expect(incidentOf("انفجار عبوة ناسفة على رتل للجيش في وسط العراق")).toMatchObject({ provinces: [], place: null, placeId: null });
  });
  it("the Region's institutions and forces, not where it happened: «قوات إقليم كردستان»", () => {
    expect(incidentOf("قوات إقليم كردستان تعتقل مسلحين بعد اشتباك مسلح")?.placeId ?? null).toBeNull();
  });
  it("a neighbour's Kurdistan is abroad: «إقليم كردستان الإيراني»", () => {
    expect(reasonOf("قصف مدفعي على قرى في إقليم كردستان الإيراني")).toBe("outside-iraq");
  });
  it("a province named places the event: the region stays an apposition («في أربيل بإقليم كردستان»)", () => {
    expect(incidentOf("انفجار عبوة ناسفة في مدينة دهوك بإقليم كردستان العراق")).toMatchObject({ provinces: ["duhok"] });
    expect(incidentOf("انفجار عبوة ناسفة في مدينة دهوك بإقليم كردستان العراق")?.placeId).not.toMatch(/^region:/);
    expect(incidentOf("سقوط طائرة مسيرة في محافظة اربيل شمالي العراق")?.placeId).not.toMatch(/^region:/);
  });
});
