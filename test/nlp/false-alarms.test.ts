// Classes of false alarm seen on real streams (issue 13 item 5), one class per test: each must stay
// silent, and the real incident next to it must still be one.
import { describe, it, expect } from "vitest";
import { incidentOf, reasonOf } from "./helpers.js";

describe("accidents and technical faults", () => {
  it("an accidental blast, a fault or a training accident is not an attack", () => {
    expect(reasonOf("انفجار عرضي داخل مخزن للعتاد في معسكر بمحافظة بابل دون إصابات")).toBe("fault");
    expect(reasonOf("سقوط صاروخ بسبب خلل فني أثناء رمي تجريبي في صحراء الأنبار")).not.toBeNull();
    expect(reasonOf("مقتل جندي بانفجار قنبلة يدوية أثناء التدريب في معسكر قرب الموصل")).not.toBeNull();
    // an overloaded transformer; a drill that plays an attack
    expect(reasonOf("انفجرت محولة كهربائية في حي الحسين وسط الديوانية بسبب الأحمال العالية دون وقوع إصابات")).toMatch(/^(fault|accident)$/);
    expect(reasonOf("نفذت القوات الأمنية في كربلاء تمريناً لمحاكاة التعامل مع هجوم إرهابي على مطار كربلاء")).toBe("training");
    expect(reasonOf("نفذت قيادة عمليات البصرة تمريناً بالذخيرة الحية يحاكي التصدي لهجوم مسلح على ميناء أم قصر بمشاركة طيران الجيش")).toBe("training");
  });
  it("air defences firing at an aircraft flying over tell no attack; at a drone that attacked, a drone attack", () => {
    expect(reasonOf("الدفاعات الجوية تطلق النار باتجاه طائرة استطلاع كانت تحلق فوق مدينة الحلة")).toBe("overflight");
    expect(incidentOf("الدفاعات الجوية تطلق النار على طائرة مسيرة حاولت استهداف مطار أربيل")?.type).toBe("drone");
  });
  it("an anniversary told «في مثل هذا اليوم», «في ذكراه العاشرة» is the past", () => {
    expect(reasonOf("في مثل هذا اليوم من عام ٢٠١٦ .. تفجير الكرادة الارهابي الذي راح ضحيته اكثر من ٣٠٠ شهيد 🖤")).not.toBeNull();
    expect(reasonOf("العراقيون يستذكرون ضحايا تفجير الكرادة في ذكراه العاشرة\nأحيا المئات من أهالي بغداد الذكرى لتفجير الكرادة الذي أودى بحياة أكثر من 320 شخصاً")).toBe("anniversary");
  });
  it("a drill whose report says it simulates an attack, further down, fires at no one", () => {
    expect(reasonOf("تمرين تعبوي بالذخيرة الحية لقطعات الفرقة السابعة في صحراء الأنبار\nالرمادي/ واع\nنفذت قطعات الفرقة السابعة في الجيش العراقي، اليوم الخميس، تمريناً تعبوياً بالذخيرة الحية في صحراء قضاء الرطبة غربي الأنبار، شاركت فيه المدفعية والطائرات المسيرة وطيران الجيش.\nوقال قائد الفرقة إن «التمرين يحاكي التصدي لهجوم إرهابي على مواقع حدودية».")).toBe("training");
  });
  it("«قد» before the present tense is «may»: a time bomb that may go off is a figure of speech", () => {
    expect(reasonOf("محافظ البصرة: ملف المياه قنبلة موقوتة قد تنفجر في أي لحظة")).not.toBeNull();
    expect(incidentOf("مصدر أمني: قد انفجرت عبوة ناسفة قرب سوق في قضاء الخالص بديالى")?.type).toBe("ied");
  });
  it("the remnants of a group («بقايا داعش») are its fighters, not a wreck's debris", () => {
    expect(incidentOf("استشهاد جنديين واصابة ثالث بهجوم لبقايا داعش على نقطة للجيش في وادي الشاي جنوبي كركوك")).toMatchObject({ provinces: ["kirkuk"], killed: 2, injured: 1 });
    expect(reasonOf("العثور على بقايا صاروخ في أرض زراعية قرب قضاء بلد")).toBe("debris");
  });
  it("a burst water main is an accident; an explosion of prices a figure of speech", () => {
    expect(reasonOf("انفجار أنبوب مياه رئيسي في منطقة الكرادة يغرق عدداً من الشوارع، وأمانة بغداد تباشر أعمال الصيانة")).toBe("accident");
    expect(reasonOf("انفجار أسعار الذهب في أسواق بغداد بعد أن تجاوز سعر المثقال مليون دينار")).not.toBeNull();
    expect(reasonOf("انفجار في اسعار الدولار ببورصة الكفاح وسط بغداد 💵 والسعر يقصف الـ ١٦٠ الف")).not.toBeNull();
    expect(incidentOf("انفجار عبوة ناسفة قرب سوق في منطقة الكرادة ببغداد")?.type).toBe("ied");
  });
  it("a training aircraft that crashes is an accident, whoever flew it", () => {
    expect(reasonOf("استشهاد طيارين اثنين إثر سقوط طائرة تدريب تابعة للقوة الجوية أثناء طلعة تدريبية قرب قاعدة الكوت الجوية")).toBe("fault");
    // a helicopter on a training duty («خلال واجب تدريبي»)
    expect(reasonOf("مقتل طيارين اثنين بسقوط مروحية خلال واجب تدريبي في صلاح الدين")).toBe("fault");
  });
  it("a work accident, an oil heater, a controlled detonation «بطريقة مسيطر عليها», a club's goal are no attacks", () => {
    expect(reasonOf("مقتل عامل وإصابة آخر بسقوطهما من أعلى برج حفر في حقل مجنون النفطي بالبصرة، والشركة تحقق في حادث العمل")).toBe("accident");
    expect(reasonOf("إصابة طفلين بانفجار مدفأة نفطية داخل منزل في قضاء الكوفة بالنجف")).toBe("accident");
    expect(reasonOf("قامت مفارز الهندسة العسكرية بتفجير 25 عبوة ناسفة من مخلفات داعش بطريقة مسيطر عليها في صحراء الحضر جنوبي الموصل")).toBe("controlled-detonation");
    expect(reasonOf("القوة الجوية يقصف شباك الطلبة بهدفين في الدوري الممتاز")).toBe("sport");
  });
  it("equipment that blows up by itself (a transformer, a fuel tank) is an accident; one blown up with a bomb is an attack", () => {
    expect(reasonOf("انفجار محولة كهربائية في حي الجمعية بالكوت يتسبب بانقطاع التيار الكهربائي عن عدة مناطق")).toBe("accident");
    expect(reasonOf("انفجار خزان وقود داخل محطة تعبئة في قضاء الشطرة يسفر عن إصابة عاملين")).toBe("accident");
    expect(incidentOf("انفجار محولة كهربائية بعبوة ناسفة في قضاء الخالص بمحافظة ديالى")?.type).toBe("ied");
  });
  it("but an attack that caused a fire or a drone that fell stays an incident", () => {
    expect(incidentOf("سقوط طائرة مسيرة بسبب خلل فني قرب مطار أربيل")?.type).toBe("drone");
    expect(incidentOf("هجوم بعبوة ناسفة على رتل للجيش في الطارمية شمال بغداد")).not.toBeNull();
  });
});

