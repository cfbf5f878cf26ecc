// The words the incident rules (src/nlp/classify/) read beside the cue tables of ../cues.ts: which act
// words are hostile, which are only aftermath, who speaks, what a find or a release is of, what makes an
// act negated, past or a phrase. Sets are normalised (nset); the patterns are written normalised already.

import { nset, normalizeArabic } from "../normalize.js";

/** Acts of hostility: they outweigh a drill or a reconnaissance-drone frame. */
export const HOSTILE = nset(["هجوم", "هجمات", "هجوما", "استهداف", "استهدف", "استهدفت", "يستهدف", "تستهدف", "اغتيال", "اختطاف", "خطف",
  "قصف", "اشتباكات", "اشتباك", "مقتل", "قتل", "استشهاد", "تفجير", "غاره", "غارات", "ضربه", "ضربات"]);
/** Execution verbs and the masdar («أعدم», «يعدمون», «إعدام»): an attack only when militants carry it out. */
export const EXECUTION = /^(و|ب)?(اعدم|اعدمت|اعدموا|يعدم|يعدمون|تعدم|اعدام)$/;
/** «على يد», «بيد»: at the hands of (the agent follows). */
export const AT_THE_HANDS = /^(يد|بيد|ايدي|بايدي)$/;
/** Someone attacked (a death alone may be the accident's): outweighs an accident or a fault frame. */
export const ATTACKED = nset(["هجوم", "هجمات", "هجوما", "استهداف", "استهدف", "استهدفت", "يستهدف", "تستهدف", "اغتيال", "اختطاف", "خطف",
  "قصف", "اشتباكات", "اشتباك", "غاره", "غارات"]);
/** A fresh development of an earlier event (a death from wounds, a rising toll) is a follow-up, not a past event:
 * «متأثراً بجراحه». */
export const FOLLOW_UP = /^(متاثرا|متاثره|متاثرين|متاثرتين|متاثرا)$/;
export const OF_WOUNDS = /^(ب)?(جراح|جروح)/;
/** Event words that are only aftermath / sounds: they do not outweigh a fire or an overflight. */
export const SOFT_EVENTS = nset(["الدخان", "اعمده الدخان", "احتراق", "اصوات", "تدمير", "ثانويه", "سقوط", "سقط*", "تعرض*", "تتعرض",
  "يتعرض", "اعتراض", "تتصدى", "تصدت", "يتصدى", "تعترض", "اعترضت", "يعترض", "تحرير", "عثور", "العثور على", "تطال", "طال", "طالت", "اصابه", "اصيب*", "اصابات", "جرح", "جرحى", "مصابين"]);
/** Speaker prefixes («ترامب:», «وزير الخارجية:») that make a post a statement, unless factual sources. */
export const POLITICAL_SPEAKER = new RegExp(normalizeArabic(String.raw`(ترامب|رئيس|وزير|النيابيه|لجنه|النائب|كتله|ائتلاف|وزاره الخارجيه|الخارجيه|نائب|السيد|الشيخ|عراقجي|نتنياهو|نتن ياهو|حكومه|البرلمان|مجلس|الرئيس|السفير|السفاره|زعيم|امين عام|الامين العام|المرشد|قاليباف|بزشكيان|روبيو|حزب الله|انصار الله|المقاومه الاسلاميه|ترمب|وزاره|الكويت|ايران|السعوديه|تركيا|الاردن|سوريا|قطر|الامارات|البحرين|معارض|المبعوث|مبعوث)`));
/** Verbs of speech after a speaker opening a headline («ترامب يقول إن …», «معارض سعودي يتحدث عن …»). */
export const SPEECH_VERBS = nset(["يقول", "تقول", "قال", "قالت", "يتحدث", "تتحدث", "تحدث", "تحدثت", "يصرح", "تصرح", "صرح", "صرحت",
  "يعلق", "تعلق", "علق", "علقت"]);
// «خلية» (the security media cell) as a word: «وزير داخلية …» is a minister, not a cell
export const FACTUAL_SPEAKER = new RegExp(normalizeArabic(String.raw`(مصدر|مراسل|شهود|(?<![ء-ي])خليه|مكافحه|الدفاع|عمليات|الشرطه|شرطه|رويترز|وكاله|الاعلام الامني|جهاز|قياده|مديريه|المعارضه|الحشد|وزاره الداخليه|الداخليه|وزاره الصحه|الصحه|وزاره الدفاع)`));

/** A negator right before an act, or with «تسجيل/وقوع/أي» in between («دون تسجيل أي هجوم»). */
/** «قبل أن يتطور إلى نزاع مسلح», «قبل تحوله إلى اشتباك»: an act it was stopped before becoming (negation.ts). Normalised. */
export const BEFORE_IT_GREW = "قبل";
export const GROWING_INTO = new Set(["يتطور", "تتطور", "تطوره", "تطورها", "يتحول", "تتحول", "تحوله", "تحولها", "يتفاقم", "تتفاقم"]);
export const NEGATORS = new Set(["دون", "بدون", "لم", "لا", "عدم", "ودون", "ولم", "ولا", "لن", "ولن", "ماكو", "وماكو"]);
export const NEG_FILLERS = new Set(["تسجيل", "وقوع", "حدوث", "اي", "يقع", "تقع", "يحدث", "يسجل", "تسجل", "ان", "يوجد", "توجد", "هناك",
  // «لم يكن يستهدف»: the copula carries the negation to the act
  "يكن", "تكن",
  // «ولا معلومات عن هجوم», «لا أنباء عن إصابات»: nothing known of the act
  "معلومات", "انباء", "عن",
  // «ولم تسجل أي حالة استهداف», «لم تسجل حالات اختطاف»: no case of the act
  "حاله", "حالات",
  // «من دون أن يسفر ذلك عن إصابات», «لم يسفر عن إصابات»: no harm as the result
  "يسفر", "تسفر", "يودي", "تودي", "ذلك"]);
