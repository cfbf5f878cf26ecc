// The map's and the open data's reads: incidents of a time range with their
// outlets, in one portable Prisma query (no SQL dialect of its own, so it runs
// unchanged on SQLite and PostgreSQL).
import type { Db } from "./client.js";
import { decodeIncident, outletsOf, REPORT_OUTLET, type Incident } from "./incidents.js";

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

export type IncidentWithSources = Incident & { sources: { name: string; url: string }[] };

/** Incidents whose event time falls in the range, newest first, each with its outlets (one per outlet, in the order they reported it). */
export async function incidentsBetween(db: Db, q: IncidentQuery): Promise<IncidentWithSources[]> {
  const rows = await db.incident.findMany({
    where: {
      occurredAt: { gte: q.since, ...(q.until ? { lt: q.until } : {}) },
      ...(q.province ? { province: q.province } : {}),
      ...(q.type ? { type: q.type } : {}),
    },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    ...(q.limit ? { take: q.limit } : {}),
    include: { reports: { orderBy: { id: "asc" }, select: REPORT_OUTLET } },
  });
  return rows.map(({ reports, ...row }) => ({ ...decodeIncident(row), sources: outletsOf(reports) }));
}

/** Incidents per main province with their event time at or after `since` (those without a province are not counted). */
export async function provinceCounts(db: Db, since: Date): Promise<Record<string, number>> {
  const groups = await db.incident.groupBy({ by: ["province"], where: { occurredAt: { gte: since }, province: { not: null } }, _count: { _all: true } });
  const counts: Record<string, number> = {};
  for (const g of groups) if (g.province) counts[g.province] = g._count._all;
  return counts;
}
