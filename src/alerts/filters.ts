// Per-subscriber filters that the indexed query (match.ts) cannot express:
// keywords, minimum severity, districts and quiet hours. Applied to each
// matched subscriber before its delivery row is written.
import type { Incident, Subscriber } from "../generated/prisma/client.js";

export type SubscriberWithDistricts = Subscriber & { districts?: { district: string }[] };

/** Keyword, severity and district filters. `normalizedText` is the incident's normalised Arabic text. */
export function passesFineFilters(sub: SubscriberWithDistricts, incident: Incident, normalizedText: string): boolean {
  if (sub.minSeverity === "casualties" && !((incident.killed ?? 0) > 0 || (incident.injured ?? 0) > 0)) return false;
  if (sub.minSeverity === "deaths" && !((incident.killed ?? 0) > 0)) return false;
  const any: string[] = JSON.parse(sub.keywordsAny);
  const none: string[] = JSON.parse(sub.keywordsNone);
  if (any.length && !any.some((k) => normalizedText.includes(k))) return false;
  if (none.some((k) => normalizedText.includes(k))) return false;
  const districts = sub.districts ?? [];
  if (districts.length && !districts.some((d) => d.district === incident.district)) return false;
  return true;
}

/** Minutes after midnight in the display time zone. */
export function minutesOfDay(now: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(now);
  const h = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
  const m = Number(parts.find((p) => p.type === "minute")?.value ?? 0);
  return h * 60 + m;
}

/** Quiet hours: alerts still arrive, silently. The range may wrap midnight (23:00–07:00). */
export function isQuietNow(sub: Pick<Subscriber, "quietStart" | "quietEnd">, now: Date, timeZone: string): boolean {
  if (sub.quietStart === null || sub.quietEnd === null || sub.quietStart === sub.quietEnd) return false;
  const m = minutesOfDay(now, timeZone);
  return sub.quietStart < sub.quietEnd ? m >= sub.quietStart && m < sub.quietEnd : m >= sub.quietStart || m < sub.quietEnd;
}
