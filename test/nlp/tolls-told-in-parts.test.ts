// Tolls told in parts: more victims added in a later clause, two nouns under one number, «nobody hurt» said of
// damage and people together (round 7's classes: BLIND.md). Sentences written for these tests.
import { describe, it, expect } from "vitest";
import { incidentOf } from "./helpers.js";

const toll = (text: string) => {
  const f = incidentOf(text);
  return f ? { killed: f.killed, injured: f.injured } : "no incident";
};

describe("victims added in a later clause", () => {
  it("«آخرين» after a count in the same sentence adds to the victims told before it", () => {
    expect(toll("أصيب جندي بجروح متوسطة وأصيب ثلاثة جنود آخرين بجروح طفيفة بانفجار عبوة ناسفة في قضاء الخالص")).toEqual({ killed: null, injured: 4 });
  });
  it("«كما أصيب معه» adds to the victim just told in its sentence", () => {
    expect(toll("أصيب آمر الفوج بجروح خطيرة بانفجار عبوة ناسفة في قضاء الخالص، كما أصيب معه أيضاً ضابط برتبة نقيب")).toEqual({ killed: null, injured: 2 });
  });
  it("«معه» retelling a victim named before in the sentence adds nobody: «مقتل ضابط وسائقه …، حيث قتل معه سائقه»", () => {
    expect(toll("مقتل ضابط وسائقه بانفجار عبوة ناسفة في قضاء الخالص، حيث قتل معه سائقه على الفور")).toEqual({ killed: 2, injured: null });
    expect(toll("اغتيال ناشط وإصابة زوجته بهجوم مسلح في قضاء الخالص، إذ أصيبت معه زوجته بجروح")).toEqual({ killed: 1, injured: 1 });
  });
  it("«معه» (with him) after two told retells one of them; «معهما» (with them) adds", () => {
    expect(toll("اغتيل مختار قرية ونجله بهجوم مسلح في قضاء الخالص، حيث قتل معه ابنه الأكبر")).toMatchObject({ killed: 2 });
    expect(toll("أصيب الضابط ومرافقه بانفجار عبوة في قضاء الخالص، كما أصيب معهما مدني")).toMatchObject({ injured: 3 });
  });
  it("a round-up's items in two districts named by their unit do not add up", () => {
    expect(toll("قتل شخصان في ناحية جبلة، وقتل ثلاثة آخرون في ناحية الإسكندرية، بنزاعات متفرقة في محافظة بابل")).toMatchObject({ killed: 2 });
  });
  it("a later figure in an incident of its own («في اشتباك ثان») is no more victims of the first", () => {
    expect(toll("قتل شخص وجرح آخر في اشتباك مسلح بين عشيرتين في قضاء الخالص، وجرح ثلاثة آخرون في اشتباك ثان مساء اليوم")).toEqual({ killed: 1, injured: 1 });
  });
  it("a body retelling its lead adds nobody: «إصابة ضابط ومرافقه. … ما أدى إلى إصابته، كما أصيب معه مرافقه»", () => {
    expect(toll("إصابة ضابط ومرافقه بانفجار عبوة ناسفة في قضاء الخالص. وأوضح المصدر أن العبوة انفجرت على عجلة الضابط ما أدى إلى إصابته، كما أصيب معه مرافقه"))
      .toEqual({ killed: null, injured: 2 });
  });
  it("«آخرين» as the counted noun («لثلاثة آخرين») adds to the one before", () => {
    expect(toll("أسفر الانفجار في قضاء الخالص عن إصابة خطيرة لأحد المارة وإصابات طفيفة لثلاثة آخرين")).toEqual({ killed: null, injured: 4 });
  });
  it("the lead restated in the body is the same victims, not more", () => {
    expect(toll("مقتل جندي وإصابة 3 آخرين بانفجار عبوة في قضاء الخالص. وقال مصدر إن الانفجار أسفر عن مقتل جندي وإصابة ثلاثة آخرين"))
      .toEqual({ killed: 1, injured: 3 });
  });
  it("a lead restated after a comma or «حيث», with «آخرين» setting the wounded apart from the dead, is not more victims", () => {
    expect(toll("مقتل ضابط وإصابة 3 جنود بانفجار عبوة ناسفة في قضاء الخالص، حيث أدى الانفجار إلى مقتل ضابط برتبة ملازم وإصابة ثلاثة جنود آخرين"))
      .toEqual({ killed: 1, injured: 3 });
  });
  it("«بينهم … وثلاثة جنود آخرين» names a part of the total", () => {
    expect(toll("إصابة 4 جنود بانفجار عبوة ناسفة في قضاء الخالص بينهم ضابط برتبة نقيب أصيب بجروح بليغة وثلاثة جنود آخرين")).toEqual({ killed: null, injured: 4 });
  });
  it("a round-up's item with a cause of its own after a first with its own is another incident", () => {
    expect(toll("قتل شخص بنزاع عشائري في قضاء الشطرة، وقتل ثلاثة آخرون بحادث سير على الطريق الدولي")).toMatchObject({ killed: 1 });
    expect(toll("أصيب شرطي بإطلاق نار في قضاء الزبير، وأصيب ثلاثة آخرون بحالات اختناق في حريق منفصل")).toMatchObject({ injured: 1 });
  });
  it("a round-up's items in other places, or after «فيما», are other incidents", () => {
    expect(toll("أصيب شخصان بانفجار عبوة في قضاء الطارمية شمال بغداد، وأصيب ثلاثة آخرون بسقوط قذيفة هاون في قضاء بلد بمحافظة صلاح الدين"))
      .toMatchObject({ injured: 2 });
    expect(toll("قتل شخص بهجوم مسلح في قضاء الزبير بمحافظة البصرة، فيما قتل ثلاثة آخرون بنزاع عشائري في قضاء الكحلاء بمحافظة ميسان"))
      .toMatchObject({ killed: 1 });
  });
  it("a lead's total beside its parts in the body is the larger, not the sum; «كما» alone adds nothing", () => {
    expect(toll("إصابة 4 منتسبين بانفجار عبوة ناسفة في قضاء الخالص. وقال مصدر أمني إن العبوة انفجرت على دورية ما أدى إلى إصابة ضابط برتبة ملازم، كما أصيب ثلاثة جنود."))
      .toEqual({ killed: null, injured: 4 });
    expect(toll("مقتل شخص بنزاع عشائري في قضاء الخالص. كما قتل شخصان في نزاع عشائري آخر بمحافظة ميسان")).toMatchObject({ killed: 1 });
  });
});

