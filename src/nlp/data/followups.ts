// The vocabulary the merging stage (src/incidents/) reads: how a report says it
// follows up an event already reported, what a fact-less follow-up looks like,
// and how a report says the attack started again (the words of text
// similarity are in similarity.ts). Plain Arabic as written in the news;
// the readers normalise it (normalizeArabic) before matching, so spelling
// variants (hamza, ta marbuta, alef maqsura) need not be listed twice.

/**
 * Of the follow-up cues below (FOLLOW_UP_CUES), the ones that make the report itself a new toll of an earlier
 * attack («ارتفاع حصيلة ضحايا تفجير الحلة إلى 52», «الحصيلة النهائية …»), when they open its headline and name
 * the victims (src/nlp/toll-rise.ts): its own words may share little with the attack's first reports. Not «ليرتفع» (a new attack's report that adds the
 * running total: «مقتل 3 جنود بهجوم جديد ليرتفع عدد …»), nor a death from wounds (of an attack days ago as often
 * as of today's).
 */
export const TOLL_RISE_CUES: readonly string[] = [
  "ارتفاع حصيلة", "ارتفاع عدد", "ارتفاع ضحايا", "ارتفعت حصيلة", "ارتفع عدد", "الحصيلة النهائية", "حصيلة نهائية",
];
/** Who a toll counts, right after a rise cue («ارتفاع عدد الشهداء»; not «ارتفاع عدد الهجمات»). With or without the article. */
export const TOLL_RISE_VICTIMS: readonly string[] = [
  "ضحايا", "قتلى", "قتيل", "شهداء", "جرحى", "مصابين", "مصابون", "اصابات", "وفيات", "ضحية",
];
/** The attack a «حصيلة» counts («الحصيلة النهائية لتفجير الحلة»; not «حصيلة الأموال المضبوطة»). With or without the article and «ل». */
export const TOLL_RISE_ATTACKS: readonly string[] = [
  "تفجير", "تفجيرات", "انفجار", "هجوم", "هجمات", "قصف", "عدوان", "اعتداء", "استهداف", "غارة", "غارات",
  "ضربة", "ضربات", "كمين", "اشتباكات", "مواجهات", // not «حادث»: a stabbing, a road accident
  // an operation's dead counted after it («ارتفاع حصيلة عملية وادي حوران إلى سبعة قتلى من داعش»)
  "عملية", "إنزال", "نزاع",
];

/**
 * A report that says it follows up an earlier one: a new toll, a death from
 * wounds, details. Such a report needs less resemblance to its event.
 */
export const FOLLOW_UP_CUES: readonly string[] = [
  ...TOLL_RISE_CUES, "ليرتفع", "لترتفع", "متأثراً بجراحه", "متأثرا بجراحه", "متأثرة بجراحها", "متأثرين بجراحهم", "تفاصيل جديدة", "الكشف عن تفاصيل",
  // the abductee already told, with the article («تحرير الطفلة المختطفة في النجف», «خاطفو التاجر المختطف»): news of a
  // kidnapping reported before (its release, a ransom), not a new one
  "المختطف", "المختطفة", "المخطوف", "المخطوفة",
  // the victims already told, named («الضحيتان في قصف سيدكان هما …», «أسماء شهيدي انفجار عبوة الطارمية», «الشهيدان هما …»)
  "الضحيتان", "الضحيتين", "الشهيدان", "الشهيدين", "أسماء الضحايا", "أسماء الشهداء", "أسماء القتلى", "أسماء الجرحى", "أسماء المصابين",
  "أسماء شهيدي", "أسماء ضحايا",
  // the dead mourned by their side («وحدات مقاومة سنجار تنعى قيادياً ومرافقه قُتلا بقصف تركي»): a death already told
  "تنعى", "ينعى", "نعت", "نعى",
];

/**
 * A report that corrects one before it («تصحيح: حصيلة هجوم مخمور جنديان شهيدان وجريح واحد، وليس ثلاثة كما ورد
 * سابقاً», «… وقع في صحراء هيت وليس حديثة»): the figures and the place it states replace the event's, even lower or
 * elsewhere — the one rule that lowers a toll (incidents/facts.ts). Normalised when read.
 */
export const CORRECTION_CUES: readonly string[] = [
  "تصحيح", "تصويب", "وليس كما ورد", "خلافاً لما ورد", "خلافا لما ورد", "كما ورد سابقاً", "كما ورد سابقا", "كما ورد في خبر سابق",
  "وليس كما نشر", "خلافاً لما نشر", "خلافا لما نشر", "كما نشر سابقاً", "كما نشر سابقا", "كما ذكرنا سابقاً", "كما ذكرنا سابقا",
];

