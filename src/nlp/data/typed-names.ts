// Names people type in bot commands (/subscribe الموصل ied, /channel … hawler): input
// alternatives only, beside the ids and the display names in locales/ — provincial
// capitals, other spellings and transliterations, and the words people use for a type.
// Read by bot/names.ts; kept here with the rest of the Arabic vocabulary (issue 13 item 6).
import type { AttackType, ProvinceId } from "../taxonomy.js";

export const TYPED_NAME_ALIASES: Readonly<Partial<Record<ProvinceId | AttackType, readonly string[]>>> = {
  baghdad: ["bagdad"],
  basra: ["basrah", "البصره"],
  nineveh: ["الموصل", "mosul", "ninawa", "nineveh", "ninewa"],
  erbil: ["اربيل", "هولير", "arbil", "hawler"],
  sulaymaniyah: ["sulaimani", "slemani", "sulaimaniya", "sulaymaniya"],
  duhok: ["dohuk", "dahuk"],
  kirkuk: ["كركوك"],
  diyala: ["بعقوبة", "baqubah", "diala"],
  anbar: ["الرمادي", "ramadi"],
  salahuddin: ["تكريت", "tikrit", "salah al din", "salah ad din", "saladin", "صلاح الدين"],
  babil: ["الحلة", "hilla", "babylon", "babel"],
  karbala: ["kerbala"],
  wasit: ["الكوت", "kut"],
  qadisiyah: ["الديوانية", "diwaniyah", "qadisiya", "diwaniya"],
  maysan: ["العمارة", "amarah", "missan"],
  dhi_qar: ["الناصرية", "nasiriyah", "thi qar", "ذيقار"],
  muthanna: ["السماوة", "samawah"],
  ied: ["عبوة", "عبوات", "عبوة ناسفة", "لغم", "ied", "explosive"],
  car_bomb: ["مفخخة", "سيارة مفخخة", "vbied", "car bomb"],
  suicide: ["انتحاري", "suicide"],
  armed_attack: ["اطلاق نار", "مسلح", "shooting"],
  rocket: ["صاروخ", "صواريخ", "هاون", "كاتيوشا", "قصف", "rockets", "mortar", "shelling"],
  drone: ["مسيرة", "مسيرات", "درون", "drones"],
  airstrike: ["غارة", "غارات", "ضربة جوية", "airstrikes"],
  assassination: ["اغتيالات"],
  kidnapping: ["خطف", "kidnap"],
  clash: ["اشتباك", "clashes"],
  security_operation: ["اعتقال", "عملية", "operation", "arrest"],
};
