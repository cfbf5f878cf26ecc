import { describe, it, expect } from "vitest";
import { incidentOf, reasonOf } from "./helpers.js";

describe("not Iraqi incidents", () => {
  it("statements and condemnations", () => {
    expect(incidentOf("أدان رئيس الوزراء التفجير الذي وقع في أربيل واودى بحياة 14 شهيدا")).toBeNull();
    expect(incidentOf("ترامب: تم تنسيق الضربات الأمريكية والسعودية مع الحكومة العراقية")).toBeNull();
    expect(incidentOf("إيران تدين التفجيرات الإرهابية الأخيرة في العراق")).toBeNull();
  });
  it("anniversaries and funerals", () => {
    expect(incidentOf("محافظة بغداد تعطل الدوام استذكاراً لأرواح شهداء مجزرة سبايكر")).toBeNull();
    expect(incidentOf("تشييع شهيدين ارتقيا جراء العدوان في النجف")).toBeNull();
  });
  it("court verdicts, corruption and drug arrests", () => {
    expect(incidentOf("محكمة الجنايات تصدر حكماً بالسجن على متهم في بغداد")).toBeNull();
    expect(incidentOf("اعتقال متهمين بقضايا فساد في كركوك")).toBeNull();
    expect(incidentOf("ضبط 20 ألف حبة كبتاغون في الفلوجة")).toBeNull();
  });
  it("accidents, fires, overflights, sirens", () => {
    expect(incidentOf("وفاة ضابط وجرح ثلاثة بحادث سير على الطريق الدولي في الانبار")).toBeNull();
    expect(incidentOf("اندلاع حريق في وزارة الصحة في بغداد")).toBeNull();
    expect(incidentOf("تحليق مسيرات مجهولة في سماء محافظة ذي قار")).toBeNull();
    expect(incidentOf("دوي صافرات الإنذار في قاعدة أمريكية في بغداد")).toBeNull();
  });
  it("incidents in Syria, Lebanon, Iran, Kuwait, even near the border", () => {
    expect(incidentOf("انفجار عجلة مفخخة قرب مفرق الروضة بمدينة جرمانا في دمشق")).toBeNull();
    expect(incidentOf("الطائرات المسيرة تهاجم موقعا في جنوب لبنان")).toBeNull();
    expect(incidentOf("دوي انفجار في منطقة اروندكنار جنوبي إيران بالقرب من مدينة الفاو العراقية")).toBeNull();
    expect(incidentOf("انفجارات في منفذ العبدلي الحدودي")).toBeNull();
    expect(incidentOf("انفجارات على مقربة من الحدود العراقية الكويتية")).toBeNull();
    expect(reasonOf("مقتل 9 اشخاص في تفجير انتحاري باقليم خيبر الباكستاني")).toBe("outside-iraq");
  });
  it("background mentions and analyses", () => {
    expect(incidentOf("تقرير استخباراتي: توتر بين القوات الأمريكية والعراقية بعد مقتل سليماني")).toBeNull();
    expect(incidentOf("هل قتل العراق العقل المدبر لداعش قبل يومين؟")).toBeNull();
  });
  it("but real incidents are detected", () => {
    expect(incidentOf("انفجارات تهز محافظة اربيل شمالي العراق")?.provinces).toEqual(["erbil"]);
    expect(incidentOf("العراق يتعرض لعدوان عسكري من السعودية")).not.toBeNull();
  });
});