export type AftermathKind = "aftermath" | "defence" | "siren" | "overhead" | "footage" | "hit" | "claim" | "toll" | "panic" | "account" | "again" | "flash" | "site-statement";

/**
 * Follow-ups with no facts of their own — what happens after and around an
 * attack, not a new attack: fire and smoke, ambulances, air defences firing
 * during it, footage, «a direct hit», panic, the targeted side saying it was
 * hit. The extractor rightly takes most of them for no incident on their own
 * (the corpus rules: fires, interceptor launches and statements are not
 * incidents); merging attaches them to the most recent compatible event so
 * that they neither alert nor get lost.
 */
export const AFTERMATH_CUES: readonly { p: string; kind: AftermathKind }[] = [
  // fire, smoke, damage after a strike (not the bare «الحريق», «النيران», «اللهب»: a house or field fire
  // said in those words is no attack's aftermath, and would join whatever attack was just reported)
  { p: "تصاعد الدخان", kind: "aftermath" }, { p: "تصاعد اعمدة الدخان", kind: "aftermath" }, { p: "اعمدة الدخان", kind: "aftermath" },
  { p: "أعمدة دخان", kind: "aftermath" }, { p: "سحب الدخان", kind: "aftermath" }, { p: "ألسنة اللهب", kind: "aftermath" },
  { p: "النيران تلتهم", kind: "aftermath" }, { p: "اندلاع حريق", kind: "aftermath" }, { p: "اندلاع النيران", kind: "aftermath" },
  { p: "حريق كبير", kind: "aftermath" }, { p: "ارتفاع النيران", kind: "aftermath" }, { p: "نيران ترتفع", kind: "aftermath" }, { p: "حرائق", kind: "aftermath" }, { p: "تشتعل", kind: "aftermath" }, { p: "يحترق", kind: "aftermath" },
  { p: "تحترق", kind: "aftermath" }, { p: "الدمار", kind: "aftermath" }, { p: "حجم الاضرار", kind: "aftermath" }, { p: "آثار القصف", kind: "aftermath" },
  { p: "آثار الاستهداف", kind: "aftermath" }, { p: "مكان سقوط", kind: "aftermath" }, { p: "موقع سقوط", kind: "aftermath" },
  // the site hit, named as such («القنصلية الأمريكية موقع الاستهداف»): where, not a new act
  { p: "موقع الاستهداف", kind: "aftermath" }, { p: "مكان الاستهداف", kind: "aftermath" },
  { p: "سيارات الإسعاف", kind: "aftermath" }, { p: "سيارات اسعاف", kind: "aftermath" }, { p: "فرق الإسعاف", kind: "aftermath" },
  { p: "فرق الدفاع المدني", kind: "aftermath" }, { p: "الدخان يتصاعد", kind: "aftermath" },
  // the wreck of what fell («بقايا الطائرة في صحراء كربلاء», «حطام المسيرة»): the event at that place, never one of
  // its own; a wreck with no Iraqi place (a bomber's in California) joins nothing (aftermath is not read in context)
  { p: "بقايا الطائرة", kind: "aftermath" }, { p: "حطام الطائرة", kind: "aftermath" }, { p: "بقايا المسيرة", kind: "aftermath" },
  { p: "حطام المسيرة", kind: "aftermath" }, { p: "بقايا الصاروخ", kind: "aftermath" }, { p: "حطام الصاروخ", kind: "aftermath" },
  // panic among the people: no event of its own (not an alert), but said during an attack it is about it
  { p: "حالة من الرعب", kind: "panic" }, { p: "حالة من الهلع", kind: "panic" }, { p: "حالة هلع", kind: "panic" },
  { p: "حالة رعب", kind: "panic" }, { p: "حالة من الذعر", kind: "panic" },
  // air defences in action during the attack
  // (the matcher reads a word with or without the article; the bare word is listed for the quick pre-check:
  // «باتريوت يتفعل»)
  { p: "منظومة الباتريوت", kind: "defence" }, { p: "منظومة باتريوت", kind: "defence" }, { p: "باتريوت", kind: "defence" },
  { p: "منظومة السيرام", kind: "defence" }, { p: "السيرام", kind: "defence" }, { p: "سي رام", kind: "defence" },
  // (written without the article, the matcher takes them with or without it: «تفعيل دفاعات الجوية»)
  { p: "الافنجير", kind: "defence" }, { p: "دفاعات جوية", kind: "defence" }, { p: "دفاع جوي", kind: "defence" },
  { p: "محاولة التصدي", kind: "defence" }, { p: "محاولات التصدي", kind: "defence" }, { p: "محاولة الاعتراض", kind: "defence" },
  { p: "تحاول الاعتراض", kind: "defence" }, { p: "اعتراض", kind: "defence" }, { p: "دفاعات", kind: "defence" },
  { p: "المنظومات الدفاعية", kind: "defence" }, { p: "منظومات الدفاع", kind: "defence" },
  // sirens sounding: the warning of an attack from the air, said during it («صفارات الانذار تدوي في قاعدة …»,
  // «الانذارات ما زالت تدوي»); the bare «الانذارات» is also an evacuation warning, so only with the verb
  { p: "صفارات", kind: "siren" }, { p: "صافرات", kind: "siren" }, { p: "انذارات تدوي", kind: "siren" },
  { p: "انذارات ما زالت تدوي", kind: "siren" }, { p: "انذارات لا تزال تدوي", kind: "siren" }, { p: "انذار يدوي", kind: "siren" },
  // drones or missiles seen overhead («طائرات مسيرة في سماء محافظة …»): during an attack, about it (only when it
  // names drones or missiles: followup.ts)
  { p: "في سماء", kind: "overhead" },
  // footage
  { p: "مشاهد", kind: "footage" }, { p: "فيديو", kind: "footage" }, { p: "لحظة", kind: "footage" }, { p: "توثيق", kind: "footage" },
  { p: "توثيقات", kind: "footage" }, { p: "يوثقون", kind: "footage" }, { p: "صور من", kind: "footage" }, { p: "بالصور", kind: "footage" },
  // the strike itself, said without a place or a weapon
  // (the channel often drops the ta marbuta: «اصابة مباشر»)
  { p: "اصابة مباشرة", kind: "hit" }, { p: "اصابات مباشرة", kind: "hit" }, { p: "اصابة مباشر", kind: "hit" },
  // one more blast of the attack under way, counted («انفجار ثاني», «الانفجار الثالث»): no act of its own
  { p: "انفجار ثاني", kind: "hit" }, { p: "انفجار ثان", kind: "hit" }, { p: "الانفجار الثاني", kind: "hit" },
  { p: "انفجار ثالث", kind: "hit" }, { p: "الانفجار الثالث", kind: "hit" },
  // the targeted side's account
  { p: "تعرض مقراته", kind: "claim" }, { p: "تعرض مقرها", kind: "claim" }, { p: "تعرض مقرات", kind: "claim" }, { p: "يعلن عن تعرض", kind: "claim" },
  // a toll stated after the event (a number, if any, is read by the extractor)
  ...FOLLOW_UP_CUES.map((p) => ({ p, kind: "toll" as const })),
];

