// Where two reports are relative to each other: the same site, a district and a
// place inside it, one province, neighbouring or far-apart provinces, or two
// named places that cannot be one target.
import { isProvinceId, km, placeById, possibleProvinces, regionOf } from "../nlp/index.js";
import { areNeighbours } from "./neighbours.js";
import type { IncidentState } from "./state.js";

export type PlaceRelation = "same-place" | "same-district" | "same-province" | "conflict" | "unknown" | "neighbour" | "far";

type Placed = Pick<IncidentState, "placeId" | "district" | "provinces"> & Partial<Pick<IncidentState, "coordinates">>;

/**
 * A place that pins the event down: one inside a district. A province, the
 * city of Baghdad or a region (a mountain range, a desert, «إقليم كوردستان»)
 * says no more than the province.
 */
export const specific = (p: Placed): string | null =>
  p.placeId && p.district && !isProvinceId(p.placeId) && placeById(p.placeId)?.kind !== "region" ? p.placeId : null;

/** Kinds of place that are one site: not a city, a district or a province, where many attacks happen. */
const SITE_KINDS = new Set(["village", "neighbourhood", "town", "base", "crossing", "landmark"]);

/** The place, when it is one site (a village, a neighbourhood, a base …), else null. */
export const siteOf = (p: Placed): string | null => {
  const id = specific(p);
  return id && SITE_KINDS.has(placeById(id)?.kind ?? "") ? id : null;
};

/** Two named places closer than this are one site told two ways (a base at an airport, a village by its town). */
const SAME_SITE_KM = 5;
/** Two names this close are one point of the gazetteer: one place listed twice, whatever its kind. */
const ONE_POINT_KM = 0.5;


/** Places that are targets in themselves: two different ones are two targets, even in one district. */
const TARGET_KINDS = new Set(["base", "crossing", "landmark"]);
const isTarget = (id: string): boolean => TARGET_KINDS.has(placeById(id)?.kind ?? "");

export function placeRelation(a: Placed, b: Placed): PlaceRelation {
  const pa = specific(a);
  const pb = specific(b);
  if (pa && pb) {
    const apart = a.coordinates && b.coordinates ? km(a.coordinates, b.coordinates) : null;
    // one place, or one point the gazetteer lists under two names («الجرف» and «جرف الصخر»)
    if (pa === pb || (apart !== null && apart < ONE_POINT_KM)) return "same-place";
    const ka = placeById(pa)?.kind;
    const kb = placeById(pb)?.kind;
    // two sub-districts are two towns, however close their seats (Abu Saida and Wajihiya, 4.5 km; Bashir and Taza)
    if (ka === "subdistrict" && kb === "subdistrict") return "conflict";
    if (apart !== null && apart < SAME_SITE_KM) return "same-place";
    if (isTarget(pa) && isTarget(pb)) return "conflict";
    // Two places of one kind in one district further apart than one site — two villages, two towns, two
    // neighbourhoods — are two places: neither is inside the other (templated reports of one wave name a
    // different one each time). Closer, one may name an area holding the other («الجانب الأيمن من الموصل»,
    // «المدينة القديمة»): one site.
    if (a.district === b.district && ka !== undefined && ka === kb) return "conflict";
    // A district and a place inside it (a village, a sub-district), or two places of one district that may
    // be one inside the other (a village and a sub-district: the gazetteer knows a place's district only).
    if (a.district === b.district) return "same-district";
    return "conflict";
  }
  // placed in no province, a report may be anywhere — or anywhere in the part of Iraq it names («إقليم كردستان»):
  // one province of it is no more than unknown, but a province outside it is another place
  const ia = possibleProvinces(a);
  const ib = possibleProvinces(b);
  if (ia.length === 0 || ib.length === 0) return "unknown";
  const shared = ia.some((p) => ib.includes(p));
  if (shared) return a.provinces.length && b.provinces.length ? "same-province" : "unknown";
  const near = ia.some((p) => ib.some((q) => areNeighbours(p, q)));
  return near ? "neighbour" : "far";
}

/**
 * One of the two is placed only by a part of Iraq («بشمال العراق», «في إقليم كردستان») that holds the other's
 * province: the province-level place of the event told more coarsely, as a province is to a district inside it
 * (matching.ts refines). Not the nation-wide region: a wave «across Iraq» holds every province, and each site
 * of it that a report names is its own target.
 */
export function regionHolds(a: Placed, b: Placed): boolean {
  const holds = (r: Placed, p: Placed): boolean => {
    const region = regionOf(r);
    return !!region && !region.nationWide && p.provinces.length > 0 && (region.provinces as readonly string[]).includes(p.provinces[0]!);
  };
  return holds(a, b) || holds(b, a);
}
