// Districts (qadha) of a province, from the gazetteer: the optional narrowing
// inside a province for users who only care about their own town.
import { PLACE_DATA } from "../nlp/index.js";

export interface District {
  id: string;
  ar: string;
  en: string;
  province: string;
}

let byProvince: Map<string, District[]> | null = null;

export function districtsOf(province: string): District[] {
  if (!byProvince) {
    byProvince = new Map();
    for (const p of PLACE_DATA) {
      if (p.kind !== "district") continue;
      const list = byProvince.get(p.province) ?? [];
      list.push({ id: p.id, ar: p.ar, en: p.en ?? p.ar, province: p.province });
      byProvince.set(p.province, list);
    }
  }
  return byProvince.get(province) ?? [];
}

export function findDistrict(id: string): District | null {
  for (const p of PLACE_DATA) if (p.kind === "district" && p.id === id) return { id: p.id, ar: p.ar, en: p.en ?? p.ar, province: p.province };
  return null;
}

export const districtName = (d: District, locale: string): string => (locale === "en" ? d.en : d.ar);
