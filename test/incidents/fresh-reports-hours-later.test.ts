// What a report told afresh hours after an attack is: another event, unless it follows up. An unexplained blast or a
// body found after an attack of a named weapon, a fight elsewhere in the province the next day, a killing dated
// «أمس» beside last night's raid, an abduction beside a bomb. Run through the service's own merging (Clusterer), on
// texts written for this file.
import { describe, expect, it } from "vitest";
import { incidentsAt } from "../support/clustering.js";
import { typePenalty } from "../../src/incidents/merge.js";
import { Clusterer, type Clustered } from "../../src/incidents/clusterer.js";
import type { IncidentState } from "../../src/incidents/state.js";

const T0 = Date.parse("2027-04-10T06:00:00Z");
const incidents = (reports: [number, string][]): (string | null)[] => incidentsAt(T0, reports);
/** The service's merging logic fed one report at a time, at minutes after T0: what each add() said, and the states. */
function clusterer(): { add: (min: number, text: string) => Clustered; state: (key: string) => IncidentState | null } {
  const c = new Clusterer({ windowHours: 12 });
  return { add: (min, text) => c.add({ text, publishedAt: new Date(T0 + min * 60_000) }), state: (key) => c.state(key) };
}
const H = 60;

describe("an unexplained blast or a body found hours after an attack", () => {
  it("blasts heard in a district hours after an IED on a convoy there are another event; minutes after, the same", () => {
    const ied = "استشهاد سائق وإصابة جنديين بانفجار عبوة ناسفة استهدفت رتل إمداد للجيش في قضاء القائم";
    const [a, b] = incidents([[0, ied], [4 * H, "عاجل | دوي انفجارات قوية يسمع في قضاء القائم"]]);
    expect(b).not.toBeNull();
    expect(b).not.toBe(a);
    const [c, d] = incidents([[0, ied], [20, "دوي انفجار يسمع في قضاء القائم"]]);
    expect(d).toBe(c);
  });
  it("a body found at dawn near the town of last afternoon's tribal fight is another event", () => {
    const [a, b, c] = incidents([
      [0, "مقتل شخص وإصابة ثلاثة بنزاع عشائري مسلح في مدينة الفلوجة"],
      [3 * H, "ارتفاع حصيلة نزاع الفلوجة إلى قتيل وأربعة جرحى"],
      [14 * H, "العثور على جثة رجل مجهول الهوية مقيد اليدين في ناحية الصقلاوية شمالي الفلوجة"],
    ]);
    expect(b).toBe(a);
    expect(c).not.toBeNull();
    expect(c).not.toBe(a);
  });
});

describe("a fight told afresh hours later", () => {
  it("elsewhere in the province is another fight", () => {
    const [a, b] = incidents([
      [0, "نزاع عشائري مسلح في حي نزال وسط الفلوجة وأصوات إطلاق نار كثيف"],
      [7 * H, "نزاع عشائري في منطقة البوعيثة شمالي الرمادي وإطلاق نار كثيف"],
    ]);
    expect(b).not.toBeNull();
    expect(b).not.toBe(a);
  });
  it("in a range it moves about is the same fight", () => {
    const [a, b] = incidents([
      [0, "اشتباكات بين قوات الحشد الشعبي وعناصر من داعش في سلسلة جبال حمرين شرقي صلاح الدين"],
      [3 * H, "استشهاد منتسب في الحشد الشعبي خلال الاشتباكات مع داعش في مطيبيجة ضمن جبال حمرين، والمعارك تتواصل منذ فجر اليوم"],
    ]);
    expect(b).toBe(a);
  });
});

describe("the next morning's accounts", () => {
  it("a killing dated «مساء أمس» is not last night's raid on an army post in that desert", () => {
    const [a, b, c] = incidents([
      [0, "اشتباكات مع عناصر داعش في قضاء البعاج غربي نينوى"],
      [10 * H, "استشهاد جندي بهجوم لداعش على نقطة للجيش في قضاء البعاج"],
      [32 * H, "داعش يقتل راعياً ويستولي على أغنامه جنوب البعاج\nقتل مسلحون من تنظيم داعش راعياً للأغنام، مساء أمس، في منطقة صحراوية جنوب قضاء البعاج."],
    ]);
    expect(b).toBe(a);
    expect(c).not.toBeNull();
    expect(c).not.toBe(a);
  });
  it("a toll of an operation in a valley rising the next morning joins the operation there", () => {
    const [a, b] = incidents([
      [0, "مقتل خمسة إرهابيين بعملية إنزال جوي لجهاز مكافحة الإرهاب في وادي حوران"],
      [16 * H, "ارتفاع حصيلة عملية وادي حوران إلى سبعة قتلى من داعش\nقال مصدر إن حصيلة قتلى داعش في عملية الإنزال الجوي التي نفذها جهاز مكافحة الإرهاب أمس في وادي حوران ارتفعت إلى سبعة."],
    ]);
    expect(b).toBe(a);
  });
});

