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
  /** a border crossing whose name also names the neighbour's side (country id): it is placed in Iraq only
   * when the text says «الجانب العراقي» or names the province too */
  shared?: string;
}
export interface ForeignLike {
  ar: string;
  aliases: readonly string[];
  country: string;
  ambiguous?: boolean;
}

import { PLACES } from "./data/places.js";
import { FOREIGN_PLACES } from "./data/foreign.js";

export const PLACE_DATA: readonly PlaceLike[] = PLACES;
export const FOREIGN_DATA: readonly ForeignLike[] = FOREIGN_PLACES;