/** «لن تحمي … من الضربات»: «لن» negates the clause that follows it. */
export const FUTURE_NEGATORS = new Set(["لن", "ولن"]);
/** «دوي صافرات الانذار»: a siren, not a blast. */
export const SIREN = /صافر|صفار/;
/** «عراقي», «العراقية» alone describe someone; they do not place the event. */
export const IRAQI_ADJECTIVE = /^(ال)?(عراقي|عراقيه|عراقيين|عراقيون)$/;
/** Nouns of the state whose Iraqi adjective does place the event («القضاء العراقي», «القوات العراقية»). */
export const IRAQI_BODY = /^(و|ب|ل)?(ال)?(قضاء|جيش|حكومه|قوات|امن|شرطه|سلطات|اجهزه|جهاز|حدود|اراضي|مياه|اجواء|دوله|ساحه)$/;
/** «قرب الحدود العراقية الكويتية»: Iraq named as a side of a border. */
export const BORDER_BEFORE = /حدود|حدودي/;
export const BORDER_TWO_BEFORE = /حدود/;
/** «على الواجهة الحدودية الشرقية للمملكة مع العراق», «حدودنا مع العراق»: a border «with Iraq» is told from the other
 * side — the word «with» (WITH) before Iraq, a border word within BORDER_WITH_REACH tokens before it. */
export const BORDER_WITH_REACH = 5;
/** Aftermath words that still report harm done: people hurt, something destroyed, blasts heard. */
export const HARM = nset(["اصابه", "اصيب*", "اصابات", "جرح", "جرحى", "مصابين", "تدمير", "اصوات", "ثانويه"]);
/** «سقوط جسم مجهول», «سقوط طائرة»: something fell from the sky. */
export const FALL = /^سق/;
export const FALLEN_OBJECT = /^(ال)?(جسم|اجسام|طايره|مقذوف|شظايا|حطام)/;
/** A headline's weapon, up to two words, then «على» (normalised): the quick check before verblessStrike. */
export const VERBLESS_HINT = /(?:^|\s)(?:[وب]?ال)?(?:قذايف|قذيفه|قذيفتين|قذيفتان|صواريخ|صاروخ|صاروخين|صاروخان|مسيره|مسيرات|مسيرتان|مسيرتين|قنبله|رمانه)(?:\s+\S+){0,2}\s+علي\s/;
/** A hand grenade, which is thrown «على» what it strikes as a shell is fired (the type cue as matched, normalised). */
export const THROWN_WEAPON = /^(قنبله|رمانه) يدويه$/;
/** The act a headline with no verb is read as. */
export const VERBLESS_ACT = "قصف";
/**
 * A headline with no verb: a weapon fired and «على» what it struck («قذائف هاون داعشية على قرية في العظيم», «صواريخ على
 * قاعدة عين الأسد»): the words that may be struck right after «على». Not «على ارتفاع», «على متن», «على الحدود». Normalised.
 */
export const STRUCK_NOUN = /^(ال)?(قريه|قري|قاعده|مقر|مقرات|معسكر|منزل|منازل|مطار|موقع|مواقع|نقطه|ربييه|سيطره|رتل|دوريه|حقل|مدينه|ناحيه|قضاء|حي|منطقه|عجله|سياره)$/;
/** Targets of attacks: smoke or fire at one of them is the aftermath of an attack, elsewhere it may be anything. */
export const MILITARY_TARGET = /^(و|ب|ل|من)?(ال)?(قاعده|مقر|مقرات|معسكر|معسكرات|ثكنه|منظومه|رتل|دوريه|سريه|فوج)$/;
/** Someone hurt: celebratory gunfire that hits somebody is an incident. */
export const HURT_WORD = /^(و|ب)?(اصاب|اصيب|جرح)/;
/** «العثور على …», «عثر على …»: what is found decides. */
export const FIND = nset(["عثور", "العثور على", "تعثر على", "يعثر على", "عثر على", "عثرت على", "انتشال", "انتشلت"]);
export const FOUND_HOSTILE = /^(و|ب|ل)?(ال)?(جث|رفات|عبو|متفجر|ناسف|صاروخ|صواريخ|قذيف|قذايف|لغم|الغام|مسير|قنبل|قنابل|اسلح|سلاح|اعتد|كدس|مخزن|مضاف|نفق|انفاق|حزام|احزم|مخلفات|جسم|اجسام|مختطف|مخطوف|شخص|طفل|امراه|رجل|مواطن)/;
/** A release ends a kidnapping («إطلاق سراح المختطف») or frees prisoners. */
export const RELEASE = nset(["اطلاق سراح", "الافراج عن", "تحرر", "يحرر", "حررت", "حرر", "تحرير"]);
/** A seizure: of explosives or launchers an act, of rifles not. */
export const SEIZURE = "ضبط";

