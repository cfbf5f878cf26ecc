// The map's and the open data's reads: incidents of a time range with their
// outlets, in one portable Prisma query (no SQL dialect of its own, so it runs
// unchanged on SQLite and PostgreSQL).
import type { Db } from "../db/client.js";
import type { Incident } from "../generated/prisma/client.js";

export interface IncidentQuery {
  /** event time (occurredAt) at or after this */
  since: Date;
  /** and strictly before this (default: no upper bound) */
  until?: Date;
  /** main province id */
  province?: string;
  /** attack type id */
  type?: string;
  /** newest first, at most this many (default: all) */
  limit?: number;
}

export interface IncidentSourceRow {
  name: string;
  /** the report's own link, else the outlet's address */
  url: string | null;
}

export type IncidentWithSources = Incident & { sources: IncidentSourceRow[] };

/** Incidents whose event time falls in the range, newest first, each with its outlets in the order they reported it (one per outlet). */
export async function incidentsBetween(db: Db, q: IncidentQuery): Promise<IncidentWithSources[]> {
  const rows = await db.incident.findMany({
    where: {
      occurredAt: { gte: q.since, ...(q.until ? { lt: q.until } : {}) },
      ...(q.province ? { province: q.province } : {}),
      ...(q.type ? { type: q.type } : {}),
    },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    ...(q.limit ? { take: q.limit } : {}),
    include: {
      reports: {
        orderBy: { id: "asc" },
        select: { feedItem: { select: { url: true, source: { select: { name: true, url: true } } } } },
      },
    },
  });
  return rows.map(({ reports, ...incident }) => {
    const seen = new Set<string>();
    const sources: IncidentSourceRow[] = [];
    for (const r of reports) {
      const name = r.feedItem.source.name;
      if (seen.has(name)) continue;
      seen.add(name);
      sources.push({ name, url: r.feedItem.url ?? r.feedItem.source.url });
    }
    return { ...incident, sources };
  });
}
