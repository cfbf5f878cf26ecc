// The words the place rules (src/nlp/place/) read around a place name: what makes it where it happened,
// a reference point, a direction, an institution, an origin, or a namesake abroad. The frame tables
// LOCATIVE_BEFORE, NOT_LOCATION_BEFORE and NEAR_BEFORE are in ../cues.ts. Patterns are written normalised.

/** «باتجاه مطار أربيل»: a destination; where it happened only when nothing else is named. */
export const DIRECTION = new Set(["الى", "الي", "باتجاه", "اتجاه", "نحو", "صوب"]);
/** «البوكمال المحاذية لقضاء القائم»: the second place only describes the first. */
export const REF_BEFORE = new Set(["المحاذيه", "المحاذي", "محاذيه", "المقابله", "المقابل", "مقابله", "المجاوره", "المجاور", "القريبه",
  "القريب", "المطله", "المطل", "المتاخمه", "المتاخم",
  // «في مدينة نوسود قبالة محافظة حلبجة», «قرى ريف المالكية قبالة منطقة فيشخابور»: facing it, across the border
  "قباله",
  // «على مسافة غير بعيدة من قضاء الرطبة», «على بعد كيلومترات من معبر فيشخابور»: a distance from it
  "بعيده", "بعيد", "مسافه", "كيلومترات", "كيلومترين", "امتار"]);
/** «شرطة ذي قار», «مجلس محافظة ميسان»: an institution of a province, not where it happened —
 * but when nothing else is named, the province of the reporting institution is the best guess. */
export const INSTITUTION = new Set(["محافظ", "شرطه", "قياده", "مديريه", "صحه", "دايره", "ديوان", "مجلس", "حكومه", "قايد"]);
/** Country names and their adjectives: as a bare word they are mostly actors, not locations. */
export const COUNTRY_WORD = /^(ايران|ايرانيه|ايراني|سوريا|سوريه|سوري|تركيا|تركيه|تركي|كويت|كويتي|كويتيه|سعوديه|سعودي|اردن|اردني|اردنيه|لبنان|لبناني|لبنانيه|اسراييل|اسراييلي|اسراييليه|امريكا|امريكي|امريكيه|قطر|بحرين|امارات|باكستان|باكستاني|روسيا|مصر|اليمن|يمن)$/;
/** «الولايات المتحدة»: a country named by two words, the first of which is not a country word. */
export const STATES = "ولايات";

/** «الجانب الشمالي من العاصمة»: «من» after these is partitive, not an origin. */
export const PARTITIVE = new Set(["جانب", "الجانب", "جزء", "اطراف", "مناطق", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
  "غربي", "وسط", "القريبه", "قريبه", "الشمالي", "الجنوبي", "الشرقي", "الغربي"]);
/** Admin nouns: a locative frame, but keep looking further back («مستشفى محافظة X», «من محافظة X»). */
export const ADMIN = new Set(["محافظه", "قضاء", "ناحيه", "مدينه", "قريه", "بلده", "منطقه", "حي", "العاصمه"]);
/** The admin nouns of a district or a sub-district («في ناحية أبي صيدا», «التابعة لقضاء المقدادية»). */
export const DISTRICT_NOUN = new Set(["قضاء", "ناحيه"]);
/** «قاعدة عين الأسد», «معسكر أشرف»: like an admin noun, they make an ambiguous name a place. */
export const BASE = new Set(["قاعده", "معسكر"]);
export const PREP_LOC = new Set(["في", "داخل", "ضمن"]);
/** «ضمن الحدود الإدارية لـ»: within the administrative borders of. */
export const ADMINISTRATIVE = "الاداريه";
export const BORDERS = /^(ال)?حدود$/;
/** «من»: an origin, a partitive or «near» («بالقرب من») by the word before it. */
export const FROM = "من";
/** «من قبل إيران»: by someone, not from somewhere. */
export const BY = "قبل";
/** «انطلقت من البصرة», «انطلاقاً من …», «أطلقت من منطقة قريبة من الموصل»: where an attack came from, not where
 * it struck; «بعد عودته من بغداد», «تعزيزات من بغداد», «قادمة من»: where someone came from. */
export const LAUNCHED = /^(انطلق|انطلاقا$|اطلق|عوده|عودت|عاد$|عادوا$|عايد|قادم|القادم|تعزيزات$)/;
/** Outlets named after a place («بغداد اليوم», «كركوك ناو»): the place word and the word after it. */
export const OUTLET_NAMES: ReadonlyArray<[RegExp, string]> = [[/^(و|ل)?بغداد$/, "اليوم"], [/^(و|ل)?كركوك$/, "ناو"]];
/** A news outlet or agency in a dateline («بغداد - أ ف ب -», «طهران – سانا», «شفق نيوز- ميسان», «السومرية نيوز/ بغداد»),
 * written normalised: its name whole (`names`), or a last word that makes a name an outlet's (`lastWords`: «… نيوز»,
 * «… اليوم», «… 24»). Only these count: «البصرة - اغتيال ناشط» is a place and a headline, not a dateline's agency. */