describe("denials", () => {
  it("«لا يوجد أي انفجار», «لا صحة», «نفت» deny the event", () => {
    expect(reasonOf("قيادة عمليات بغداد: لا يوجد أي انفجار في منطقة الكرادة والأصوات ناتجة عن تفجير مسيطر عليه")).not.toBeNull();
    expect(reasonOf("خلية الإعلام الأمني تنفي وقوع هجوم صاروخي على قاعدة عين الأسد في الأنبار")).not.toBeNull();
    expect(reasonOf("لا صحة للأنباء عن سقوط صواريخ على المنطقة الخضراء في بغداد")).toBe("denial");
    expect(reasonOf("مصدر أمني: ما تداولته مواقع التواصل عن اختطاف طالب في الكوت غير صحيح")).toBe("denial");
  });
  it("denying the reports of a toll and stating another denies the figure, not the attack: the figure stated is the toll", () => {
    expect(incidentOf("نفت قيادة شرطة ذي قار، اليوم، الأنباء المتداولة عن مقتل ستة أشخاص بالنزاع العشائري في قضاء الإصلاح، مؤكدة أن النزاع أسفر عن مقتل شخصين وإصابة ثلاثة"))
      .toMatchObject({ provinces: ["dhi_qar"], killed: 2, injured: 3 });
    // with no figure stated instead, denying the reports denies the event
    expect(reasonOf("نفت قيادة شرطة ذي قار الأنباء المتداولة عن مقتل ستة أشخاص بنزاع عشائري في قضاء الإصلاح، مؤكدة أن الوضع مستقر")).toBe("denial");
  });
  it("«لا توجد أي خسائر», «لم يحدث أي ضرر» deny losses, not the attack: a toll of none", () => {
    expect(incidentOf("سقوط صاروخ قرب قاعدة حرير في أربيل، ولا توجد أي خسائر بشرية")).toMatchObject({ provinces: ["erbil"], type: "rocket", killed: 0, injured: 0 });
    expect(incidentOf("انفجار عبوة ناسفة قرب سوق في قضاء الزبير ولم يحدث أي ضرر")).toMatchObject({ provinces: ["basra"], type: "ied" });
    expect(incidentOf("انفجرت عبوة صوتية أمام منزل ناشط في حي الحسين بالبصرة من دون أن يصاب أحد بأذى")).toMatchObject({ killed: 0, injured: 0 });
    expect(reasonOf("الداخلية: لا يوجد أي انفجار في قضاء الزبير")).not.toBeNull();
  });
  it("below the news, a side denying its losses, the damage or whence the attack came does not deny the attack", () => {
    expect(incidentOf("قتل 3 من عناصر الحزب بغارة جوية تركية على منطقة في قضاء سيدكان بأربيل. ونفى الحزب وقوع خسائر في صفوفه."))
      .toMatchObject({ provinces: ["erbil"], killed: 3 });
    expect(incidentOf("أصيب 4 من عناصر الشرطة بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء الرطبة. ونفت قيادة الشرطة سقوط قتلى في الهجوم."))
      .toMatchObject({ provinces: ["anbar"], injured: 4 });
    expect(incidentOf("مقتل شخص بسقوط صاروخ على منزل في قضاء الدجيل بمحافظة صلاح الدين. ونفت قيادة العمليات أن يكون الصاروخ قد أطلق من داخل الأراضي العراقية."))
      .toMatchObject({ provinces: ["salahuddin"], killed: 1 });
    // denying the act itself still does
    expect(incidentOf("انفجار عبوة ناسفة في منطقة الكرادة وسط بغداد. ونفت قيادة عمليات بغداد وقوع أي انفجار في المنطقة.")).toBeNull();
    expect(incidentOf("أنباء عن انفجار في قضاء الزبير بالبصرة. ونفت شرطة البصرة أن يكون هناك أي انفجار.")).toBeNull();
    expect(incidentOf("سقوط صاروخ قرب مطار أربيل. ونفت حكومة الإقليم صحة الأنباء عن سقوط صاروخ.")).toBeNull();
  });
});

