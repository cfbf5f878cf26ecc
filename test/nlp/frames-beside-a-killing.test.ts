// Statement, deployment and funeral frames against the killing told beside them. A judgement, a call or a
// cordon said or done about an attack does not make the story a statement when the lead itself reports a
// killing; a condemnation still does; a ministry that reports casualties is a source, not a politician;
// a funeral told after an attack that is named is the attack's story. (Sentences written for the test.)
import { describe, it, expect } from "vitest";
import { incidentOf, reasonOf } from "./helpers.js";

describe("«يوجه»: directing a follow-up, or dealing a strike", () => {
  it("«يوجه ضربة» deals a strike: an incident", () => {
    expect(incidentOf("طيران الجيش يوجه ضربة جوية لأوكار داعش في وادي الشاي بكركوك ويقتل 5 إرهابيين")?.type).toBe("airstrike");
  });
  it("«يوجه بمتابعة …» directs others: a statement", () => {
    expect(reasonOf("المحافظ يوجه بمتابعة تفاصيل حادثة مقتل شاب في الناصرية")).toBe("statement");
  });
});

describe("a judgement, a call or a cordon beside a killing in the lead", () => {
  it("the killing is the news", () => {
    expect(incidentOf("قائد الشرطة يصف الهجوم بالجبان: مقتل 3 من منتسبي الشرطة بانفجار عبوة ناسفة في الحويجة")?.killed).toBe(3);
    expect(incidentOf("المحافظ يدعو للتهدئة بعد مقتل 4 مدنيين بهجوم مسلح في المقدادية")?.killed).toBe(4);
    expect(incidentOf("قوات الأمن تطوق مكان انفجار سيارة مفخخة في مدينة الصدر ومقتل 3 مدنيين")?.killed).toBe(3);
  });
  it("with no killing reported they still frame the story", () => {
    expect(reasonOf("النائب يدعو الحكومة إلى حماية الحدود من هجمات المسيرات")).not.toBeNull();
    expect(reasonOf("قوات الأمن تفرض طوقاً أمنياً حول مبنى المحافظة تحسباً لهجوم")).not.toBeNull();
  });
  it("a condemnation of a killing stays a statement", () => {
    expect(reasonOf("وزير الخارجية يدين مقتل 3 مدنيين بهجوم في المقدادية")).toBe("statement");
  });
});

describe("a ministry as the speaker", () => {
  it("health and interior report casualties: a source", () => {
    expect(incidentOf("وزارة الصحة: استقبال 12 جريحا إثر انفجار سيارة مفخخة في مدينة الصدر")?.injured).toBe(12);
  });
  it("other ministries speak policy: a statement", () => {
    expect(reasonOf("وزارة النفط: لا نية للانسحاب من أوبك بعد استهداف الحقول")).not.toBeNull();
  });
});

describe("a funeral after the death it follows", () => {
  it("is the attack's story when an attack is named", () => {
    expect(incidentOf("استشهاد منتسب في الحشد بهجوم لداعش على سيطرة في الحويجة، وتشييع جثمانه في كركوك")).not.toBeNull();
    expect(incidentOf("استشهاد ثلاثة من الحشد بهجوم لداعش في خانقين\nمراسم تشييع الشهداء")).not.toBeNull();
  });
});
