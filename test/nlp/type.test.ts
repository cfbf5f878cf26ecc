import { describe, it, expect } from "vitest";
import { incidentOf } from "./helpers.js";

const type = (t: string) => incidentOf(t)?.type ?? "no incident";

describe("attack type precedence", () => {
  it("suicide > car_bomb > ied", () => {
    expect(type("انفجار سيارة مفخخة يقودها انتحاري شمالي بغداد")).toBe("suicide");
    expect(type("انفجار سيارة مفخخة قرب عبوة ناسفة في بغداد")).toBe("car_bomb");
    expect(type("انفجار عبوة ناسفة في الطارمية")).toBe("ied");
    expect(type("انتحاري يرتدي حزاما ناسفا يفجر نفسه في سامراء")).toBe("suicide");
  });
  it("a suicide drone is a drone", () => {
    expect(type("سرب من المسيرات الانتحارية يستهدف مقرات في السليمانية")).toBe("drone");
  });
  it("drone vs airstrike by the words", () => {
    expect(type("طائرة مسيرة تستهدف مقرا في محافظة اربيل")).toBe("drone");
    expect(type("غارة جوية تستهدف مخبأ لداعش في الحويجة")).toBe("airstrike");
    expect(type("الطائرات التركية تقصف قرية في قضاء زاخو")).toBe("airstrike");
  });
  it("rockets, shelling, shootings, clashes, kidnappings", () => {
    expect(type("سقوط صاروخ كاتيوشا في بغداد")).toBe("rocket");
    expect(type("قصف مدفعي تركي على قرية في دهوك")).toBe("rocket");
    expect(type("مسلحون مجهولون يطلقون النار على مواطن في البصرة")).toBe("armed_attack");
    expect(type("اشتباكات بين داعش والقوات الامنية في كركوك")).toBe("clash");
    expect(type("اختطاف ناشط في الناصرية")).toBe("kidnapping");
  });
  it("assassination beats shooting; foiled attack keeps its weapon", () => {
    expect(type("اغتيال ضابط بأسلحة كاتمة للصوت في بغداد")).toBe("assassination");
    expect(type("القوات الامنية تحبط هجوماً لداعش على قرية في ديالى بعد اطلاق نار من قناصين")).toBe("armed_attack");
    expect(type("تفكيك عبوة ناسفة في قضاء المقدادية")).toBe("ied");
    expect(type("اعتقال ارهابي مطلوب في عملية امنية في الرمادي")).toBe("security_operation");
  });
  it("hunting the attackers after their attack («ومطاردة المهاجمين») types nothing; a raid on others is an operation", () => {
    expect(type("الجيش العراقي: الهجوم على نقطة الرطبة نفذته خلية لداعش قادمة من الصحراء ومطاردة المهاجمين مستمرة")).toBe("armed_attack");
    expect(type("استشهاد ضابط بهجوم لتنظيم داعش استهدف نقطة مراقبة في قضاء الدبس وتعزيزات تصل لملاحقة المهاجمين")).toBe("armed_attack");
    expect(type("مطاردة عناصر من داعش ومقتل اثنين منهم في وادي الشاي جنوب كركوك")).toBe("security_operation");
  });
  it("what an arrest seized («وتضبط بحوزتهم أحزمة ناسفة») types nothing; a device seized alone keeps its weapon", () => {
    expect(type("قوة من استخبارات شرطة المثنى تعتقل أربعة متهمين بالانتماء لعصابات داعش الإرهابية في بادية السماوة، وتضبط بحوزتهم أسلحة وأحزمة ناسفة")).toBe("security_operation");
    expect(type("ضبط عبوة ناسفة معدة للتفجير على طريق في قضاء الطارمية شمالي بغداد")).toBe("ied");
  });
  it("a body found with the marks of gunfire («اثار اطلاقات نارية») was shot", () => {
    expect(type("العثور على جثة شاب مجهول الهوية وعليها اثار اطلاقات نارية قرب قضاء سوق الشيوخ في ذي قار")).toBe("armed_attack");
  });
  it("no weapon named is other", () => {
    expect(type("انفجارات تهز محافظة اربيل")).toBe("other");
    expect(type("استهداف مقر في محافظة السليمانية")).toBe("other");
  });
});