/**
 * The attacking side's own account, which the channel posts in Persian between its Arabic flashes
 * («انفجارهای مهیب در مقرهای … در السلیمانیه عراق», «آتش سوزی در مقرهای … در اربیل عراق»): a follow-up
 * (kind "account") of the attack under way in the Iraqi province it names — never an event of its own,
 * and left out when it names none (Persian news of Tehran's air defences or of Jordan runs between them).
 * Persian words only (normalised: «پ» reads «ب», «ی» «ي»); the Arabic ones are the extractor's.
 */
export const PERSIAN_ACCOUNT_CUES: readonly string[] = ["انفجارهای", "پهپاد*", "آتش سوزی"];

/**
 * Fire said in plain words («النيران», «اللهب», «الحريق») is an attack's aftermath only where attacks aim —
 * an HQ, a base, a camp (MILITARY_TARGET of incident-words.ts): «النيران لا تتوقف من مقرات الأحزاب المعارضة».
 * Elsewhere (a warehouse, a wheat field) it may be any fire, and would join whatever attack was just reported.
 * Written without the article (the matcher takes it with or without).
 */
export const FIRE_WORDS: readonly string[] = ["نيران", "لهب", "حريق", "حرائق"];

/**
 * A follow-up that names no place is read in context — the event just
 * reported — only when it is about the attack itself (a hit, air defences
 * firing, sirens, the panic it causes) and says nothing of another country's forces: the channel runs
 * foreign news between the flashes («الدفاعات الجوية الأردنية ترفع …»). A toll
 * rising («ارتفاع عدد الجرحى إلى خمسة») is read so only for an event that had a toll.
 */
export const UNPLACED_FOLLOW_UP_KINDS: readonly AftermathKind[] = ["hit", "defence", "siren", "panic", "toll"];
/** Matched as whole words, with or without the article and a clitic (the nlp phrase matcher). */
export const FOREIGN_NATIONALITY_WORDS: readonly string[] = [
  "أردني", "أردنية", "الأردن", "كويتي", "كويتية", "الكويت", "سعودي", "سعودية", "إسرائيلي", "إسرائيلية", "إسرائيل",
  "سوري", "سورية", "سوريا", "لبناني", "لبنانية", "لبنان", "تركي", "تركية", "تركيا", "قطري", "قطرية", "قطر", "إماراتي",
  "إماراتية", "الإمارات", "بحريني", "بحرينية", "البحرين", "يمني", "يمنية", "اليمن", "إيراني", "إيرانية", "إيران", "روسي",
  "روسية", "روسيا", "أوكراني", "أوكرانية", "أوكرانيا", "مصري", "مصرية", "مصر", "صهيوني", "صهيونية", "الاحتلال الإسرائيلي",
];

