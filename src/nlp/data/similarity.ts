// The vocabulary of text similarity between reports (src/incidents/similarity.ts):
// how a word is stripped of its clitics before comparing, which words say
// nothing about *which* event a report is about, and the words that tell a
// device found or defused from one that went off.

/**
 * The article with the clitics glued before it, longest first: «والقوات» → «قوات»,
 * «بالطارمية» → «طارمية». One is stripped, when at least three letters remain.
 */
export const SIMILARITY_ARTICLE_PREFIXES: readonly string[] = ["وبال", "وال", "بال", "فال", "كال", "لل", "ال"];

/** A conjunction or preposition glued to a word with no article («وعناصر», «بقصف»): stripped only from the generic words below. */
export const SIMILARITY_CLITIC_LETTERS: readonly string[] = ["و", "ب"];

/**
 * The feminine ending of an adjective (normalised «ية» → «يه»), cut to its masculine: an adjective
 * agrees with its noun, so «القوات الأمريكية» and «الجيش الأمريكي» name the same side.
 */
export const SIMILARITY_ADJECTIVE_ENDING = "يه";

// Written normalised (normalizeArabic: ى→ي, ة→ه, أ/إ/آ→ا, ؤ→و, ئ→ي), as the profiles are built on normalised text
// and compare these words as they are (test/nlp/word-tables-normalised.test.ts holds them to it).

/** Words that carry no meaning for telling events apart. */
export const SIMILARITY_STOP_WORDS: readonly string[] = (
  "في من علي الي عن مع ان او ثم قد لقد كان كانت يكون التي الذي الذين اللذين هذا هذه ذلك تلك هناك هنا " +
  "بعد قبل خلال اثر اثناء جراء حيث كما وقد فقد لا لم لن ما ماذا كل بين حتي عند منذ ضمن اي غير ايضا " +
  "اليوم امس يوم مساء صباح فجر ليل ليله ظهر عصر الساعه ساعه الساعات اخرين اخري اخر اخرون عدد عده بعض " +
  "وذلك بان لان فيما الا اذا وفق نحو حوالي قرابه اكثر اقل احد احدي قرب بالقرب دون خساير بشريه اضرار"
).split(" ");

/**
 * Incident vocabulary: present in most reports of most events, so it says
 * little about which one (weighted low). The type and the province are judged
 * from the facts: their words add nothing either. So do the words of every
 * flash of a war night («اصوات انفجارات عنيفة», «دوي», «تهز», «سماء», «مجددا»).
 */
export const SIMILARITY_GENERIC_WORDS: readonly string[] = (
  "قتل مقتل قتيل قتلي قتلا قتيلا شهيد شهداء استشهاد مصرع اصابه اصابات جرح جرحي جريح مصاب مصابين مصابون " +
  "حصيله ارتفاع ارتفعت ارتفع ليرتفع اولي اوليه نهاييه " +
  "مصدر مصادر امني امنيه امنيون قال قالت افاد افادت اعلن اعلنت اكد اكدت ذكر ذكرت بيان مسوول مسوولون " +
  "قوات قوه عناصر عنصر منتسب منتسبي جندي جنود شرطه شرطي الشرطه الجيش جيش مدني مدنيين مدنيون مواطن مواطنين " +
  "هجوم هجمات انفجار انفجرت تفجير استهداف استهدف استهدفت حادث حادثه عمليه ناسفه عبوه مسلحين مسلحون مجهولين مجهولون " +
  "منطقه محافظه قضاء ناحيه مدينه قريه شمال شمالي جنوب جنوبي شرق شرقي غرب غربي وسط العراق العراقي العراقيه عراقي " +
  "نقل المستشفي مستشفي لتلقي العلاج اسفر اسفرت ادي ادت عن وقوع وقع وقعت تعرض تعرضت اخر خبر عاجل " +
  "انفجارات اصوات صوت دوي يهز تهز هزت يدوي سماء مجددا جديد جديده جديدين عنيف عنيفه عنيفا قوي قويه انباء سماع " +
  "اختطاف خطف يختطفون اغتيال يغتالون صاروخ صواريخ صاروخي صاروخين كاتيوشا قذيفه قذايف هاون قصف مسيره مسيرات طايره طايرات " +
  "سياره مفخخه انتحاري انتحاريه حزام اشتباك اشتباكات نزاع عشايري غاره جويه ضربه نار اطلاق رصاص " +
  "بغداد العاصمه بصره نينوي اربيل سليمانيه دهوك حلبجه كركوك ديالي انبار صلاح الدين بابل كربلاء نجف واسط " +
  "قادسيه ميسان ذي قار مثني اقليم كوردستان كردستان"
).split(" ");

/** A device found or defused (never the same event as one that went off), with the words that tell them apart. */
// (the past and the passive: «العبوة التي فُككت صباح اليوم», «فككت مفارز المعالجة عبوة»)
export const DEFUSED_CUES: readonly string[] = ["تفكيك", "تفكك", "يفكك", "فكك", "معالجه عبوه", "تعالج عبوه", "عالجت عبوه", "مفعول", "العثور علي", "عثر علي", "عثرت علي", "تعثر علي", "يعثر علي"];
export const DEVICE_WORDS: readonly string[] = ["عبوه", "عبوات", "لغم", "الغام", "مفخخه", "متفجر", "ناسف", "قنبله", "قنابل"];
export const BLAST_WORDS: readonly string[] = ["انفجار", "انفجرت", "انفجر", "مقتل", "استشهاد", "اصابه", "اصيب", "جرح", "قتل"];
/** A blast told by its sound («سماع دوي انفجارين في ناحية البغدادي», «أصوات انفجارات تسمع في …»): heard over many
 * kilometres, so placed wherever the hearers are. Whole words, normalised. */
export const HEARD_WORDS: readonly string[] = ["دوي", "سماع", "يسمع", "تسمع", "سمع", "سمعت", "اصوات", "صوت"];
