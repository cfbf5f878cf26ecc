// Arrests that answer an earlier act, killings told with a verb, a volley at a house, the echo of a blast abroad, a
// neighbourhood's name found in many cities, and tolls of two groups or of one victim told twice. Sentences written
// for these tests.
import { describe, it, expect } from "vitest";
import { factsOrReason, incidentOf } from "./helpers.js";

const facts = factsOrReason;

describe("an arrest or a release answers an act told with its date: today's news, not the past", () => {
  it("arresting the bombers of last month's IED is a security operation today", () => {
    expect(facts("قيادة شرطة النجف تعلن القبض على متهمين اثنين بتنفيذ تفجير العبوة الناسفة الذي استهدف محلاً تجارياً في قضاء المناذرة الشهر الماضي"))
      .toMatchObject({ provinces: ["najaf"], type: "security_operation" });
  });
  it("freeing a man kidnapped three days ago is the kidnapping's news today", () => {
    expect(facts("قوات الأسايش في قضاء جمجمال تحرر شاباً اختطفته عصابة مسلحة قبل ثلاثة أيام، وتعتقل اثنين من الخاطفين"))
      .toMatchObject({ provinces: ["sulaymaniyah"], type: "kidnapping" });
  });
  it("the bombing itself, told with last month's date and no arrest, is still the past", () => {
    expect(facts("انفجار عبوة ناسفة استهدف محلاً تجارياً في قضاء المناذرة الشهر الماضي")).toBe("past-event");
  });
  it("the perpetrators of a «دكة عشائرية» are armed tribal figures: their arrest is an operation", () => {
    expect(facts("شرطة البصرة تعلن القبض على متهمين اثنين بتنفيذ دكة عشائرية استهدفت منزلاً في منطقة الحيانية"))
      .toMatchObject({ provinces: ["basra"], type: "security_operation" });
  });
});

describe("shootings and killings told in other words", () => {
  it("«وابلاً من الرصاص» fired at a house is a shooting, nobody hurt 0 and 0", () => {
    expect(facts("مسلحون يطلقون وابلاً من الرصاص على منزل مواطن في منطقة خمسة ميل بالبصرة، دون تسجيل إصابات"))
      .toEqual({ provinces: ["basra"], type: "armed_attack", killed: 0, injured: 0 });
  });
  it("a killing told with the present tense («يقتل والدته طعناً») stays the news when the police arrest him; the arrest types nothing", () => {
    expect(facts("شاب يقتل والدته طعناً بسكين المطبخ إثر خلاف عائلي في قضاء الرفاعي، والشرطة تعتقله داخل المنزل"))
      .toEqual({ provinces: ["dhi_qar"], type: "other", killed: 1, injured: null });
  });
  it("an arrest with no killing before it is still an operation", () => {
    expect(facts("القوات الأمنية تعتقل إرهابياً في قضاء الرفاعي")).toMatchObject({ type: "security_operation" });
  });
});

describe("the echo of a blast abroad", () => {
  it("«يُسمع صداه في قضاء شط العرب بالبصرة»: heard there, the blast is in Iran", () => {
    expect(facts("انفجار في مدينة خرمشهر الإيرانية يُسمع صداه في مناطق قضاء شط العرب بالبصرة")).toBe("outside-iraq");
  });
  it("a blast in Basra heard elsewhere in it stays in Basra", () => {
    expect(facts("انفجار عبوة ناسفة في قضاء الزبير يُسمع صداه في مناطق قضاء شط العرب")).toMatchObject({ provinces: ["basra"] });
  });
});

describe("a neighbourhood named in many cities", () => {
  it("«كربلاء – … في حي العامل» is Karbala's, not Baghdad's Hay al-Amil", () => {
    expect(facts("كربلاء – أصيب منتسبان في شرطة المرور بنيران مسلحين مجهولين عند تقاطع في حي العامل")).toMatchObject({ provinces: ["karbala"] });
  });
  it("alone, «حي العامل» is Baghdad's", () => {
    expect(facts("أصيب منتسبان في شرطة المرور بنيران مسلحين مجهولين عند تقاطع في حي العامل")).toMatchObject({ provinces: ["baghdad"] });
  });
});

describe("tolls of two groups, and of one victim told twice", () => {
  it("a second group joined by «و» («استشهاد عنصرين … ومقتل راعٍ») adds its victims", () => {
    expect(facts("استشهاد عنصرين من الحشد ومقتل راعي أغنام بهجوم لداعش في قضاء الحويجة")).toMatchObject({ killed: 3 });
  });
  it("a second group with a cause of its own is another incident's", () => {
    expect(facts("مقتل شخص بنزاع عشائري في قضاء الحويجة، ومقتل آخر بحادث سير")).toMatchObject({ killed: 1 });
  });
  it("«فارق الحياة بعد إصابته» is one dead, not one dead and one wounded; the age before the verb is no count", () => {
    expect(facts("طفل يبلغ من العمر تسع سنوات فارق الحياة بعد إصابته برصاصة طائشة أثناء إطلاق نار في حفل زفاف في قضاء الزبير")).toMatchObject({ killed: 1, injured: null });
  });
});