describe("a depot's munitions are its stock, not the weapon", () => {
  it("rockets going off in a depot, or a depot of rockets, are no rocket attack", () => {
    expect(type("تواصل تطاير الصواريخ والذخائر داخل معسكر للحشد قرب الحلة بعد استهدافه")).toBe("other");
    expect(type("انفجار صواريخ من مستودع للأعتدة داخل قاعدة في قضاء بلد بعد استهدافها")).toBe("other");
    expect(type("انفجارات في مخزن صواريخ تابع لفصيل مسلح في قضاء المسيب بمحافظة بابل")).toBe("other");
  });
  it("rockets fired at, from or with a depot stay the weapon", () => {
    expect(type("طائرة مسيرة تستهدف مخزن صواريخ في قضاء المسيب بمحافظة بابل")).toBe("drone");
    expect(type("سقوط صاروخ على مخزن للعتاد في قاعدة بلد الجوية")).toBe("rocket");
    expect(type("قصف صاروخي يستهدف مستودعا للذخيرة في جرف الصخر")).toBe("rocket");
    expect(type("استهداف مستودع بالصواريخ في ناحية جرف الصخر بمحافظة بابل")).toBe("rocket");
    expect(type("استهدفت القوات التركية القرية بالصواريخ والذخائر في قضاء العمادية بمحافظة دهوك")).toBe("rocket");
    expect(type("هجوم بالصواريخ والأعتدة على مقر للحشد في قضاء القائم بمحافظة الأنبار")).toBe("rocket");
    expect(type("الصواريخ التي أطلقت من مستودع مهجور سقطت قرب مطار بغداد الدولي")).toBe("rocket");
  });
});

describe("aircraft something belongs to are not the weapon", () => {
  it("after a word of belonging or purpose the aircraft are a target's owner; otherwise they strike", () => {
    expect(type("أضرار في حظيرة الطائرات داخل قاعدة عين الأسد بالأنبار جراء القصف")).toBe("rocket");
    expect(type("حريق في المدرج التابع للطائرات داخل قاعدة بلد بعد القصف")).toBe("rocket");
    expect(type("قصف للطائرات الأمريكية على مقر للحشد في قضاء القائم بمحافظة الأنبار")).toBe("airstrike");
    expect(type("هجوم للطائرات الأمريكية على مقر للحشد في قضاء القائم بمحافظة الأنبار")).toBe("airstrike");
    expect(type("قصف بالطائرات يستهدف قرية في قضاء العمادية بمحافظة دهوك")).toBe("airstrike");
  });
});

describe("aircraft flying over are not the weapon", () => {
  it("warplanes, fighters or helicopters that roam or circle the sky while explosions are heard: an explosion, not an air strike", () => {
    expect(type("مع دوي الانفجارات، طيران حربي كثيف يجوب سماء قضاء سنجار")).toBe("other");
    expect(type("انفجارات في قضاء العمادية وطائرات حربية تحلق في سماء المنطقة")).toBe("other");
    // the verb first, or its noun
    expect(type("حلق طيران حربي في سماء أربيل تزامنا مع دوي انفجارات")).toBe("other");
    expect(type("تحليق مكثف للطيران الحربي في سماء أربيل تزامنا مع دوي انفجارات")).toBe("other");
    expect(type("مروحيات تحلق في سماء كركوك بعد سماع دوي انفجار")).toBe("other");
  });
  it("aircraft that strike in the same sentence stay the weapon, whatever flying they do first", () => {
    expect(type("طيران حربي يقصف مواقع في قضاء سنجار")).toBe("airstrike");
    expect(type("طيران حربي يحلق فوق سنجار ويشن غارات على مواقع مسلحة")).toBe("airstrike");
    expect(type("طائرات حربية تحلق فوق قرى العمادية وتقصف مواقع لحزب العمال")).toBe("airstrike");
    expect(type("الطيران التركي يحلق فوق قرى قضاء العمادية ويستهدف مواقع لحزب العمال")).toBe("airstrike");
    expect(type("طيران حربي يحوم فوق جبال حمرين قبل أن يقصف أوكارا لداعش")).toBe("airstrike");
    // the verb first, in the past, joined by «و» or «ثم»
    expect(type("حلق طيران حربي مجهول فوق قضاء القائم واستهدف مواقع للحشد الشعبي")).toBe("airstrike");
    expect(type("طيران حربي حلق فوق ناحية جرف النصر ثم قصف مقرا لكتائب حزب الله")).toBe("airstrike");
  });
  it("aircraft flying after another weapon's strike follow it: that weapon is the type", () => {
    expect(type("طيران حربي يحلق في سماء كركوك عقب استهداف قاعدة كيوان بصواريخ كاتيوشا")).toBe("rocket");
    expect(type("طيران حربي يحلق في سماء أربيل بعد استهداف مطارها بطائرة مسيرة")).toBe("drone");
  });
});