describe("an abduction and a bomb", () => {
  it("abducted shepherds found dead are not the IED on a patrol in that district half an hour before", () => {
    const [a, b] = incidents([
      [0, "إصابة منتسبين اثنين من شرطة الطرق الخارجية بانفجار عبوة ناسفة على الطريق الدولي غرب الرطبة"],
      [30, "العثور على جثتي راعيين من أصل ثلاثة اختطفوا أمس في صحراء الرطبة\nعثرت القوات الأمنية على جثتي اثنين من رعاة الأغنام الذين اختطفهم مسلحون مجهولون أمس في قضاء الرطبة."],
    ]);
    expect(b).not.toBeNull();
    expect(b).not.toBe(a);
    // whatever the words: an abduction is never another account of a blast or a strike
    expect(typePenalty("kidnapping", "ied")).toBeNull();
    expect(typePenalty("drone", "kidnapping")).toBeNull();
    expect(typePenalty("kidnapping", "armed_attack")).not.toBeNull();
  });
});

describe("«a second device» found or defused at the scene", () => {
  it("is more of the same attack, not another hit", () => {
    const [a, b] = incidents([
      [0, "انفجار عبوة ناسفة على رتل إمداد للجيش قرب ناحية عكاشات"],
      [4 * H, "استشهاد سائق وإصابة جنديين بتفجير استهدف رتل إمداد قرب عكاشات\nوأوضح مصدر أمني أن قوة هندسية وصلت إلى المكان وفككت عبوة ثانية كانت مزروعة على بعد 200 متر."],
    ]);
    expect(b).toBe(a);
  });
});

describe("a blast told by its sound", () => {
  it("is refined by rockets at a base of its district within the burst, though neither holds the other", () => {
    const [a, b] = incidents([
      [0, "سماع دوي انفجارين في ناحية البغدادي غربي الأنبار"],
      [20, "صاروخا كاتيوشا يسقطان قرب قاعدة عين الأسد الجوية دون خسائر"],
    ]);
    expect(b).toBe(a);
  });
  it("but an explosion told at the town itself is not rockets at the base outside it", () => {
    const [a, b] = incidents([
      [0, "انفجار عنيف داخل ناحية البغدادي غربي الأنبار"],
      [20, "صاروخا كاتيوشا يسقطان قرب قاعدة عين الأسد الجوية دون خسائر"],
    ]);
    expect(b).not.toBe(a);
  });
});

describe("a correction", () => {
  it("lowers the toll it corrects and moves the place it corrects; a toll told lower without one stays", () => {
    const c = clusterer();
    const a = c.add(0, "عاجل | مقتل 3 جنود بهجوم لداعش على ربيئة للجيش في قضاء مخمور");
    const b = c.add(20, "جنديان شهيدان بهجوم لداعش على ربيئة للجيش في قضاء مخمور");
    expect(b.incident).toBe(a.incident);
    expect(c.state(a.incident!)?.killed).toBe(3);
    const d = c.add(40, "تصحيح: حصيلة هجوم مخمور جنديان شهيدان وجريح واحد، وليس ثلاثة كما ورد سابقاً");
    expect(d.incident).toBe(a.incident);
    expect(d.stories[0]?.changes?.toll).toBe(true);
    expect(c.state(a.incident!)).toMatchObject({ killed: 2, injured: 1 });
  });
  it("joins the incident a wrong flash opened at the place it denies, and moves it («… وليس الحضر»)", () => {
    const c = clusterer();
    const a = c.add(0, "عاجل هجوم لعناصر داعش على نقطة للجيش في صحراء الحضر جنوبي نينوى");
    expect(c.state(a.incident!)?.placeId).toBe("nineveh/hatra_desert");
    const b = c.add(40, "تصحيح: الهجوم وقع في صحراء البعاج وليس الحضر والحصيلة الأولية استشهاد جندي وإصابة اثنين");
    expect(b.incident).toBe(a.incident);
    expect(c.state(a.incident!)).toMatchObject({ placeId: "nineveh/jazira_nineveh", killed: 1, injured: 2 });
  });
  it("moves the place it corrects within the district, though neither holds the other", () => {
    const c = clusterer();
    const a = c.add(0, "سقوط صاروخي كاتيوشا داخل ناحية البغدادي غربي الأنبار");
    expect(c.state(a.incident!)?.placeId).toBe("anbar/baghdadi");
    const b = c.add(25, "تصحيح: صاروخا الكاتيوشا سقطا قرب قاعدة عين الأسد الجوية غربي الأنبار");
    expect(b.incident).toBe(a.incident);
    expect(c.state(a.incident!)?.placeId).toBe("anbar/ain_asad");
  });
});