describe("words that look like acts", () => {
  it("«تحرير» opening a line is a release's news, «تحرير: …» a byline", () => {
    expect(facts("تحرير الطفل المختطف في الزبير واعادته الى ذويه")).toMatchObject({ provinces: ["basra"], type: "kidnapping" });
    expect(facts("تحرير: محمد علي")).toBe("empty");
  });
  it("«ضبط النفس» (self-restraint) seizes nothing", () => {
    expect(facts("مجلس عشائر ميسان يطالب بضبط النفس بعد مقتل شيخ العشيرة في العمارة")).not.toMatchObject({ type: "security_operation" });
  });
  it("what the arrested are accused of («المتهم باغتيال …») is the charge: the arrest is an operation with no toll", () => {
    expect(facts("شرطة ميسان: القبض على المتهم باغتيال شيخ العشيرة في العمارة")).toEqual({ provinces: ["maysan"], type: "security_operation", killed: null, injured: null });
  });
});

describe("a killing beside a theft", () => {
  it("«مقتل راعيين وسرقة عشرات الأغنام بهجوم لداعش» is the killing's news; a theft arrest alone is none", () => {
    expect(facts("مقتل راعيين وسرقة عشرات الاغنام بهجوم لداعش في ناحية الرشاد")).toMatchObject({ provinces: ["kirkuk"], killed: 2 });
    expect(facts("اعتقال متهم بسرقة مقتنيات منزل في حي الجهاد ببغداد")).toBe("crime-arrest");
  });
});

describe("a place the text puts in a city far from the gazetteer's namesake", () => {
  const placed = (text: string) => {
    const f = incidentOf(text);
    return f && { provinces: f.provinces, place: f.place, placeId: f.placeId };
  };
  it("«حي أور بمدينة الناصرية» is written as such and stands in Nasiriyah, not at Baghdad's Hay Ur", () => {
    expect(placed("انفجرت عبوة لاصقة تحت سيارة ضابط في حي أور بمدينة الناصرية، ما أدى إلى إصابته بجروح"))
      .toEqual({ provinces: ["dhi_qar"], place: "حي أور", placeId: "dhi_qar/nasiriyah" });
  });
  it("«حي العباسية الشرقية بكربلاء», past the adjective of its name, is Karbala's, not Najaf's sub-district", () => {
    expect(placed("مقتل شاب برصاص مجهولين في حي العباسية الشرقية بكربلاء")).toMatchObject({ provinces: ["karbala"], placeId: "karbala" });
  });
  it("a place put in the province next to it keeps its own point («منطقة الشيخان بدهوك»)", () => {
    expect(placed("انفجار عبوة ناسفة في منطقة الشيخان بدهوك")).toMatchObject({ provinces: ["duhok"], placeId: "nineveh/shekhan" });
  });
});

describe("an event abroad told from the Iraqi side", () => {
  it("«داخل البادية السورية … على مسافة غير بعيدة من قضاء الرطبة» is in Syria: the distance names a reference", () => {
    expect(facts("سلاح الجو الأردني يشن غارات على مواقع لمهربي المخدرات داخل البادية السورية قرب المثلث الحدودي مع العراق والأردن، على مسافة غير بعيدة من قضاء الرطبة"))
      .toBe("outside-iraq");
  });
  it("the place of the local sources beside an event placed abroad is where they are, not where it happened", () => {
    expect(facts("استهدفت مسيرات تابعة للحرس الثوري مقراً لحزب كردي معارض قرب مدينة بيرانشهر داخل الأراضي الإيرانية، على مقربة من منفذ حاج عمران الحدودي، بحسب مصادر محلية في قضاء جومان"))
      .toBe("outside-iraq");
  });
  it("local sources at the event's own place, with nothing abroad, still place it there", () => {
    expect(facts("أفادت مصادر محلية في قضاء البعاج غربي الموصل باختطاف راعيين على يد مسلحين مجهولين")).toMatchObject({ provinces: ["nineveh"] });
  });
});