describe("the past", () => {
  it("remains and mass graves of old crimes are not a new incident", () => {
    expect(reasonOf("العثور على مقبرة جماعية تضم رفات ضحايا داعش في قضاء سنجار غربي نينوى")).toBe("old-remains");
  });
  it("old footage published now is not a new incident", () => {
    expect(reasonOf("فيديو يعود إلى عام 2016 يظهر تفجير سيارة مفخخة في الكرادة ببغداد")).toBe("old-footage");
  });
  it("figures over months or years are statistics", () => {
    expect(reasonOf("مقتل 40 شخصا بانفجار مخلفات حربية في الأنبار منذ مطلع العام")).toBe("statistics");
    expect(reasonOf("الحصيلة الشهرية: مقتل 12 مدنيا بهجمات في ديالى")).toBe("statistics");
    // a second clause about the month is still the tally's, not a comparison appended to one attack
    expect(reasonOf("قتل 12 شخصا وأصيب 30 آخرون في هجمات متفرقة في كركوك وشهد قضاء الحويجة أكبر عدد من الهجمات خلال الشهر الماضي")).toBe("statistics");
    expect(reasonOf("قتل 45 شخصا بهجمات في ديالى وشهدت المحافظة سلسلة هجمات خلال الشهر الماضي")).toBe("statistics");
  });
});

