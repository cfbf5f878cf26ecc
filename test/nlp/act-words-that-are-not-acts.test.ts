// Act words used for something else than an act reported now, one language feature per test (general
// rules; the sentences are written for the test), each beside the reading that stays an incident.
import { describe, it, expect } from "vitest";
import { incidentOf, reasonOf } from "./helpers.js";

describe("a martyrdom as the genitive of a place, a day, blood or mourners", () => {
  it("names a death already known («مكان استشهاد», «يوم استشهاد», «دماء شهداء», «وفاءً لشهداء»)", () => {
    expect(reasonOf("وصول الوفد إلى مكان استشهاد القادة في العاصمة بغداد")).not.toBeNull();
    expect(reasonOf("في صباح يوم استشهاد القائد تغير كل شيء في العراق")).not.toBeNull();
    expect(reasonOf("الوطن بخير ما دامت فيه دماء شهداء ورجال أوفياء")).not.toBeNull();
    expect(reasonOf("محافظة ديالى تعطل الدوام وفاءً لشهداء المجزرة")).not.toBeNull();
    expect(reasonOf("وصول عدد من الشهداء الى المغتسل في محافظة النجف")).not.toBeNull();
    expect(reasonOf("نصب المواكب في كربلاء لاستقبال المعزين باستشهاد القائد")).not.toBeNull();
  });
  it("a martyrdom reported as news stays an incident", () => {
    expect(incidentOf("استشهاد منتسب بانفجار عبوة ناسفة في قضاء الطارمية")).not.toBeNull();
    expect(incidentOf("سقوط 3 شهداء بقصف على مقر في محافظة ديالى")).not.toBeNull();
  });
});

describe("a striking verb with a figurative subject", () => {
  it("a fault, a crisis or fear that «strikes» is not an attack", () => {
    expect(reasonOf("خلل يضرب تطبيق واتساب في العراق ويتسبب بتوقفه")).not.toBeNull();
    expect(reasonOf("أزمة في توفر الوقود تضرب مدن محافظة البصرة")).not.toBeNull();
    expect(reasonOf("حالة من الهلع تصيب سكان محافظة أربيل")).not.toBeNull();
  });
  it("a weapon that strikes is", () => {
    expect(incidentOf("طائرة مسيرة تضرب مقرا في محافظة أربيل")).not.toBeNull();
  });
});

describe("an act intended, demanded or ruled out", () => {
  it("«للمشاركة بالقصف», «يريدون قصف», «أي هجوم» did not happen", () => {
    expect(reasonOf("شبان من محافظة ميسان يتطوعون للمشاركة بالقصف على الاحتلال")).not.toBeNull();
    expect(reasonOf("نرفض أي استهداف ينطلق من محافظة البصرة")).not.toBeNull();
  });
  it("«لن» negates the clause after it", () => {
    expect(reasonOf("الزيارات لن تحمي أهالي محافظة ديالى من الضربات")).not.toBeNull();
  });
});

describe("homonyms of act verbs", () => {
  it("«فجر» before a day is the dawn", () => {
    expect(reasonOf("مباراة المنتخب العراقي فجر الثلاثاء في محافظة البصرة")).not.toBeNull();
    expect(incidentOf("فجر مسلحون منزلا في قضاء الطارمية")).not.toBeNull();
  });
  it("«يدك» after «قبضة» is a hand", () => {
    expect(reasonOf("ارفع قبضة يدك وانشد مع أطفال العراق")).not.toBeNull();
    expect(incidentOf("الطيران يدك مواقع داعش في وادي الشاي بكركوك")).not.toBeNull();
  });
});

describe("sirens", () => {
  it("a siren sounding, singular or plural, is not a blast", () => {
    expect(reasonOf("دوي صافرة الإنذار داخل قاعدة في العاصمة بغداد")).not.toBeNull();
    expect(reasonOf("دوي صفارات الانذار في مطار أربيل")).not.toBeNull();
    expect(incidentOf("دوي انفجار في مطار أربيل")).not.toBeNull();
  });
  it("sirens beside a rocket's fall are its warning: the fall stays an incident", () => {
    expect(incidentOf("سقط صاروخ كاتيوشا داخل المنطقة الخضراء وسط بغداد دون إصابات. وأطلقت منظومة الدفاع في السفارة صفارات الإنذار لحظة رصد الصاروخ."))
      .toMatchObject({ provinces: ["baghdad"], type: "rocket" });
    expect(reasonOf("صفارات الإنذار تدوي في السفارة الأمريكية وسط بغداد")).not.toBeNull();
  });
});