describe("two counted nouns under one number", () => {
  it("«مقتل 17 جنديا وضابطا» is 17 soldiers and officers, not 18", () => {
    expect(toll("مقتل 17 جنديا وضابطا بهجوم صاروخي على معسكر في قضاء الخالص")).toMatchObject({ killed: 17 });
  });
  it("«في هجوم» after the pair ends the count as «بهجوم» does", () => {
    expect(toll("استشهاد 14 جنديا وضابطا في هجوم على قرية في قضاء الخالص")).toMatchObject({ killed: 14 });
  });
  it("«ومدنيا واحدا»: a second noun with its own number is one more person", () => {
    expect(toll("مقتل 11 عسكريا ومدنيا واحدا بهجوم في قضاء الخالص")).toMatchObject({ killed: 12 });
  });
  it("a second noun that is qualified («وضابطا برتبة نقيب», «وطفلا رضيعا») is one more person", () => {
    expect(toll("مقتل 11 جنديا وضابطا برتبة نقيب بهجوم على موقع عسكري في قضاء الخالص")).toMatchObject({ killed: 12 });
    expect(toll("مقتل 12 شخصا وطفلا رضيعا بقصف هاون على قرية في قضاء الخالص")).toMatchObject({ killed: 13 });
    expect(toll("مقتل 17 جنديا وضابطا وإصابة آخرين بهجوم صاروخي في قضاء الخالص")).toMatchObject({ killed: 17 });
  });
  it("after a verb the accusative is the object's: «قتل مسلحون 12 راعيا وطفلا» is 13", () => {
    expect(toll("قتل مسلحو داعش 12 راعيا وطفلا في صحراء قضاء الخالص")).toMatchObject({ killed: 13 });
  });
  it("a noun with no accusative ending after «و» is one more victim", () => {
    expect(toll("مقتل 3 جنود وضابط بانفجار عبوة في قضاء الخالص")).toMatchObject({ killed: 4 });
    expect(toll("مقتل 12 شخصا وطفل بانفجار عبوة في قضاء الخالص")).toMatchObject({ killed: 13 });
  });
});

