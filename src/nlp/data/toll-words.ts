// The words the toll rules (src/nlp/casualties/) read around a casualty verb or noun: what may stand
// between a verb and its count, what makes a number count something other than people, what makes a
// figure a lower bound, a rise or a zero. The cue tables of casualty verbs, toll nouns and person nouns
// are in ../cues.ts. Sets are normalised (nset); the patterns are written normalised already.

import { nset, normalizeArabic } from "../normalize.js";

/** Words that open a side clause within a sentence («…، مضيفاً أن المقر تعرض سابقاً لقصف», «…، وهو السادس من
 * نوعه منذ كانون الثاني», «…، علماً أن المختار تلقى تهديدات منذ أيلول»): a background marker there speaks of
 * the place or an earlier event, not of the figure told before it. */
export const CLAUSE_OPENERS = nset(["مضيفا", "مضيفه", "مشيرا", "مشيره", "لافتا", "لافته", "موضحا", "موضحه", "مبينا", "مبينه",
  "منوها", "علما", "وهو", "وهي", "فيما"]);
/** Relative pronouns: «إصابة شقيقه الذي عاد من الخدمة قبل عامين» dates the brother's return, not the wounding. */
export const RELATIVE_PRONOUNS = nset(["الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي"]);
/** A comma in the normalised text (normalize.ts folds «،» into it). */
export const COMMA = ",";
/** The other-incident cues (cues.ts OTHER_INCIDENT_CUES) that turn the story to another matter, at the head of
 * their clause («…، وعلى صعيد آخر، أصيب 5 مدنيين», «من جهة أخرى»): they take the figures after them, not this
 * incident's told before them in the sentence. «في حادث منفصل» may trail its figure and takes the whole sentence. */
export const TURN_CUES = nset(["في غضون ذلك", "من جهه اخرى", "من جهه اخري", "على صعيد اخر", "في سياق اخر", "في سياق منفصل",
  "في تطور اخر"]);
/** Background markers that also introduce an earlier statement about this very incident. */
export const SOFT_BACKGROUND = nset(["وكانت", "وكان", "كانت", "كان قد"]);
/** Background markers that name the cause, a noun phrase ended by a comma: «اندلع النزاع على خلفية قضية قديمة، ما أسفر
 * عن مقتل ثلاثة» — the clause after the comma is the news's toll. */
export const CAUSE_BACKGROUND = nset(["على خلفيه"]);
/** «وكانت القرية قد تعرضت/شهدت …»: what a place had suffered before (casualties/background.ts placeHadBeenHit). */
export const HAD = "قد";
export const SUFFERED = /^(تعرض|تعرضت|شهد|شهدت)$/;
/** «منذ» before a date: a comparison over a span («أعنف هجوم منذ الشهر الماضي»), not the date of another event. */
export const SINCE = /^(و)?منذ$/;
/** «منذ مطلع / أواخر الشهر الماضي»: the part of a span between «منذ» and its date. */
export const PART_OF_SPAN = /^(مطلع|بدايه|اوايل|اواخر|منتصف|نهايه)$/;
/** «مماثل» and its forms (EARLIER_SIMILAR_CUES), and what makes it a likeness: a «ل» object right after it
 * («بهجوم مماثل لهجمات داعش»: like them, not another attack told). */
export const LIKENESS_CUE = /^مماثل(ه|ا)?$/;
export const LIKE_WHAT = /^(لل|لما$|لذلك$|لتلك$|له$|لها$|لهم$|لهجوم|لهجمات|لحادث|لعمليه|لعمليات|لتفجير|لاعتداء|لاستهداف)/;

/** Tokens skipped between a casualty verb and its count. */
export const COUNT_FILLERS = nset(["ما", "لا", "يقل", "عن", "اكثر", "من", "نحو", "حوالي", "قرابه", "زهاء", "اليوم", "امس", "الى", "ايضا",
  "بجروح", "فقط", "جراء", "اثر", "على", "الاقل", "مجموعه", "يزيد", "بحياه", "عدد", "مصرعه", "مصرعهم", "الحياه", "فيما",
  // «كما أصيب معه أيضاً ضابط»: who was with the victim just told
  "معه", "معها", "معهم", "معهما"]);
