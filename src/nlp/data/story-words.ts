// The words the story reader (../extract.ts) uses for when it happened, for the summary's sentences, and
// for clauses told of another place. Patterns are written normalised.

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
/** A wrapped line goes on with a new sentence when it starts with و/ف, ال or a verb prefix. */
export const SENTENCE_START = /^(و|ف|ال|ي|ت|ا|ن)/;

/** Words that open a clause about something else at the same time («بينما قتل سبعة في هجمات في بغداد»). */
export const WHILE = /^(بينما|وبينما)$/;
/** «في حين»: while. */
export const IN = "في";
export const WHILE_AFTER_IN = "حين";
/** «وفي محافظة المثنى، …»: a sentence that opens with a place. */
export const AND_IN = new Set(["وفي", "في"]);