describe("a fight flaring up again", () => {
  const fight = "نزاع عشائري مسلح بين عشيرتين في قرية أم الورد بقضاء القرنة شمال البصرة";
  it("«تجدد النزاع» hours after the fight's last report is its own alert; later accounts of the renewed fight join it", () => {
    const [a, b, c, d] = incidents([
      [0, fight],
      [60, "مقتل شخص وإصابة أربعة بنزاع أم الورد في القرنة"],
      [8 * H, "تجدد إطلاق النار في أم الورد بالقرنة"],
      [11 * H, "تجدد النزاع في أم الورد يوقع قتيلاً وجريحين رغم العطوة\nتجدد النزاع العشائري المسلح عصر اليوم في قرية أم الورد بقضاء القرنة."],
    ]);
    expect(b).toBe(a);
    expect(c).not.toBeNull();
    expect(c).not.toBe(a);
    expect(d).toBe(c);
  });
  it("within the hour the gunfire starting again is the same fight", () => {
    const [a, b] = incidents([[0, fight], [40, "تجدد إطلاق النار في أم الورد بالقرنة"]]);
    expect(b).toBe(a);
  });
  it("an explosion heard in the province while the fight is put down is not the fight", () => {
    const [a, , c] = incidents([
      [0, fight],
      [30, "قوة من الجيش تفض النزاع العشائري في قرية أم الورد بالقرنة"],
      [45, "انفجار قوي يسمع في شمال البصرة"],
    ]);
    expect(c).not.toBeNull();
    expect(c).not.toBe(a);
  });
});

describe("a next-morning account", () => {
  it("retells the evening's rocket without keeping it under way: a flash half an hour later is not its refinement", () => {
    const [a, b, c] = incidents([
      [0, "سقوط صاروخ كاتيوشا قرب مطار البصرة الدولي دون خسائر"],
      [10 * H, "صاروخ كاتيوشا يسقط قرب مطار البصرة الدولي\nسقط صاروخ من نوع كاتيوشا، مساء أمس، في أرض زراعية قرب السياج الخارجي لمطار البصرة الدولي."],
      [10 * H + 35, "عاجل استهداف موقع شركة نفطية أجنبية في البصرة"],
    ]);
    expect(b).toBe(a);
    expect(c).not.toBeNull();
    expect(c).not.toBe(a);
  });
});

describe("a shooting, then the assassination it was", () => {
  it("an article an hour and a half after the flash joins it, and the incident becomes the assassination", () => {
    const c = clusterer();
    const a = c.add(0, "إطلاق نار في حي الشموخ بالناصرية الآن");
    const b = c.add(95, "اغتيال ناشط بارز في الناصرية برصاص مسلحين مجهولين\nاغتال مسلحون مجهولون، مساء اليوم، ناشطاً مدنياً أمام منزله في حي الشموخ بمدينة الناصرية.");
    expect(b.incident).toBe(a.incident);
    expect(c.state(a.incident!)?.type).toBe("assassination");
  });
});

describe("another place of the district, hours later", () => {
  it("an attack on a house in a sub-district the next morning is not last evening's shooting in a city neighbourhood", () => {
    const [a, b, c] = incidents([
      [0, "مسلحون مجهولون يطلقون النار على صاحب محل صيرفة في حي الزهور بالموصل ويلوذون بالفرار"],
      [80, "مقتل صاحب محل صيرفة بهجوم مسلح في حي الزهور بالجانب الأيسر من الموصل"],
      [80 + 10 * H, "هجوم مسلح على منزل مختار قرية في ناحية حمام العليل جنوبي الموصل"],
    ]);
    expect(b).toBe(a);
    expect(c).not.toBeNull();
    expect(c).not.toBe(a);
  });
});

describe("two villages the gazetteer does not know", () => {
  it("strikes on two villages of one district minutes apart are two events; the same village told again is one", () => {
    const [a, b, c] = incidents([
      [0, "عاجل | غارة تركية على قرية سوارة في منطقة برواري بالا بقضاء العمادية"],
      [15, "إصابة مزارع بغارة تركية على قرية ديركني في قضاء العمادية"],
      [40, "نفوق عشرات رؤوس الأغنام بغارة تركية على قرية سوارة في قضاء العمادية"],
    ]);
    expect(b).not.toBeNull();
    expect(b).not.toBe(a);
    expect(c).toBe(a);
  });
});

describe("an assassination, its weapon, and what it is not", () => {
  it("a sticky bomb told two hours later as the attempt on an official's life joins it and makes it the assassination", () => {
    const c = clusterer();
    const a = c.add(0, "انفجار عبوة لاصقة بسيارة مدير بلدية الحلة قرب منزله في حي الجزائر");
    const b = c.add(120, "نجاة مدير بلدية الحلة من محاولة اغتيال بعبوة لاصقة\nنجا مدير بلدية الحلة، صباح اليوم، من محاولة اغتيال بعد انفجار عبوة لاصقة وضعت أسفل سيارته.");
    expect(b.incident).toBe(a.incident);
    expect(c.state(a.incident!)?.type).toBe("assassination");
    // a tribal fight in a sub-district of the city 40 minutes later is not it
    const d = c.add(160, "عاجل نزاع عشائري في ناحية الكفل جنوبي الحلة");
    expect(d.incident).not.toBeNull();
    expect(d.incident).not.toBe(a.incident);
  });
  it("an explosion heard in the town an hour after an armed robbery there is not the robbery", () => {
    const [a, b] = incidents([
      [0, "إصابة عامل في محطة وقود بطلق ناري خلال عملية سطو مسلح في قضاء المسيب"],
      [70, "عاجل انفجار يسمع في المسيب"],
    ]);
    expect(b).not.toBeNull();
    expect(b).not.toBe(a);
  });
});
