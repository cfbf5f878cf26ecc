import { analyzeReport } from "../../src/nlp/index.js";
import type { IncidentFacts } from "../../src/nlp/index.js";

export const at = new Date("2026-06-01T12:00:00Z");

/** The main incident of a one-story text, or null. */
export function incidentOf(text: string): IncidentFacts | null {
  return analyzeReport({ title: "", text, publishedAt: at }).find((s) => s.incident)?.incident ?? null;
}
export function reasonOf(text: string): string | null {
  const s = analyzeReport({ title: "", text, publishedAt: at });
  return s.find((x) => x.incident) ? null : (s[0]?.reason ?? "empty");
}

/** The main incident's province, type and toll, or the reason it is none: what the reading rules' tests compare. */
export function factsOrReason(text: string) {
  const f = incidentOf(text);
  return f ? { provinces: f.provinces, type: f.type, killed: f.killed, injured: f.injured } : reasonOf(text);
}
