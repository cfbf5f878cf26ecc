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
  it("nor does a drone only heard («صوت مسيرة») in a line after the arrest; a drone carried or flown does", () => {
    expect(reasonOf("شرطة محافظة أربيل تعتقل شابا بعد نفخه في بوق\nيقول الشاب: هذا صوت مسيرة")).toBe("arrest-not-militant");
    expect(reasonOf("شرطة محافظة أربيل تعتقل شابا بعد نفخه في بوق\nكأنه لصوت مسيرة")).toBe("arrest-not-militant");
    expect(incidentOf("شرطة محافظة أربيل تعتقل شابا بحوزته طائرة مسيرة")).not.toBeNull();
  });
  it("gunfire heard is shooting where it is heard: an arrest after it is an operation", () => {
    expect(incidentOf("الشرطة تعتقل شخصين بعد سماع أصوات إطلاق نار في حي الجهاد ببغداد")?.type).toBe("security_operation");
  });
  it("a drone is, and «a similar attack» is an attack with its weapon", () => {
    expect(incidentOf("طائرة مسيرة تستهدف مقرا في محافظة أربيل")?.type).toBe("drone");
    expect(incidentOf("وفي هجوم مماثل، استهدفت طائرة مسيرة مقراً للحشد الشعبي في ناحية آمرلي")?.type).toBe("drone");
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
  it("a politician who tells an attack placed in a province reports it", () => {
    expect(incidentOf("النائب عن محافظة نينوى يقول إن مسلحين من داعش اختطفوا راعيين في صحراء الحضر جنوب الموصل الليلة الماضية")?.type)
      .toBe("kidnapping");
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
  it("concern voiced over a killing in the lead leaves the killing the news", () => {
    expect(incidentOf("محافظ نينوى يعرب عن قلقه بعد مقتل ثلاثة رعاة بانفجار عبوة ناسفة في صحراء الحضر جنوب الموصل")?.killed).toBe(3);
    expect(incidentOf("الأمم المتحدة تعرب عن قلقها البالغ إثر مقتل مدنيين اثنين بقصف تركي على قرية في قضاء زاخو")?.killed).toBe(2);
  });
});

describe("a side mourning its dead", () => {
  it("that tells the killing in its lead reports it: the side hit tells its own losses", () => {
    expect(incidentOf("وحدات حماية سنجار تنعى قيادياً ومرافقه قُتلا بقصف مسيرة تركية على سيارتهما شمالي سنجار")).toMatchObject({ provinces: ["nineveh"], type: "drone" });
    expect(incidentOf("الشرطة الاتحادية تنعى منتسبين استشهدا بانفجار عبوة ناسفة استهدفت عجلتهم قرب داقوق")).toMatchObject({ provinces: ["kirkuk"], type: "ied" });
  });
  it("that tells no killing, or one years ago, is a mourning notice, no incident", () => {
    expect(incidentOf("هيئة الحشد الشعبي تنعى الشهيد البطل علي حسين من أبناء قضاء الطارمية")).toBeNull();
    expect(incidentOf("هيئة الحشد الشعبي تنعى المجاهد علي حسين الذي أصيب في معارك تحرير الموصل عام 2017 وتوفي اليوم")).toBeNull();
  });
});

describe("a label line between the speaker and the report", () => {
  it("«بيان», «إلحاقاً ببياننا السابق», «معلومات أولية», «قبل قليل» before the act: still a report", () => {
    expect(incidentOf("خلية الإعلام الأمني:\nبيان\nتعرض مواطنان في قضاء الطارمية إلى إطلاق نار من قبل مسلحين مجهولين ما أدى إلى استشهاد أحدهما")?.type)
      .toBe("armed_attack");
    expect(incidentOf("قيادة عمليات بغداد:\nإلحاقاً ببياننا السابق\nارتفاع عدد شهداء الاعتداء الإرهابي في قضاء الطارمية إلى ثلاثة")?.killed).toBe(3);
    expect(incidentOf("مراسلنا في كركوك:\nمعلومات أولية\nانفجار عبوة ناسفة على عجلة تابعة للشرطة الاتحادية في ناحية الرياض ومقتل منتسب")?.type)
      .toBe("ied");
    expect(incidentOf("مصدر أمني لـ بغداد اليوم:\nقبل قليل\nمسلحون مجهولون يغتالون شاباً بأسلحة كاتمة في منطقة الحسينية")).not.toBeNull();
    expect(incidentOf("مصدر أمني في ديالى:\nالحادث وقع قرب سيطرة قرية الصدور.\nانفجار عبوة لاصقة بسيارة مدنية على طريق بعقوبة وإصابة سائقها")?.type)
      .toBe("ied");
    expect(incidentOf("محافظ ديالى:\nنتابع الوضع الأمني عن كثب.\nوكان مسلحون قد هاجموا منزل مختار قرية في قضاء المقدادية فجر اليوم وقتلوا ثلاثة")?.killed)
      .toBe(3);
  });
});

describe("a politician or minister as the speaker of a counted toll", () => {
  it("«X: مقتل اثنين …», «X: … وإصابة طفلين» is the attack's report", () => {
    expect(incidentOf("عضو مجلس محافظة كركوك:\nسقوط قذيفتي هاون على قرية في ناحية الرشاد جنوب غرب كركوك وإصابة طفلين")?.type).toBe("rocket");
    expect(incidentOf("وزير داخلية إقليم كردستان:\nمقتل اثنين من عناصر الأسايش بهجوم مسلح على نقطة تفتيش في قضاء مخمور")?.killed).toBe(2);
  });
  it("dead spoken of with no count stay a politician's words", () => {
    expect(reasonOf("زعيم التيار:\nعدم حصر السلاح بيد الدولة لا زال يتسبب باستشهاد المجاهدين بلا وجه حق")).toBe("statement");
  });
});

describe("a quote whose first lines report no act", () => {
  it("a speech quoted line by line, an act word far down: what was said", () => {
    const lines = ["يوم 30 أيلول يوم سيادي للعراق", "الحشد يزداد قوة يوما بعد يوم", "نأمل إقرار القانون في الأيام المقبلة",
      "الفصائل حريصة على النظام السياسي", "هناك من يحاول خلط الأوراق", "نحرص على الاستقرار الذي يشهده البلد",
      "هناك دعايات تحاول التشويش على المناسبة", "يفترض بالعراقيين أن يحتفلوا بهذا اليوم",
      "نستغرب الحديث عن وقوع مواجهات بين العراقيين في محافظة بغداد"];
    expect(reasonOf(`مدير إعلام الحشد الشعبي:\n${lines.join("\n")}`)).toBe("statement");
    expect(reasonOf(`رئيس الكتلة:\n${lines.slice(3).join("\n")}`)).toBe("statement");
  });
  it("a source that opens with the attack is a report", () => {
    expect(incidentOf("خلية الإعلام الأمني:\nسقوط صاروخين في محيط مطار بغداد دون خسائر")?.type).toBe("rocket");
  });
});

describe("a minister speaks policy, whatever his ministry", () => {
  it("«وزير داخلية …: …» is a minister, not the security media cell («خلية» is a word of its own)", () => {
    expect(reasonOf("وزير داخلية الإقليم:\nاتفقنا مع بغداد على حماية الحقول بعد الهجمات التي استهدفتها")).toBe("statement");
  });
});

describe("the attacker's own claim in the first person", () => {
  it("«دمرنا», like «استهدفنا», reports the strike", () => {
    expect(incidentOf("الحرس الثوري: دمرنا مقرا للموساد الصهيوني في اربيل بصواريخ دقيقة")).toMatchObject({ provinces: ["erbil"], type: "rocket" });
  });
});

describe("an overflight with no act", () => {
  it("«ولم تسجل أي حالة استهداف», «لم تسجل حالات اختطاف»: no case of the act is none", () => {
    expect(reasonOf("تحليق طائرات مسيرة مجهولة فوق الحويجة، ولم تسجل أي حالة استهداف حتى الآن")).not.toBeNull();
    expect(reasonOf("مخاوف في قضاء الطارمية بعد تهديدات، ولم تسجل حالات اختطاف")).not.toBeNull();
    // a case of it recorded is one
    expect(incidentOf("سجلت حالة اختطاف لطفل في قضاء الطارمية شمالي بغداد")?.type).toBe("kidnapping");
  });
});

describe("air defences firing at nothing named", () => {
  it("an interceptor launch on its own is no incident: aftermath, a follow-up at most", () => {
    expect(reasonOf("منظومة الباتريوت تحاول الاعتراض فوق مطار أربيل")).toBe("aftermath");
    // «ولا معلومات عن هجوم»: nothing known of an attack negates it
    expect(reasonOf("إطلاق منظومة سي رام داخل السفارة الأمريكية ببغداد ولا معلومات عن هجوم")).not.toBeNull();
  });
  it("firing at an incoming drone or rocket is, in any verb form", () => {
    expect(incidentOf("منظومة الدفاع الجوي تتصدى لطائرة مسيرة في أربيل")?.type).toBe("drone");
    expect(incidentOf("الدفاعات الجوية تتصدى لصواريخ فوق مطار أربيل")?.type).toBe("rocket");
  });
});

describe("a fire and its dead", () => {
  it("a fire with dead but no explosion or attack named is no incident", () => {
    expect(reasonOf("نيران لا تتوقف وأنباء عن قتلى داخل مستودع للوقود في محافظة السليمانية")).toBe("fire");
    expect(reasonOf("حريق يلتهم مخزنا للمواد الغذائية في الموصل ومصرع عاملين")).toBe("fire");
  });
  it("a fire after an explosion or a strike is the explosion's or the strike's", () => {
    expect(incidentOf("انفجار وحريق في مستودع للوقود ومقتل عاملين في السليمانية")?.type).toBe("other");
    expect(incidentOf("حريق في مستودع للوقود بعد استهداف بطائرة مسيرة في السليمانية")?.type).toBe("drone");
  });
});

describe("a war's toll", () => {
  it("figures over the whole war are statistics", () => {
    expect(reasonOf("الجيش الأمريكي يخفض عدد قتلاه خلال الحرب من 18 إلى 14 بينهم جندي قتل في شمال العراق")).toBe("statistics");
  });
});

describe("the counter-terrorism service's name names no terrorist", () => {
  it("its arrest of someone not said to be a militant is an arrest of no militant", () => {
    expect(reasonOf("قوات من جهاز مكافحة الإرهاب تقتحم منزلا في أربيل وتعتقل صاحبه وهو موظف حكومي")).toBe("arrest-not-militant");
  });
  it("its arrest of militants and its operations are incidents", () => {
    expect(incidentOf("جهاز مكافحة الإرهاب يعتقل إرهابيين اثنين في كركوك")?.type).toBe("security_operation");
    expect(incidentOf("جهاز مكافحة الإرهاب ينفذ عملية عسكرية فجر اليوم في صحراء الأنبار")?.type).toBe("security_operation");
  });
});

describe("an act as the genitive of its price or its consequences", () => {
  it("«ستدفعون ثمن استهداف …», «عواقب استهداف …»: a threat, not a report", () => {
    expect(reasonOf("ستدفعون ثمن استهداف محافظة البصرة غاليا")).toBe("no-event");
    expect(reasonOf("عواقب استهداف مقرات الحشد في بغداد ستكون وخيمة على المعتدين")).toBe("no-event");
  });
  it("a targeting reported is an incident", () => {
    expect(incidentOf("استهداف مقر للحشد الشعبي بطائرة مسيرة في محافظة البصرة")?.type).toBe("drone");
  });
});

describe("«targeting» beside a non-violent wrong is figurative", () => {
  it("«التضييق والاستهداف», «التهميش واستهداف …» of a person is no attack", () => {
    expect(reasonOf("الموظف في مديرية كربلاء تعرض للتضييق والاستهداف حتى أجبر على التقاعد")).not.toBeNull();
    expect(reasonOf("عشائر الأنبار تشكو التهميش واستهداف أبنائها في الوظائف")).not.toBeNull();
  });
  it("an attack beside it is an attack", () => {
    expect(incidentOf("تعرض الموظف لاستهداف بعبوة ناسفة في مدينة كربلاء")?.type).toBe("ied");
  });
});

describe("a foreign state's territory or domestic forces named by their adjective", () => {
  it("«داخل العمق الروسي», «الشرطة الألمانية», «الأمن الكويتي» place the act in that country", () => {
    expect(reasonOf("عمليات أمنية داخل العمق الروسي تنتهي باغتيال ضابط كان قد خدم في الموصل")).toBe("outside-iraq");
    expect(reasonOf("اشتباك بين شاب كردي والشرطة الألمانية أثناء اعتقاله قبل ترحيله إلى أربيل")).toBe("outside-iraq");
    expect(reasonOf("الأمن الكويتي يعتقل مهربين عراقيين بعد اشتباك مسلح")).toBe("outside-iraq");
  });
  it("a name no gazetteer knows after «محافظة», «مدينة», «جزيرة» and before a state's adjective is that state's", () => {
    expect(reasonOf("انفجارات في مدينة فيروزآباد بمحافظة فارس الإيرانية")).toBe("outside-iraq");
    expect(reasonOf("سماع دوي انفجار في جزيرة هنغام الإيرانية")).toBe("outside-iraq");
    // so a site's dateline does not bring it to Baghdad
    expect(reasonOf("بغداد (أ ف ب) - انفجار في مدينة لار الإيرانية")).toBe("outside-iraq");
    // a place the gazetteer knows stays where it is
    expect(incidentOf("انفجار عبوة ناسفة في مدينة الموصل العراقية")?.provinces).toEqual(["nineveh"]);
  });
  it("a first line that ends on a comma is no headline: the sentence goes on, and the foreign police outweigh the motive", () => {
    const post = "هرباً من البطالة في محافظة البصرة،\nسافر شاب عراقي إلى ألمانيا لكن رحلته انتهت باعتقاله بعد اشتباك مع الشرطة الألمانية";
    expect(reasonOf(post)).toBe("outside-iraq");
    // without the comma the first line is a headline of its own, and its province leads
    expect(incidentOf(post.replace("،", ""))?.provinces).toEqual(["basra"]);
  });
  it("armies, air forces and coast guards act abroad: where they act decides", () => {
    expect(incidentOf("خفر السواحل الكويتي يطارد صيادين عراقيين ويطلق النار عليهم في مياه خور عبد الله العراقية")?.provinces).toEqual(["basra"]);
    expect(incidentOf("القوات الأمريكية تقصف مقرا للحشد في قضاء القائم")?.provinces).toEqual(["anbar"]);
  });
});

describe("an act with its own target named as the time of the news", () => {
  it("«بالتزامن مع الهجوم على …» is another event; the overflight told beside it is no incident", () => {
    expect(reasonOf("بالتزامن مع الهجوم على القواعد الأمريكية.. طيران مروحي في سماء محافظة أربيل")).not.toBeNull();
  });
  it("an act whose target is an Iraqi place is an Iraqi incident", () => {
    expect(incidentOf("بالتزامن مع الهجوم الصاروخي على قاعدة عين الأسد، تحليق مكثف للطيران الأمريكي فوق ناحية البغدادي")?.provinces)
      .toEqual(["anbar"]);
  });
  it("a bare act in the time phrase is heard where the news is; an act told beside it is the news", () => {
    expect(incidentOf("بالتزامن مع الانفجارات، طيران حربي كثيف يجوب سماء محافظة أربيل")?.provinces).toEqual(["erbil"]);
    expect(incidentOf("تزامنا مع القصف على مواقع في سوريا، انفجار عبوة ناسفة في قضاء القائم")?.type).toBe("ied");
  });
});

describe("attacks in the plural, placed nowhere below the country", () => {
  it("a claim, a tally or attacks foiled abroad tell a pattern, not an event", () => {
    expect(reasonOf("مسؤول أمني يكشف: خلايا أجنبية تنفذ هجمات في العراق وتنسبها للفصائل")).toBe("pattern");
    expect(reasonOf("قائد عسكري: أحبطنا عدة هجمات نحو دول الجوار واعتقلنا متورطين بالهجمات")).toBe("pattern");
  });
  it("a province, a single attack or a death makes it an event", () => {
    expect(incidentOf("هجمات بطائرات مسيرة تستهدف مواقع في محافظة أربيل")?.provinces).toEqual(["erbil"]);
    expect(incidentOf("هجوم بطائرة مسيرة على مقر للحشد الشعبي في العراق")).not.toBeNull();
    expect(incidentOf("مقتل جنديين في هجمات لمسلحين على نقاط للجيش في العراق")).not.toBeNull();
  });
  it("attacks on a target named are events, placed or not", () => {
    expect(incidentOf("هجمات بطائرات مسيرة على مواقع للحشد الشعبي")).not.toBeNull();
    expect(incidentOf("هجمات بطائرات مسيرة على حقول النفط في إقليم كردستان")).not.toBeNull();
    expect(incidentOf("عاجل: هجمات بطائرات مسيرة على مقرات للحشد الشعبي فجر اليوم")).not.toBeNull();
    expect(incidentOf("هجمات صاروخية على قواعد تضم قوات أمريكية في العراق")).not.toBeNull();
  });
  it("attacks «on the states of the region» name no target here", () => {
    expect(reasonOf("مصدر: فصائل نفذت هجمات على دول المنطقة انطلاقا من العراق")).not.toBeNull();
    expect(reasonOf("تقرير: خلايا في العراق شنت هجمات ضد الكويت والسعودية")).not.toBeNull();
  });
});

describe("a military statement's tally and a state's decisions", () => {
  it("«تحييد N» states no dead (the neutralised are also the captured); a tally over «مناطق عمليات» is no event", () => {
    expect(incidentOf("الدفاع التركية: تحييد 3 إرهابيين بغارات في منطقة متينا شمالي العراق الليلة الماضية")).toMatchObject({ provinces: ["duhok"], killed: null });
    expect(reasonOf("الدفاع التركية: تحييد 7 إرهابيين من بي كا كا في مناطق عمليات شمالي العراق")).toBe("statistics");
  });
  it("fears voiced of an act to come («ما أثار مخاوف من عمليات قصف جديدة») report none", () => {
    expect(reasonOf("تحليق مكثف لمسيرات تركية فوق قرى العمادية، ما أثار مخاوف من عمليات قصف جديدة")).toBe("statement");
    // told after the act, the fear leaves the act the news
    expect(incidentOf("قصف تركي على قرى العمادية يثير مخاوف من عمليات قصف جديدة")?.type).toBe("rocket");
  });
  it("compensation decided for the victims of an old strike is a decision, not the strike", () => {
    expect(reasonOf("حكومة الإقليم تقرر تعويض ضحايا قصف منتجع برخ في زاخو")).toBe("statement");
  });
});

describe("a test announced and a demand", () => {
  it("C-RAM heard «ضمن الاختبار المعلن عنه مسبقاً» is a test, no attack", () => {
    expect(reasonOf("أصوات منظومة سي رام تسمع الآن في المنطقة الخضراء ضمن الاختبار المعلن عنه مسبقاً")).toBe("training");
  });
  it("a council demanding measures after a bombing is a statement; a student killed is not one", () => {
    expect(reasonOf("مجلس محافظة بغداد يطالب بتشديد الإجراءات بعد تفجير بغداد الجديدة")).toBe("statement");
    expect(incidentOf("مقتل طالب جامعي بإطلاق نار في حي الجهاد ببغداد")?.killed).toBe(1);
    // a demand after a killing in the lead leaves the killing the news
    expect(incidentOf("مقتل شاب بإطلاق نار في حي الجهاد ببغداد وذووه يطالبون بكشف القتلة")?.killed).toBe(1);
  });
});

