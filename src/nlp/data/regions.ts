// Parts of Iraq named without a province: «إقليم كردستان العراق», «شمال العراق». By the corpus rule such a post
// has no province (its `provinces` stay empty); the alert still says where («إقليم كردستان») and reaches the
// subscribers of the provinces the region holds — someone following Duhok wants a kidnapping «in the Kurdistan
// Region» though the post does not say which province (alerts/filters.ts, alertAudience). Written normalised: a
// phrase is two words, each matched on the forms stems() gives (a clitic «ب», the article), the second word's
// forms listed whole. A vaguer or compound direction («وسط العراق», «شمال غرب العراق») names no region here.
import type { ProvinceId } from "../taxonomy.js";

export interface Region {
  /** kept apart from the gazetteer's ids (which start with a province) */
  id: string;
  ar: string;
  en: string;
  /** [first word, second word] pairs */
  phrases: ReadonlyArray<readonly [string, string]>;
  provinces: readonly ProvinceId[];
  /** what people type for it in bot commands (/subscribe كردستان: its provinces), beside `ar` and `en` */
  typed: readonly string[];
}

const IRAQ = "عراق";
const direction = (words: readonly string[]): Array<[string, string]> => words.map((w) => [w, IRAQ]);

export const REGIONS: readonly Region[] = [
  {
    id: "region:kurdistan", ar: "إقليم كردستان", en: "Kurdistan Region",
    phrases: [["اقليم", "كردستان"], ["اقليم", "كوردستان"], ["كردستان", IRAQ], ["كوردستان", IRAQ]],
    provinces: ["erbil", "sulaymaniyah", "duhok", "halabja"],
    typed: ["كردستان", "كوردستان", "كردستان العراق", "اقليم كوردستان", "kurdistan", "kri", "krg"],
  },
  {
    id: "region:north", ar: "شمال العراق", en: "northern Iraq", phrases: direction(["شمال", "شمالي"]),
    provinces: ["nineveh", "kirkuk", "salahuddin", "erbil", "sulaymaniyah", "duhok", "halabja"],
    typed: ["شمالي العراق", "north iraq", "north"],
  },
  { id: "region:south", ar: "جنوب العراق", en: "southern Iraq", phrases: direction(["جنوب", "جنوبي"]), provinces: ["basra", "dhi_qar", "maysan", "muthanna"],
    typed: ["جنوبي العراق", "south iraq", "south"] },
  { id: "region:west", ar: "غرب العراق", en: "western Iraq", phrases: direction(["غرب", "غربي"]), provinces: ["anbar"],
    typed: ["غربي العراق", "west iraq", "west"] },
  { id: "region:east", ar: "شرق العراق", en: "eastern Iraq", phrases: direction(["شرق", "شرقي"]), provinces: ["diyala", "wasit"],
    typed: ["شرقي العراق", "east iraq", "east"] },
];

/** Direction words: one before a region's phrase makes a compound direction («شمال غربي العراق»). */
export const DIRECTION_WORDS: ReadonlySet<string> = new Set(["شمال", "شمالي", "جنوب", "جنوبي", "غرب", "غربي", "شرق", "شرقي", "وسط"]);

const BY_ID = new Map(REGIONS.map((r) => [r.id, r]));
/** The region of an incident's placeId (undefined for a gazetteer place or none). */
export const regionById = (id: string | null): Region | undefined => (id ? BY_ID.get(id) : undefined);