export const OUTLETS = {
  names: ["مراسلنا", "مراسلها", "خاص", "متابعه", "واع", "سانا", "ناس", "رويترز", "الاناضول", "وكالات", "ا ف ب", "فرانس برس", "يو بي اي", "د ب ا", "ارنا", "فارس", "تسنيم",
    "المدي", "السومريه", "شفق", "رووداو", "الحره", "الجزيره", "الميادين", "العربيه", "المسله", "الصباح"],
  /** the first word of an outlet's or a reporter's name, before a colon only («وكالة الأنباء العراقية (واع):», «مراسل الميادين:») */
  firstWords: ["وكاله", "قناه", "شبكه", "صحيفه", "اذاعه", "مراسل", "مراسله"],
  lastWords: ["نيوز", "نت", "برس", "اليوم", "تايمز", "بوست", "ميديا", "الاخباريه", "انفو", "24", "ناو"],
};
/** «لـ(بغداد اليوم)», «موقع بغداد اليوم»: words before an outlet's name. */
export const OUTLET_BEFORE = /^(ل|موقع|وكاله|قناه|شبكه|صحيفه)$/;
/** The first word of a clause after a comma that tells where a source or the victims were, not where it happened
 * («…، بحسب مصدر أمني في بغداد», «…، فيما نقلت الجثتان إلى الطب العدلي في بغداد»). Normalised. */
export const ASIDE_CLAUSE = /^(فيما|بينما|بحسب|حسب|وفق|وفقا|طبقا|نقلا)$/;
/** «طريق بغداد – كركوك»: the places name the road. */
export const ROAD = "طريق";
/** «الجانب الإيراني من منفذ الشلامجة»: the neighbour's side of a border place is not Iraq. */
export const NEIGHBOUR_SIDE = /^(ال)?(ايراني|كويتي|سوري|تركي|سعودي|اردني)$/;
/** Iraq's neighbours, by their ISO code, and the provinces on the border with each: «قرب الحدود مع الكويت» is near
 * Basra, never Baghdad. */
export const BORDER_PROVINCES: Readonly<Record<string, readonly string[]>> = {
  kw: ["basra"], sa: ["basra", "muthanna", "najaf", "anbar"], jo: ["anbar"], sy: ["anbar", "nineveh", "duhok"],
  tr: ["duhok", "erbil", "nineveh"], ir: ["basra", "maysan", "wasit", "diyala", "sulaymaniyah", "halabja", "erbil"],
};
export const SIDE = /جانب$/;
/** «الجانب العراقي». */
export const IRAQI = /^(ال)?عراقي$/;
/** A nationality adjective after a name: «ميناء الشعيبة الكويتي» is Kuwait's Shuaiba, not Basra's. Countries by
 * their ISO code, as data/foreign.ts and the shared crossings give them: one country, one weight. */
export const NATIONALITY: ReadonlyArray<[RegExp, string]> = [
  [/^(ال)?كويتي(ه)?$/, "kw"], [/^(ال)?ايراني(ه)?$/, "ir"], [/^(ال)?سوري(ه)?$/, "sy"], [/^(ال)?تركي(ه)?$/, "tr"],
  [/^(ال)?سعودي(ه)?$/, "sa"], [/^(ال)?اردني(ه)?$/, "jo"], [/^(ال)?لبناني(ه)?$/, "lb"],
];
/** «… بالكويت», «… في الكويت» right after a name's noun phrase: the name is that country's. */
export const IN_COUNTRY: ReadonlyArray<[RegExp, string]> = [
  [/^(ب|في)?(ال)?كويت$/, "kw"], [/^(ب|في)?ايران$/, "ir"], [/^(ب|في)?سوري(ا|ه)$/, "sy"], [/^(ب|في)?تركيا$/, "tr"],
  [/^(ب|في)?(ال)?سعوديه$/, "sa"], [/^(ب|في)?(ال)?اردن$/, "jo"], [/^(ب|في)?لبنان$/, "lb"],
];
/** «في», glued («بالكويت») or apart. */
export const IN = "في";
export const IN_GLUED = /^(ب|في)/;

/** Compass words: a place after them, right after another place, is where the first one lies — a reference point
 * («قضاء الطارمية شمال العاصمة بغداد», «طوزخورماتو جنوب كركوك»), not where it happened. */