/** Toll nouns that the act list carries («قتلى», «الشهداء», «جثث»…). */
export const TOLL_NOUN_ACT = nset(["جثه", "جثث", "جثتين", "جثتي", "قتلى", "جرحى", "شهداء", "قتيل", "قتيلا", "قتيلان", "جريح", "مصابين", "اصابات"]);
/** Words before a toll noun that make it a toll of something happening («سقوط قتلى», «أسفر عن جرحى»). */
export const TOLL_GOVERNOR = nset(["سقوط", "وقوع", "عن", "خلف", "خلفت", "اوقع", "اوقعت", "يوقع", "توقع", "عدد", "ارتفاع", "حصيله", "بين"]);
/** A word with the article (and its clitics): «الشهداء», «بالشهداء», «للشهداء». */
export const DEFINITE = /^(و|ف)?(ب|ل|ك)?ال|^(و|ف)?لل/;
/** Words with ال that do not make a construct («شهداء الى …», «قتلى الذين …»). */
export const NOT_A_GENITIVE = /^(الي|التي|الذي|الذين)$/;
/** «الجنود الذين قتلوا …»: a relative pronoun of people, and what may stand between it and the act. */
export const RELATIVE_OF_PEOPLE = /^(الذين|اللذين|اللتين|اللواتي)$/;
export const RELATIVE_FILLER = /^(قد|تم|كان|كانت|كانوا|سبق)$/;
/** «تعتقد أنه قُتل»: «that» before an act someone believed happened. */
export const THAT = /^(ب)?ان(ه|ها|هم)?$/;
/** An arrest with the lam of purpose: what someone sets out to do («لاعتقالهم», «لإلقاء القبض»). */
export const PURPOSE_ARREST = /^(لاعتقال|للقبض)/;
export const TO_MAKE = "لالقاء";
/** «فجر الثلاثاء»: the dawn, a homonym of «blew up»; «بيدك»: a hand, a homonym of «pounds». */
export const DAWN_OR_BLEW = "فجر";
export const HAND_OR_POUNDS = "يدك";
/** «المتهم», «متهمين», «المتهمان»: the accused, before the charge glued to «ب» (charge.ts). Normalised. */
export const ACCUSED = /^(ال)?(متهم|متهمين|متهمان|متهمه|متهمون|متورط|متورطين|متورطه|متورطون|متورطان)$/;
/** «طائرات الاستطلاع», «طائرة استطلاع»: reconnaissance, in construct after an aircraft. Normalised. */
export const RECON_OF = /^(ال)?(استطلاع|مراقبه)$/;
/** «طائرات الاستطلاع المسلحة»: armed, they strike. */
export const ARMED = /^(ال)?مسلحه$/;
/** «ضبط النفس» (self-restraint, an appeal's word), a homonym of «seized». */
export const SEIZE = "ضبط";
export const SELF = /^(ال)?نفس$/;
/** The rites of a funeral (not the bodies, which a report of the attack names too). */
export const FUNERAL_RITES = /^(تشييع|يشيع|تشيع|شيع|جنازه|مراسم|مغتسل)/;
/** «قواعد الاشتباك» (rules of engagement): a phrase, not a clash. */
export const CLASH = /^اشتب/;
export const NOT_A_CLASH_BEFORE = /^(قواعد|لقواعد|وقواعد)$/;
/** A question in the lead: speculation, rhetoric. */
export const QUESTION = "هل";

/** «في وقت سابق من (هذا) (مساء) اليوم / الليلة»: earlier the same day (earlier-today.ts). */
export const THIS_DEMONSTRATIVE = /^(هذا|هذه)$/;
const DAY_PARTS = "يوم|صباح|مساء|نهار|فجر|ظهر|عصر|ليله";
export const DAY_PART = new RegExp(`^(${DAY_PARTS})$`);
export const TODAY_WORD = /^(اليوم|الليله|الصباح|المساء)$/;
/** «منذ قليل», «منذ لحظات», «منذ ساعات», «منذ 3 ساعات»: a moment or hours ago — today's news, not a span compared over. */
export const RECENT_SPAN = /^(قليل|لحظات|لحظه|دقايق|دقيقه|دقيقتين|ساعه|ساعات|ساعتين)$/;
export const HOURS = /^(ساعه|ساعات|ساعتين)$/;
/** «منذ ساعات الصباح», «منذ ساعات الفجر الأولى»: a part of the day, a span — not hours ago. */
export const DAY_PART_AFTER = new RegExp(`^(ال)?(${DAY_PARTS}|ليل)$`);
/** «قبل ثلاثة أسابيع», «قبل 5 أشهر»: a time ago (PAST_CUES lists the wordings without a number). */
export const AGO = "قبل";
export const AGO_UNIT = /^(ايام|اسابيع|اسبوع|اسبوعين|اشهر|شهور|شهر|شهرين|سنوات|سنين|سنه|عام|اعوام|عامين|سنتين)$/;
/** «عام 2014», «في العام 2019», «صيف 2022»: words before a year. */
export const YEAR_BEFORE = /^(عام|العام|سنه|لعام|بعام|خلال|منذ|صيف|شتاء|ربيع|خريف)$/;
/** What marks that clause's act as another event or a comparison («مماثل», «آخر», «الثاني», «الأعنف», «الأول من نوعه»). */
export const ANOTHER_EVENT_MARK = /^(و|ب)?(ال)?(مماثل|مماثله|مماثلا|اخر|اخري|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|اعنف|اكبر|اشد|اكثر|اول|اولي|سابق|سابقه)$/;
/** Words that open a clause appended to the news to compare it with earlier events («…، وهو الهجوم الثاني
 * خلال الشهر الماضي», «… بعد هجوم مماثل في حزيران الماضي», «… هو الأول منذ عام 2017»); a comma opens one too
 * (appended-background.ts). */
