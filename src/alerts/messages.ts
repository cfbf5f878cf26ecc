// Renders what a delivery row owes, at send time: a queued alert always
// carries the incident's latest facts.
import { InlineKeyboard } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import { z } from "zod";
import type { Db } from "../db/client.js";
import type { Delivery, Incident, Subscriber } from "../generated/prisma/client.js";
import { toLocale, translator, type Locale, type Translate } from "../i18n.js";
import { hasMapPoint, mapButtonData, renderAlert, renderTollRise, type AlertSource } from "./format.js";
import type { RenderedMessage, Renderer } from "./sender.js";

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

export interface IncidentRenderOptions {
  /** mark the text as edited after an update */
  updated?: boolean;
  limit?: number;
  /** the place as this reader should see it (English name); default: as written */
  placeLabel?: string | null;
}

export interface RendererOptions {
  /** English name of a gazetteer place id, for English subscribers (else the Arabic name is kept) */
  englishPlace?: (placeId: string) => string | undefined;
}

export async function renderIncident(
  db: Db, incident: Incident, t: Translate, locale: string, timeZone: string, o: IncidentRenderOptions = {},
): Promise<string> {
  return renderAlert(incident, { t, locale, timeZone, sources: await incidentSources(db, incident.id), ...o });
}

/** The «📍 map» button under an alert, when the place has coordinates and the subscriber wants it. */
export function mapKeyboard(incident: Incident, sub: Pick<Subscriber, "showMap"> | null, t: Translate): InlineKeyboard | undefined {
  if (!hasMapPoint(incident) || sub?.showMap === false) return undefined;
  return new InlineKeyboard().text(t("map-button"), mapButtonData(incident.id));
}

const editPayload = z.object({ messageId: z.number().int().positive() });
const replyPayload = z.object({
  replyTo: z.number().int().positive(),
  killedBefore: z.number().int().nonnegative().nullable(),
  injuredBefore: z.number().int().nonnegative().nullable(),
});
const broadcastPayload = z.object({ text: z.string().min(1) });

function parsePayload<T>(schema: z.ZodType<T>, payload: string | null): T | null {
  if (payload === null) return null;
  try {
    const r = schema.safeParse(JSON.parse(payload));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/**
 * alert → the incident's latest facts (+ map button); edit → the same,
 * marked as updated, for editMessageText; reply → «ارتفاع حصيلة …» under the
 * original alert; broadcast → the admin's HTML as is. null = nothing to send
 * (the row is cancelled).
 */
export function createRenderer(db: Db, i18n: I18n<any>, timeZone: string, opts: RendererOptions = {}): Renderer {
  return async (d: Delivery): Promise<RenderedMessage | null> => {
    const sub = d.subscriberId !== null ? await db.subscriber.findUnique({ where: { id: d.subscriberId } }) : null;
    const base = { threadId: sub?.threadId ?? null, silent: d.silent };

    if (d.kind === "broadcast") {
      const p = parsePayload(broadcastPayload, d.payload);
      if (p) return { ...base, text: p.text };
      const b = d.broadcastId !== null ? await db.broadcast.findUnique({ where: { id: d.broadcastId } }) : null;
      return b ? { ...base, text: b.text } : null;
    }

    if (d.incidentId === null) return null;
    const incident = await db.incident.findUnique({ where: { id: d.incidentId } });
    if (!incident) return null;
    const locale: Locale = toLocale(sub?.language);
    const t = translator(i18n, locale);
    const placeLabel = locale === "en" && incident.placeId ? opts.englishPlace?.(incident.placeId) ?? null : null;

    switch (d.kind) {
      case "alert":
        return { ...base, text: await renderIncident(db, incident, t, locale, timeZone, { placeLabel }), ...markup(mapKeyboard(incident, sub, t)) };
      case "edit": {
        const p = parsePayload(editPayload, d.payload);
        if (!p) return null;
        // editMessageText drops a keyboard it is not given: send the map button again.
        return {
          ...base,
          text: await renderIncident(db, incident, t, locale, timeZone, { updated: true, placeLabel }),
          editMessageId: p.messageId,
          ...markup(mapKeyboard(incident, sub, t)),
        };
      }
      case "reply": {
        const p = parsePayload(replyPayload, d.payload);
        if (!p) return null;
        return {
          ...base,
          text: renderTollRise(incident, { killed: p.killedBefore, injured: p.injuredBefore }, t, locale, placeLabel),
          replyToMessageId: p.replyTo,
        };
      }
      default:
        return null;
    }
  };
}

const markup = (k: InlineKeyboard | undefined) => (k ? { replyMarkup: k } : {});