describe("nobody hurt, said of damage and people together", () => {
  it("«دون وقوع أضرار أو إصابات», «دون تسجيل أي أضرار أو إصابات», «ولم تقع إصابات» are 0", () => {
    expect(toll("سقوط صاروخ على منزل في قضاء الخالص دون وقوع أضرار أو إصابات")).toEqual({ killed: 0, injured: 0 });
    expect(toll("تفكيك عبوة ناسفة في قضاء الخالص دون تسجيل أي أضرار أو إصابات")).toEqual({ killed: 0, injured: 0 });
    expect(toll("سقوط صاروخ في قضاء الخالص ولم تقع إصابات")).toEqual({ killed: 0, injured: 0 });
    expect(toll("سقوط صاروخ على منزل في قضاء الخالص دون أضرار وإصابات")).toEqual({ killed: 0, injured: 0 });
  });
  it("nobody hurt among some («بين المدنيين») is no 0 where others are said to be killed; alone it is", () => {
    expect(toll("قصف طيران الجيش وكرا لداعش في قضاء الخالص وقتل من فيه، ولم تقع إصابات بين المدنيين")).toEqual({ killed: null, injured: null });
    expect(toll("سقوط قذيفة هاون في قضاء الخالص لم تسفر عن إصابات في صفوف المدنيين")).toEqual({ killed: 0, injured: 0 });
  });
  it("«خسائر في الأرواح», «إصابات في الحادث»: «في» of where, not of whom", () => {
    expect(toll("هجوم صاروخي على قاعدة في قضاء الخالص دون وقوع خسائر في الأرواح")).toEqual({ killed: 0, injured: 0 });
    expect(toll("سقوط صاروخ في قضاء الخالص دون تسجيل إصابات في الحادث")).toEqual({ killed: 0, injured: 0 });
  });
  it("damage alone says nothing of people", () => {
    expect(toll("سقوط صاروخ على منزل في قضاء الخالص دون وقوع أضرار")).toEqual({ killed: null, injured: null });
  });
});

describe("one wound told by its severity", () => {
  it("«إصابة خطيرة», «إصابة بسيطة لطفلة» are one wounded", () => {
    expect(toll("إطلاق نار في حي الجامعة ببغداد؛ إصابة خطيرة كحصيلة أولية")).toEqual({ killed: null, injured: 1 });
    expect(toll("الداخلية تعلن إصابة بسيطة لطفلة جراء سقوط صاروخ على منزل في قضاء الخالص")).toEqual({ killed: null, injured: 1 });
  });
  it("the victims after «ل» are counted: «لجنديين» 2, «لسائق العجلة ومرافقه» 2, «لأطفال» no number", () => {
    expect(toll("إصابة خطيرة لجنديين بانفجار عبوة ناسفة في قضاء الخالص")).toEqual({ killed: null, injured: 2 });
    expect(toll("انفجار عبوة في قضاء الخالص وإصابة متوسطة لسائق العجلة ومرافقه")).toEqual({ killed: null, injured: 2 });
    expect(toll("انفجار عبوة في قضاء الخالص وإصابة بليغة لأطفال")).toEqual({ killed: null, injured: null });
  });
  it("a wound with no victim named in a sentence of a death is the dead man's", () => {
    expect(toll("مقتل شاب بطلق ناري في قضاء الخالص بعد تعرضه إلى إصابة خطيرة في الرأس")).toEqual({ killed: 1, injured: null });
    expect(toll("فارق شاب الحياة لإطلاق نار أدى إلى إصابة خطيرة في رأسه بقضاء الخالص")).toEqual({ killed: null, injured: null });
  });
  it("«وإصابة خطيرة لأحدهم», «للطفل» describe a victim already counted; a wound denied is none", () => {
    expect(toll("أسفر انفجار عبوة ناسفة في قضاء الخالص عن إصابة 3 أشخاص، وإصابة خطيرة لأحدهم")).toEqual({ killed: null, injured: 3 });
    expect(toll("أصيب سائق وطفل بانفجار عبوة في قضاء الخالص، وإصابة خطيرة للطفل")).toEqual({ killed: null, injured: 2 });
    expect(toll("انفجار عبوة ناسفة في قضاء الخالص، ولم يسفر الحادث عن إصابة خطيرة")).toEqual({ killed: 0, injured: 0 });
  });
  it("two wounds joined by «و» are two people: «إصابة متوسطة لجندي وإصابة بسيطة لآخر»", () => {
    expect(toll("انفجار عبوة في قضاء الخالص أسفر عن إصابة متوسطة لجندي وإصابة بسيطة لآخر")).toEqual({ killed: null, injured: 2 });
  });
  it("«أصيب إصابة خطيرة», «لقي مصرعه إثر إصابة خطيرة» are the victim's own wound, no one more", () => {
    expect(toll("مقتل جندي في قضاء الخالص بعد أن أصيب إصابة خطيرة بانفجار عبوة ناسفة")).toEqual({ killed: 1, injured: null });
    expect(toll("لقي شاب مصرعه إثر إصابة خطيرة بطلق ناري في نزاع عشائري بقضاء الخالص")).toEqual({ killed: 1, injured: null });
    expect(toll("استشهد مقاتل في الحشد الشعبي نتيجة إصابة بليغة بنيران قناص في قضاء الخالص")).toEqual({ killed: 1, injured: null });
  });
  it("«بإصابة خطيرة» tells how a victim counted elsewhere was hurt; «إصابة مباشرة» is a hit", () => {
    expect(toll("أصيب 3 جنود بإصابة خطيرة بانفجار عبوة في قضاء الخالص")).toEqual({ killed: null, injured: 3 });
    expect(toll("سقوط صاروخ في قضاء الخالص وإصابة مباشرة للهدف")).toEqual({ killed: null, injured: null });
  });
});