export const APPENDED_CLAUSE_OPENER = /^(بعد|وبعد|وهو|وهي|هو|هي|وهذا|وهذه|فيما|بينما|وبينما|حيث|ليكون|لتكون|ويعد|وتعد|ويعتبر|وياتي|وتاتي)$/;
/** «ويأتي الحادث / ويأتي ذلك …»: the clause that sets the news among other events; there «ضمن سلسلة هجمات» marks them. */
export const COMES_OPENER = /^(و)?(ياتي|تاتي)$/;
/** «وفاة طفل بإطلاق نار عشوائي»: a death told as such, not negated — celebratory gunfire that killed is no celebration. */
export const DIED_WORD = /^(و|ب)?(وفاه|توفي|توفيت|توفيا)$/;
/** «سلسلة» (a series of attacks: a background marker), unless a range of mountains or hills follows it (RANGE_OF), or
 * a place's name (the toll rules read it as PLACE_TOKEN: «سلسلة جبال حمرين» is a name). */
export const SERIES = "سلسله";
export const RANGE_OF = /^(ال)?(جبال|جبل|تلال|تل|هضاب|مرتفعات)$/;
export const SERIES_MARK = /^(ال)?سلسله$/;
/** Words that open a sentence of background below the news («يذكر أن …», «يشار إلى …», with «أن»/«إلى» right after
 * them: «ويذكر شهود أن …» is a report): what it tells is never the news — its tally is no tally of the news, its
 * weapon no weapon of the news — unless its subject is the news («يذكر أن الانفجار نجم عن عبوة»). */
export const BACKGROUND_OPENER = /^(و)?(يذكر|يشار)$/;
export const THAT_OR_TO = /^(ان|الي)$/;
/** «وكانت …», «وكان …»: an earlier moment — its tally is another's, but it may tell this very attack («وكان المصدر
 * قد أفاد بأن الانفجار نجم عن عبوة»). */
export const EARLIER_OPENER = /^(و)?(كانت|كان)$/;
/** «بين الحين والآخر», «بين حين وآخر», «بين فترة وأخرى»: what happens now and then, not the news (normalised: ى→ي). */
export const NOW_AND_THEN = [["بين", "الحين", "والاخر"], ["بين", "حين", "واخر"], ["بين", "فتره", "واخري"], ["بين", "الفينه", "والاخري"]];
/** «هجمات مماثلة», «هجمات مشابهة»: other events like the news. */
export const SIMILAR_MARK = /^(و|ب|ل)?(ال)?(مماثل|مشابه)(ه|ا|ين)?$/;
/** «ويرتفع بذلك عدد ضحايا الهجمات منذ بداية الشهر إلى 40», «وأعلنت البعثة ارتفاع عدد الضحايا خلال الشهر الماضي إلى
 * 120»: a running total rising, told below the news — a sum the news adds to, not the news (normalised). */
export const RUNNING_TOTAL_RISE = /^(و|ب|ل)?(ال)?(ارتفاع|ارتفع|ارتفعت|[يت]رتفع|ليرتفع|لترتفع)$/;
/** …but only below news of one event: a news sentence that counts events or cases, or is a tally itself («مقتل 43 شخصاً
 * بحوادث أمنية», «17 شخصاً قتلوا في نزاعات عشائرية», «أحصت منظمة …», «تسجيل 19 حالة», «استقبال 9 جثث», «كشفت المفوضية
 * عن …») is the tally that total goes on from. Normalised. */
export const NEWS_TALLY_WORD = /^(و|ب|ل)?(ال)?(هجمات|حوادث|نزاعات|تفجيرات|اعتداءات|عمليات|حالات|حاله|احصت|احصي|احصاء|احصاءات|احصاييه|تسجيل|سجلت|رصدت|رصد|استقبال|استقبلت|كشفت|كشف|وثقت|توثيق|مرصد)$/;
/** What points a sentence of background back at the news's own figures: «هؤلاء», or «هذه/هذا» before a figure's
 * noun («هذه الحصيلة», «هذه الأرقام»). Then it tells the news, not other events. */
