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
  it("the place as written, without the clitic: «بشمال العراق» is «شمال العراق»", () => {
    const f = incidentOf("مقتل جندي امريكي بشمال العراق");
    expect(f).toMatchObject({ provinces: [], place: "شمال العراق", placeId: "region:north" });
    expect(incidentOf("انفجار عبوة ناسفة على رتل للجيش في غربي العراق")).toMatchObject({ provinces: [], placeId: "region:west" });
    expect(incidentOf("هجوم بطائرة مسيرة على حقل نفطي في جنوب العراق")).toMatchObject({ provinces: [], placeId: "region:south" });
  });
});

describe("what names no region", () => {
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