export const COMPASS = new Set(["شمال", "شمالي", "جنوب", "جنوبي", "شرق", "شرقي", "غرب", "غربي"]);
/** Administrative areas named as such («قضاء العلم»): a compass word before one may name a part of it. */
export const AREA_NOUN = new Set(["قضاء", "ناحيه", "محافظه", "اقليم", "مديريه"]);
/** A distance before a compass word makes the place after it a reference point too: «(120 كلم جنوب بغداد)». */
export const DISTANCE_UNIT = new Set(["كم", "كلم", "كيلو", "كيلومتر", "كيلومترا", "كيلومترات", "ميل", "اميال"]);
/** Spatial prepositions that let an ambiguous name stand as a place when nothing else is named. */
export const SPATIAL = new Set(["في", "قرب", "داخل", "بالقرب", "اطراف", "محيط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
  "شرقي", "غربي"]);
/** «العراق», «العراقية»: Iraq as a place, when a territory noun stands before the adjective. */
export const IRAQ_STEM = "عراق";
export const IRAQ_ADJECTIVE_STEM = "عراقيه";
/** Nouns that make «العراقية» a place («الأراضي العراقية»). */
export const TERRITORY = /^(و|ب|في|داخل)?(ال)?(اراضي|ارض|مياه|اجواء|ساحه|حدود|مدن|محافظات|مناطق|دوله|جمهوريه|عاصمه|سماء|سياده)$/;
/** «المقاومة الإسلامية في العراق»: the name of an actor, not where something happened. */
export const RESISTANCE = /مقاومه$/;
export const ISLAMIC = /اسلاميه$/;
/** Function words that start with ال but do not continue a noun phrase. */
export const FUNCTION_AL = new Set(["الى", "الي", "التي", "الذي", "الذين", "اللذين", "اللتين", "الا", "الان", "اليوم", "الليله"]);
/** «X بمحافظة P», «X التابع لمحافظة P», «X ضمن (حدود) محافظة P»: the text names X's province itself. */
export const CONTAINER_GLUE = new Set(["بمحافظه", "محافظه", "لمحافظه", "في", "ضمن", "التابع", "التابعه", "الواقع", "الواقعه",
  "باقليم", "اقليم", "لاقليم", "حدود", "الحدود", "الاداريه"]);
/** Among the glue, the words that name a container («محافظة», «إقليم», «التابع», «الواقع»). */
export const CONTAINER_NOUN = /محافظه|اقليم|التابع|الواقع/;

/** An act named in construct with its place («بعبوة القائم», «تفجير القائم», «هجوم الرمانة»): a noun of the act with no
 * article, the place its genitive. Normalised. */
export const ACT_OF_PLACE = /^(ب|ل|و)?(تفجير|انفجار|هجوم|قصف|استهداف|عبوه|كمين|اشتباكات|غاره|اغتيال|مجزره|نزاع)$/;
/** «بعد تفجير المقدادية صباحاً», «بعد ساعات من هجوم الطارمية»: an act named by its place after «بعد» is an earlier event,
 * told to compare; the words that may stand between «بعد» and the act. Normalised. */
export const AFTER_WORD = /^و?بعد$/;
export const AFTER_SPAN = /^(ساعات|ساعه|ساعتين|ساعتان|ايام|يوم|يومين|اسبوع|اسبوعين|دقايق|دقيقه|قليل|اقل|اكثر|نحو|من|ب|علي)$/;
/** «مصادر محلية في …», «مصدر في …»: who told it, where they are. Normalised. */
export const SOURCE = /^(ب|و|ل)?(ال)?(مصدر|مصادر)$/;
/** «دويه», «دويها», «صداه», «صوته»: the sound of a blast already named. */
export const HEARD = /^(و)?(دوي|صدا|صوت)(ه|ها|هما)$/;
/** «انفجارات قادمة من الجانب السوري»: sounds coming from a place, which is where they went off (not rockets «قادمة
 * من إيران», which came from it). The sound, then the word of coming. Normalised. */
