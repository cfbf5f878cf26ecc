// What people say about attacks, plan or remember, and the words that only sound like an act: one language
// feature per test, each beside the reading that stays an incident. (Sentences written for the test in the
// style of the channel's false alarms; no post is copied.)
import { describe, it, expect } from "vitest";
import { incidentOf, reasonOf } from "./helpers.js";

describe("a ceasefire is not a shooting", () => {
  it("«وقف إطلاق النار» names the shooting it stops", () => {
    expect(reasonOf("الحكومة تعلن تمديد وقف إطلاق النار في محافظة نينوى لمدة أسبوع")).not.toBeNull();
    expect(reasonOf("خروقات متكررة لوقف إطلاق النار تهدد الاتفاق في قضاء سنجار")).not.toBeNull();
  });
  it("a shooting is", () => {
    expect(incidentOf("مسلحون يطلقون النار على دورية في قضاء الطارمية")?.type).toBe("armed_attack");
  });
});

describe("an attack a plan or a plot is for has not happened", () => {
  it("«مخطط يستهدف», «مخططات لاستهداف»", () => {
    expect(reasonOf("الاستخبارات تكشف عن مخطط خارجي يستهدف محافظة البصرة")).not.toBeNull();
    expect(reasonOf("معلومات عن مخططات لجماعات مسلحة لاستهداف مطار بغداد")).not.toBeNull();
  });
  it("a foiled plot is a foiled attack, and a plotter caught is an arrest", () => {
    expect(incidentOf("إحباط مخطط إرهابي لاستهداف زوار في محافظة كربلاء")?.type).toBe("security_operation");
    expect(incidentOf("القبض على إرهابي كان يخطط لاستهداف زوار في كربلاء")?.type).toBe("security_operation");
  });
});

describe("a negation carried by a copula", () => {
  it("«لم يكن يستهدف» negates the act", () => {
    expect(reasonOf("الإرهاب الذي لم يكن يستهدف محافظة الأنبار وحدها بل المنطقة كلها")).not.toBeNull();
  });
});

describe("a martyrdom as the genitive of an anniversary", () => {
  it("the ordinal of the anniversary keeps the construct («الذكرى السنوية الثانية لاستشهاد»)", () => {
    expect(reasonOf("تدعوكم الهيئة لحضور الذكرى السنوية الثانية لاستشهاد القائد في بغداد")).not.toBeNull();
  });
});

describe("chants, statements and news shake a place only figuratively", () => {
  it("«تكبيرات … تهز», «تصريحات … تهز»", () => {
    expect(reasonOf("تكبيرات المصلين تهز مرقد الإمام في النجف")).not.toBeNull();
    expect(reasonOf("تصريحات المحافظ تهز الشارع في محافظة البصرة")).not.toBeNull();
  });
  it("a blast that shakes a place is an incident", () => {
    expect(incidentOf("انفجار يهز مدينة النجف")?.provinces).toEqual(["najaf"]);
  });
});

describe("a weapon in a likeness is not there", () => {
  it("a sound like a drone's names no drone: an arrest of no militant", () => {
    expect(reasonOf("شرطة محافظة أربيل تعتقل شابا أطلق بوقا بصوت يشبه صوت مسيرة")).toBe("arrest-not-militant");
  });
  it("a drone is", () => {
    expect(incidentOf("طائرة مسيرة تستهدف مقرا في محافظة أربيل")?.type).toBe("drone");
  });
});

describe("a politician's words reported in the headline", () => {
  it("«X يقول إن …», «X يتحدث عن …» by a minister or a dissident: a statement", () => {
    expect(reasonOf("وزير الخارجية يقول إن الهجمات على الحقول تمت بعلم الحكومة")).toBe("statement");
    expect(reasonOf("معارض خليجي يتحدث عن قصف المدن العراقية ويصفه بالقرار الأحمق")).toBe("statement");
  });
  it("a source that says an attack happened is a report", () => {
    expect(incidentOf("مصدر أمني يقول إن صاروخين سقطا قرب مطار بغداد")?.type).toBe("rocket");
  });
});

describe("concern voiced about an act", () => {
  it("«نشعر بقلق بالغ إزاء الغارات», «يعرب عن قلقه من …»: a statement", () => {
    expect(reasonOf("المبعوث الأمريكي: نشعر بقلق بالغ إزاء الغارات على قاعدة في دير الزور")).toBe("statement");
    expect(reasonOf("المبعوث الأمريكي يعرب عن قلقه من الغارات على معسكر في محافظة نينوى")).toBe("statement");
  });
  it("concern told after the attack it is about leaves the attack the news", () => {
    expect(incidentOf("قصف بطائرة مسيرة يستهدف مقرا في نينوى والمحافظ يعرب عن قلقه")?.type).toBe("drone");
  });
});

describe("a quote whose lead reports no act", () => {
  it("a source's spokesman quoted line by line, an act word far down: what was said", () => {
    const speech = "مدير إعلام الحشد الشعبي:\nيوم 30 أيلول يوم سيادي للعراق\nالحشد يزداد قوة يوما بعد يوم\n" +
      "نستغرب الحديث عن وقوع مواجهات بين العراقيين في محافظة بغداد";
    expect(reasonOf(speech)).toBe("statement");
  });
  it("a source that opens with the attack is a report", () => {
    expect(incidentOf("خلية الإعلام الأمني:\nسقوط صاروخين في محيط مطار بغداد دون خسائر")?.type).toBe("rocket");
  });
});
