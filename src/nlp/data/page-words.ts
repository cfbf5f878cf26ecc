// The words of a web page's furniture around an article (../furniture.ts): buttons, headings over lists of
// links, bylines, dates. Written normalised, without punctuation (the view count's words as written).

/** Whole lines that are site furniture. */
export const FURNITURE_LINES = [
  "اظهر المزيد", "زر الذهاب الى الاعلى", "الذهاب الى الاعلى", "شارك", "مشاركه", "شارك الخبر", "اقرا المزيد",
  "تابعونا", "تابعنا", "فيسبوك", "تويتر", "واتساب", "تيليجرام", "تلغرام", "طباعه", "نسخ الرابط", "الرئيسيه", "القائمه",
  "المزيد", "التعليقات", "اترك تعليقا", "اضف تعليق", "share", "facebook", "twitter", "whatsapp", "telegram",
  "print", "read more", "اخر الاخبار", "الاكثر قراءه", "اضغط هنا", "رابط مختصر", "حفظ",
  "pinned", "email", "البريد الالكتروني", "بحث", "القائمه الرئيسيه", "اغلاق", "الصفحه الرئيسيه",
  "اعلان", "اعلانات", "مساحه اعلانيه", "advertisement", "ad", "sponsored",
];
/** The buttons of a row of share links. */
export const SHARE_WORDS = ["فيسبوك", "تويتر", "واتساب", "تيليجرام", "تلغرام", "لينكدان", "شارك", "طباعه", "facebook", "twitter",
  "whatsapp", "telegram", "linkedin", "email", "x", "pinterest", "messenger", "ماسنجر", "share", "print"];

/** The word a view or read count ends with («1٬204 مشاهدة»), as written (not normalised: the count is read raw). */
export const VIEW_COUNT_WORDS = ["مشاهدة", "مشاهده", "مشاهدات", "قراءة", "قراءه", "قراءات", "view", "views", "read", "reads"];

/** Headings of a list of links to other articles or of the page's keywords: alone on a line, the titles right under
 * them go with them; before a colon or a bar, the rest of the line is the link («اقرأ أيضاً: مقتل ثلاثة جنود في كركوك»).
 * Either way another article's headline, not this one's text — once the article has begun (../furniture.ts). No word
 * alone that a report may open with («اقرأ», «للمزيد»). */
export const LINK_HEADINGS = [
  "اقرا ايضا", "اقرا كذلك", "اقرا ايضا في", "طالع ايضا", "شاهد ايضا", "ذات صله", "اخبار ذات صله",
  "مواضيع ذات صله", "مقالات ذات صله", "تقارير ذات صله", "اخبار متعلقه", "مواضيع متعلقه", "قد يهمك", "قد يهمك ايضا",
  "قد يعجبك ايضا", "المزيد من الاخبار", "اخبار اخري", "read also", "read more", "see also", "related", "related news",
  "related articles", "you may also like",
  "الكلمات المفتاحيه", "كلمات مفتاحيه", "الكلمات الدلاليه", "كلمات دلاليه", "الوسوم", "وسوم", "tags", "keywords",
];

/** Beside numbers, months and weekdays, the words of a page's date line («نشر في: الأحد 12 تموز 2026 - 10:30 ص»,
 * «آخر تحديث 10:30 بتوقيت بغداد»: any one word after «بتوقيت»). */
export const DATE_LINE_WORDS = ["نشر", "نشرت", "في", "بتاريخ", "تاريخ", "النشر", "اخر", "تحديث", "التحديث", "تم", "الساعه", "الموافق",
  "يوم", "ص", "م", "صباحا", "مساء", "مساءا", "am", "pm", "gmt", "utc", "بتوقيت", "غرينتش", "published",
  "updated", "last", "update", "at", "on"];
