// Renders what a delivery row owes, at send time: a queued alert always
// carries the incident's latest facts.
import type { Db } from "../db/client.js";
import type { Incident } from "../generated/prisma/client.js";
import { toLocale, translator, type Translate } from "../i18n.js";
import type { I18n } from "@grammyjs/i18n";
import { renderAlert, type AlertSource } from "./format.js";
import type { Renderer } from "./sender.js";

export async function incidentSources(db: Db, incidentId: number): Promise<AlertSource[]> {
  const reports = await db.report.findMany({
    where: { incidentId },
    orderBy: { id: "asc" },
    select: { feedItem: { select: { url: true, source: { select: { name: true, url: true } } } } },
  });
  const seen = new Set<string>();
  const out: AlertSource[] = [];
  for (const r of reports) {
    const name = r.feedItem.source.name;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, url: r.feedItem.url ?? r.feedItem.source.url });
  }
  return out;
}

export async function renderIncident(db: Db, incident: Incident, t: Translate, locale: string, timeZone: string): Promise<string> {
  return renderAlert(incident, { t, locale, timeZone, sources: await incidentSources(db, incident.id), updated: incident.version > 1 });
}

export function createRenderer(db: Db, i18n: I18n<any>, timeZone: string): Renderer {
  return async (d) => {
    if (d.kind !== "alert" || d.incidentId === null) return null;
    const [incident, sub] = await Promise.all([
      db.incident.findUnique({ where: { id: d.incidentId } }),
      d.subscriberId !== null ? db.subscriber.findUnique({ where: { id: d.subscriberId } }) : null,
    ]);
    if (!incident) return null;
    const locale = toLocale(sub?.language);
    return {
      text: await renderIncident(db, incident, translator(i18n, locale), locale, timeZone),
      threadId: sub?.threadId ?? null,
      silent: d.silent,
    };
  };
}
