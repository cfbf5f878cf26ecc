// Perpetrator and target as the text states them (src/nlp/perpetrator.ts).
import { describe, it, expect } from "vitest";
import { incidentOf } from "./helpers.js";
import { PERPETRATOR_FORMS, perpetratorInEnglish } from "../../src/nlp/perpetrator.js";

describe("«القاعدة»: a base or al-Qaeda", () => {
  it("struck («استهدف القاعدة في …»), it is a base", () => {
    expect(incidentOf("سقطت ثلاثة صواريخ على قاعدة عين الأسد صباح اليوم، بعد قصف مماثل استهدف القاعدة في أيار الماضي.")?.perpetrator).toBeNull();
  });
  it("with an adjective after it, it is a base, not the perpetrator", () => {
    const f = incidentOf("اصابة مباشرة بطائرة مسيرة في موقع القاعدة الاميركية في محافظة اربيل");
    expect(f).not.toBeNull();
    expect(f!.perpetrator).toBeNull();
  });
  it("named as an organisation, or alone, it is al-Qaeda", () => {
    expect(incidentOf("تنظيم القاعدة يتبنى تفجير عبوة ناسفة في قضاء الطارمية")?.perpetrator).toContain("القاعدة");
    expect(incidentOf("هجوم مسلح تبنته القاعدة على نقطة تفتيش في قضاء الطارمية")?.perpetrator).toContain("القاعدة");
  });
});

describe("the side that was hit is not the perpetrator", () => {
  it("a group whose counted members were killed, hurt or caught («مقتل ثلاثة من عناصر داعش»)", () => {
    expect(incidentOf("مقتل ثلاثة من عناصر داعش بضربة جوية في وادي الشاي جنوبي كركوك")?.perpetrator).toBeNull();
    expect(incidentOf("اعتقال أمير تنظيم القاعدة في ناحية المنصورية شرق بعقوبة")?.perpetrator).toBeNull();
    expect(incidentOf("استشهد أربعة من مقاتلي الحرس الثوري بقصف على مقر للحشد الشعبي في القائم")?.perpetrator).toBeNull();
    expect(incidentOf("قتل الجيش العراقي 4 من مسلحي تنظيم داعش في قصف جوي بمنطقة مطيبيجة")?.perpetrator).toBeNull();
    expect(incidentOf("ذكر مصدر أمني أن 4 من مسلحي داعش قتلوا بقصف جوي في وادي الشاي بكركوك")?.perpetrator).toBeNull();
    expect(incidentOf("القوات الأمنية تعتقل خمسة من عناصر داعش في قضاء الحويجة")?.perpetrator).toBeNull();
  });
  it("a group named in a pluperfect frame («كان الحرس الثوري قد وجّههم») is what it had done before", () => {
    expect(incidentOf("نفذت القوات الأمريكية ضربات في محافظة الأنبار ضد مسلحين كان الحرس الثوري قد وجههم لمهاجمة القواعد")?.perpetrator).toBeNull();
  });
  it("the attackers stay the attackers", () => {
    expect(incidentOf("هجوم لعناصر داعش على نقطة للجيش في قضاء الدبس يسفر عن استشهاد جنديين")?.perpetrator).toContain("داعش");
    expect(incidentOf("مقتل جنديين بهجوم لعناصر داعش على ربيئة في قضاء الطارمية")?.perpetrator).toContain("داعش");
    expect(incidentOf("استشهاد ثلاثة من الحشد بهجوم لمسلحي داعش في صحراء الأنبار")?.perpetrator).toContain("داعش");
    expect(incidentOf("مسلحون من داعش يقتلون ثلاثة رعاة في صحراء الأنبار")?.perpetrator).toContain("داعش");
  });
});

