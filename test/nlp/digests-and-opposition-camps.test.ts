import { describe, it, expect } from "vitest";
import { incidentOf, reasonOf } from "./helpers.js";
import { digestItems } from "../../src/nlp/extract.js";

// General rules fixed after scoring challenge-7.jsonl (untuned); tested on other sentences.

describe("digest posts of unrelated news items", () => {
  it("an Iraqi incident among foreign bullet items is still an incident", () => {
    const f = incidentOf("📌 ملخص الليلة:\n• قصف مدفعي على بلدات في جنوب لبنان\n• انفجار في ميناء بوشهر الإيراني\n• سقوط صاروخ على مقر للبيشمركة في قضاء سوران");
    expect(f).toMatchObject({ provinces: ["erbil"], type: "rocket" });
  });
  it("a digest of foreign items only stays out", () => {
    expect(incidentOf("أبرز الأخبار:\n- غارات على الضاحية الجنوبية لبيروت\n- انفجارات تهز مدينة شيراز الإيرانية")).toBeNull();
  });
  it("a single post, or one bullet, is not a digest", () => {
    expect(digestItems("🔴 انفجار في أربيل")).toEqual([]);
    expect(digestItems("عاجل:\n- انفجار في أربيل\nوتفاصيل لاحقا")).toEqual([]);
  });
  it("an Iraqi statement in bullets is not split (only foreign-outweighed posts are)", () => {
    expect(reasonOf("حكومة إقليم كوردستان تدين:\n- الهجوم على مطار أربيل\n- استهداف قاعدة حرير")).not.toBeNull();
  });
});

describe("gazetteer: opposition-camp places", () => {
  it("Degala (Koya, Erbil) and Sarchinar (Sulaymaniyah city)", () => {
    expect(incidentOf("انفجارات تهز ناحية ديكلة")?.provinces).toEqual(["erbil"]);
    expect(incidentOf("سقوط مسيرة في حي سرجنار")?.provinces).toEqual(["sulaymaniyah"]);
  });
});
