// Pure scoring of the extractor against labelled rows (corpus README format).

import { analyzeReport, factsWherever } from "./extract.js";
import { findPlaces } from "./gazetteer.js";
import { comparableName, normalizeArabic, tokenize } from "./normalize.js";
import type { IncidentFacts, Story } from "./types.js";

export interface LabelledRow {
  id: string;
  text: string;
  iraq_incident: boolean;
  province: string | null;
  type: string | null;
  killed: number | null;
  injured: number | null;
  publishedAt?: string;
  /** blind-round labels also carry the combined figure, the lower-bound mark and the labellers' certainty */
  casualties?: number | null;
  at_least?: boolean;
  sure?: boolean;
}

export interface Miss {
  id: string;
  kind: "false-positive" | "false-negative" | "province" | "place" | "type" | "killed" | "injured" | "casualties" | "invented-toll";
  expected: unknown;
  got: unknown;
  reason: string;
}

export interface ExtractorReport {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  province: number;
  type: number;
  killed: number;
  injured: number;
  /** incidents where the project states a killed or injured figure that the text does not state */
  invented: number;
  /** combined figures: labelled ones, and how many of them were read exactly */
  combined: { labelled: number; exact: number };
  misses: Miss[];
}

const FIXED_DATE = new Date("2026-06-01T12:00:00Z");

/** The post's main incident: the first story that is one. */
export function mainIncident(stories: readonly Story[]): { incident: IncidentFacts | null; reason: string | null } {
  const s = stories.find((x) => x.incident);
  if (s) return { incident: s.incident, reason: null };
  return { incident: null, reason: stories[0]?.reason ?? "empty" };
}