export const THESE_PEOPLE = /^(و|ب|ل)?هولاء$/;
export const THIS_ONE = /^(و|ب|ل)?(هذه|هذا)$/;
export const FIGURE_NOUN = /^(ال)?(حصيله|ارقام|اعداد|احصاييه|عدد|رقم)$/;
/** The news's act named again as the subject of «يذكر أن …» («يذكر أن الانفجار نجم عن عبوة»): one act, this one. */
export const NEWS_ACT_NOUN = /^ال(انفجار|هجوم|حادث|حادثه|استهداف|تفجير|قصف|اعتداء|اشتباك|اغتيال|اختطاف)$/;
/** A tally's act in the headline: killed «بهجمات», «بأعمال عنف», or victims of attacks («ضحايا هجمات»). */
export const TALLY_ACT = /^(و)?ب(هجمات|اعتداءات|تفجيرات)$/;
export const ACTS_OF = /^(و)?باعمال$/;
export const VIOLENCE = /^عنف$/;
export const VICTIMS_OF = /^(ال)?ضحايا$/;
export const ATTACKS = /^(هجمات|اعتداءات|تفجيرات)$/;

/** The pronoun that makes an appended clause speak of the news itself («…، وهو الأول منذ …», «… هي الأعنف»). */
export const NEWS_PRONOUN = /^(و)?(هو|هي|هذا|هذه)$/;
/** The marks that rank an event among its kind (an order, «الأعنف»), not a size that may be a toll's or a tally's
 * («وهي الحصيلة الأكبر», «وهو الأكبر منذ عام 2017» after «قتل 30 شخصا بهجمات»). */
export const RANK_MARK = /^(و|ب)?(ال)?(ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|اعنف|اشد|اول|اولي)$/;
/** «من نوعه»: the mark before it ranks the news among its kind («الأول من نوعه منذ …»). */
export const OF_ITS_KIND = /^نوع(ه|ها)$/;

/** «وقف إطلاق النار», «هدنة»: a ceasefire names the shooting it stops. */
export const CEASE = /^(و|ب|ل|ف)?(ال)?(وقف|ايقاف|هدنه)$/;
/** Plans and plots: the attack they are for has not happened («مخطط خارجي يستهدف», «مخططات لاستهداف»). */
export const PLAN = /^(و|ب|ل|ف)?(ال)?(مخطط|مخططات|مخططا|خطه|خطط|موامره|موامرات|يخطط|تخطط|يخططون|خطط)$/;
/** …unless the plot was foiled: a foiled attack is an incident («إحباط مخطط لاستهداف …»). */
export const FOIL = /^(و|ب|ل|ف)?(ال)?(احباط|احبط|احبطت|افشال|افشلت|تحبط|يحبط|تفشل|يفشل|تمكنت|تمكن)/;
/** Attack words a plan can be for (arrests «ضمن خطة أمنية» are done, not planned). */
export const ATTACK_ACT = /^(و|ب|ل|ف)?(ال)?(استهداف|استهدف|يستهدف|تستهدف|هجوم|هجمات|هجوما|مهاجمه|يهاجم|تهاجم|قصف|يقصف|تقصف|تفجير|تفجيرات|اغتيال|ضرب|يضرب|تضرب)/;
/** The forms a plan takes its attack in: the lam of purpose or the imperfect verb. */
export const PLANNED_FORM = /^(ل|ي|ت)/;
/** «صوت مشابه لصوت المسيرات»: a weapon in a likeness is not there. */
export const LIKENESS = /^(و)?(ال)?(مشابه|مشابها|يشبه|تشبه|شبيه|شبيها|شبيهه|يحاكي|تحاكي|يقلد|تقلد)$/;
/** …said of a sound («صوتاً مشابهاً لصوت المسيرات»): «هجوم مماثل» (a similar attack) is an attack. */
export const SOUND = /^(و|ب|ل)?(ال)?(صوت|صوتا|اصوات|صدي)$/;
/** A depot's stock: rockets in a depot («مخزن صواريخ», «مستودع للقذائف»), or going off with it — a cook-off word
 * before them and «و…الذخائر» or «من المخازن» after («انفجار القذائف والأعتدة», «تطاير الصواريخ من المستودع») —
 * are not the attack's weapon (corpus rules: a depot's explosions are `other`). */
export const DEPOT = /^(و|ب|ل|ف)?(ال)?(مخزن|مخازن|مستودع|مستودعات|مخزنا)$/;
export const MUNITIONS = /^(و|ب|ل|ف)?(ال)?(ذخاير|ذخيره|عتاد|اعتده)$/;
export const COOK_OFF = /^(و|ب|ل|ف)?(ال)?(تطاير|تطايرت|يتطاير|انفجار|انفجارات|انفجرت|احتراق|اشتعال|تناثر|تناثرت)$/;
/** Aircraft that roam, circle or cross the sky («طيران حربي كثيف يجوب سماء أربيل», «تحليق مكثف للطيران الحربي»,
 * «مقاتلات تخترق أجواء …»): an overflight, not a strike, unless they strike (AIR_STRIKE_VERB). */