describe("aircraft that carry, militants killed, and weapon words of the channel (round 7's classes)", () => {
  const typeOf = type;
  it("helicopters evacuating or landing with the wounded are no air strike", () => {
    expect(typeOf("هبوط مروحية عسكرية في مستشفى بغداد على متنها عدد من الإصابات جراء انفجار في قضاء الخالص")).toBe("other");
    expect(typeOf("انفجار في قضاء الخالص ومروحيات الجيش تنقل الجنود المصابين")).toBe("other");
    expect(typeOf("مروحيات الجيش تقصف مواقع داعش في قضاء الخالص")).toBe("airstrike");
    // what carries is the target of the strike
    expect(typeOf("طيران الجيش يستهدف شاحنة نقل تقل إرهابيين في وادي الشاي بكركوك")).toBe("airstrike");
    expect(typeOf("قصف طيران مجهول سيارة إسعاف في قضاء القائم")).toBe("airstrike");
    expect(typeOf("طيران الجيش العراقي يدمر عجلة تنقل إرهابيين في وادي حوران ويقتل من فيها")).toBe("airstrike");
    expect(typeOf("تحطمت مروحية عسكرية أثناء نقلها جرحى في قضاء الخالص")).not.toBe("airstrike");
    expect(typeOf("رصد طيران الجيش عجلة تنقل عناصر من داعش في وادي الشاي جنوب كركوك وتم التعامل معها وقتل من فيها")).toBe("airstrike");
  });
  it("forces killing militants with no weapon named run a security operation; a weapon named types it", () => {
    expect(typeOf("القوات الأمنية تتمكن من قتل 3 إرهابيين في وادي الشاي بكركوك")).toBe("security_operation");
    expect(typeOf("مقتل 5 من عناصر داعش في وادي الشاي بكركوك")).toBe("security_operation");
    expect(typeOf("مقتل 5 من عناصر داعش بغارة جوية في وادي الشاي بكركوك")).toBe("airstrike");
    // militants as the killers are no operation against them
    expect(typeOf("مقتل جنديين بهجوم إرهابي في قضاء الخالص")).not.toBe("security_operation");
    expect(typeOf("مقتل جندي بهجوم لداعش في قضاء الخالص")).toBe("armed_attack");
    expect(typeOf("مقتل راعيين على يد داعش في قضاء الخالص")).not.toBe("security_operation");
    expect(typeOf("قتل عناصر داعش ثلاثة رعاة في صحراء قضاء النخيب")).not.toBe("security_operation");
    expect(typeOf("قتل إرهابيون من داعش راعيين في صحراء قضاء النخيب")).not.toBe("security_operation");
    expect(typeOf("استشهد ثلاثة جنود وقتل خمسة إرهابيين بهجوم لداعش على نقطة عسكرية في قضاء الطارمية")).toBe("armed_attack");
  });
  it("«محلّقات» are drones; «طيران العدو» is aircraft", () => {
    expect(typeOf("إصابة جنديين بمحلّقات مفخخة في قضاء الخالص")).toBe("drone");
    expect(typeOf("استهداف سيارة من قبل طيران العدو في قضاء الخالص")).toBe("airstrike");
  });
});

describe("a weapon named beside another act, and a killing told of a person", () => {
  it("«هجوم مدفعي ومسير»: artillery, named first", () => {
    expect(type("هجوم مدفعي ومسير على قرية في قضاء الخالص")).toBe("rocket");
  });
  it("the story's own killing told in a relative clause keeps its type; «بكاتم صوت» is an assassination", () => {
    expect(type("العثور على جثة الشاب الذي اغتاله مسلحون مجهولون قرب منزله في قضاء الخالص")).toBe("assassination");
    expect(type("العثور على جثة الناشط الذي اغتيل مؤخرا في منطقة البساتين بقضاء الزبير")).toBe("assassination");
    expect(type("مقتل ضابط بكاتم صوت في قضاء الزبير")).toBe("assassination");
  });
  it("«مروحيات الجيش تنفذ عملية إخلاء لجنود»: carrying, a few words on", () => {
    expect(type("حدث أمني في قضاء الخالص ومروحيات الجيش العراقي تنفذ عملية إخلاء لجنود مصابين")).toBe("other");
  });
});

describe("gunmen who are the victims, and «مسلح» as an adjective", () => {
  it("«مقتل ثلاثة مسلحين بقصف جوي»: gunmen killed by an air strike are its victims; the strike types it", () => {
    expect(type("مقتل ثلاثة مسلحين بقصف جوي تركي في قضاء العمادية")).toBe("airstrike");
    // with no other weapon, the gunmen still type it; gunmen who shoot are the weapon
    expect(type("مقتل مدني برصاص مسلحين في قضاء العمادية")).toBe("armed_attack");
  });
  it("«نزاعاً عشائرياً مسلحاً»: an armed tribal fight is a clash, in the accusative too", () => {
    expect(type("أفادت الشرطة بأن نزاعاً عشائرياً مسلحاً اندلع بين عائلتين في قرية تابعة لقضاء كلار ما أسفر عن سقوط قتيلين")).toBe("clash");
  });
  it("an abduction told as what an operation came after («بعد ساعات من اختطاف …») does not type the operation", () => {
    expect(type("ارتفاع حصيلة عملية وادي حوران إلى سبعة قتلى\nأعلن مصدر أمني ارتفاع حصيلة قتلى داعش في عملية الإنزال الجوي في وادي حوران إلى سبعة.\nوأضاف المصدر أن العملية جاءت بعد ساعات من اختطاف ثلاثة رعاة في المنطقة ذاتها.")).toBe("security_operation");
  });
});