export const SOUND = /^(و)?(ال)?(انفجار|انفجارات|دوي|اصوات|صوت)$/;
export const COMING = /^(قادمه|قادم|قادمين|مصدرها|مصدره)$/;
/** «أهالي الفاو يسمعون أصوات انفجارات»: hearing, after the place of the hearers. */
export const HEAR_VERB = /^(و)?(يسمع|يسمعون|تسمع|سمع|سمعت|سمعوا|سماع)$/;
/** Nouns after which a country adjective is a place («الأراضي الإيرانية», «الجانب السوري»). */
export const TERRITORY_OF = /^(و|ب|في)?(ال)?(اراضي|ارض|مياه|اجواء|ساحه|حدود|مدن|محافظات|مناطق|عمق|جانب|داخل|سماء|منطقه|مدينه|قريه|بلده|مخيم|منفذ|معبر|محافظه|جزيره|ولايه|مقاطعه|باديه|صحراء|ريف)$/;
/** A landform in construct before a town's name («في صحراء القائم», «بادية حديثة», «بريف الرطبة»): the town's
 * surroundings, so an ambiguous name after it is the place, as after «في» (place/weigh.ts ambiguousFallback). Normalised,
 * without the article: «الصحراء القائم» is no construct. */
export const LANDFORM_OF = /^ب?(صحراء|باديه|ريف|سهل)$/;
/** Nouns a place's name follows before its state's adjective («بمحافظة فارس الإيرانية», «مدينة لار الإيرانية»,
 * «جزيرة هنغام الإيرانية»): the name, which the gazetteer need not know, is that state's. */
export const NAMED_TERRITORY = /^(و|ب|في)?(ال)?(محافظه|مدينه|قريه|بلده|جزيره|ولايه|مقاطعه|منطقه)$/;
/** Words after a name that do not describe it as an adjective would («المدينة الواقعة …»). */
export const NOT_ADJECTIVE = /^ال(واقع|تابع|محاذي|مجاور|قريب|مطل|متاخم|مقابل)/;
/** Attack nouns whose target follows «على» («القصف بقذائف الهاون على العظيم», «هجوم على …»). */
export const ATTACK_ON = /^(و|ب|ال|بال)*(قصف|هجوم|هجمات|هاون|قذايف|صواريخ|غاره|غارات|استهداف|تعرض|انفجار)/;
export const ON = new Set(["على", "علي"]);
/** «استهدف القاعدة», «على القاعدة»: words before what an attack struck. */
export const STRUCK_BEFORE = /^(و)?(استهدف|استهدفت|يستهدف|تستهدف|استهدفوا|علي|طال|طالت|اصاب|اصابت)$/;
/** A state's domestic forces act inside it: «الشرطة الألمانية», «جهاز الأمن الفدرالي الروسي» place what they do
 * in their country (armies, air forces and coast guards act abroad too and are left out: «خفر السواحل الكويتي»
 * chases fishermen in Iraqi waters). */
export const DOMESTIC_FORCE = /^(و|ب|ل|مع)?(ال)?(شرطه|امن|مخابرات|استخبارات)$/;
/** Nationality adjectives of states beyond the neighbours' (data/foreign.ts's list covers the region), and Iraq's
 * own: «المنفذ الحدودي العراقي السوري» is the Iraqi side, not Syria's. */
export const MORE_NATIONALITIES: ReadonlyArray<[string, string]> = [["عراقي", "iq"], ["الماني", "de"], ["فرنسي", "fr"], ["بريطاني", "gb"],
  ["اوكراني", "ua"], ["هولندي", "nl"], ["سويدي", "se"], ["نمساوي", "at"], ["بلجيكي", "be"], ["ايطالي", "it"], ["اسباني", "es"],
  ["يوناني", "gr"], ["دنماركي", "dk"], ["نرويجي", "no"]];
/** «قرية سوارة», «بقرية ديركني»: a village named by the word after it, which the gazetteer need not know — two reports
 * naming two villages tell two targets (incidents/similarity.ts villages). Normalised; not «القرية» (one already told). */
export const VILLAGE_WORD = /^(و|ب|ل|في)?(قريه)$/;
/** Words after «قرية» that are no village's name («قرية تابعة لقضاء …», «قرية حدودية», «قرية مجاورة»). Normalised. */
export const NOT_A_VILLAGE_NAME = new Set(["تابعه", "التابعه", "حدوديه", "الحدوديه", "نايه", "مجاوره", "المجاوره", "واحده", "اخري",
  "في", "على", "علي", "قرب", "ضمن", "داخل", "من", "عند", "بين", "تقع", "يسكنها", "صغيره", "زراعيه", "جبليه", "كرديه", "ايزيديه",
  "مسيحيه", "عربيه", "تركمانيه", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "ثانيه", "ثالثه", "قريبه",
  "بعيده", "محاذيه", "اطراف", "باطراف", "محيط", "بمحيط", "مهجوره", "امنه"]);
/** «وليس», «وليست»: the place after it (past «في») is one a correction denies («وقع في صحراء البعاج وليس الحضر»,
 * «… وليس في القرنة»): no place of the event (place/frame.ts). Normalised. */
export const DENIED_PLACE = /^(و)?(ليس|ليست)$/;