describe("speakers", () => {
  it("a state or a ministry speaking is a statement", () => {
    expect(reasonOf("الكويت:\nاستهداف قنصليتنا في البصرة انتهاك لالتزامات العراق")).toBe("statement");
    expect(reasonOf("وزارة الكهرباء العراقية:\nاستهداف خطوط نقل الطاقة في كركوك يقطع التيار عن المدن")).toBe("statement");
  });
  it("one speaker quoted on several lines is a speech", () => {
    expect(reasonOf("⭕️\nالقيادي: قرار الرد قائم على العدوان في العراق\n⭕️\nالقيادي: ذوو الشهداء ينتظرون الرد")).toBe("statement");
  });
  it("a factual source quoted on several lines still reports", () => {
    expect(incidentOf("خلية الإعلام الأمني: انفجار عبوة ناسفة في قضاء الطارمية\nخلية الإعلام الأمني: لا إصابات")).not.toBeNull();
  });
  it("an official directing a follow-up, or a follower's message passed on, is not a report", () => {
    expect(reasonOf("رئيس الوزراء يوجه بمتابعة تفاصيل حادثة مقتل الصياد في البصرة")).not.toBeNull();
    expect(reasonOf("من بوت القناة: رسالة من احد المتابعين يريدهم يقصفون العدو من الديوانية")).not.toBeNull();
  });
});

describe("arrests for what someone posted", () => {
  it("content offences on social media are not militants arrested", () => {
    expect(reasonOf("القبض على متهم نشر محتوى يروج للفكر المتطرف عبر منصة تيك توك في بغداد")).not.toBeNull();
    expect(incidentOf("القبض على إرهابي في قضاء أبي غريب ببغداد")).not.toBeNull();
  });
});

describe("a namesake of an Iraqi place abroad", () => {
  it("a nationality adjective or the country after the name moves it there", () => {
    expect(reasonOf("هجوم بطائرة مسيرة على ميناء الشعيبة الكويتي")).toBe("outside-iraq");
    expect(reasonOf("اندلاع حريق بعد هجوم على منطقة الشعيبة الصناعية بالكويت")).toBe("outside-iraq");
    expect(incidentOf("هجوم بطائرة مسيرة على حقل الشعيبة في البصرة")?.provinces).toEqual(["basra"]);
  });
});

describe("a year's month «الماضي»", () => {
  it("marks an earlier event", () => {
    expect(reasonOf("وكالة: خلايا نفذت هجمات بالمسيرات في أبريل الماضي انطلاقا من البصرة")).not.toBeNull();
  });
});

describe("a funeral told after the death it follows", () => {
  it("with no weapon or attack named, the news is the funeral", () => {
    expect(reasonOf("رحمهم الله استشهدوا دفاعا عن الوطن\nمشاهد من تشييع الشهداء في محافظة واسط")).toBe("funeral");
  });
  it("bodies recovered after a strike are still the strike's aftermath", () => {
    expect(incidentOf("مشاهد انتشال جثامين الضحايا بعد غارة جوية على مقر في محافظة ديالى")).not.toBeNull();
  });
});

describe("an arrest with the lam of purpose", () => {
  it("«لاعتقالهم», «محاولة لاعتقال» is what someone sets out to do", () => {
    expect(reasonOf("قوات تبحث عن جماعة مسلحة لاعتقالهم في محافظة أربيل")).not.toBeNull();
    expect(incidentOf("اعتقال إرهابي في محافظة أربيل")).not.toBeNull();
  });
});

describe("where an attack came from", () => {
  it("«انطلقت من البصرة» does not place the attack there", () => {
    expect(incidentOf("طائرات مسيرة انطلقت من البصرة هاجمت منشأة في الكويت")).toBeNull();
  });
});

describe("an act someone believed happened", () => {
  it("«كانت تعتقد أنه قُتل» is a belief, not a killing reported", () => {
    expect(reasonOf("بعد أن كانت تعتقد أنه قتل في الموصل، عائلة تعلن العثور عليه حيا")).not.toBeNull();
    expect(incidentOf("مصدر أمني: قتل مسلح في الموصل")).not.toBeNull();
  });
});

describe("a slogan of retaliation", () => {
  it("«القصف بالقصف» answers an act by itself; it reports none", () => {
    expect(reasonOf("الحصار بالحصار\nالقصف بالقصف\nلن ننسى دماء 20 شهيد من أبناء العراق")).not.toBeNull();
    expect(incidentOf("قصف بالصواريخ على قاعدة في محافظة أربيل")).not.toBeNull();
  });
});

