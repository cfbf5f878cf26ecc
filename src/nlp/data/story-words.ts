// The words the story reader (../extract.ts) uses for when it happened, for the summary's sentences, and
// for clauses told of another place. Patterns are written normalised.

/** Month names (Levantine and Egyptian). */
/** A year written in digits («2014», «١٩٩١» once normalised). */
export const YEAR = /^(19|20)\d\d$/;
export const MONTHS = ["كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين الاول",
  "تشرين الثاني", "كانون الاول", "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر",
  "نوفمبر", "ديسمبر"];
/** «أمس», «البارحة»: the day before the report. */
export const YESTERDAY = new Set(["امس", "البارحه"]);
/** Weekdays, Sunday = 0. */
export const WEEKDAYS: Record<string, number> = { الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6 };
/** Clitics glued to a weekday («والخميس», «بالجمعة»). */
export const WEEKDAY_CLITICS = ["", "و", "ب", "ل"];
/** «مساء الخميس», «فجر الجمعة»: a part of a day before a weekday. */
export const PART_OF_DAY = /^(يوم|مساء|صباح|فجر|ليل|ليله|ظهر|عصر)$/;

/** Background phrases the summary weighs down beside the cue tables: earlier events («يذكر أن»), and
 * any background («الماضي», «آخر حادثة», «تعود إلى»). */
export const SUMMARY_PAST = ["يذكر ان", "يشار الى"];
export const SUMMARY_BACKGROUND = ["الماضي", "الماضيه", "اخر حادثه", "تعود الى"];
/** Toll nouns («قتيلا», «جرحى», «شهيدين»…) with their clitics. */
export const TOLL_NOUN = /^(و|ب|ل)?(ال)?(قتيل|قتلي|شهيد|شهداء|جريح|جرحي|مصاب|جثه|جثث|جثت)/;
/** First words that continue a sentence broken by a bare line break («… أدى\nإلى مقتل …»). */
export const CONTINUATION = /^(الي|مما|ما|من|في|علي|عن|بعد|قبل|الذي|التي|الذين|حيث|اثر|جراء|نتيجه|بين|او|ان|اذ|لكن|كما|ضمن|عبر|خلال|منذ|حتي|بسبب)$/;
/** Words that never start a sentence, whatever precedes them; and words that never end one. */
export const NEVER_FIRST = /^(الي|مما|الذي|التي|الذين|اللذين|اللتين)$/;
export const NEVER_LAST = /^(و|في|من|علي|عن|الي|التي|الذي|الذين|ان|بان|انه|بانه|مع|بين|حول|نحو|ضد|عند|لدي|قد|ما|او|ثم)$/;
/** «وقال», «وأضاف» at a line's end: the speaker and the quote follow. */
export const SPEECH_OPENER = /^(و)?(قال|اضاف|اوضح|تابع|اكد|ذكر|افاد|بين)$/;
/** A line that starts with one of these opens a sentence of its own, whatever the line before ends with
 * (a report's verbs with «و», a flash's label). */
export const OPENS_SENTENCE = /^(و(قال|اضاف|اوضح|تابع|اكد|ذكر|افاد|اعلن|اعلنت|اسفر|كان|كانت|اشار|شهد|شهدت)|عاجل)$/;
/** A news flash's label at the start of a line («عاجل | …», «🔴 عاجل:», «#خبر_عاجل», «هام..»): the channel's mark of urgency,
 * not the report's first words. `always`: a label whatever follows it; `beforeMark`: only when a separator, an emoji
 * or the line's end follows («هام جدا:», but «مهم» may open a sentence). Written normalised, one or two words. */
export const FLASH_LABELS = {
  always: ["عاجل", "خبر عاجل", "عاجل جدا", "عاجل وهام", "عاجل ومهم"],
  beforeMark: ["هام", "هام جدا", "مهم", "مهم جدا", "تنويه هام"],
};
/** The first words of a paragraph that goes on with the story before it, never a new story's headline, however
 * short and whatever ends it («وأوضح المصدر أن …», «كما أدى الهجوم …», «من جهته …»): a site that ends no paragraph
 * with a full stop had every short paragraph of its articles read as a headline. Written normalised. */
export const STORY_GOES_ON = {
  /** «و» + a reporting or linking word */
  afterWaw: ["قال", "قالت", "اضاف", "اضافت", "اوضح", "اوضحت", "تابع", "تابعت", "اكد", "اكدت", "ذكر", "ذكرت", "افاد", "افادت",
    "اشار", "اشارت", "بين", "بينت", "لفت", "لفتت", "نقل", "نقلت", "نقلا", "حسب", "بحسب", "وفق", "وفقا", "كان", "كانت", "تداول",
    "تداولت", "تظهر", "يظهر", "اظهر", "اظهرت", "اعلن", "اعلنت", "شدد", "شددت", "في", "على", "من", "بعد", "قبل", "خلال", "اثر",
    "جاء", "ياتي", "تاتي", "لم", "قد", "اسفر", "اسفرت", "ادي", "ادت", "يذكر", "يشار", "تشير", "يشير", "اكمل", "استطرد", "زاد",
    "اردف", "تحدث", "ختم", "الي", "فيما", "بينما", "لا", "لكن", "هذا", "هو", "هي", "ذلك", "اثناء", "عقب", "تبين"],
  /** a word of its own, or the first two */
  alone: ["كما", "فيما", "بينما", "حيث", "اذ", "بدوره", "بدورها", "يذكر", "يشار", "لكن", "غير ان", "من جهته", "من جهتها",
    "من جانبه", "من جانبها", "الى ذلك", "في غضون", "في الاثناء", "في سياق", "في السياق", "في هذا", "في المقابل",
    // a verb that reports or follows on from what was told («أفاد المصدر بأن …», «أسفر النزاع عن …»)
    "افاد", "افادت", "قال", "قالت", "اضاف", "اضافت", "اوضح", "اوضحت", "ذكر", "ذكرت", "اسفر", "اسفرت", "ادي", "ادت"],
};
/** A wrapped line goes on with a new sentence when it starts with و/ف, ال or a verb prefix — or a past verb that
 * opens a report («قال مصدر أمني إن …» under a headline with no full stop). */
export const SENTENCE_START = /^(و|ف|ال|ي|ت|ا|ن|قال|ذكر|كشف|صرح|قتل|لقي|شهد|سقط|هاجم|فجر|داهم)/;

/** Words that open a clause about something else at the same time («بينما قتل سبعة في هجمات في بغداد»). */
export const WHILE = /^(بينما|وبينما)$/;
/** «في حين»: while. */
export const IN = "في";
export const WHILE_AFTER_IN = "حين";
/** «وفي محافظة المثنى، …»: a sentence that opens with a place. */
export const AND_IN = new Set(["وفي", "في"]);