export const FLYING_OVER = /^(و)?(يجوب|تجوب|يحلق|تحلق|تحليق|يحوم|تحوم|حلق|حلقت|جاب|جابت|تخترق|يخترق|اخترقت|اخترق|اختراق)$/;
/** The aircraft of an airstrike cue (not «غارة», «قصف جوي»): what may only be flying over. */
export const AIRCRAFT = /^(و|ب|ل|لل|بال|وال)?(ال)?(طيران|طايره|طايرات|مروحيه|مروحيات|مقاتله|مقاتلات)$/;
/** Militants killed with no weapon named («القوات الأمنية تتمكن من قتل 3 إرهابيين», «مقتل 5 من عناصر داعش»): an
 * operation against them (corpus rules: `security_operation`). The killing word, then its object: the militants, past a
 * number and «من عناصر» (MILITANT_COUNTED). Not «مقتل جنديين بهجوم إرهابي», «على يد داعش»: there they are the killers. */
export const KILLING_OF = /^(و|ف|ب|ل)?(ال)?(قتل|تقتل|يقتل|قتلت|قتلوا|يقتلون|مقتل|تحييد)$/;
export const MILITANTS_KILLED = /^(ال)?(ارهابي|ارهابيين|ارهابيا|ارهابيان|ارهابيون|دواعش|داعشي|داعشيين|داعشيا|داعش)$/;
export const MILITANT_COUNTED = /^(من|عناصر|مسلحي|افراد|ارهابيي)$/;
/** «إرهابيون»: the sound plural's nominative — the killers, the subject of the killing, not its object. */
export const MILITANTS_AS_SUBJECT = /ون$/;
/** What aircraft do when they carry people («مروحيات إنقاذ تجلي جنوداً مصابين», «هبوط مروحية … على متنها عدد من الإصابات»,
 * «مروحيات الجيش تنفذ عملية إخلاء لجنود»): near the aircraft word, they make it a transport, not the weapon. */
export const CARRYING = /^(و|ب|ل|ف|لل|بال)?(ال)?(اجلاء|اخلاء|انقاذ|اسعاف|اسعافيه|نقل|نقلها|تنقل|ينقل|نقلت|تجلي|يجلي|اجلت|هبوط|تهبط|هبطت|يهبط|متنها|متنه)$/;
/** A vehicle: a carrying word right after it is the vehicle's («عجلة تنقل إرهابيين»), the aircraft's target. */
export const VEHICLE = /^(و|ب|ل)?(ال)?(عجله|سياره|شاحنه|حافله|مركبه|رتل|باص|عربه)$/;
/** Verbs of what a strike does, beside AIR_STRIKE_VERB: near the aircraft they make it the weapon, whatever carries. */
export const STRIKE_RESULT = /^(و|ف)?(يقتل|تقتل|قتل|قتلت|يدمر|تدمر|دمر|دمرت|يدك|تدك|دك|دكت)$/;
/** What aircraft do when they strike («وتقصف», «ويستهدف», «ويشن غارات»): joined to the flying, no overflight. */
export const AIR_STRIKE_VERB = /^(و|ف|ل)?(يقصف|تقصف|قصف|قصفت|يستهدف|تستهدف|استهدف|استهدفت|يضرب|تضرب|ضرب|ضربت|يشن|تشن|شن|شنت|يغير|تغير|اغار|اغارت)$/;
/** «… ثم قصف»: a strike that follows the flying. */
export const THEN = /^ثم$/;
/** «تشعل سماء» and its forms (EVENT_CUES): a sky lit up, an act only by a weapon named before it (classify/acts.ts). */
export const SKY_LIT = nset(["تشعل سماء", "يشعل سماء", "اشعلت سماء", "اشعل سماء"]);
/** What lights a sky in celebration, named as its subject: fireworks, flares, festivities, a light show. */
export const FESTIVE = /^(و|ب|ل)?(ال)?(العاب|ناريه|مفرقعات|مفرقعه|شماريخ|احتفال|احتفالات|احتفاليه|عرض|عروض|ضويي|ضوييه)$/;
/** Lit to celebrate («… احتفالا بالعام الجديد», «ابتهاجا بالفوز»). */
export const CELEBRATING = /^(احتفالا|ابتهاجا|فرحا|احتفاء)$/;
/** «قبل أن يقصف»: a strike after the flying. */
export const BEFORE_WORD = /^قبل$/;
export const BEFORE_THAT = /^ان$/;
/** What a thing is for or belongs to («حظيرة الطائرات», «التابعة للطائرات», «مضادة للطائرات»): aircraft after it
 * are a target's owner, not the weapon. */
export const BELONGING = /^(و|ب|ل|ف)?(ال)?(تابع|تابعه|مضاد|مضاده|منشاه|منشات|حظيره|حظاير|مدرج|مدارج|مهبط|صيانه|مخصص|مخصصه|حامله)$/;
/** Interceptions: air defences firing are an incident only at an incoming weapon the story names. */
export const INTERCEPTION = nset(["اعتراض", "التصدي", "تصدي", "تتصدى", "تصدت", "يتصدى", "تعترض", "اعترضت", "يعترض"]);
/** Weapons that come in (what an interception is of): drones, rockets and missiles, aircraft. */
export const INCOMING = new Set(["drone", "rocket", "airstrike"]);
/** Deaths and tolls: a fire or an accident kills too; they do not make it an attack. */
export const DEATH_ACTS = nset(["مقتل", "قتل", "قتلوا", "قتلا", "قتلت", "استشهاد", "استشهد*", "مصرع", "مصرعهم", "مصرعه", "جثه", "جثث",
  "جثتين", "جثتي", "قتلى", "جرحى", "شهداء", "قتيل", "قتيلا", "قتيلان", "جريح", "مصابين", "اصابه", "اصيب*", "اصابات", "جرح", "انتشال", "انتشلت"]);