describe("outside Iraq, told with an Iraqi link", () => {
  it("a ship hit at sea is not in Iraq", () => {
    expect(reasonOf("استهداف سفينة تحمل نفطا عراقيا بطائرة مسيرة في خليج عدن")).not.toBeNull();
  });
  it("blasts heard coming from across the border («قادمة من الجانب السوري») went off there; rockets coming from it hit here", () => {
    expect(reasonOf("سماع أصوات انفجارات قادمة من الجانب الإيراني قرب منفذ الشلامجة الحدودي")).toBe("outside-iraq");
    expect(incidentOf("سقوط صواريخ قادمة من الجانب السوري على قرية في قضاء القائم")?.provinces).toEqual(["anbar"]);
  });
  it("blasts heard at a place of Iraq whose source is told abroad («مصدرها», «قادمة من») went off there", () => {
    expect(reasonOf("سماع دوي انفجارات قوية في البصرة مصدرها قصف على مدينة عبادان الإيرانية")).toBe("outside-iraq");
    expect(reasonOf("دوي انفجارات يسمع في الفاو مصدره قصف على الجانب الإيراني")).toBe("outside-iraq");
    // the hearers named before the sound, and the place tagged below
    expect(reasonOf("اهالي الفاو يسمعون اصوات انفجارات قوية قادمة من عبادان الايرانية ⚠️\n#الفاو")).not.toBeNull();
    // heard, with no source told, or a source still sought: where they were heard
    expect(incidentOf("سماع دوي انفجارات في البصرة والسلطات تحقق في مصدرها")?.provinces).toEqual(["basra"]);
  });
  it("a border «with Iraq» is told from the other side of it", () => {
    expect(reasonOf("مقتل 3 مهربين باشتباك مسلح على الواجهة الحدودية الشرقية للمملكة مع العراق")).toBe("border");
    expect(incidentOf("مقتل جنديين عراقيين باشتباك مع مهربين على الحدود مع سوريا غربي الأنبار")?.provinces).toEqual(["anbar"]);
  });
});

