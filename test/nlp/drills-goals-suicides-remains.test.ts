// Frames that govern acts told inside them: a drill's own shelling, a goal that «assassinates» hopes, a gun turned on
// oneself, gunfire denied at a protest — and what is left of a bomb, which is evidence, not a wreck found. Sentences
// written for these tests.
import { describe, it, expect } from "vitest";
import { factsOrReason } from "./helpers.js";

const facts = factsOrReason;

describe("frames that govern the acts told inside them", () => {
  it("a drill told before any act: its shelling and its assault are the drill's", () => {
    expect(facts("نفذت قطعات الفرقة العاشرة تمريناً تعبوياً بالذخيرة الحية قرب قاعدة الحبانية، تضمن قصفاً مدفعياً وهجوماً بالدبابات")).toBe("training");
  });
  it("a late goal that «assassinates» a team's hopes is sport", () => {
    expect(facts("الشرطة يغتال آمال أربيل بهدف قاتل في الدقيقة الأخيرة")).toBe("sport");
  });
  it("a gun turned on oneself is a suicide, not a shooting", () => {
    expect(facts("انتحار فتاة في قضاء سميل بإطلاق النار على نفسها من سلاح والدها")).toBe("self-harm");
  });
  it("gunfire denied at a protest names no shooting: the protest frame holds", () => {
    expect(facts("تدافع بين متظاهرين وقوات مكافحة الشغب في ساحة الحبوبي بالناصرية، من دون تسجيل إطلاق نار، فيما أصيب عدد من المحتجين بحالات اختناق")).toBe("protest");
  });
});

describe("what is left of a bomb", () => {
  it("«رفعوا بقايا العبوة للتحقيق» after the blast is evidence: the sticky bomb stays the news", () => {
    expect(facts("انفجرت عبوة لاصقة تحت سيارة ضابط في حي أور بمدينة الناصرية، ما أدى إلى إصابته بجروح. وذكر مصدر أن خبراء المتفجرات رفعوا بقايا العبوة للتحقيق"))
      .toMatchObject({ provinces: ["dhi_qar"], type: "ied", injured: 1 });
  });
  it("the remains of a missile found are still debris", () => {
    expect(facts("العثور على بقايا صاروخ في منطقة صحراوية قرب قضاء النخيب")).toBe("debris");
  });
});

describe("a child run over, a club's striker, a town facing the border", () => {
  it("«مصرع طفل دهساً» is a road accident", () => {
    expect(facts("مديرية مرور دهوك: مصرع طفل دهساً على طريق دهوك – زاخو الدولي")).toBe("accident");
  });
  it("a club signing a striker «لتعزيز خط الهجوم» is sport", () => {
    expect(facts("نادي زاخو يعلن تعاقده مع مهاجم سوري لتعزيز خط الهجوم")).toBe("sport");
  });
  it("shelling on villages «قبالة منطقة فيشخابور», in Syria, is not Fishkhabour's", () => {
    expect(facts("قصف مدفعي تركي على قرى في ريف المالكية شمال شرقي سوريا، قبالة منطقة فيشخابور")).toBe("outside-iraq");
  });
});

describe("aircraft that only watch", () => {
  it("militants watched «بواسطة طائرات الاستطلاع» and arrested: an operation, no air strike; armed ones strike", () => {
    expect(facts("أعلنت قيادة عمليات الأنبار القبض على خمسة إرهابيين في وادي حوران بعد رصد تحركاتهم بواسطة طائرات الاستطلاع")).toMatchObject({ type: "security_operation" });
    expect(facts("قصف بطائرات الاستطلاع المسلحة على مواقع داعش في وادي حوران")).toMatchObject({ type: "airstrike" });
  });
});

describe("posts about an attack that are no attack", () => {
  it("a decision for the victims («تقرر شمول ضحايا تفجير الكرادة بالامتيازات») is a statement", () => {
    expect(facts("مؤسسة الشهداء تقرر شمول ضحايا تفجير الكرادة بالامتيازات والرواتب")).toBe("statement");
  });
  it("a side denying any part in an attack («لا علاقة لقواتنا بالهجوم») is a statement", () => {
    expect(facts("مسؤول امريكي: لا علاقة لقواتنا بالهجوم الذي استهدف موقعا للحشد جنوب بغداد")).toBe("statement");
  });
  it("a video going round «قديم ومصور خارج العراق» is old footage", () => {
    expect(facts("شرطة بابل توضح: الفيديو المتداول عن اختطاف طفلة في الحلة قديم ومصور خارج العراق")).toBe("old-footage");
  });
  it("a grenade thrown, told with the verbal noun («إلقاء قنبلة يدوية على منزل»), nobody hurt, is an attack", () => {
    expect(facts("إلقاء قنبلة يدوية على منزل مختار إحدى القرى في قضاء الهندية شرقي كربلاء، دون تسجيل أي إصابات بشرية"))
      .toEqual({ provinces: ["karbala"], type: "ied", killed: 0, injured: 0 });
  });
});

describe("the spoken words of a local channel", () => {
  it("«ضرب نار» is gunfire, not an air strike", () => {
    expect(facts("ضرب نار بالشطرة هسه والسبب خلاف على فلوس")).toMatchObject({ provinces: ["dhi_qar"], type: "armed_attack" });
  });
  it("celebratory gunfire is no incident when the body says nobody was hurt in a result clause, or its adjective names it", () => {
    expect(facts("إطلاق نار في حفل زفاف بالحلة دون إصابات\nأطلق أحد المدعوين النار من سلاح كلاشنكوف خلال حفل زفاف في حي الجزائر بمدينة الحلة، من دون أن يسفر ذلك عن إصابات.")).toBe("celebratory");
    expect(facts("إطلاق نار ابتهاجي كثيف في البصرة عقب فوز المنتخب")).toBe("celebratory");
    // someone hit, or dead of it, is one
    expect(facts("إطلاق نار في حفل زفاف بالحلة يسفر عن إصابة طفل")).toMatchObject({ provinces: ["babil"], injured: 1 });
    expect(facts("وفاة طفل بإطلاق نار عشوائي في حفل زفاف بمدينة الصدر")).toMatchObject({ provinces: ["baghdad"], killed: 1 });
  });
  it("a crowd crush and stray dogs are accidents, whatever «هجوم» says", () => {
    expect(facts("وفاة ثلاثة زائرين وإصابة العشرات بتدافع قرب ضريح الإمام الحسين في كربلاء")).toBe("accident");
    expect(facts("تعرض طفل لهجوم من قبل مجموعة من الكلاب السائبة في حي العسكري بمدينة الديوانية")).toBe("accident");
  });
  it("celebratory gunfire «ماكو إصابات» (nobody hurt) is no incident", () => {
    expect(facts("رمي عشوائي كثيف بالبصرة بعد فوز الميناء ولحد الآن ماكو إصابات")).toBe("celebratory");
  });
  it("a feud ended by reconciliation («إنهاء نزاع عشائري … بصلح») is no clash", () => {
    expect(facts("إنهاء نزاع عشائري دام ثلاث سنوات بين عشيرتين في قضاء الشطرة بصلح ودفع الفصل")).toBe("statement");
  });
});