/** «جهاز مكافحة الإرهاب»: the force's name names no terrorist. */
export const COUNTER = /^(و|ل|ب)?(ال)?مكافحه$/;
/** The security-operation cues that are arrests («اعتقال», «تعتقل», «القبض»), not operations or raids. */
export const ARREST = /^(اعتقال|اعتقل|يعتقل|تعتقل|القبض|يلقي القبض|القت القبض)/;
/** «مقتل ثلاثة من عناصر داعش», «استشهد أربعة من مقاتلي الحرس الثوري», «اعتقال خمسة إرهابيين من داعش»: the members
 * of a group who were killed, hurt or caught — the group is the side that was hit, not the perpetrator. The act
 * words before the members, the member nouns, and what may stand between them (a count, «من»). */
export const HARMED = /^(و|ب)?(مقتل|قتل|قتلي|استشهاد|استشهد|استشهدوا|اعتقال|اعتقل|اعتقلت|القبض|تحييد|اصابه|اصيب|اصيبوا|هلاك|مصرع|اعدام)$/;
export const MEMBERS = /^(و|من|ل)?(ال)?(عناصر|عنصر|عنصرين|مقاتلي|مقاتلين|مسلحي|ارهابيي|ارهابيين|ارهابيا|افراد|اعضاء|عضو|قيادي|قياديين|قياديا|امير|امراء|مستشارين|مستشار|منتسبي|انتحاريين|خليه|خلايا|مفارز)$/;
/** «… قتلوا», «لقوا حتفهم», «اعتقلوا» after a counted group: what befell it. */
export const BEFELL = /^(قتلوا|قتلا|اعتقلوا|لقوا|اصيبوا|استشهدوا)$/;
export const FROM_WORD = "من";
/** «كان الحرس الثوري قد وجّههم»: the pluperfect frame («كان … قد») tells what someone had done before. */
export const PLUPERFECT_BE = /^(و)?(كان|كانت|كانوا|كانا)$/;
export const PLUPERFECT_PARTICLE = "قد";

/** «الاستهداف», «واستهداف»: targeting, the one act word also used of a person's career. */
export const TARGETING = /^(و|ب|ل)?(ال)?استهداف$/;
/** «بالتزامن مع الهجوم على القواعد …», «تزامناً مع القصف على …»: the time of the news named by another act. */
export const CONCURRENT = /^(و)?(بالتزامن|تزامنا|متزامنا)$/;
export const WITH = "مع";
export const ON_TARGET = /^علي$/;
export const AGAINST = "ضد";
/** A statement cue addressed to the public («توضح للرأي العام»): a statement unless it reports an attack itself. */
export const PUBLIC_ADDRESS = /للراي العام$/;
/** Acts that, alone and unplaced, tell a pattern rather than an event: attacks in the plural, arrests over them. */
export const PATTERN_ACTS: ReadonlySet<string> = new Set(["هجمات", "اعتقل*"]);
/** «عقب العدوان الأمريكي», «بعد الحرب»: a time anchored on an act known to all (not-acts.ts, eraAnchor). */
export const ANCHOR_BEFORE = /^(و)?(عقب|بعد|منذ|خلال|اثر|اثناء|ابان)$/;
/** The acts that name a period when definite and bare: the aggression, the war. */
export const ERA_ACT = /^(ال|بال|لل)(عدوان|حرب)$/;
/** What gives an act its own target, place, time or story right after it: «على …», «ضد …», «في القائم»,
 * «فجر اليوم», «الذي استهدف …» (ON_TARGET's words among them). */
export const ACT_OWN_TARGET = new RegExp(`${ON_TARGET.source}|^(ضد|في|الذي|التي|الذين|واستهدف|استهدف|يستهدف|استهدفت|فجر|صباح|مساء|ظهر|ليله|الليله|امس|اليوم)$`);
/** A target after «على» / «ضد» that is abroad in general («على دول المنطقة», «ضد دول الخليج»). */
export const TARGET_ABROAD = /^(ال)?(دول|بلدان)$/;

/** «استقبل المستشفى 6 جثث و9 جرحى»: a hospital receiving the dead and the wounded reports the toll, it is no meeting
 * (the statement cue «استقبل» is a visit received). */
