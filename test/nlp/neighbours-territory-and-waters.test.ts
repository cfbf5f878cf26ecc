import { describe, it, expect } from "vitest";
import { incidentOf, reasonOf } from "./helpers.js";

// A neighbour's territory, waters or base, and the open sea, are abroad even when an Iraqi place is
// named beside them as a reference point (data/foreign.ts owns these names with the countries).

describe("a neighbour's territory, waters and bases", () => {
  it("places «الأراضي الكويتية», «المياه الكويتية», «الأراضي السورية» abroad", () => {
    expect(reasonOf("سقوط صاروخ في الأراضي الكويتية قرب الحدود")).toBe("outside-iraq");
    expect(reasonOf("انفجار في المياه الكويتية قرب ميناء مبارك")).toBe("outside-iraq");
    expect(reasonOf("قصف مدفعي على الأراضي السورية قرب القائم")).toBe("outside-iraq");
  });
  it("places a neighbour's base abroad", () => {
    expect(reasonOf("سقوط صاروخ على قاعدة علي السالم")).toBe("outside-iraq");
  });
  it("a Turkish drone or shell near an Iraqi town is the attacker's, not Turkey's soil («تركية» is the adjective)", () => {
    expect(incidentOf("مسيرة تركية تقصف سيارة قرب العمادية ومقتل اثنين من مسلحي حزب العمال")).toMatchObject({ provinces: ["duhok"], type: "drone" });
    expect(incidentOf("غارة تركية على قرية قرب بنجوين دون إصابات")?.provinces).toEqual(["sulaymaniyah"]);
    expect(reasonOf("انفجار في أنقرة يقتل ثلاثة من الشرطة التركية")).toBe("outside-iraq");
  });
  it("keeps Iraqi waters in Iraq", () => {
    expect(incidentOf("انفجار عبوة ناسفة بسيارة في المياه الإقليمية العراقية قرب الفاو")?.provinces).toEqual(["basra"]);
  });
});

describe("the open sea", () => {
  it("places a ship hit in international waters abroad, whatever it carries", () => {
    expect(reasonOf("استهداف ناقلة نفط عراقية بطائرة مسيرة في المياه الدولية")).toBe("outside-iraq");
  });
});

describe("a neighbour's border crossing named by its adjective", () => {
  it("«المنفذ الكويتي», «المعبر السوري» are the other side: an act on it is abroad, even told from the Iraqi side", () => {
    expect(reasonOf("إغلاق منفذ سفوان من الجانب العراقي بعد قصف المنفذ الكويتي المقابل له")).toBe("outside-iraq");
    expect(reasonOf("غارة جوية تدمر المعبر السوري المقابل لمدينة القائم")).toBe("outside-iraq");
  });
  it("an act on the Iraqi crossing stays in Iraq", () => {
    expect(incidentOf("سقوط صاروخ قرب المنفذ العراقي في قضاء القائم")?.provinces).toEqual(["anbar"]);
    expect(incidentOf("انفجار عبوة ناسفة قرب منفذ سفوان الحدودي")?.provinces).toEqual(["basra"]);
    // «العراقي» first names the Iraqi side of a crossing shared with a neighbour
    expect(incidentOf("سقوط صاروخ قرب المنفذ الحدودي العراقي السوري في القائم")?.provinces).toEqual(["anbar"]);
  });
});