describe("nobody hurt among some, beside a victim told by a pronoun", () => {
  it("«أسفر عن إصابته …، ولم تقع إصابات في صفوف المدنيين»: the policeman is still wounded", () => {
    expect(toll("انفجار عبوة لاصقة بعجلة منتسب في الشرطة في قضاء الخالص أسفر عن إصابته بجروح متوسطة، ولم تقع إصابات في صفوف المدنيين"))
      .toEqual({ killed: null, injured: 1 });
  });
});

describe("a toll noun after the people it counts", () => {
  it("«24 جندي أمريكي جريح», «3 مدنيين جرحى»: the number before the people is the toll", () => {
    expect(toll("إعلام أمريكي: 24 جندي أمريكي جريح نتيجة هجوم على قاعدة في قضاء الخالص")).toEqual({ killed: null, injured: 24 });
    expect(toll("انفجار عبوة ناسفة في قضاء الخالص يوقع 3 مدنيين جرحى")).toEqual({ killed: null, injured: 3 });
  });
  it("people carried or housed («عجلة تنقل 4 جنود جرحى», «مستشفى يضم 20 مقاتلا جريحا») were wounded before", () => {
    expect(toll("مسلحون يهاجمون عجلة تنقل 4 جنود جرحى إلى مستشفى كركوك في قضاء الحويجة ويصيبون السائق")).toMatchObject({ injured: 1 });
    expect(toll("سقوط قذائف هاون قرب مستشفى ميداني يضم 20 مقاتلا جريحا في قضاء الخالص")).toMatchObject({ injured: null });
  });
  it("a rank is one person: «مقتل الرقيب …»", () => {
    expect(toll("مقتل الرقيب علي حسين بانفجار عبوة ناسفة في قضاء الخالص")).toMatchObject({ killed: 1 });
  });
});

describe("a people's name as the victim", () => {
  it("«مقتل عراقي», «مقتل إيراني» are one dead; «مقتل جندي أمريكي» reads the noun; a plural no number", () => {
    expect(toll("مقتل عراقي بنيران حرس الحدود في قضاء سفوان بمحافظة البصرة")).toEqual({ killed: 1, injured: null });
    expect(toll("مقتل إيراني وإصابة اثنين بانفجار في قضاء الخالص")).toEqual({ killed: 1, injured: 2 });
    expect(toll("مقتل جندي أمريكي بانفجار في قضاء الخالص")).toEqual({ killed: 1, injured: null });
    expect(toll("مقتل عراقيين بانفجار في قضاء الخالص")).toEqual({ killed: null, injured: null });
    expect(toll("إصابة أمريكي وعراقي بانفجار في قضاء الخالص")).toEqual({ killed: null, injured: 2 });
    // in apposition to a dual; the killer «عراقي الجنسية»
    expect(toll("مقتل جنديين أمريكي وبريطاني بهجوم طائرة مسيرة في قضاء الخالص")).toMatchObject({ killed: 2 });
    expect(toll("قتل عراقي الجنسية ثلاثة من أقاربه بنزاع عائلي في قضاء الخالص")).toMatchObject({ killed: 3 });
  });
});