describe("an operation's account: what supported it, what it seized, whom it killed", () => {
  it("«بإسناد من طيران الجيش»: aircraft supporting an operation that killed militants do not make it an air strike", () => {
    expect(type("نفذت قطعات قيادة عمليات الجزيرة بإسناد من طيران الجيش عملية تفتيش في صحراء الرطبة أسفرت عن قتل إرهابيين اثنين")).toBe("security_operation");
    expect(type("طيران الجيش يقصف أوكاراً لداعش في وادي الشاي")).toBe("airstrike");
  });
  it("devices seized a few words on («ضبطت داخل النفق خمس عبوات») do not type an operation that killed militants", () => {
    expect(type("عملية في صحراء الرطبة تقتل إرهابيين اثنين\nوأضافت أن القوات ضبطت داخل النفق خمس عبوات ناسفة.")).toBe("security_operation");
    // a cache seized alone keeps its weapon
    expect(type("ضبط عبوات ناسفة في مخبأ لداعش في وادي الشاي")).toBe("ied");
  });
  it("«تقتل إرهابيين اثنين»: the militants' own count after them is theirs", () => {
    expect(type("عملية أمنية في صحراء الرطبة تقتل إرهابيين اثنين")).toBe("security_operation");
  });
});

describe("a kidnapping told by its ransom, its rescue, and an abduction the news came after", () => {
  it("«خاطفون يطالبون بفدية»: the kidnappers' demand is their act, not a call about it", () => {
    expect(type("خاطفون يطالبون بـ50 مليون دينار مقابل الإفراج عن صاحب محل في الكوت\nاختطف مسلحون مجهولون، مساء الأحد، صاحب محل في مدينة الكوت.")).toBe("kidnapping");
  });
  it("«تحرير طفل بعد 48 ساعة على اختطافه»: the subject's own abduction types the rescue", () => {
    expect(type("بعد يومين على اختطافه.. تحرير طفل في قضاء الزبير واعتقال الخاطفين\nأعلنت الشرطة تحرير طفل اختطف من أمام منزله في قضاء الزبير.")).toBe("kidnapping");
  });
  it("gunmen named between the verb and the fire («أطلق مسلحون مجهولون النار على منزل») report the act", () => {
    expect(type("أطلق مسلحون مجهولون النار بكثافة على منزل مواطن في قضاء المناذرة وألحق الرصاص أضراراً بواجهته")).toBe("armed_attack");
  });
});

describe("«الدكة العشائرية»: a family's house shot at or bombed to threaten it", () => {
  it("is an attack told as news, by gunfire unless a weapon is named", () => {
    expect(type("دكة عشائرية على منزل مواطن في حي الشهداء بقضاء الزبير")).toBe("armed_attack");
    expect(type("دكة عشائرية بقنبلة يدوية على منزل في مدينة العمارة")).toBe("ied");
    expect(type("دكة عشائرية على منزل في حي الجمعيات بالزبير بالأسلحة الخفيفة ورمانة يدوية")).toBe("armed_attack");
  });
});

describe("a killing the news came after", () => {
  it("«عبوة صوتية على منزل ناشط بعد يومين من اغتيال …» is the device, not the assassination", () => {
    expect(type("عبوة صوتية على منزل ناشط في الناصرية بعد يومين من اغتيال ناشط آخر")).toBe("ied");
    expect(type("اغتيال ناشط مدني في الناصرية بعد يومين من تهديده")).toBe("assassination");
  });
});

describe("what an operation seized in one list, and what a cell is charged with", () => {
  it("«وتضبط ٤ أحزمة ناسفة و٦ عبوات»: every item of the seized list is seized", () => {
    expect(type("قوة مشتركة تقتل ٥ من عناصر داعش في بساتين شمالي الطارمية، وتضبط ٤ أحزمة ناسفة و٦ عبوات معدة للتفجير")).toBe("security_operation");
  });
  it("«خلية متورطة بإطلاق الصواريخ»: the weapon of the charge is no weapon of the story", () => {
    expect(type("اعتقال خلية متورطة بإطلاق الصواريخ على المنطقة الخضراء في منطقة الراشدية شمالي بغداد")).toBe("security_operation");
  });
});