export function evalExtractor(rows: readonly LabelledRow[], analyze = analyzeReport): ExtractorReport {
  let tp = 0, fp = 0, fn = 0, tn = 0, prov = 0, typ = 0, kil = 0, inj = 0, invented = 0;
  const combined = { labelled: 0, exact: 0 };
  const misses: Miss[] = [];
  for (const r of rows) {
    const publishedAt = r.publishedAt ? new Date(r.publishedAt) : FIXED_DATE;
    const { incident, reason } = mainIncident(analyze({ title: "", text: r.text, publishedAt }));
    if (!r.iraq_incident) {
      if (incident) { fp++; misses.push({ id: r.id, kind: "false-positive", expected: false, got: incident.type, reason: `detected ${incident.type} in ${incident.provinces[0] ?? "?"}` }); }
      else tn++;
      continue;
    }
    if (!incident) { fn++; misses.push({ id: r.id, kind: "false-negative", expected: true, got: false, reason: reason ?? "?" }); continue; }
    tp++;
    const p = incident.provinces[0] ?? null;
    if (p === r.province) prov++;
    else misses.push({ id: r.id, kind: "province", expected: r.province, got: p, reason: `place ${incident.place ?? "-"}` });
    if (incident.type === r.type) typ++;
    else misses.push({ id: r.id, kind: "type", expected: r.type, got: incident.type, reason: "" });
    if (incident.killed === r.killed) kil++;
    else misses.push({ id: r.id, kind: "killed", expected: r.killed, got: incident.killed, reason: "" });
    if (incident.injured === r.injured) inj++;
    else misses.push({ id: r.id, kind: "injured", expected: r.injured, got: incident.injured, reason: "" });
    if ((r.killed === null && incident.killed !== null) || (r.injured === null && incident.injured !== null)) {
      invented++;
      misses.push({ id: r.id, kind: "invented-toll", expected: [r.killed, r.injured], got: [incident.killed, incident.injured], reason: "the text states no such figure" });
    }
    if (typeof r.casualties === "number") {
      combined.labelled++;
      if (incident.casualties === r.casualties) combined.exact++;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const rate = (x: number): number => (tp ? x / tp : 0);
  return {
    n: rows.length, tp, fp, fn, tn, precision, recall, f1,
    province: rate(prov), type: rate(typ), killed: rate(kil), injured: rate(inj), invented, combined, misses,
  };
}

/** A label of a report from abroad (a round of tolls and types: test/nlp/fixtures/BLIND.md, round 7): what the
 * post tells as if the place did not matter. */
export interface AbroadLabel {
  id: string;
  text: string;
  publishedAt?: string;
  incident: boolean;
  type: string | null;
  killed: number | null;
  injured: number | null;
  casualties: number | null;
  at_least: boolean;
  sure?: boolean;
}

export interface TollReport {
  /** labelled incidents scored */
  n: number;
  type: number;
  killed: number;
  injured: number;
  /** figures the text does not state: a killed or injured number where the label has none */
  invented: number;
  /** stated figures not read (the label has a number, the extractor none) */
  unread: number;
  /** stated figures read as another number */
  wrong: number;
  /** of the incidents whose label states a death toll (an injury count), how many were read exactly */
  killedStated: { labelled: number; exact: number };
  injuredStated: { labelled: number; exact: number };
  combined: { labelled: number; exact: number };
  atLeast: { labelled: number; exact: number };
  misses: Miss[];
}

/**
 * The toll and type rules on reports from abroad: for each labelled incident, the facts the extractor reads
 * from the post wherever it happened (factsWherever) against the label. Their incidents are never alerts,
 * so this measures the reading of tolls and weapons alone, on real text.
 */
export function evalTollsAbroad(rows: readonly AbroadLabel[], read = factsWherever): TollReport {
  const r: TollReport = { n: 0, type: 0, killed: 0, injured: 0, invented: 0, unread: 0, wrong: 0,
    killedStated: { labelled: 0, exact: 0 }, injuredStated: { labelled: 0, exact: 0 }, combined: { labelled: 0, exact: 0 }, atLeast: { labelled: 0, exact: 0 }, misses: [] };
  for (const row of rows) {
    if (!row.incident) continue;
    r.n++;
    const f = read({ title: "", text: row.text, publishedAt: row.publishedAt ? new Date(row.publishedAt) : FIXED_DATE });
    const type = f?.type ?? null;
    if (type === row.type) r.type++;
    else r.misses.push({ id: row.id, kind: "type", expected: row.type, got: type, reason: f ? "" : "no act read" });
    for (const k of ["killed", "injured"] as const) {
      const got = f?.[k] ?? null;
      const stated = k === "killed" ? r.killedStated : r.injuredStated;
      if (row[k] !== null) stated.labelled++;
      if (got === row[k]) { r[k]++; if (row[k] !== null) stated.exact++; continue; }
      if (row[k] === null) r.invented++;
      else if (got === null) r.unread++;
      else r.wrong++;
      r.misses.push({ id: row.id, kind: k, expected: row[k], got, reason: row[k] === null ? "the text states no such figure" : got === null ? "not read" : "another number" });
    }
    if (typeof row.casualties === "number") {
      r.combined.labelled++;
      if (f?.casualties === row.casualties) r.combined.exact++;
      else r.misses.push({ id: row.id, kind: "casualties", expected: row.casualties, got: f?.casualties ?? null, reason: "combined figure" });
    }
    if (row.at_least) {
      r.atLeast.labelled++;
      if (f?.atLeast) r.atLeast.exact++;
    }
  }
  return r;
}

/** A label of where an incident happened (a round of places: test/nlp/fixtures/BLIND.md, round 8): the most
 * specific place the text names for it, as written, and the larger areas the text names for that place. */
export interface PlaceLabel {
  id: string;
  text: string;
  publishedAt?: string;
  incident: boolean;
  province: string | null;
  /** as written in the text; null when it names no place in Iraq for the incident */
  place: string | null;
  kind: string | null;
  /** the areas the text names around the place, smaller first, as written */
  within: string[];
  /** the incident is placed only by a reference point («قرب قضاء الشرقاط»): `place` is that point */
  reference: boolean;
  unsure?: boolean;
}

/** How the alert's place compares with the labelled one: the same place; a larger area that holds it (the
 * district, the province); another place (a reference point, another event's); none given; or one given where
 * the text names no place in Iraq. */
export type PlaceVerdict = "same" | "coarser" | "other" | "none" | "unplaced";

export interface PlaceReport {
  /** labelled incidents the extractor also took for Iraqi incidents */
  n: number;
  verdicts: Record<PlaceVerdict, number>;
  /** of `other`, those in another province than the label's */
  otherProvince: number;
  misses: Miss[];
}

/** A written place name without the admin noun before it («قضاء الطارمية» → «طارميه»), as compared. */
function bareName(name: string): string {
  return comparableName(withoutAdminNoun(normalizeArabic(name)));
}

/** A normalised name without the admin nouns written before it. */
const withoutAdminNoun = (norm: string): string => norm.replace(/^((منطقه|قضاء|ناحيه|مدينه|قريه|حي|محافظه|بلده|مركز|العاصمه|قصبه) )+/, "");

/** The gazetteer place a labelled name is, when the gazetteer knows it under that whole name (not «صحراء كربلاء»
 * for Karbala: the desert is named after the province, it is not the province). */
function gazetteerPlace(name: string): { id: string; district: string | null; province: string } | null {
  const toks = tokenize(withoutAdminNoun(normalizeArabic(name)));
  const m = findPlaces(toks).find((x) => x.place && x.province && x.i === 0 && x.len === toks.length);
  return m?.place ? { id: m.place.id, district: m.place.district, province: m.province! } : null;
}

/** One alert's place against its label. */
export function placeVerdict(label: Pick<PlaceLabel, "place" | "within" | "province">, got: Pick<IncidentFacts, "place" | "placeId" | "provinces">): PlaceVerdict {
  // a part of Iraq («شمال العراق», «عموم العراق») is no place in a province, as the label's null
  const placed = got.place !== null && !got.placeId?.startsWith("region:") ? got.place : null;
  if (!label.place) return placed ? "unplaced" : "same";
  if (!placed) return "none";
  const want = bareName(label.place);
  const have = bareName(placed);
  const inName = (a: string, b: string) => ` ${a} `.includes(` ${b} `);
  const labelled = gazetteerPlace(label.place);
  if (want === have || inName(want, have) && have.split(" ").length > 1 || inName(have, want) || (labelled && labelled.id === got.placeId)) return "same";
  // a larger area holding it: the one it is named after («علوة الكوت»: Kut), one the text names around it, or the
  // gazetteer's district or province of it
  if (inName(want, have) || label.within.some((w) => bareName(w) === have)) return "coarser";
  if (labelled && got.placeId && (got.placeId === labelled.district || got.placeId === labelled.province)) return "coarser";
  if (got.placeId && got.placeId === label.province) return "coarser";
  return "other";
}

/** The place rules on labelled incidents: for each one the extractor also takes for an Iraqi incident, its place
 * against the label's (placeVerdict). */
export function evalPlaces(rows: readonly PlaceLabel[], analyze = analyzeReport): PlaceReport {
  const r: PlaceReport = { n: 0, verdicts: { same: 0, coarser: 0, other: 0, none: 0, unplaced: 0 }, otherProvince: 0, misses: [] };
  for (const row of rows) {
    if (!row.incident) continue;
    const { incident } = mainIncident(analyze({ title: "", text: row.text, publishedAt: row.publishedAt ? new Date(row.publishedAt) : FIXED_DATE }));
    if (!incident) continue;
    r.n++;
    const v = placeVerdict(row, incident);
    r.verdicts[v]++;
    if (v === "same") continue;
    const elsewhere = v === "other" && !!row.province && incident.provinces[0] !== row.province;
    if (elsewhere) r.otherProvince++;
    r.misses.push({ id: row.id, kind: "place", expected: row.place, got: incident.place, reason: `${v}${elsewhere ? " (another province)" : ""}${row.unsure ? ", label unsure" : ""}` });
  }
  return r;
}