/** «إصابة خطيرة كحصيلة أولية», «إصابة بسيطة لطفلة»: one wound told by its severity is one person wounded (not
 * «بإصابة خطيرة», how a victim counted elsewhere was hurt; not «إصابة مباشرة», a hit). Normalised. */
export const WOUND_SEVERITY = nset(["خطيره", "خطره", "بالغه", "بليغه", "طفيفه", "بسيطه", "متوسطه", "حرجه"]);
export const WOUND = "اصابه";
/** What a wound named with no victim is the result of («أسفر عن إصابة خطيرة»). */
export const RESULT_OF = nset(["عن"]);
/** Words of dying: a wound told beside them is the dead man's («… توفي على إثرها», «يفارق الحياة»). */
export const DYING = /^(و|ف)?(توفي|توفيت|يتوفي|فارق|يفارق|وفاته|وفاتها|مصرعه|مصرعها|حتفه|استشهد|استشهاده|مقتله)$/;
/** «لآخر»: another one, after a wound («وإصابة بسيطة لآخر»). Normalised, without «ل». */
export const OTHER_ONE = nset(["اخر", "اخري"]);
/** «لأحدهم», «لأحدهما»: one of the victims already counted. */
export const ONE_OF_THEM_AFTER = /^(ل)?(احدهم|احدهما|احداهما|احداهن|احدهن)$/;
/** Words of a cause («إثر», «جراء», «نتيجة», «بعد», «بسبب»): before a wound they make it what the dead died of («مقتل
 * شخص إثر إصابته بشظايا»); after a count they end it («مقتل 17 جنديا وضابطا جراء …»); in a figure's clause they give it
 * a cause of its own. */
export const CAUSE_WORDS = nset(["اثر", "جراء", "نتيجه", "بعد", "بسبب"]);
/**
 * A figure that adds victims to the one just before it in its sentence (casualties/mention.ts withMore): «آخرين» right
 * after its count («أصيب مقاتل … وأصيب ثلاثة مقاتلين آخرين») or «معه» in it («أصيب الضابط، كما أُصيب معه مرافقه»).
 * «كما» alone does not: it also opens another incident («كما قتل شخصان في نزاع آخر بميسان»). «بينهم» between them
 * makes the later a part.
 */
export const OTHERS_AFTER = nset(["اخرين", "اخرون", "اخريات"]);
export const WITH_HIM = nset(["معه", "معها", "معهم", "معهما"]);
/** «معهما», «معهم»: with them, after a figure of two or more (withMore). */
export const WITH_THEM = nset(["معهم", "معهما"]);
export const AMONG = nset(["بينهم", "منهم", "بينهما", "بينهن"]);
/** «… بين قتيل وجريح، هم ثلاثة قتلى وستة جرحى»: the split of a combined figure, after it. */
export const THEY_ARE = nset(["هم", "وهم"]);
/** «فيما», «بينما» between two figures: a round-up's next item, another incident as often as not. */
export const MEANWHILE = nset(["فيما", "بينما", "وفيما", "وبينما"]);
/** «…، أسفر عن مقتل ثلاثة», «…، ما أدى إلى …»: a result told after a comma, which ends a clause of the cause. */
export const RESULT_VERB = new RegExp(normalizeArabic("^(و|ف)?(أسفر|أسفرت|يسفر|تسفر|أدى|أدت|يؤدي|تؤدي|خلف|خلفت)$"));
/** «في ناحية جبلة», «بقضاء المسيب»: a place named by its unit (a name the gazetteer doubts is still a place). */
export const ADMIN_UNIT = /^(ب|و|في)?(ال)?(ناحيه|قضاء|محافظه|منطقه|مدينه|قريه|بلده)$/;
/** «في اشتباك ثان», «في حادث منفصل»: the later figure's own incident, named with an ordinal or «separate». */
export const INCIDENT_NOUN = /^(في|ب|و)?(ال)?(اشتباك|تعرض|هجوم|حادث|حادثه|انفجار|تفجير|قصف|اعتداء|نزاع|استهداف|كمين)$/;
export const ANOTHER_ONE = /^(ال)?(ثان|ثاني|ثانيه|اخر|اخري|منفصل|منفصله|جديد|جديده|مماثل)$/;
/** «وآخر يصاب», «وثالث يستشهد»: an ordinal or «another» right before a casualty verb is one victim. Normalised. */
export const ORDINAL_ONE_STEM = /^و?(ثالث|رابع|خامس|اخر|اخري)$/;
/**
 * Casualty verbs whose subject can only be the victim (passive or intransitive: «استشهد», «يُصاب», «لقي حتفه»,
 * «اغتيل»), as their first word begins: a singular person noun before one is one victim («جندي يستشهد»). Not
 * «قتل», «يقتل», «يغتال»: their subject before them is as often the killer («مسلح يقتل شقيقه»). Normalised.
 */