describe("the target of an attack on the Kurdish opposition", () => {
  it("the channels' names for its HQs and for the separatists read as the Kurdish opposition", () => {
    expect(incidentOf("مسيرات تستهدف مقرات المعارضة في محافظة السليمانية")?.target).toBe("Kurdish opposition");
    expect(incidentOf("قصف يطال مقرات الانفصاليين الأكراد في محافظة أربيل")?.target).toBe("Kurdish opposition");
  });
  it("«the Iranian opposition party» and «the Iranian ethnic parties» are the same parties", () => {
    expect(incidentOf("سقوط مسيرة على موقع لحزب المعارضة الإيراني في ناحية رزكاري غرب أربيل")?.target).toBe("Kurdish opposition");
    expect(incidentOf("طائرة مسيرة تستهدف مقرات الأحزاب الإثنية الإيرانية في محافظة أربيل")?.target).toBe("Kurdish opposition");
  });
  it("the parties by name (the KDPI, Komala); the Region's own KDP is none of them", () => {
    expect(incidentOf("طائرات مسيرة استهدفت مقراً للحزب الديمقراطي الكردستاني الإيراني في قضاء كويه")?.target).toBe("Kurdish opposition");
    expect(incidentOf("مسيرات تستهدف معسكر زركويز التابع لحزب كومله شرقي السليمانية")?.target).toBe("Kurdish opposition");
    expect(incidentOf("انفجار عبوة ناسفة قرب مقر الحزب الديمقراطي الكردستاني في قضاء زاخو")?.target).not.toBe("Kurdish opposition");
  });
});

describe("the US forces as a target", () => {
  it("its soldiers name it («مقتل جندي أمريكي»), and «أميركي» is «أمريكي» spelt another way", () => {
    expect(incidentOf("مقتل جندي أمريكي في قاعدة حرير بأربيل")?.target).toBe("US forces");
    expect(incidentOf("إصابة جنود أمريكيين بهجوم على قاعدة في الأنبار")?.target).toBe("US forces");
    expect(incidentOf("قتل جنديان أمريكيان بهجوم على قاعدة في الأنبار")?.target).toBe("US forces");
    expect(incidentOf("جنود أمريكيون يصابون بهجوم بطائرة مسيرة على قاعدة حرير في أربيل")?.target).toBe("US forces");
    expect(incidentOf("اصابات في صفوف الجيش الأميركي في محافظة أربيل")?.target).toBe("US forces");
    expect(incidentOf("صواريخ تستهدف القوات الأميركية في قاعدة عين الأسد بالأنبار")?.target).toBe("US forces");
    expect(incidentOf("انفجارات قرب القنصلية الأميركية في محافظة أربيل")?.target).toBe("US diplomatic mission");
  });
  it("a soldier of another army is not it", () => {
    expect(incidentOf("مقتل جندي عراقي بانفجار عبوة في كركوك")?.target).not.toBe("US forces");
  });
});

describe("a diplomatic mission is its own target", () => {
  it("the US consulate or embassy is not the US forces' base", () => {
    expect(incidentOf("انفجارات قرب القنصلية الأمريكية في محافظة أربيل")?.target).toBe("US diplomatic mission");
    expect(incidentOf("صواريخ كاتيوشا تستهدف السفارة الأمريكية في بغداد")?.target).toBe("US diplomatic mission");
  });
});

describe("a perpetrator's English name", () => {
  it("every name the extractor can write has one", () => {
    const missing = PERPETRATOR_FORMS.filter((p) => perpetratorInEnglish(p) === null);
    expect(missing).toEqual([]);
  });
  it("is found for the name as written in the text", () => {
    const who = incidentOf("هجوم لتنظيم الدولة الإسلامية على نقطة للجيش في قضاء الحويجة")?.perpetrator;
    expect(who).toBeTruthy();
    expect(perpetratorInEnglish(who!)).toBe("ISIS");
    const guards = incidentOf("الحرس الثوري يقصف بالمسيرات مقرات للمعارضة في قضاء كويه")?.perpetrator;
    expect(perpetratorInEnglish(guards!)).toBe("the IRGC");
  });
});
