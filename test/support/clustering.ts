// The service's merging logic (Clusterer, a 12-hour window) fed reports at minutes after a start time, for the
// merging tests.
import { Clusterer, type Clustered } from "../../src/incidents/clusterer.js";

/** Feeds [minutes after t0, text] in order; returns what each add() said. */
export function clusteredAt(t0: number, reports: readonly [number, string][]): Clustered[] {
  const c = new Clusterer({ windowHours: 12 });
  return reports.map(([min, text]) => c.add({ text, publishedAt: new Date(t0 + min * 60_000) }));
}

/** Each report's incident key (null: none), counting those taken back later by an incident opened after them. */
export function incidentsAt(t0: number, reports: readonly [number, string][]): (string | null)[] {
  const r = clusteredAt(t0, reports);
  const out = r.map((x) => x.incident);
  for (const x of r) for (const a of x.adopted) out[a.report] = a.incident;
  return out;
}