describe("statements, threats and ultimatums", () => {
  it("a hospital receiving the dead and the wounded reports the toll; receiving a delegation is a meeting", () => {
    expect(incidentOf("أفاد مصدر في مستشفى الجمهوري بأن المستشفى استقبل 6 جثث و9 جرحى جراء انفجار سيارة مفخخة في سوق النبي يونس شرقي الموصل.")).toMatchObject({ provinces: ["nineveh"], killed: 6, injured: 9 });
    expect(reasonOf("استقبل رئيس الوزراء وفدا من عشائر الأنبار لبحث الأوضاع بعد الهجوم على مدينة الرمادي")).toBe("statement");
    // the people received told hurt («يستقبل راعيين أصيبا بانفجار عبوة …») are the wounded
    expect(incidentOf("مستشفى الرطبة يستقبل راعيين أصيبا بانفجار عبوة ناسفة في صحراء قضاء الرطبة")).toMatchObject({ provinces: ["anbar"], type: "ied", injured: 2 });
  });
  it("a communiqué of numbered points («نشير إلى ما يلي: أولاً: …»)", () => {
    expect(reasonOf("في ضوء التطورات الأخيرة، نشير الى ما يلي:\nأولاً: إنّ الأجواء العراقية تتعرض لانتهاكات متكررة من قبل الكيان الصهيوني.\nثانياً: من حق الشعب أن يسمع إدانة صريحة.")).toBe("statement");
  });
  it("holding someone responsible («تحمل … مسؤولية») is a statement; what an attacker or a car carried («يحمل») is not", () => {
    expect(reasonOf("الخارجية الأمريكية تحمل فصائل مسلحة مسؤولية الهجمات على بعثاتها في بغداد")).toBe("statement");
    expect(reasonOf("هيئة الحشد تحمل الحكومة مسؤولية الهجوم على مقر اللواء 30 في سهل نينوى")).toBe("statement");
    expect(incidentOf("انتحاري يحمل حزاما ناسفا يفجر نفسه في سوق بغداد الجديدة ويقتل 5 مدنيين")).toMatchObject({ type: "suicide", killed: 5 });
    expect(incidentOf("مسلحون يحملون أسلحة كاتمة للصوت يغتالون ضابطا في حي الجامعة غربي بغداد")?.type).toBe("assassination");
    expect(incidentOf("عجلة حملت كميات من المتفجرات انفجرت قرب سوق شعبي في قضاء طوزخورماتو ما أسفر عن مقتل 3 أشخاص")?.killed).toBe(3);
  });
  it("a threat to strike is not a strike", () => {
    expect(reasonOf("فصيل مسلح يهدد باستهداف القواعد الأمريكية في العراق")).toBe("statement");
    expect(reasonOf("مصدر سعودي: سنضرب الفصائل في العراق إذا هاجمت الأردن")).toBe("statement");
    expect(reasonOf("العشيرة تمهل الحكومة 48 ساعة قبل الهجوم على مركز الشرطة في الناصرية")).toBe("statement");
  });
});

describe("brawls", () => {
  it("a scuffle is not a security incident unless a weapon or a death is reported", () => {
    expect(reasonOf("مشادة كلامية تتطور إلى عراك بالأيدي داخل سوق في البصرة وإصابة شخصين")).toBe("brawl");
    expect(incidentOf("مقتل شاب بإطلاق نار خلال شجار في البصرة")).not.toBeNull();
  });
});

describe("disease and suicide", () => {
  it("cases of a disease are patients, not wounded («إصابة جديدة بالكوليرا»)", () => {
    expect(reasonOf("صحة السليمانية: تسجيل 35 إصابة جديدة بالكوليرا في قضاء جمجمال خلال الأسبوع الماضي")).not.toBeNull();
  });
  it("an attack near a clinic is still an attack", () => {
    expect(incidentOf("انفجار عبوة ناسفة قرب مستشفى لعلاج مرضى كورونا في بغداد يسفر عن إصابة شخصين")?.injured).toBe(2);
  });
  it("«انتحر شنقاً» is a suicide", () => {
    expect(reasonOf("العثور على جثة شاب انتحر شنقاً داخل منزله في قضاء الشطرة")).toBe("self-harm");
  });
  it("a vaccination team, a vaccine store or a COVID ward attacked is an attack; an execution by hanging is no suicide", () => {
    expect(incidentOf("مقتل 3 من عناصر فريق التلقيح ضد الحصبة بهجوم لداعش في قضاء الدبس بكركوك")).toMatchObject({ provinces: ["kirkuk"], killed: 3 });
    expect(incidentOf("مقتل شرطي وإصابة آخر بهجوم على مفرزة تحرس مستودعاً للقاحات كورونا في قضاء بلدروز")).toMatchObject({ provinces: ["diyala"], killed: 1, injured: 1 });
    expect(incidentOf("مقتل ممرضة طعناً بالسكين داخل مستشفى العزل لمرضى كورونا في مدينة الناصرية")).toMatchObject({ provinces: ["dhi_qar"], killed: 1 });
    expect(incidentOf("أقدم تنظيم داعش على إعدام 3 مدنيين شنقاً في قرية تابعة لقضاء الحويجة بتهمة التعاون مع القوات الأمنية")).toMatchObject({ provinces: ["kirkuk"], killed: 3 });
  });
});

