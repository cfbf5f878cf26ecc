// What counts as an act reported now, one language feature per test (general rules; the sentences are
// written for the test).
import { describe, it, expect } from "vitest";
import { analyzeReport } from "../../src/nlp/index.js";
import { incidentOf, reasonOf, at } from "./helpers.js";

describe("martyrs and the dead named, not counted", () => {
  it("«صور الشهداء», «الرحمة للشهداء», a name containing «الشهداء» are not acts", () => {
    expect(reasonOf("تعليق صور الشهداء في شوارع كربلاء")).not.toBeNull();
    expect(reasonOf("الأمين العام لكتائب سيد الشهداء يصل إلى كربلاء")).not.toBeNull();
    expect(reasonOf("شهداء العراق فخر لنا")).not.toBeNull();
  });
  it("a counted toll, or dead and wounded reported on their own, are", () => {
    expect(incidentOf("3 شهداء بقصف على مقر للحشد الشعبي في ديالى")).not.toBeNull();
    expect(incidentOf("قتلى وجرحى في محافظة دهوك إثر اشتباك مسلح")).not.toBeNull();
    expect(incidentOf("إصابات في صفوف القوات الأمريكية في محافظة أربيل")).not.toBeNull();
  });
});

describe("acts in a relative clause about people", () => {
  it("describe who the news is about, they are not the news", () => {
    expect(reasonOf("ترامب يستقبل جثامين الجنود الذين قتلوا في العراق")).not.toBeNull();
  });
});

describe("weapons that light up a place's sky", () => {
  it("«المسيرات تشعل سماء X» is the weapon's strike on X; lit-up crowds or opinion are no act", () => {
    const f = incidentOf("المسيرات الانتحارية تشعل سماء قضاء سوران");
    expect([f?.provinces, f?.type]).toEqual([["erbil"], "drone"]);
    expect(reasonOf("الجماهير العراقية تشعل الأجواء في الملعب قبل المباراة")).not.toBeNull();
    expect(reasonOf("صواريخ إيرانية تشعل سماء الكويت")).toBe("outside-iraq");
  });
  it("fireworks, celebrations, lightning or a field fire lighting the sky are no strike", () => {
    for (const t of ["صواريخ الألعاب النارية تشعل سماء أربيل احتفالا بالعام الجديد", "المفرقعات النارية تشعل سماء البصرة ليلة العيد",
      "احتفالات رأس السنة تشعل سماء بغداد", "البرق يشعل سماء الموصل وسط أمطار غزيرة", "الجماهير تشعل سماء ملعب البصرة الدولي بالشماريخ",
      "نيران الحرائق تشعل سماء الزبير بعد احتراق حقل نفطي", "عرض للطائرات المسيرة يشعل سماء أربيل في ختام بطولة كأس الخليج"]) {
      expect(incidentOf(t), t).toBeNull();
    }
  });
  it("a holiday as the time of a strike changes nothing", () => {
    expect(incidentOf("المسيرات تشعل سماء أربيل ليلة عيد الأضحى")?.type).toBe("drone");
  });
});

describe("a find", () => {
  it("is an act when a body, a device or weapons are found, not money", () => {
    expect(reasonOf("العثور على مبلغ مليار دينار في منزل مدير عام في بغداد")).not.toBeNull();
    expect(incidentOf("العثور على كدس قنابل في حي العامل ببغداد")?.type).toBe("ied");
    expect(incidentOf("العثور على جثة مجهولة الهوية في قضاء الزبير بالبصرة")).not.toBeNull();
  });
});

describe("aftermath with no act of its own", () => {
  it("smoke or fire at a place that is not a target is not an incident on its own (merging may attach it)", () => {
    const [s] = analyzeReport({ title: "", text: "تصاعد أعمدة الدخان من حقل نفطي في محافظة واسط لأسباب غير معروفة", publishedAt: at });
    expect(s!.incident).toBeNull();
    expect(s!.reason).toBe("aftermath");
  });
  it("smoke at a base, a destroyed system, blasts heard or an object that fell are reports", () => {
    expect(incidentOf("أعمدة الدخان ما زالت ترتفع من مقر حزب معارض في محافظة أربيل")).not.toBeNull();
    expect(incidentOf("تدمير منظومة باتريوت في قاعدة قرب مطار أربيل")).not.toBeNull();
    expect(incidentOf("أصوات قوية تسمع في بغداد")).not.toBeNull();
    expect(incidentOf("سقوط جسم مجهول في محافظة كربلاء")).not.toBeNull();
  });
});

describe("when it happened", () => {
  it("«قبل N أسابيع» and an earlier year put the act in the past", () => {
    expect(reasonOf("المسيرة نفسها التي ضبطت قبل ثلاثة أسابيع في سيطرة بمحافظة واسط")).not.toBeNull();
    expect(reasonOf("محافظة بابل شهدت معارك عنيفة ضد داعش عام 2014")).not.toBeNull();
  });
});

describe("where it happened", () => {
  it("a crossing named the same on both sides is not placed in Iraq without «الجانب العراقي»", () => {
    expect(reasonOf("غارة أمريكية على منفذ الشلامجة الحدودي بين إيران والعراق")).toBe("outside-iraq");
    expect(incidentOf("سقوط قذيفة على الجانب العراقي من منفذ الشلامجة")?.provinces).toEqual(["basra"]);
  });
  it("«المقاومة الإسلامية في العراق» names an actor, not the place of its strike", () => {
    expect(reasonOf("المقاومة الإسلامية في العراق تستهدف بالطائرات المسيرة أهدافا في عمق الكيان الصهيوني")).not.toBeNull();
  });
  it("an Iraqi adjective alone does not place an event in Iraq; an Iraqi force or body does", () => {
    expect(reasonOf("فنانة من أصول عراقية تتحدث عن القصف على الكويت")).not.toBeNull();
    expect(incidentOf("مقتل جنديين بهجوم على القوات العراقية قرب الحدود")).not.toBeNull();
  });
  it("the surname «سليماني» is not Sulaymaniyah", () => {
    expect(incidentOf("غارة على موكب في ذكرى استشهاد قاسم سليماني")?.provinces ?? []).not.toContain("sulaymaniyah");
  });
});

describe("words that are not what they look like", () => {
  it("«قواعد الاشتباك» is not a clash, «لن يسقط» is negated, «أبو فدك» is not «دك»", () => {
    expect(reasonOf("الفصائل في العراق: قواعد الاشتباك تغيرت")).not.toBeNull();
    expect(reasonOf("قسما لن يسقط العلم في العراق")).not.toBeNull();
    expect(reasonOf("رئيس أركان الحشد الشعبي أبو فدك يتابع المراسم في كربلاء")).not.toBeNull();
  });
});

describe("statements, meetings, readiness", () => {
  it("a condemnation, an emergency meeting, readiness, a travel advisory are not the event", () => {
    expect(reasonOf("بيان خليجي: إدانة هجمات الفصائل في العراق على دول الجوار")).not.toBeNull();
    expect(reasonOf("رئيس الوزراء يوجه بعقد اجتماع طارئ بعد القصف الجوي الذي تعرضت له البلاد")).not.toBeNull();
    expect(reasonOf("الحشد الشعبي جاهز لمواجهة أي اعتداءات تستهدف العراق")).not.toBeNull();
    expect(reasonOf("السفارة الأمريكية: لا تسافروا إلى العراق بسبب الإرهاب والاختطاف")).not.toBeNull();
  });
});
