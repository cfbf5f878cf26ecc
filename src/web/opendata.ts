// Open data: incidents as ACLED-like records, written as GeoJSON (RFC 7946) or
// CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel reads the Arabic).
// Pure: rows in, text out. The columns are documented in the README.
import type { Feature, FeatureCollection, Point } from "geojson";
import { hasMapPoint, summaryOf } from "../alerts/index.js";
import { placeById, placeInEnglish, type PlaceLike } from "../nlp/index.js";
import type { IncidentWithSources } from "../storage/index.js";

/**
 * ACLED's event type and sub-event type for each attack type (ACLED codebook
 * names). An armed attack is "Violence against civilians" when the reports name
 * civilians or protesters as the target, otherwise "Battles / Armed clash".
 */
export function acledType(type: string, target: string | null): { event: string; sub: string } {
  switch (type) {
    case "ied":
    case "car_bomb":
      return { event: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED" };
    case "suicide":
      return { event: "Explosions/Remote violence", sub: "Suicide bomb" };
    case "rocket":
      return { event: "Explosions/Remote violence", sub: "Shelling/artillery/missile attack" };
    case "drone":
    case "airstrike":
      return { event: "Explosions/Remote violence", sub: "Air/drone strike" };
    case "armed_attack":
      return target === "civilians" || target === "protesters"
        ? { event: "Violence against civilians", sub: "Attack" }
        : { event: "Battles", sub: "Armed clash" };
    case "assassination":
      return { event: "Violence against civilians", sub: "Attack" };
    case "kidnapping":
      return { event: "Violence against civilians", sub: "Abduction/forced disappearance" };
    case "clash":
      return { event: "Battles", sub: "Armed clash" };
    case "security_operation":
      return { event: "Strategic developments", sub: "Arrests" };
    default:
      return { event: "", sub: "" };
  }
}

/** ACLED's geo_precision: 1 the town or village itself, 2 a part of a district or region, 3 only the province. */
function geoPrecision(place: PlaceLike | undefined): 1 | 2 | 3 {
  if (!place) return 3;
  if (place.kind === "province") return 3;
  if (place.kind === "district" || place.kind === "subdistrict" || place.kind === "region") return 2;
  return 1;
}

export interface OpenDataRecord {
  event_id: string;
  event_date: string;
  event_time: string;
  time_precision: number;
  type: string;
  event_type: string;
  sub_event_type: string;
  country: string;
  admin1: string | null;
  admin1_id: string | null;
  admin2: string | null;
  location: string | null;
  location_en: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number | null;
  killed: number | null;
  injured: number | null;
  perpetrator: string | null;
  target: string | null;
  sources: string;
  source_urls: string;
  first_seen: string;
  last_updated: string;
  summary: string;
  /** a combined killed-and-injured figure as stated («مقتل وإصابة 15»), not split: last, so no column moves */
  casualties: number | null;
}

export const COLUMNS: readonly (keyof OpenDataRecord)[] = [
  "event_id", "event_date", "event_time", "time_precision", "type", "event_type", "sub_event_type", "country",
  "admin1", "admin1_id", "admin2", "location", "location_en", "latitude", "longitude", "geo_precision",
  "killed", "injured", "perpetrator", "target", "sources", "source_urls", "first_seen", "last_updated", "summary",
  "casualties",
];

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Where an incident is drawn and exported: its own point when it has one, else
 * the gazetteer's point for its place, else its province's capital (precision 3).
 */
export function incidentPoint(i: Pick<IncidentWithSources, "lat" | "lon" | "placeId" | "province">): { lat: number; lon: number; precision: 1 | 2 | 3 } | null {
  const place = i.placeId ? placeById(i.placeId) : undefined;
  if (hasMapPoint(i)) {
    return { lat: i.lat, lon: i.lon, precision: geoPrecision(place) };
  }
  if (place) return { lat: place.lat, lon: place.lon, precision: geoPrecision(place) };
  const capital = i.province ? placeById(i.province) : undefined;
  return capital ? { lat: capital.lat, lon: capital.lon, precision: 3 } : null;
}

export function toRecord(i: IncidentWithSources, timeZone: string): OpenDataRecord {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(i.occurredAt);
  const time = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(i.occurredAt);
  const acled = acledType(i.type, i.target);
  const point = incidentPoint(i);
  const province = i.province ? placeById(i.province) : undefined;
  const district = i.district ? placeById(i.district) : undefined;
  return {
    event_id: `IRQ${i.id}`,
    event_date: day,
    event_time: time,
    time_precision: 1,
    type: i.type,
    event_type: acled.event,
    sub_event_type: acled.sub,
    country: "Iraq",
    admin1: province?.en ?? null,
    admin1_id: i.province,
    admin2: district?.en?.replace(/ \(district\)$/, "") ?? null,
    location: i.place,
    location_en: i.placeId ? placeInEnglish(i.placeId) ?? null : null,
    latitude: point ? round(point.lat) : null,
    longitude: point ? round(point.lon) : null,
    geo_precision: point?.precision ?? null,
    killed: i.killed,
    injured: i.injured,
    perpetrator: i.perpetrator,
    target: i.target,
    sources: i.sources.map((s) => s.name).join("; "),
    source_urls: i.sources.map((s) => s.url ?? "").filter(Boolean).join(" "),
    first_seen: i.firstSeenAt.toISOString(),
    last_updated: i.updatedAt.toISOString(),
    summary: summaryOf(i),
    casualties: i.casualties,
  };
}

/** A FeatureCollection of points (an incident with no known place has a null geometry, as RFC 7946 allows). */
export function toGeoJson(records: OpenDataRecord[]): FeatureCollection<Point | null, OpenDataRecord> {
  const features: Feature<Point | null, OpenDataRecord>[] = records.map((r) => ({
    type: "Feature",
    id: r.event_id,
    geometry: r.latitude !== null && r.longitude !== null ? { type: "Point", coordinates: [r.longitude, r.latitude] } : null,
    properties: r,
  }));
  return { type: "FeatureCollection", features };
}

const NEEDS_QUOTES = /[",\r\n]/;
/** Spreadsheets run a cell that starts with one of these as a formula: text fields get a leading apostrophe. */
const FORMULA = /^[=+\-@\t\r]/;

function csvField(v: string | number | null): string {
  if (v === null) return "";
  if (typeof v === "number") return String(v);
  const s = FORMULA.test(v) ? `'${v}` : v;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180: a header line, CRLF line ends, fields quoted when they hold a comma, quote or line break; UTF-8 with BOM. */
export function toCsv(records: OpenDataRecord[]): string {
  const lines = [COLUMNS.join(","), ...records.map((r) => COLUMNS.map((c) => csvField(r[c])).join(","))];
  return "\uFEFF" + lines.map((l) => l + "\r\n").join("");
}

// ---- the filters of /incidents.geojson, /incidents.csv and `npm run export` ----

export interface OpenDataFilters {
  since: Date;
  until?: Date;
  province?: string;
  type?: string;
}

/** Midnight of a calendar day in the display time zone, as an instant. */
export function zonedMidnight(ymd: string, timeZone: string): Date {
  const utc = new Date(`${ymd}T00:00:00Z`);
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(utc);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asIfUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return new Date(utc.getTime() - (asIfUtc - utc.getTime()));
}

const DAY_MS = 24 * 3600_000;

function parseInstant(value: string, timeZone: string, endOfDay: boolean): Date | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return null;
    const midnight = zonedMidnight(value, timeZone);
    return endOfDay ? new Date(midnight.getTime() + DAY_MS) : midnight;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

/**
 * since/until: a day (YYYY-MM-DD, in the display time zone; `until` includes
 * that day) or an ISO 8601 instant with its offset (`until` excludes it).
 * province/type: ids as in the bot. An unknown value is an error, never ignored.
 */
export function parseFilters(
  get: (name: string) => string | undefined, timeZone: string, defaultSince: Date,
  known: { provinces: readonly string[]; types: readonly string[] },
): OpenDataFilters | { error: string } {
  const out: OpenDataFilters = { since: defaultSince };
  const since = get("since");
  if (since !== undefined) {
    const d = parseInstant(since, timeZone, false);
    if (!d) return { error: `since: expected YYYY-MM-DD or an ISO 8601 time such as 2026-01-31T18:00:00Z, got "${since}"` };
    out.since = d;
  }
  const until = get("until");
  if (until !== undefined) {
    const d = parseInstant(until, timeZone, true);
    if (!d) return { error: `until: expected YYYY-MM-DD or an ISO 8601 time such as 2026-01-31T18:00:00Z, got "${until}"` };
    out.until = d;
  }
  const province = get("province");
  if (province !== undefined) {
    if (!known.provinces.includes(province)) return { error: `province: unknown id "${province}" (one of ${known.provinces.join(", ")})` };
    out.province = province;
  }
  const type = get("type");
  if (type !== undefined) {
    if (!known.types.includes(type)) return { error: `type: unknown id "${type}" (one of ${known.types.join(", ")})` };
    out.type = type;
  }
  return out;
}