describe("drug and theft arrests", () => {
  it("an arrest for drugs is no incident, after a trap the police set («بعد نصب كمين محكم») too", () => {
    expect(reasonOf("القبض على تاجر مخدرات وبحوزته كمية من الحبوب المخدرة في قضاء الزبير بالبصرة")).toBe("crime-arrest");
    expect(reasonOf("القبض على متهمين اثنين بحوزتهما مواد مخدرة في قضاء أبي الخصيب بعد نصب كمين محكم لهما")).toBe("crime-arrest");
  });
  it("police trading fire with drug dealers («تشتبك»: the present tense of the clash verb) is a clash, with its toll", () => {
    expect(incidentOf("مفرزة من شرطة البصرة تشتبك مع تجار مخدرات في قضاء الزبير وتقتل أحدهم")).toMatchObject({ provinces: ["basra"], type: "clash", killed: 1 });
  });
});

describe("a command's tally of its year", () => {
  it("«تعلن حصيلة أعمالها لعام …»: arrests and tribal disputes settled over a year are no event", () => {
    expect(incidentOf("شرطة المثنى تعلن حصيلة أعمالها للعام الماضي\nأعلنت قيادة شرطة المثنى حصيلة أعمالها، مبينة أن مفارزها اعتقلت 900 متهم وحسمت 40 نزاعاً عشائرياً في مدينة السماوة والأقضية التابعة لها.")).toBeNull();
    // the clash told in the accusative is still one when it is the news
    expect(incidentOf("أفادت الشرطة بأن نزاعاً عشائرياً مسلحاً اندلع مساء أمس في قرية تابعة لقضاء الرميثة ما أسفر عن إصابة شخصين")?.type).toBe("clash");
  });
});

describe("a sentence, and a quarrel stopped before it grew", () => {
  it("«الإعدام شنقاً لمدان باغتيال ناشط»: a death sentence for an old killing", () => {
    expect(incidentOf("الإعدام شنقاً لمدان باغتيال ناشط في الناصرية\nأصدرت محكمة جنايات ذي قار حكماً بالإعدام شنقاً حتى الموت بحق مدان بالاشتراك في اغتيال ناشط مدني في الناصرية عام 2020.")).toBeNull();
  });
  it("«احتواء خلاف … قبل أن يتطور إلى نزاع مسلح»: the fight it would have grown into did not happen", () => {
    expect(incidentOf("احتواء خلاف عشائري في قضاء الرميثة\nتمكنت قوة من الشرطة من احتواء خلاف بين عشيرتين على أرض زراعية في قضاء الرميثة قبل أن يتطور إلى نزاع مسلح.")).toBeNull();
    // a fight that did break out is one
    expect(incidentOf("تطور خلاف بين عشيرتين على أرض زراعية إلى نزاع مسلح في قضاء الرميثة أسفر عن إصابة شخصين")).not.toBeNull();
  });
});

describe("a truce that collapsed is no building", () => {
  it("«انهيار العطوة وتجدد النزاع» is the fight again; a house collapsing is an accident", () => {
    expect(incidentOf("عاجل | انهيار العطوة وتجدد النزاع العشائري في قضاء القرنة")?.type).toBe("clash");
    expect(incidentOf("انهيار منزل قديم في قضاء القرنة ووفاة طفلين")).toBeNull();
  });
});

describe("a court that is where the victim works", () => {
  it("«نجا قاض في محكمة استئناف … من محاولة اغتيال» is the attempt, not a trial", () => {
    expect(incidentOf("نجا قاض في محكمة استئناف بغداد الكرخ من محاولة اغتيال بعد أن أطلق مسلحون النار على عجلته في منطقة الكاظمية")?.type).toBe("assassination");
  });
});

describe("a sit-in", () => {
  it("«معتصمون … حتى الكشف عن الجهة التي تقف وراء اغتيال …» is the protest, not the killing again", () => {
    expect(incidentOf("معتصمون في ساحة الحبوبي يعلنون استمرار اعتصامهم حتى الكشف عن الجهة التي تقف وراء اغتيال الناشط")).toBeNull();
  });
});
