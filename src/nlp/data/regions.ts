// Parts of Iraq named without a province: «إقليم كردستان العراق», «شمال العراق». By the corpus rule such a post
// has no province (its `provinces` stay empty); the alert still says where («إقليم كردستان») and reaches the
// subscribers of the provinces the region holds — someone following Duhok wants a kidnapping «in the Kurdistan
// Region» though the post does not say which province (alerts/filters.ts, alertAudience) — and merging keeps it
// apart from an event in a province outside it (incidents/places.ts). Written normalised: a name is a few words,
// each matched on the forms stems() gives (a clitic «ب», the article). A vaguer or compound direction («وسط
// العراق», «شمال غرب العراق», «الفرات الأوسط») names no region here.
import { PROVINCES, type ProvinceId } from "../taxonomy.js";

export interface Region {
  /** kept apart from the gazetteer's ids (which start with a province) */
  id: string;
  ar: string;
  en: string;
  /** its names, word by word */
  phrases: ReadonlyArray<readonly string[]>;
  /** a direction («جنوب العراق») is a place by itself; a name («إقليم كردستان») needs «في» or «بـ» before it */
  direction: boolean;
  provinces: readonly ProvinceId[];
  /** what people type for it in bot commands (/subscribe كردستان: its provinces), beside `ar` and `en` */
  typed: readonly string[];
  /** the whole country («في عموم العراق»): a wave across it, not a part of it — merging never narrows it down */
  nationWide?: true;
}

const IRAQ = "عراق";
const towards = (words: readonly string[]): string[][] => words.map((w) => [w, IRAQ]);

export const REGIONS: readonly Region[] = [
  {
    id: "region:kurdistan", ar: "إقليم كردستان", en: "Kurdistan Region", direction: false,
    phrases: [["اقليم", "كردستان"], ["اقليم", "كوردستان"], ["كردستان", IRAQ], ["كوردستان", IRAQ]],
    provinces: ["erbil", "sulaymaniyah", "duhok", "halabja"],
    typed: ["كردستان", "كوردستان", "كردستان العراق", "اقليم كوردستان", "kurdistan", "kri", "krg"],
  },
  {
    id: "region:north", ar: "شمال العراق", en: "northern Iraq", direction: true, phrases: towards(["شمال", "شمالي"]),
    provinces: ["nineveh", "kirkuk", "salahuddin", "erbil", "sulaymaniyah", "duhok", "halabja"],
    typed: ["شمالي العراق", "north iraq"],
  },
  {
    id: "region:south", ar: "جنوب العراق", en: "southern Iraq", direction: true, phrases: towards(["جنوب", "جنوبي"]),
    // the channel writes «محافظة الديوانية جنوبي العراق»: the south as its outlets use it, not the four of the Gulf
    provinces: ["basra", "dhi_qar", "maysan", "muthanna", "qadisiyah", "najaf"], typed: ["جنوبي العراق", "south iraq"],
  },
  {
    id: "region:west", ar: "غرب العراق", en: "western Iraq", direction: true, phrases: towards(["غرب", "غربي"]),
    provinces: ["anbar"], typed: ["غربي العراق", "west iraq"],
  },
  {
    id: "region:east", ar: "شرق العراق", en: "eastern Iraq", direction: true, phrases: towards(["شرق", "شرقي"]),
    provinces: ["diyala", "wasit"], typed: ["شرقي العراق", "east iraq"],
  },
  {
    // nation-wide («في مناطق متفرقة من العراق», «في عموم العراق»): every province's followers — the one case where an
    // item placed in no province is told to all of them (issue 13: «unless it really is nation-wide»)
    id: "region:iraq", ar: "عموم العراق", en: "across Iraq", direction: false,
    phrases: [["عموم", IRAQ], ["انحاء", IRAQ], ["ارجاء", IRAQ], ["كافه", "انحاء", IRAQ], ["جميع", "انحاء", IRAQ],
      ["مختلف", "مناطق", IRAQ], ["مناطق", "متفرقه", "من", IRAQ]],
    provinces: PROVINCES, typed: [], nationWide: true,
  },
];

/** The first words of the regions' names: a token that is none starts none. */
export const REGION_FIRST_WORDS: ReadonlySet<string> = new Set(REGIONS.flatMap((r) => r.phrases.map((p) => p[0]!)));

/** Direction words: one beside a region's phrase makes a compound direction («شمال غربي العراق»). */
export const DIRECTION_WORDS: ReadonlySet<string> = new Set(["شمال", "شمالي", "جنوب", "جنوبي", "غرب", "غربي", "شرق", "شرقي", "وسط"]);

/** Up to three words before «في» and a region: who is in the region, not what happened there — a source, a
 * spokesman, a minister or ministry, a commander, a president, a hospital, forces stationed there («مصدر
 * أمني في إقليم كردستان», «نقل الجرحى الى مستشفى في…», «القوات المتمركزة في شمال العراق»). Not a party, a base, a
 * consulate or a police station: an attack on one «في إقليم كردستان» happened there; nor an official or an officer,
 * who may be the victim («اغتيال مسؤول في إقليم كردستان»). (A name that needs «في» has it right before it: «في أسايش
 * إقليم كردستان», «في برلمان إقليم كردستان» are no place.) */
export const HELD_IN_REGION: ReadonlySet<string> = new Set(["مصدر", "مصادر", "متحدث", "ناطق", "وزير", "وزاره", "قايد", "رييس",
  "مستشفى", "مستشفي", "مستشفيات", "متمركز", "متمركزه", "متمركزين", "متمركزون", "منتشر", "منتشره", "منتشرين", "منتشرون",
  "مرابط", "مرابطه", "مرابطين", "مرابطون"]);

const BY_ID = new Map(REGIONS.map((r) => [r.id, r]));
/** The region of an incident's placeId (undefined for a gazetteer place or none). */
export const regionById = (id: string | null): Region | undefined => (id ? BY_ID.get(id) : undefined);

/** The region an incident or report is placed in when it names no province (undefined when it names one, or nothing). */
export const regionOf = (p: { provinces: readonly string[]; placeId: string | null }): Region | undefined =>
  p.provinces.length ? undefined : regionById(p.placeId);

/** The provinces an incident may be in: its own, or, none named, those of the region it is placed in; none: anywhere
 * in Iraq. Read by the alert's audience and by merging, so that both treat a region alike. */
export const possibleProvinces = (p: { provinces: readonly string[]; placeId: string | null }): readonly string[] =>
  p.provinces.length ? p.provinces : regionById(p.placeId)?.provinces ?? [];