describe("a «violent accident»", () => {
  it("is an accident, whatever its toll", () => {
    expect(reasonOf("مقتل ستة أشخاص نتيجة حادث عنيف قرب مطار في بغداد")).not.toBeNull();
  });
});

describe("sport", () => {
  it("a match, a team or a league with no weapon named is not an incident", () => {
    expect(reasonOf("المنتخب العراقي يهاجم بقوة في مباراة البصرة")).toBe("sport");
    expect(incidentOf("انفجار عبوة ناسفة قرب ملعب المنتخب في البصرة")).not.toBeNull();
  });
});

describe("a cordon", () => {
  it("forces placed around a place, before any act, are a deployment", () => {
    expect(reasonOf("قوات تفرض طوقا أمنيا حول قرية في السليمانية وسط أنباء عن هجوم")).toBe("deployment");
  });
});

describe("calls and judgements about an event", () => {
  it("«يدعو», «يعتبر» before the act are a statement", () => {
    expect(reasonOf("رئيس البرلمان يدعو إلى محاسبة المتورطين في استهداف مقر في بغداد")).toBe("statement");
    expect(reasonOf("المحافظ يعتبر قصف المقر في ديالى اعتداء على الدولة")).toBe("statement");
  });
});

describe("«the aggression», «the war» as a date", () => {
  it("definite and bare after «after / since / during», it dates other news and reports no act", () => {
    expect(reasonOf("استمرار توافد الزائرين إلى محافظة كربلاء عبر المنافذ عقب العدوان الأمريكي الغاشم")).not.toBeNull();
    expect(reasonOf("عودة الرحلات إلى مطار البصرة الدولي بعد الحرب")).not.toBeNull();
  });
  it("with a target or a story of its own it is the act, told as the cause", () => {
    expect(incidentOf("استشهاد أربعة مقاتلين إثر العدوان الأمريكي على مقرات الحشد في قضاء القائم")).not.toBeNull();
    expect(incidentOf("تجمع ذوي الجرحى أمام مستشفى الحمدانية بعد العدوان الذي استهدف مقرات الحشد في محافظة نينوى")).not.toBeNull();
  });
  it("placed or dated after its adjectives («… فجر اليوم», «… في القائم») it is the act", () => {
    expect(incidentOf("دمار واسع في مقر اللواء 45 بعد العدوان الأمريكي فجر اليوم في القائم")).not.toBeNull();
    expect(incidentOf("انقطاع الكهرباء عن مدينة القائم إثر العدوان الأمريكي الليلة الماضية")).not.toBeNull();
    expect(incidentOf("تضرر منازل المواطنين إثر العدوان الأمريكي الغاشم في القائم")).not.toBeNull();
    expect(incidentOf("هلع بين المواطنين خلال العدوان التركي المستمر في قضاء زاخو")).not.toBeNull();
  });
});

describe("a killing whose victim is a country or an idea", () => {
  it("«تقتل العراق», «اغتيال الديمقراطية» are figures of speech", () => {
    expect(reasonOf("سياسات الجيران تقتل العراق")).not.toBeNull();
    expect(reasonOf("نائب: ما جرى في البرلمان اغتيال الديمقراطية في العراق")).not.toBeNull();
  });
  it("people killed stay a killing", () => {
    expect(incidentOf("مسلحون مجهولون يغتالون مختار قرية في قضاء الخالص")).not.toBeNull();
    expect(incidentOf("قوة مجهولة تقتل العراقيين الثلاثة في ناحية جرف الصخر")).not.toBeNull();
  });
  it("«الدولة» after the verb is as often its subject: a killing still", () => {
    expect(incidentOf("قتلت الدولة الإسلامية ثلاثة رعاة في صحراء الأنبار")?.provinces).toEqual(["anbar"]);
    expect(incidentOf("اغتالت الدولة الإسلامية مختار قرية في قضاء الحويجة")?.provinces).toEqual(["kirkuk"]);
  });
});

describe("prices that «explode»", () => {
  it("the verb after its subject is a figure of speech («أسعار الطماطم تنفجر في أسواق بغداد»)", () => {
    expect(reasonOf("📈 أسعار الطماطم تنفجر في أسواق بغداد والكيلو يصل إلى ٣ آلاف دينار")).not.toBeNull();
    expect(incidentOf("عبوة ناسفة تنفجر في سوق شعبي ببغداد")?.type).toBe("ied");
  });
});

