// A news text's dateline («أربيل (كوردستان 24)-», «بغداد/ المسلة:», «بغداد - أفاد …») names the newsroom's
// city, not where it happened: it places the story only when the text names no other place in Iraq.
// Sentences written for these tests.
import { describe, it, expect } from "vitest";
import { incidentOf } from "./helpers.js";

const provinces = (text: string) => incidentOf(text)?.provinces ?? "no incident";

describe("a dateline", () => {
  it("«X (agency)-» gives way to the place the report names", () => {
    expect(provinces("أربيل (كوردستان 24)- أفاد مراسلنا بتعرض سيارة مدنية لاستهداف مباشر في قضاء كلار، ما أسفر عن وقوع قتلى.")).toEqual(["sulaymaniyah"]);
  });
  it("«X - reported …» gives way even to a place named only as a reference («قرب بعقوبة»)", () => {
    expect(provinces("بغداد - أفاد مصدر أمني اليوم بانفجار عبوة ناسفة على دورية للجيش قرب بعقوبة.")).toEqual(["diyala"]);
  });
  it("places the story when the report names no other place", () => {
    expect(provinces("بغداد/ المسلة: انفجرت عبوة ناسفة على دورية للجيش صباح اليوم دون خسائر بشرية.")).toEqual(["baghdad"]);
  });
  it("a channel's «place - what happened» heading is the event's place, not a dateline", () => {
    expect(provinces("قضاء كوية - محافظة اربيل بعد الهجوم بالطائرات المسيرة الايرانية على مقرات المعارضة")).toEqual(["erbil"]);
    expect(provinces("كركوك - هجوم لداعش على قرية قرب الحدود مع صلاح الدين")).toEqual(["kirkuk"]);
  });
});