describe("a place named in construct after its act", () => {
  it("«بعبوة القائم», «حصيلة تفجير القائم»: al-Qaim, a word that is also common, is the act's place", () => {
    expect(facts("استشهاد مقاتل وإصابة ثلاثة آخرين بعبوة القائم")).toMatchObject({ provinces: ["anbar"], killed: 1, injured: 3 });
    expect(facts("ارتفاع حصيلة تفجير القائم الى شهيدين")).toMatchObject({ provinces: ["anbar"], killed: 2 });
  });
  it("«نزاع الدير العشائري»: the adjective after a place in construct with its act is the act's, not the place's", () => {
    expect(incidentOf("حصيلة نهائية لنزاع الدير العشائري في البصرة: 4 قتلى و6 جرحى")).toMatchObject({ provinces: ["basra"], place: "الدير" });
  });
  it("below the lead, an act named by its place after «بعد» is an earlier event told to compare, not this one's place", () => {
    const lead = "مقتل مزارع وإصابة نجله بانفجار عبوة شمالي ديالى\nأفاد مصدر أمني بأن مزارعاً لقي حتفه وأصيب نجله بجروح بليغة جراء انفجار عبوة ناسفة استهدفت سيارتهما.\n";
    expect(incidentOf(`${lead}وأكد المصدر أن هذا ثاني تفجير تشهده المحافظة اليوم، بعد تفجير المقدادية صباحاً.`)).toMatchObject({ provinces: ["diyala"], place: "ديالى" });
    expect(incidentOf(`${lead}وجاء الهجوم بعد ساعات من هجوم الطارمية.`)).toMatchObject({ provinces: ["diyala"], place: "ديالى" });
    // in the headline the act's place may be the news's own
    expect(incidentOf("مقتل جندي بانفجار عبوة بعد تفجير المقدادية")).toMatchObject({ provinces: ["diyala"], place: "المقدادية" });
  });
  it("in the headline too, after the news's own place; what the news comes after is no place and no toll of it", () => {
    expect(incidentOf("عاجل | مصدر: طائرة مسيرة تستهدف قاعدة حرير هذه المرة، بعد أقل من ساعة على هجوم مطار أربيل")).toMatchObject({ place: "قاعدة حرير" });
    const f = incidentOf("هو الثاني خلال 24 ساعة.. هجوم داعش قرب الرياض يأتي بعد هجوم وادي الشاي الذي خلف 3 شهداء");
    expect(f).toMatchObject({ provinces: ["kirkuk"], killed: null });
    expect(f?.place).not.toBe("وادي الشاي");
  });
});

describe("a headline with no verb", () => {
  it("a weapon fired and «على» what it struck is the act («قذائف هاون داعشية على قرية في العظيم»)", () => {
    expect(facts("قذائف هاون داعشية على قرية في العظيم بديالى")).toMatchObject({ provinces: ["diyala"], type: "rocket" });
    expect(facts("مسيرتان على مطار أربيل")).toMatchObject({ provinces: ["erbil"], type: "drone" });
  });
  it("a hand grenade «على منزل» is thrown at it", () => {
    expect(facts("رمانة يدوية على منزل في حي الشعلة ببغداد")).toMatchObject({ provinces: ["baghdad"], type: "ied" });
    // beside an act word that is negated («بدون اصابات»: nobody hurt)
    expect(facts("رمانة يدوية على منزل في الشعلة فجراً.. بدون اصابات")).toMatchObject({ provinces: ["baghdad"], type: "ied", killed: 0, injured: 0 });
  });
  it("«على ارتفاع», «على متن», or what is struck abroad name no strike here", () => {
    expect(incidentOf("طائرة مسيرة على ارتفاع منخفض فوق مدينة أربيل")).toBeNull();
    expect(incidentOf("صواريخ على متن سفينة في ميناء أم قصر")).toBeNull();
    expect(incidentOf("صواريخ على إسرائيل من جنوب لبنان")).toBeNull();
  });
});

describe("«ارتقيا», «ارتقوا»: the martyrdom idiom in the dual and the plural", () => {
  it("is a killing: a side mourning two who «ارتقيا» by an air strike reports it", () => {
    expect(facts("الحشد الشعبي ينعى شهيدين ارتقيا بالقصف الجوي الذي استهدف عجلتهم في القائم")).toMatchObject({ provinces: ["anbar"], type: "airstrike", killed: 2 });
  });
});

describe("«بقايا عصابات داعش»", () => {
  it("the remnants of gangs or cells are fighters, not a wreck", () => {
    expect(facts("سقوط ثلاث قذائف هاون أطلقتها بقايا عصابات داعش على إحدى القرى في ناحية العظيم دون خسائر بشرية")).toMatchObject({ provinces: ["diyala"], type: "rocket", killed: 0 });
  });
});

describe("a device made safe «تعالج عبوة ناسفة»", () => {
  it("is an act, as «تفكيك عبوة» is", () => {
    expect(facts("مفارز الهندسة تعالج عبوة ناسفة عثر عليها على طريق في قضاء الطارمية")).toMatchObject({ provinces: ["baghdad"], type: "ied" });
  });
});

describe("thin channel posts", () => {
  it("victims named alone in the dual, the martyrdom idiom and a sniper's shot report the act", () => {
    expect(facts("جريحان من الجيش بعبوة ناسفة غرب حديثة")).toMatchObject({ provinces: ["anbar"], type: "ied", injured: 2 });
    expect(facts("جثتان مقيدتا الايدي في بستان ببهرز")).toMatchObject({ provinces: ["diyala"], killed: 2 });
    expect(facts("الحشد الشعبي: ارتقاء أحد مقاتلي اللواء 16 شهيداً بعملية قنص غادرة في قاطع الطوز")).toMatchObject({ provinces: ["salahuddin"], type: "armed_attack", killed: 1 });
  });
  it("a martyrdom remembered is none («في ذكرى ارتقاء الشهيدين»)", () => {
    expect(incidentOf("الحشد الشعبي يحيي ذكرى ارتقاء الشهيدين في قضاء الطوز")).toBeNull();
  });
});