/** Who is hunted after an attack («مطاردة المهاجمين», «ملاحقة الجناة»): the attack's own actors. */
export const ATTACKERS = /^(ال)?(مهاجمين|جناه|منفذين|فاعلين|قتله|قاتل|جاني)$/;
/** An arrest verb with its object pronoun («تعتقله», «اعتقلته», «اعتقلوهم»): someone already told. Normalised. */
export const ARREST_OF_HIM = /^و?(تعتقل|يعتقل|اعتقل|اعتقلت|اعتقلو)(ه|ها|هم|هما)$/;
/** «القبض عليه»: on someone already told. */
export const ON_HIM = /^(عليه|عليها|عليهم|عليهما)$/;
/** Words of seizing what someone held («وتضبط بحوزتهم أحزمة ناسفة», «ضبط أسلحة»). */
export const SEIZING = /^(و)?(ب)?(حوزتهم|حوزته|حوزتها|ضبط|تضبط|يضبط|ضبطت|مضبوطات|المضبوطات|وضبط)$/;
/** «بقايا العبوة», «بقايا القنبلة»: what is left of a bomb that went off. Normalised. */
export const BOMB_REMAINS = /^(ال)?(عبوه|عبوات|قنبله|المفخخه|مفخخه)$/;
/** «نفسه», «نفسها» after «على» (location-words ON): a gun turned on oneself. Normalised. */
export const ONESELF = /^نفس(ه|ها)$/;
/** Groups whose «بقايا» (remnants) are fighters («بقايا داعش», «بقايا التنظيم الإرهابي»), not a wreck's debris. */
export const REMNANT_GROUP = /^(ل|و|ب)?(ال)?(داعش|دواعش|تنظيم|ارهاب|ارهابيين|ارهابيه|بعث|البعث|عصابات|عصابه|خلايا|فلول|جماعات)$/;
/** Air defences, as the subject of their fire («الدفاعات الجوية تطلق النار», «المضادات الأرضية»). */
export const DEFENCE_SUBJECT = /^(و)?(ال)?(دفاعات|دفاع|مضادات|منظومه|منظومات|الجويه|الارضيه)$/;
/** «قد» before a verb in the present tense (a prefix of the imperfect) is «may»: «قد تنفجر في أي لحظة». */
export const MAY = "قد";
export const PRESENT_TENSE = /^[يتن]/;
/** «حمّل … مسؤولية», «تتحمل … المسؤولية»: the verbs of holding someone responsible (a statement) — they are also what
 * an attacker or a car carried, so they count only before the word «responsibility» (RESPONSIBILITY). */
export const HOLD_VERB = /^(و|ف)?(حملت|حملوا|يحملون|حمل|تحمل|يحمل|نحمل|تتحمل|يتحمل|نتحمل)$/;
export const RESPONSIBILITY = new RegExp(normalizeArabic("^(و|ب)?(ال)?مسؤولية$"));
/** Words from a holding verb to «مسؤولية»: who holds and who is held («حملت كتلة نيابية الحكومة المحلية مسؤولية …»). */
export const HELD_REACH = 6;
export const RECEIVED = /^(و)?(استقبل|استقبلت|يستقبل|تستقبل)$/;
// (or the people received told hurt: «يستقبل راعيين أصيبا بانفجار عبوة»)
export const RECEIVED_VICTIMS = /^(و)?(ال)?(جثث|جثه|جثتين|جثامين|جثمان|جرحي|جريح|جريحا|مصابين|مصابا|مصاب|قتلي|قتيل|قتيلا|ضحايا|شهداء|شهيد|شهيدا|اصيب|اصيبا|اصيبوا|اصيبت)$/;

/** A denial told as a verb («نفت قيادة العمليات …»), normalised: below the news it may deny a detail, not the event. */
export const DENIAL_VERB = /^(و|ف)?(نفي|نفت|ينفي|تنفي)$/;
/** What a denial of a rumoured figure denies: the reports of it («نفى … الأنباء المتداولة عن مقتل خمسة»). Normalised. */
export const RUMOUR_NOUN = /^(ال)?(انباء|اخبار|شايعات|معلومات)$/;
/** «أن يكون الصاروخ قد أطلق من داخل الأراضي العراقية»: a denial of who or whence, not of what happened. */
export const THAT_IT_BE = /^(ان|بان)$/;
export const BE = /^(يكون|تكون|يكونوا)$/;
/** Sirens, an overflight cue (cues.ts NEG_CUES): said beside a rocket's fall they are its warning (classify/frames.ts). */
export const SIREN_WORDS: readonly string[] = ["صافره", "صفاره", "صافرات", "صفارات"];
/** A drill «لمحاكاة» an attack, a training cue (cues.ts NEG_CUES): the attack named beside it is played. */
export const SIMULATION_WORDS: readonly string[] = ["لمحاكاه", "محاكاه", "يحاكي", "تحاكي"];
/** The kidnappers as the subject of a demand («خاطفون يطالبون بـ100 مليون دينار مقابل الإفراج عن تاجر»): the ransom is
 * the kidnapping's, not a call made about it (classify/frames.ts). Normalised. */
export const KIDNAPPERS = /^(و)?(ال)?(خاطفون|خاطفين|خاطفان|خاطف|خاطفو|خاطفي)$/;
/** Who works at a court («نجا قاض في محكمة استئناف بغداد من محاولة اغتيال»): the court is where the victim works, not
 * a trial (classify/frames.ts). Normalised. */
export const COURT_STAFF = /^(و|ل)?(ال)?(قاض|قاضي|قاضيا|قاضيه|قضاه|موظف|موظفه|موظفي|محامي|محاميه|محام|حارس|حراس|منتسب)$/;
