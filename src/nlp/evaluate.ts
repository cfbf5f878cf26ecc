// Pure scoring of the extractor against labelled rows (corpus README format).

import { analyzeReport } from "./extract.js";
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
  kind: "false-positive" | "false-negative" | "province" | "type" | "killed" | "injured" | "invented-toll";
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
