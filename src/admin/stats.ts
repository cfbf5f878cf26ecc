// The numbers behind /stats, from indexed counts and group-bys (portable SQL,
// no row of the big tables is loaded except the last week's incidents for the
// per-day chart).
import { deliveryCounts, incidentsFirstSeenSince, pendingCount, sourceHealth, subscriberCounts, type Db } from "../storage/index.js";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export interface Counted {
  key: string;
  day: number;
  week: number;
}

export interface Stats {
  at: Date;
  subscribers: { active: number; paused: number; blocked: number; groups: number };
  incidents: { day: number; week: number; byProvince: Counted[]; byType: Counted[] };
  /** deliveries created in the last 24 hours, by state; `backlog` = pending now, whenever created */
  deliveries: { sent: number; failed: number; cancelled: number; pending: number; backlog: number };
  sources: {
    total: number;
    paused: number;
    failing: number;
    neverPolled: number;
    lastSuccessAt: Date | null;
    itemsDay: number;
  };
  /** incidents per day (display time zone) and province over the last 7 days, oldest day first */
  perDay: { days: string[]; byProvince: Map<string, number[]> };
}

export async function gatherStats(db: Db, now: Date, timeZone: string): Promise<Stats> {
  const dayAgo = new Date(now.getTime() - DAY);
  const weekAgo = new Date(now.getTime() - 7 * DAY);
  const [{ active, blocked, groups, total }, incidentsWeek] = await Promise.all([subscriberCounts(db, now), incidentsFirstSeenSince(db, weekAgo)]);

  const byProvince = new Map<string, Counted>();
  const byType = new Map<string, Counted>();
  const bump = (m: Map<string, Counted>, key: string, recent: boolean) => {
    const c = m.get(key) ?? { key, day: 0, week: 0 };
    c.week++;
    if (recent) c.day++;
    m.set(key, c);
  };
  const dayKey = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const days = Array.from({ length: 7 }, (_, i) => dayKey.format(new Date(now.getTime() - (6 - i) * DAY)));
  const perDay = new Map<string, number[]>();
  for (const i of incidentsWeek) {
    const province = i.province ?? "unknown";
    bump(byProvince, province, i.firstSeenAt >= dayAgo);
    bump(byType, i.type, i.firstSeenAt >= dayAgo);
    const d = days.indexOf(dayKey.format(i.firstSeenAt));
    if (d < 0) continue; // the 8th calendar day touched by the 168-hour window
    const row = perDay.get(province) ?? new Array<number>(7).fill(0);
    row[d]!++;
    perDay.set(province, row);
  }
  const sorted = (m: Map<string, Counted>) => [...m.values()].sort((a, b) => b.week - a.week || b.day - a.day || a.key.localeCompare(b.key));

  const [states, backlog, sources] = await Promise.all([deliveryCounts(db, { createdSince: dayAgo }), pendingCount(db), sourceHealth(db, dayAgo)]);

  return {
    at: now,
    subscribers: { active, paused: total - active - blocked, blocked, groups },
    incidents: { day: incidentsWeek.filter((i) => i.firstSeenAt >= dayAgo).length, week: incidentsWeek.length, byProvince: sorted(byProvince), byType: sorted(byType) },
    deliveries: { sent: states.sent, failed: states.failed, cancelled: states.cancelled, pending: states.pending + states.sending, backlog },
    sources: {
      total: sources.total,
      paused: sources.paused,
      failing: sources.failing,
      neverPolled: sources.neverPolled,
      lastSuccessAt: sources.lastSuccessAt,
      itemsDay: sources.itemsSince,
    },
    perDay: { days, byProvince: perDay },
  };
}