describe("victims told before a present-tense or passive casualty verb (a headline's «جنديان يستشهدان»)", () => {
  it("a dual, a counted plural or a singular before «يستشهد», «يلقى حتفه», «يصاب» is that many", () => {
    expect(toll("جنديان يستشهدان بهجوم لداعش على نقطة تفتيش في قضاء الحويجة")).toEqual({ killed: 2, injured: null });
    expect(toll("ثلاثة جنود يستشهدون بهجوم لداعش في قضاء الحويجة")).toEqual({ killed: 3, injured: null });
    expect(toll("منتسب في الشرطة يلقى حتفه بانفجار عبوة ناسفة في قضاء المقدادية")).toEqual({ killed: 1, injured: null });
    expect(toll("مدنيان يصابان بانفجار عبوة ناسفة في قضاء الحويجة")).toEqual({ killed: null, injured: 2 });
  });
  it("a singular before a verb only a victim is the subject of is one: «جندي استشهد», not the killer of «مسلح يقتل شقيقه»", () => {
    expect(toll("جندي استشهد بهجوم لداعش في قضاء الحويجة")).toEqual({ killed: 1, injured: null });
    expect(toll("مسلح يقتل شقيقه بإطلاق نار في قضاء الحويجة")).toEqual({ killed: 1, injured: null });
  });
  it("a number counting the singular noun wins: «أكثر من 40 شخصاً لقوا مصرعهم» is 40", () => {
    expect(toll("أكثر من 40 شخصا لقوا مصرعهم بانفجار سيارة مفخخة في مدينة كربلاء")).toMatchObject({ killed: 40 });
  });
  it("«وآخر يصاب» after the dead is one wounded, not the dead again", () => {
    expect(toll("عنصران من الحشد يستشهدان وآخر يصاب بهجوم لداعش في قضاء الحويجة")).toEqual({ killed: 2, injured: 1 });
  });
  it("«متأثراً بجروح أصيب بها» is the wound the dead sustained: nobody more wounded", () => {
    expect(toll("توفي شرطي متأثراً بجروح أصيب بها خلال هجوم مسلح على دورية في قضاء الكحلاء")).toMatchObject({ injured: null });
  });
});

describe("the dead or wounded among a combined figure («مقتل وإصابة 5 بينهم 3 قتلى»)", () => {
  it("the count after «بينهم» is stated, and the rest of the combined figure is the other kind (the corpus rules' split)", () => {
    expect(incidentOf("مقتل وإصابة 5 جنود بينهم 3 قتلى بهجوم لداعش في قضاء الحويجة")).toMatchObject({ killed: 3, injured: 2, casualties: 5 });
    expect(incidentOf("مقتل وإصابة خمسة جنود، بينهم ثلاثة قتلى، بهجوم لداعش في قضاء الحويجة")).toMatchObject({ killed: 3, injured: 2, casualties: 5 });
    expect(incidentOf("مقتل وإصابة خمسة جنود بينهم جريحان بهجوم لداعش في قضاء الحويجة")).toMatchObject({ killed: 3, injured: 2, casualties: 5 });
    expect(incidentOf("مقتل وإصابة ٧ أشخاص، بينهم قتيلان، إثر اشتباك مسلح بين عائلتين في قضاء الهندية")).toMatchObject({ killed: 2, injured: 5, casualties: 7 });
  });
  it("a combined figure alone still gives neither", () => {
    expect(incidentOf("مقتل وإصابة 15 شخصا بانفجار عبوة ناسفة في مدينة الحلة")).toMatchObject({ killed: null, injured: null, casualties: 15 });
  });
});

describe("the wounded still in hospital", () => {
  it("«فيما لا يزال أربعة آخرون يتلقون العلاج» after a toll's rise is four wounded («لا يزال» is «still», no negation)", () => {
    expect(toll("ارتفاع حصيلة الهجوم المسلح على قرية في قضاء المقدادية إلى 5 شهداء، بعد وفاة اثنين من الجرحى، فيما لا يزال أربعة آخرون يتلقون العلاج"))
      .toEqual({ killed: 5, injured: 4 });
  });
});

describe("the split of a combined figure after «هم»", () => {
  it("«9 أشخاص بين قتيل وجريح، هم ثلاثة قتلى وستة جرحى» is 3 and 6, the 9 kept as the combined figure", () => {
    expect(incidentOf("حصيلة تفجير العبوة الناسفة في ساحة الطيران وسط بغداد: 9 أشخاص بين قتيل وجريح، هم ثلاثة قتلى وستة جرحى"))
      .toMatchObject({ killed: 3, injured: 6, casualties: 9 });
  });
});
