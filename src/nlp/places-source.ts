// Where the gazetteer data comes from. The real data is data/places.ts and
// data/foreign.ts (written separately); this file is the one place that imports it.

export interface PlaceLike {
  id: string;
  ar: string;
  en?: string;
  aliases: readonly string[];
  province: string;
  district: string | null;
  kind: "province" | "district" | "subdistrict" | "city" | "town" | "village" | "neighbourhood" | "base" | "crossing" | "landmark" | "region";
  lat: number;
  lon: number;
  ambiguous?: boolean;
}
export interface ForeignLike {
  ar: string;
  aliases: readonly string[];
  country: string;
  ambiguous?: boolean;
}

// Fallback until data/places.ts lands: provinces and the places of TAXONOMY.md.
const FALLBACK: Record<string, [string, string[]]> = {
  baghdad: ["بغداد", ["الطارمية", "أبو غريب", "المدائن", "الكرخ", "الرصافة", "مدينة الصدر", "حزام بغداد", "مطار بغداد"]],
  basra: ["البصرة", ["الزبير", "أبو الخصيب", "القرنة", "الفاو", "أم قصر"]],
  nineveh: ["نينوى", ["الموصل", "تلعفر", "سنجار", "الحمدانية", "بعشيقة", "القيارة", "مخمور"]],
  erbil: ["أربيل", ["سوران", "شقلاوة", "كويه", "حرير"]],
  sulaymaniyah: ["السليمانية", ["رانية", "قلعة دزة", "جمجمال", "دربندخان", "كلار"]],
  duhok: ["دهوك", ["زاخو", "العمادية", "آميدي", "سميل"]],
  halabja: ["حلبجة", ["خورمال", "سيروان"]],
  kirkuk: ["كركوك", ["الحويجة", "داقوق", "الدبس", "الرشاد"]],
  diyala: ["ديالى", ["بعقوبة", "خانقين", "المقدادية", "بلدروز", "الخالص", "جلولاء", "السعدية", "بهرز", "قرية مبارك"]],
  anbar: ["الأنبار", ["الرمادي", "الفلوجة", "هيت", "حديثة", "القائم", "الرطبة", "عنه", "راوه", "عين الأسد"]],
  salahuddin: ["صلاح الدين", ["تكريت", "سامراء", "بيجي", "بلد", "الدجيل", "طوزخورماتو", "الشرقاط", "الدور", "آمرلي"]],
  babil: ["بابل", ["الحلة", "المسيب", "الإسكندرية", "جرف الصخر", "جرف النصر", "المحاويل"]],
  karbala: ["كربلاء", ["عين التمر", "الهندية"]],
  najaf: ["النجف", ["الكوفة", "المناذرة"]],
  wasit: ["واسط", ["الكوت", "الصويرة", "العزيزية", "بدرة"]],
  qadisiyah: ["القادسية", ["الديوانية", "عفك", "الشامية"]],
  maysan: ["ميسان", ["العمارة", "المجر الكبير", "علي الغربي"]],
  dhi_qar: ["ذي قار", ["الناصرية", "الشطرة", "سوق الشيوخ", "الرفاعي"]],
  muthanna: ["المثنى", ["السماوة", "الرميثة", "الخضر"]],
};

function fallback(): PlaceLike[] {
  const out: PlaceLike[] = [];
  for (const [prov, [ar, towns]] of Object.entries(FALLBACK)) {
    out.push({ id: prov, ar, aliases: [], province: prov, district: null, kind: "province", lat: 0, lon: 0 });
    towns.forEach((t, k) => out.push({ id: `${prov}-${k}`, ar: t, aliases: [], province: prov, district: null, kind: "town", lat: 0, lon: 0 }));
  }
  return out;
}

export const PLACE_DATA: readonly PlaceLike[] = fallback();
export const FOREIGN_DATA: readonly ForeignLike[] = [];