/**
 * A site named with the article and no place («لاخماد الحرائق في الحقل النفطي», «الدخان يتصاعد من المطار»)
 * is the site just reported: a follow-up naming no place goes to the event of the last hour that stands at a site
 * of that kind (its place «حقل …», «مطار …»), when only one does. Matched without the article and a clitic.
 */
export const SITE_NOUNS: readonly string[] = ["حقل", "مطار", "قاعدة", "مصفى", "معسكر", "سد", "ميناء", "منفذ", "مخيم", "مصنع"];

/**
 * The words a bare place flash may carry beside the place: admin nouns, directions, Iraq, «في/من/ضمن». The
 * channel's flash of a place and nothing else («🇮🇶 اربيل», «محافظة اربيل شمالي العراق») says something is
 * happening there; «من» and a place is the caption of footage from it («من محافظة اربيل شمالي العراق»); a
 * place and «again» («قضاء كوية مجددا») says it is happening there again. None says what: never an event of
 * its own, only a report of the attack under way there. Matched with or without the article and a clitic.
 */
export const BARE_PLACE_WORDS: readonly string[] = [
  "محافظة", "قضاء", "ناحية", "مدينة", "منطقة", "العاصمة", "مركز", "في", "من", "ضمن", "شمال", "شمالي", "جنوب", "جنوبي",
  "شرق", "شرقي", "غرب", "غربي", "وسط", "العراق", "العراقية",
];

/**
 * «Explosions shake Erbil again», «new explosions»: said after a lull, the
 * attack started again — a new wave, not the same one.
 */
export const RENEWED_CUES: readonly string[] = [
  "مجددا", "مجدداً", "من جديد", "مرة اخرى", "مرة أخرى", "انفجارات جديدة", "انفجار جديد", "هجمات جديدة", "هجوم جديد",
  "موجة جديدة", "ضربات جديدة", "قصف جديد", "استهداف جديد", "دوي انفجارات جديدة", "غارة جديدة", "غارات جديدة",
  "بعد ساعات من الهدوء",
  // a fight flaring up again («تجدد النزاع العشائري في القرنة», «يتجدد», «انهيار العطوة»: the truce broke)
  "تجدد", "انهيار العطوة", "انهيار الهدنة", "خرق العطوة", "خرق الهدنة",
  // the weapon of a new salvo told as new («سقوط صاروخ جديد قرب مطار بغداد» four hours after the first two; «الصاروخ
  // الجديد» with the article points back at one already told)
  "صاروخ جديد", "صواريخ جديدة", "قذيفة جديدة", "قذائف جديدة", "مسيرة جديدة", "مسيرات جديدة", "صلية جديدة", "رشقة جديدة", "عبوة جديدة",
  // a second wave told as news («موجة ثانية من المسيرات تستهدف محيط مطار أربيل»; «الموجة الثانية» with the article
  // points back at one already told)
  "موجة ثانية", "موجة ثالثة",
];

/**
 * «Another fall on one of the HQs», «another strike»: the report tells of a second hit, not of the one
 * in progress — another target of the wave, whatever the minutes between them.
 */
export const ANOTHER_HIT_CUES: readonly string[] = [
  "سقوط آخر", "استهداف آخر", "هجوم آخر", "قصف آخر", "ضربة أخرى", "غارة أخرى", "مقر آخر", "موقع آخر", "هدف آخر",
  // «a second …» told as news («انفجار ثانٍ في المقدادية.. عبوة تستهدف …», «مسيرة ثانية تستهدف حقل …»); «الانفجار الثاني»
  // with the article points back at one already told, and a fact-less «انفجار ثاني قبل قليل» is a follow-up of the attack
  // in progress (follow-ups are placed by follow-ups.ts, which does not read this)
  "انفجار ثان", "انفجار ثاني", "عبوة ثانية", "عبوة أخرى", "مسيرة ثانية", "مسيرة أخرى", "هجوم ثان", "هجوم ثاني",
  "تفجير ثان", "تفجير ثاني", "غارة ثانية", "ضربة ثانية", "استهداف ثان", "استهداف ثاني", "سيارة مفخخة ثانية",
  "عبوة لاصقة ثانية", "عبوة ناسفة ثانية", "عبوة ناسفة أخرى", "عبوة لاصقة أخرى",
];