export const VICTIM_SUBJECT_VERB = /^(و|ف)?(استشهد|يستشهد|تستشهد|اصيب|يصاب|تصاب|لقي|لقوا|يلقي|تلقي|يلقون|يلقيان|اغتيل|توفي|توفيت|فارق|يفارق|تفارق|ارتقي|ارتقوا)/;
/** «لا يزال»: «still», no negation of the casualty word after it. Normalised. */
export const STILL = /^(يزال|تزال|زال|زالت|يزالون)$/;
/** «بجروح أصيب بها», «بجراح»: the wound noun a casualty verb after it tells the sustaining of. Normalised. */
export const WOUND_NOUN = /^(ب|و)?(جروح|جراح|جراحه|جروحه)$/;
/** «قتل ثالث», «أصيب آخر»: an ordinal or «another» is one victim. */
export const ORDINAL_ONE = nset(["ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "اخر", "اخري", "اخرى", "ثاني", "ثان"]);
/** Before a number: the number names a unit, an article, a year… */
export const UNIT_BEFORE = nset(["لواء", "اللواء", "فوج", "الفوج", "فرقه", "الفرقه", "ماده", "الماده", "رقم", "عام", "العام", "سنه",
  "الساعه", "ساعه", "تمام", "كتيبه", "مشاه", "المشاه", "حزيران", "تشرين", "بتاريخ"]);
/** Possessive pronoun suffixes on a victim noun («نجليه», «طفليها»). */
export const OWNER_SUFFIX = ["هما", "هم", "ها", "ه"];
/** The five nouns («أخيه», «أبيه», «ذويه»): their -ي/-ا is a case ending, not a dual. */
export const FIVE_NOUNS = nset(["اخ", "اب", "ذو", "حم", "فو"]);
/** «اثنين», «اثنان» after a noun: two of them. */
export const TWO_AFTER = /^(اثنين|اثنان)$/;
/** An adjective in the accusative singular after a person noun («أمريكياً», «عراقياً», «أمنياً», «واحداً»): the noun
 * before it is one person, not a dual in construct. A nisba: not a broken plural in «-ايا» («سرايا», «ضحايا»). */
export const ACC_SINGULAR_ADJECTIVE = /^(\S+[^ا]يا|واحدا)$/;
/** …or a preposition or a cause right after it («قتلوا راعيا في صحراء الرطبة», «يقتل جنديا بانفجار»): the dual in
 * construct has its noun right after it («راعيا أغنام», «جنديا الشرطة»). Normalised. */
export const AFTER_ACC_SINGULAR = /^(في|من|علي|عند|قرب|داخل|خارج|امام|بين|الي|اثناء|خلال|بعد|قبل|اثر|جراء|ب\S+)$/;
/** A counted noun in the accusative singular, the tamyiz of a number from 11 to 99 («17 جنديا», «12 شخصا»): one
 * more such noun after «و» («وضابطا») is counted by the same number. Not «-ايا» (a broken plural: «ضحايا»). */
export const TAMYIZ = /^\S+[^ا]ا$/;
/** The masdars of a toll («مقتل», «استشهاد», «إصابة» …): after them the number is genitive, and its noun the tamyiz. */
/** «عراقي الجنسية»: a people's name that qualifies, here the killer («قتل عراقي الجنسية ثلاثة من أقاربه»). */
export const NATIONALITY = /^(ال)?جنسيه$/;
/** «واحد», «واحداً» after a noun: its number, one. */
export const ONE_WORD = /^(واحد|واحدا|واحده)$/;
export const TOLL_MASDARS = nset(["مقتل", "استشهاد", "اصابه", "جرح", "مصرع", "ارتقاء", "وفاه"]);
/** Words that make the figures after them the latest ones (see isUpdate): a rise, a final or updated toll, a correction
 * («صححت الرقم لاحقاً وأكدت مقتل أربعة»). */
export const STRONG_UPDATE = /^(و|ب|ل)?(ال)?(ارتفاع|ارتفع|ارتفعت|ليرتفع|لترتفع|النهاييه|نهاييه|المحدثه|محدثه|صحح|صححت|تصحيح)$/;
/** «متأثراً بإصابته»: died of a wound (the word before it). */
export const DIED_OF = /^(و)?متاثر(ا|ين|ون|ه|تين)?$/;
/** «بعد أن كانت الحصيلة الأولية تشير إلى مقتل أربعة», «بعدما كان»: what the toll had been before. */
export const HAD_BEEN = nset(["كانت", "كان"]);
export const AFTER_THAT = "ان";
export const AFTER_WHEN = "بعدما";
/** «أدى الانفجار إلى مقتل 10», «ما أفضى إلى»: a cause's result, whose «إلى» (TO) is no toll update. */
export const CAUSED = /^(و|ف|م)?(ما)?(ادي|ادت|يودي|تودي|افضي|افضت|قاد|قادت)$/;

/** Fillers before a count that make it a lower bound («ما لا يقل عن», «أكثر من», «ما يزيد على»). */
export const LOWER_BOUND_BEFORE = nset(["اكثر", "يقل", "يزيد", "الاقل"]);
/** «على الأقل» after a count: the preposition, then the word. */
export const AT_LEAST_ON = nset(["على", "علي"]);
export const AT_LEAST_LEAST = "الاقل";
/** Fillers that make what follows a vague quantity («عدد من الجنود», «مجموعة من المدنيين»). */
export const VAGUE_FILLERS = nset(["عدد", "مجموعه"]);

/** «ما أدى إلى مقتله», «إصابته بجروح», «مصرعهما»: stems that with a pronoun give the count. */
export const SELF_STEMS: ReadonlyArray<readonly [string, "killed" | "injured"]> = [
  ["مقتل", "killed"], ["مصرع", "killed"], ["استشهاد", "killed"], ["اغتيال", "killed"], ["وفات", "killed"],
  ["اصابت", "injured"], ["جرح", "injured"],
];
/** The pronouns on those stems and the number of victims each names. */
export const SELF_PRONOUNS: ReadonlyArray<readonly [string, number]> = [["ه", 1], ["ها", 1], ["هما", 2]];
/** «أحد المسلحين», «إحدى النساء»: one. */
export const ONE_OF = /^(احد|احدي)$/;
/** «ضابط برتبة ملازم أول وجنديين»: a rank phrase between the items of a list. */
export const RANK = /^(ب)?رتبه$/;
/** Accusative singular toll nouns: one victim when no number precedes («يوقع قتيلا»). */
export const ACC_ONE = nset(["قتيلا", "شهيدا", "جريحا", "مصابا"]);
/** Verbs that «leave» victims («يوقع قتيلا», «خلف جريحا»). */
export const YIELD = nset(["يوقع", "توقع", "اوقع", "اوقعت", "يخلف", "تخلف", "خلف", "خلفت", "يسقط", "تسقط", "اسقط", "اسفر عن", "يحصد", "تحصد",
  // «وأردوه قتيلاً», «فأردته قتيلة»: the verb with its victim as a pronoun («أردوهما قتيلين» is the dual noun's 2)
  "اردوه", "ارداه", "اردته", "اردوها", "ارداها", "اردتها", "يردوه", "يردونه", "يرديه", "ترديه", "يرديها", "ترديها"]);
/** Words that end a list of victims: a preposition opens the next phrase. */
export const PREPOSITIONS = nset(["في", "من", "على", "عن", "الى", "قرب", "بعد", "قبل", "خلال", "اثر", "جراء", "داخل", "عند", "امام", "حيث", "كما", "فيما", "بينما"]);
/** Plural toll nouns that the verb table also reads («وقوع إصابات»): a number right before one counts them. */
export const COUNTED_TOLL_NOUNS = nset(["اصابات"]);
/** The singular of those nouns, which Arabic counts from eleven up («25 إصابة», «مئة إصابة»): below eleven
 * a number before it is no count of it («3 إصابة» is not written; «مقتل 3 وإصابة» is a masdar, read as a verb). */
export const COUNTED_TOLL_NOUNS_SINGULAR = nset(["اصابه"]);
export const SINGULAR_COUNT_FROM = 11;
/** «إصابات مباشرة / دقيقة / مؤكدة / محققة»: hits on a target, not wounded people. */
export const HIT_QUALITY = /^(مباشر|دقيق|موكد|محقق)/;
/** «تحقيق 4 إصابات», «حققنا», «سجلت»: a claim of hits. */
export const HIT_CLAIM = /^(و|ف)?(تحقيق|حقق|حققت|حققنا|يحقق|تحقق|تسجيل|سجل|سجلت|سجلنا|تسجل|يسجل)$/;
/** «إصابات في صفوف …», «في اوساط»: among people. */
export const IN_RANKS = /^(صفوف|اوساط|اوسط|صفوفهم|صفوفها)$/;
/** «اغتال مسلحون مجهولون، اليوم، مدرساً»: the killers named as the subject between a verb and its victim, and
 * what may follow them before the victim (an adjective, the time). */
export const KILLER_SUBJECTS = nset(["مسلحون", "مسلحين", "مسلحان", "ارهابيون", "ارهابيين", "دواعش"]);
export const KILLER_SUBJECT_TAIL = nset(["مجهولون", "مجهولين", "مجهولان", "ملثمون", "ملثمين", "ملثمان", "اليوم", "امس", "مساء", "صباح", "ليله", "فجر",
  "ظهر", "عصر",
  // «اغتال مسلحون مجهولون، مساء الأربعاء، ضابطاً»: the day named
  "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"]);
/** A victim's kin told after him, his by the pronoun («وزوجته», «وشقيقه», «وابنها»). Normalised. */
export const KIN_AND = /^و(زوج|زوجت|شقيق|شقيقت|ابن|ابنت|نجل|والد|والدت|اخي|حفيد|حفيدت)(ه|ها)$/;
/** «مسلحون مجهولون يستقلون دراجة نارية»: the killers' vehicle, told between them and their victim. */
export const KILLERS_RIDING = nset(["يستقلون", "يستقلان", "يستقل", "يستقلين", "يقودون"]);
/** «ضابط في الجيش وجنديان», «عنصر من الشرطة ومدني»: the prepositions that tie a victim to the forces he serves in. */
export const UNIT_PREPOSITIONS = nset(["في", "من"]);
/** «في الجيش», «من الشرطة», «في الحشد»: the forces a victim serves in. */
export const FORCES_BODY = /^ال(جيش|شرطه|حشد|بيشمركه|قوات|جهاز|فوج|لواء|فرقه|امن|استخبارات|دفاع|داخليه|حرس|صحوه|مرور)$/;
/** «آمر الفوج الثاني»: an ordinal after a unit. */
export const ORDINAL_ADJECTIVE = /^ال(ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|اول)(ه)?$/;
/** Rank-and-file victims: the nouns that, after «و» and a first victim with his unit, are a second victim
 * («منتسب في الشرطة و مدني بانفجار», «جندي في اللواء الرابع ومقاتل من الحشد») — not the officials who open
 * the next clause as its subject («ومحافظ بغداد يوجه», «و مسؤول محلي: …», «وآمر اللواء يتوعد»). */
export const RANK_AND_FILE = nset(["مدني", "مدنيه", "جندي", "شرطي", "شرطيه", "منتسب", "مقاتل", "عنصر", "طفل", "طفله", "امراه",
  "شاب", "فتاه", "رجل", "مواطن", "مواطنه", "موظف", "عامل", "سائق", "طالب", "راعي", "مزارع", "صبي", "رضيع", "عسكري"]);
/** What may follow a second victim and close the toll phrase: the cause («بانفجار», «بهجوم», «بنيران») is a
 * «ب» word, else a preposition (PREPOSITIONS) or «أيضاً»; a verb there makes the noun the next clause's subject. */
export const CAUSE_PREFIX = /^ب.../;
export const ALSO = nset(["ايضا"]);
/** A victim's age in apposition («البالغ من العمر 13 عاماً», «البالغة 13 عاماً»): no toll; after it the toll phrase may
 * close as after the victim. Normalised. */
export const AGE_OPENERS = nset(["البالغ", "البالغه"]);
export const AGE_NOUN = "العمر";
export const AGE_UNITS = nset(["عاما", "عام", "سنه", "سنوات", "اعوام", "شهرا", "شهر", "اشهر", "شهور"]);
/** Person nouns that, with a possessive suffix, name a group of unknown size: «حمايته» (his guard detail). */
export const OWNED_GROUPS = nset(["حمايه"]);
/** «ب» words that tell how a victim was hurt, not the cause of a death («و شقيقته بجروح بليغة», «و زوجته بحالة حرجة»):
 * after a second victim they do not close the list of the dead. «بحالة» only with a state of health after it («بحالة
 * مروعة» may be how they died); not «بإصابة مباشرة», a hit that killed. */
export const INJURY_WORDS = nset(["بجروح", "بجراح", "بجرح"]);
/** «بجراح اصيبا بها», «بجروح أصيب بها»: wounds they sustained, and died of. Normalised. */
export const WOUNDS_SUSTAINED = /^(ا|و)?اصيب/;
export const IN_STATE = nset(["بحاله"]);
export const HEALTH_STATES = nset(["حرجه", "خطره", "خطيره", "صحيه", "مستقره"]);
/** «و مقاتل آخر بهجوم»: «another» after the second victim. */
export const ANOTHER = nset(["اخر", "اخرى", "اخري"]);
/** An adjective between the items of a list («ضابط عراقي وجنديان»). */
export const NISBA_ENDING = /ي$|يه$|يا$/;

/** «توفي أحدهم», «فارق أحد المصابين الحياة»: one of the injured died. */
export const DIED = nset(["توفي", "وتوفي", "فارق"]);
export const ONE_OF_THEM = /^احد/;
/** «بعد وفاة اثنين من الجرحى»: the reason for a rise, not the toll. */
export const AFTER = "بعد";
/** «لقي N مصرعهم»: the later «مصرع» is the same mention. */
export const MET = nset(["لقي", "لقوا"]);
export const DEATH_NOUN = /^مصرع/;
/** «محاولة اغتيال»: an attempt kills nobody. */
export const ASSASSINATION = "اغتيال";
export const ATTEMPT = /محاول/;
/** «جثث معظمها مصاب بطلقات نارية»: the wounds of the dead, not a person injured. */
export const OF_MOST = /^(و)?(معظم|جميع|بعض|كل|اغلب)/;
/** «بين قتيل وجريح», «قتيلا وجريحا»: a combined total, not one victim. */
export const BETWEEN = "بين";
export const AND_OTHER_TOLL_NOUN = /^و(جريح|مصاب|قتيل|شهيد)(ا)?$/;
/** «ارتفاع عدد الشهداء إلى 7», «عدد القتلى ارتفع إلى 9». */
/** The verbs of a toll going up, down or reaching a figure: «ارتفع», «يرتفعون», «قفز», «وصل», «تراجعت» (a revision down). */
export const RISE = /^(و|ب)?(ال)?(ارتفاع|تراجع|انخفاض)$|^(و|ل)?(ارتفع(ت)?|[يت]رتفع(ون|ان)?|قفز(ت)?|[يت]قفز|وصل(ت)?|[يت]صل|تراجع(ت)?|[يت]تراجع|انخفض(ت)?|[يت]نخفض)$/;
/** A denial of a figure: before a rise («نافياً الأنباء التي تحدثت عن ارتفاع عدد القتلى إلى 8») or before the reports of it («نفى … الأنباء عن مقتل خمسة»). */
export const TOLL_DENIAL = /^(و|ف)?(نفي|نفت|ينفي|تنفي|نافيا|نافيه|نافين)$/;
/** What a rise of another matter than the attack's victims names between the rise and its «إلى»: a disease, road
 * accidents, protests («ارتفاع عدد القتلى بفيروس كورونا إلى …», «عدد ضحايا الاحتجاجات في البلاد إلى …»). Normalised. */
export const RISE_OF_ANOTHER_MATTER = /^(و|ب|ل|لل)?(ال)?(فيروس|كورونا|كوفيد|كوليرا|تسمم|حصبه|حمي|مرض|امراض|وباء|حوادث|مروريه|احتجاجات|تظاهرات|مظاهرات|متظاهرين)$/;
/** …or a span of weeks or months, after the word that opens it («هذا الشهر», «خلال الأسبوع», «منذ مطلع العام»). */
export const SPAN_UNIT = /^(ال)?(شهر|اسبوع|عام|سنه|اشهر|اسابيع|اعوام|سنوات)$/;
export const SPAN_OPENER = nset(["خلال", "هذا", "منذ", "طوال", "مطلع", "بدايه"]);
/** «عدد الضحايا ارتفع إلى 6 بعد وفاة اثنين من الجرحى»: victims, who are the dead when a death is the reason. */
export const RISE_VICTIMS = /^(ضحايا)$/;
export const DEATH_REASON = /^(و)?(وفاه|توفي|توفيا|توفوا|متاثرا|متاثرين|متاثرون)$/;
/** What else leads a toll to «إلى» («بلغت الحصيلة إلى», «ليصل عدد الضحايا إلى»): a count or a toll. */
export const RISE_LEAD = /^(و|ب|ل|ف)?(ال)?(حصيله|عدد|بلغ|بلغت|يبلغ|تبلغ|ليبلغ|لتبلغ|ليصل|لتصل|وصولا)$/;
/** Fillers between «إلى» and the figure of a toll update («وصل إلى ما لا يقل عن 20», «إلى نحو 30»). */
export const RISE_FILLERS = nset(["ما", "لا", "يقل", "عن", "اكثر", "من", "نحو", "حوالي", "قرابه", "زهاء", "يزيد", "على"]);
export const RISE_KILLED = /^(شهداء|قتلي|الشهداء|القتلي|وفيات)$/;
export const RISE_INJURED = /^(جرحي|مصابين|اصابات)$/;
export const RISE_KILLED_BEFORE = /^(شهداء|قتلي|وفيات)$/;
export const TO = nset(["الى", "الي"]);

/** Negators and the words between them and «casualties» in «لم يسفر الهجوم عن أي إصابات». */
export const ZERO_NEGATOR = nset(["لم", "دون", "بدون", "ودون", "ولم", "لا", "ولا", "عدم", "ماكو", "وماكو"]);
export const ZERO_FILLER = nset(["يسفر", "تسفر", "يسفرا", "تسفرا", "يؤد", "يؤدي", "تؤدي", "تؤد", "عن", "الى", "وقوع", "تسجيل", "اي", "ان", "تسجل", "يسجل",
  "تسجلا", "يخلف", "تخلف", "توجد", "يوجد", "هناك", "الانفجار", "الهجوم", "القصف", "الحادث", "الاستهداف", "ذلك", "من",
  // «ولم تقع إصابات», «لم يقع أي ضحايا»
  "تقع", "يقع",
  // «ولم تسجل أي حالة وفاة أو إصابة»
  "حاله", "حالات"]);
/** «أو» between the damage and the casualties under one negator («دون وقوع أضرار أو إصابات»): nobody hurt either
 * (casualties/nobody-hurt.ts). Damage alone («دون أضرار») says nothing of people. */
export const OR = nset(["او", "ام"]);
/** After the casualties word: nobody hurt among some («بين المدنيين», «في صفوف القوات») or besides those told («إصابات
 * أخرى»), not nobody at all. */
export const AMONG_SOME = /^(بين|وسط|ضمن|اخري|اخرين|اخر)$/;
/** «في صفوف …»: «في» of whom, not where («في الأرواح», «في الحادث»). */
export const IN = nset(["في"]);
export const RANKS_OF = /^(صفوف|اوساط)$/;
export const ZERO_OBJECT = /^(ال)?(اصابات|اصابه|ضحايا|قتلي|جرحي|خساير|وفاه|وفيات)$/;
/** The dead among ZERO_OBJECT («لم تسجل أي حالة وفاة»): nobody died, of the wounded nothing said. */
export const DEATHS = /^(ال)?(قتلي|وفاه|وفيات)$/;
/** Damage («لم يحدث أي ضرر», «لا توجد أي أضرار»): what an attack did not do, like ZERO_OBJECT. */
export const DAMAGE = /^(ال)?(اضرار|ضرر)$/;
/** «خسائر» alone may be material; it speaks of people with «بشرية» / «في الأرواح». */
export const LOSSES = /خساير$/;
export const OF_PEOPLE = /^(بشريه|في)$/;
/** Material-damage words: «دون خسائر مادية» says nothing about people. */
export const MATERIAL = /^(ال)?(ماديه|مادي)$/;
/** «خمسة من عناصر داعش»: «of» between a count and the people counted. */
export const OF = "من";

/** Another act's word a count reader may not skip over: the count after it is that act's — detainees, abductees, the
 * rescued («مقتل مطلوب واعتقال ثلاثة آخرين»: one killed), which are never a toll (corpus README §4). */
export const OTHER_ACT_WORD = /^[وف]?(اعتقال|اعتقل|القبض|خطف|اختطاف|انقاذ|تحرير)/;

/** What a place name reads as to the toll rules (extract.ts replaces a named place's words with it): no word of any
 * table, but a mark that a place was named there. */
export const PLACE_TOKEN = "·";

/** «الانتحاري», «والانتحاريين»: the bomber, named with the article — killed by his own act, no victim of it. */
export const THE_BOMBER = /^(و|ب)?ال(انتحاري|انتحاريه|انتحاريين|انتحاريان)$/;
/** «بعدما كانت الحصيلة الأولية تشير إلى …», «الحصيلة السابقة»: the count a new toll replaces (casualties/index.ts). Normalised. */
export const AFTER_IT_WAS = "بعدما";
export const WAS = /^(كانت|كان)$/;
export const PRELIMINARY_TOLL = /^(ال)?حصيله$/;
export const PRELIMINARY_ADJ = /^(ال)?(اوليه|سابقه)$/;
