// Per-subscriber filters beyond the audience. Who receives an incident at
// all (active, not paused, provinces, types, severity) is the one audience
// rule of storage/audience.ts, as a query and as a check; the filters here
// (keywords, districts) cannot be indexed and are applied to each recipient
// the query finds, before its delivery row is written.
import { incidentAudience, inAudience, type Audience, type AudienceFields, type Incident, type SubscriberRow } from "../storage/index.js";
import { CLITIC_PREFIX_SOURCE, normalizeArabic, possibleProvinces, withoutArticle } from "../nlp/index.js";
import { PLACE_DATA } from "../nlp/index.js";

export type SubscriberWithDistricts = Pick<SubscriberRow, "keywordsAny" | "keywordsNone"> & { districts?: { district: string }[] };
export type SubscriberWithFilters = AudienceFields & SubscriberWithDistricts;

/**
 * Who an incident's alert is for (storage/audience.ts's rule): the followers of its provinces — or, placed in no
 * province but in a part of Iraq («إقليم كردستان», «شمال العراق»; nation-wide: all), of the provinces that part
 * holds: it may be in theirs (silent over-delivery beats a missed alert, as for districts below). Followers of all
 * Iraq get every one.
 */
export function alertAudience(incident: Pick<Incident, "provinces" | "placeId" | "type" | "killed" | "injured" | "casualties">): Audience {
  return incidentAudience({ ...incident, provinces: possibleProvinces(incident) });
}

/** Every filter of the subscriber except active/paused: what /latest shows. */
export function incidentMatches(sub: SubscriberWithFilters, incident: Incident): boolean {
  return inAudience(sub, alertAudience(incident)) && passesFineFilters(sub, incident, incidentText(incident));
}

/** The normalised text keywords are matched against. */
export function incidentText(incident: Pick<Incident, "headline" | "summary" | "fingerprint" | "place">): string {
  return `${incident.fingerprint}\n${normalizeArabic(`${incident.headline}\n${incident.summary}\n${incident.place ?? ""}`)}`;
}

/** Keyword and district filters. `normalizedText` is the incident's normalised Arabic text. */
export function passesFineFilters(sub: SubscriberWithDistricts, incident: Incident, normalizedText: string): boolean {
  const any = JSON.parse(sub.keywordsAny) as string[];
  const none = JSON.parse(sub.keywordsNone) as string[];
  if (any.length && !any.some((k) => containsKeyword(normalizedText, k))) return false;
  if (none.some((k) => containsKeyword(normalizedText, k))) return false;
  return passesDistricts(sub.districts ?? [], incident);
}

/**
 * Districts narrow only their own province: a subscriber with Diyala and
 * Baghdad who picked the district of Baqubah still gets all of Baghdad. An
 * incident of that province whose district is unknown still passes (it may be
 * in the chosen district; silent over-delivery beats a missed alert).
 */
function passesDistricts(districts: { district: string }[], incident: Pick<Incident, "province" | "provinces" | "district">): boolean {
  if (!districts.length) return true;
  const narrowed = new Set(districts.map((d) => districtProvince(d.district)).filter((p) => p !== null));
  const main = incident.province ?? incident.provinces[0] ?? null;
  if (main === null || !narrowed.has(main)) return true;
  if (incident.district === null) return true;
  return districts.some((d) => d.district === incident.district);
}

let districtIndex: Map<string, string> | null = null;
/** The province of a gazetteer district id (null when the gazetteer does not know it). */
export function districtProvince(id: string): string | null {
  districtIndex ??= new Map(PLACE_DATA.filter((p) => p.kind === "district").map((p) => [p.id, p.province]));
  return districtIndex.get(id) ?? null;
}

// «والعبوة» must match the keyword «عبوة», but «دينار» must not match «نار» (nlp's clitics).
const keywordPatterns = new Map<string, RegExp>();

/** Plain-word matching on normalised text: the keyword must start a word (after optional clitics). */
export function containsKeyword(normalizedText: string, keyword: string): boolean {
  let re = keywordPatterns.get(keyword);
  if (!re) {
    const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    const bare = withoutArticle(keyword) !== keyword ? `(?:ال)?${escaped.slice(2)}` : escaped;
    re = new RegExp(`${CLITIC_PREFIX_SOURCE}${bare}`, "u");
    if (keywordPatterns.size > 10_000) keywordPatterns.clear();
    keywordPatterns.set(keyword, re);
  }
  return re.test(normalizedText);
}

/** A user's keyword as stored: normalised, trimmed, inner spaces collapsed (plain words, never a pattern). */
export function normalizeKeyword(raw: string): string {
  return normalizeArabic(raw).replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();
}

// One formatter per time zone: building an Intl.DateTimeFormat costs about a
// millisecond, once per recipient in a fan-out before it was kept.
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes after midnight in the display time zone. */
export function minutesOfDay(now: Date, timeZone: string): number {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    clockFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const h = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
  const m = Number(parts.find((p) => p.type === "minute")?.value ?? 0);
  return h * 60 + m;
}

/** Quiet hours: alerts still arrive, silently. The range may wrap midnight (23:00–07:00). */
export function isQuietNow(sub: Pick<SubscriberRow, "quietStart" | "quietEnd">, now: Date, timeZone: string): boolean {
  if (sub.quietStart === null || sub.quietEnd === null || sub.quietStart === sub.quietEnd) return false;
  const m = minutesOfDay(now, timeZone);
  return sub.quietStart < sub.quietEnd ? m >= sub.quietStart && m < sub.quietEnd : m >= sub.quietStart || m < sub.quietEnd;
}
