// Who must hear about an incident: an indexed query over the filter tables,
// read page by page so that 100,000 subscribers never sit in memory at once.
import type { Db } from "../storage/client.js";
import type { Prisma, Subscriber } from "../generated/prisma/client.js";
import type { Incident } from "../storage/index.js";

export function subscriberFilter(incident: Incident, now: Date): Prisma.SubscriberWhereInput {
  const provinces = incident.provinces;
  return {
    active: true,
    OR: [{ paused: false }, { pausedUntil: { lte: now } }],
    AND: [
      { OR: [{ allProvinces: true }, ...(provinces.length ? [{ provinces: { some: { province: { in: provinces } } } }] : [])] },
      { OR: [{ allTypes: true }, { types: { some: { type: incident.type } } }] },
    ],
  };
}

/** The minimum-severity settings an incident satisfies (the rest of filters.ts is applied in code). */
function severityFilter(incident: Incident): Prisma.SubscriberWhereInput {
  const allowed = ["all"];
  if ((incident.killed ?? 0) > 0 || (incident.injured ?? 0) > 0) allowed.push("casualties");
  if ((incident.killed ?? 0) > 0) allowed.push("deaths");
  return { minSeverity: { in: allowed } };
}

/** A matched subscriber with what the fine filters (filters.ts) need. */
export type MatchedSubscriber = Subscriber & { districts: { district: string }[] };

/** Calls `page` with successive pages of matching subscribers (ordered by id). */
export async function forEachMatchingPage(
  db: Db,
  incident: Incident,
  now: Date,
  page: (subs: MatchedSubscriber[]) => Promise<void>,
  pageSize = 2000,
): Promise<void> {
  const where: Prisma.SubscriberWhereInput = { AND: [subscriberFilter(incident, now), severityFilter(incident)] };
  let cursor = 0;
  for (;;) {
    const subs = await db.subscriber.findMany({
      where: { ...where, id: { gt: cursor } },
      include: { districts: { select: { district: true } } },
      orderBy: { id: "asc" },
      take: pageSize,
    });
    if (subs.length === 0) return;
    await page(subs);
    cursor = subs.at(-1)!.id;
    // SQLite answers synchronously: without this, a 100,000-subscriber fan-out would hold the event loop (the bot, the timers) for seconds
    await new Promise((r) => setImmediate(r));
  }
}
