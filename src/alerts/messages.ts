// Renders what a delivery row owes, at send time: a queued alert always
// carries the incident's latest facts.
import { InlineKeyboard } from "grammy";
import { z } from "zod";
import {
  broadcastById, incidentById, incidentOutlets, isReceiving, renderStamp, subscriberTopic,
  type Db, type Delivery, type Incident, type SubscriberRow as Subscriber,
} from "../storage/index.js";
import { toLocale, translator, type Locale, type Translate, type AppI18n } from "../i18n.js";
import { isQuietNow } from "./filters.js";
import { hasMapPoint, mapButtonData, renderAlert, renderTollRise, type AlertSource } from "./format.js";
import { addMapLink, mapPageLink, type MapPageOptions } from "./map-link.js";
import { RenderCache, type RenderCacheOptions } from "./render-cache.js";

/** What a delivery row turns into at send time. */
export interface RenderedMessage {
  text: string; // Telegram HTML
  silent?: boolean;
  threadId?: number | null;
  /** edit this earlier message (editMessageText) instead of sending a new one */
  editMessageId?: number;
  /** send as a reply to this earlier message */
  replyToMessageId?: number;
  replyMarkup?: InlineKeyboard;
}

/** null: nothing to send (the row is cancelled). */
export type Renderer = (delivery: Delivery) => Promise<RenderedMessage | null>;

/** The outlets an alert lists as links. */
export const incidentSources = (db: Db, incidentId: number): Promise<AlertSource[]> => incidentOutlets(db, incidentId);

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
  /** PUBLIC_URL and PUBLIC_MAP: the «🗺 on the map» button beside «📍» (map-link.ts decides which, if any) */
  mapPage?: MapPageOptions;
  /** the per-incident render cache: size and time limit (default 256 entries, 5 s) */
  cache?: RenderCacheOptions;
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
  casualtiesBefore: z.number().int().nonnegative().nullable().optional(),
});
const broadcastPayload = z.object({ text: z.string().min(1) });

function parsePayload<T>(schema: z.ZodType<T>, payload: string | null): T | null {
  if (payload === null) return null;
  try {
    const r = schema.safeParse(JSON.parse(payload));
    return r.success ? r.data : null;
  } catch {
    // not JSON (a hand-edited row): nothing to send, the row is cancelled
    return null;
  }
}

/** What one incident version renders from: the row and its outlets, read once. */
interface IncidentEntry {
  incident: Incident;
  sources: AlertSource[];
  /** rendered text and map-button label per (kind, locale, place label) */
  variants: Map<string, { text: string; mapLabel: string | null; pageLabel: string }>;
}

/** The incident's state as far as rendering goes: new facts move version and updatedAt (the edit's stamp; bookkeeping writes keep it), a model summary moves summaryAiVersion. */
const stampKey = (id: number, version: number, updatedAt: Date, summaryAiVersion: number | null) =>
  `${id}:${version}:${updatedAt.getTime()}:${summaryAiVersion ?? "-"}`;

/**
 * alert → the incident's latest facts (+ map button); edit → the same,
 * marked as updated, for editMessageText; reply → «ارتفاع حصيلة …» under the
 * original alert; broadcast → the admin's HTML as is. null = nothing to send
 * (the row is cancelled).
 *
 * Cost: one query per row (the incident's version stamp and the
 * subscriber's language, topic and map setting, joined). The incident row,
 * its outlets and the rendered text are kept per stamp (version, updatedAt,
 * summaryAiVersion) in a small LRU (RendererOptions.cache), so the 5,000
 * chats of one alert cost one render. A new version, or any write to the
 * incident (an attached report sets lastReportAt), is a new key: a cached
 * text is never older than the row. The one thing that can lag, by at most
 * the cache's time limit (5 s), is the sources line when a report row is
 * added or a source renamed without the incident being written.
 */
export function createRenderer(db: Db, i18n: AppI18n, timeZone: string, opts: RendererOptions = {}): Renderer {
  const cache = new RenderCache<Promise<IncidentEntry | null>>(opts.cache);

  async function load(incidentId: number): Promise<IncidentEntry | null> {
    const [incident, sources] = await Promise.all([
      incidentById(db, incidentId),
      incidentSources(db, incidentId),
    ]);
    return incident ? { incident, sources, variants: new Map() } : null;
  }

  /** The entry for the incident as the stamp saw it (or newer, if it changed meanwhile). */
  async function entryFor(incidentId: number, key: string): Promise<IncidentEntry | null> {
    let p = cache.get(key);
    if (!p) {
      p = load(incidentId);
      cache.set(key, p);
      p.then((e) => {
        if (!e) return cache.delete(key, p);
        const own = stampKey(incidentId, e.incident.version, e.incident.updatedAt, e.incident.summaryAiVersion);
        // read after a newer write: also serve it under its own stamp
        if (own !== key && !cache.get(own)) cache.set(own, p!);
      }, () => cache.delete(key, p));
    }
    return p;
  }

  return async (d: Delivery): Promise<RenderedMessage | null> => {
    if (d.kind === "broadcast" || d.kind === "notice") {
      // a notice to the admins, or an announcement: HTML written by us or by an admin
      // a row naming a subscriber that is gone owes nothing (/stop while a fan-out was writing: Delivery has no
      // foreign keys, prisma/schema.prisma)
      const topic = d.subscriberId !== null ? await subscriberTopic(db, d.subscriberId) : { threadId: null };
      if (!topic) return null;
      const base = { threadId: topic.threadId, silent: d.silent };
      const p = parsePayload(broadcastPayload, d.payload);
      if (p) return { ...base, text: p.text };
      const b = d.broadcastId !== null ? await broadcastById(db, d.broadcastId) : null;
      return b ? { ...base, text: b.text } : null;
    }

    if (d.incidentId === null) return null;
    const stamp = await renderStamp(db, d.incidentId, d.subscriberId);
    if (!stamp) return null;
    const chat = stamp.chat;
    if (d.subscriberId !== null && !chat) return null; // its subscriber is gone (as above)
    const now = new Date();
    // A chat that paused (and has not resumed) or is gone gets nothing new, whatever was queued before;
    // an edit of a message already received is still welcome.
    if (d.kind !== "edit" && chat && !isReceiving(chat, now)) return null;
    const sub = chat ? { language: chat.language, showMap: chat.showMap } : null;
    // the subscriber's «map» setting governs both map buttons
    const pageLink = chat?.showMap === false ? null : mapPageLink(opts.mapPage, chat?.chatType, d.incidentId);
    // Quiet hours as they are when the message leaves, not when it was queued
    // (a row deferred by a 429 or a retry may cross their start or end).
    const quiet = chat ? isQuietNow(chat, now, timeZone) : d.silent;
    const base = { threadId: chat?.threadId ?? null, silent: quiet };
    const entry = await entryFor(d.incidentId, stampKey(d.incidentId, stamp.version, stamp.updatedAt, stamp.summaryAiVersion));
    if (!entry) return null;
    const { incident } = entry;
    const locale: Locale = toLocale(sub?.language);
    const placeLabel = locale === "en" && incident.placeId ? opts.englishPlace?.(incident.placeId) ?? null : null;

    /** The alert text (updated = for an edit) and the map button's label, rendered once per entry. */
    const variant = (updated: boolean) => {
      const k = `${updated ? "edit" : "alert"}\u0001${locale}\u0001${placeLabel === null ? "\u0000" : placeLabel}`;
      let v = entry.variants.get(k);
      if (!v) {
        const t = translator(i18n, locale);
        v = {
          text: renderAlert(incident, { t, locale, timeZone, sources: entry.sources, placeLabel, ...(updated ? { updated: true } : {}) }),
          mapLabel: hasMapPoint(incident) ? t("map-button") : null,
          pageLabel: t("webmap-button-incident"),
        };
        entry.variants.set(k, v);
      }
      // a keyboard of its own for every message: nothing shared can be changed under another send
      const pin = v.mapLabel !== null && sub?.showMap !== false;
      const keyboard = pin || pageLink ? addMapLink(pin ? new InlineKeyboard().text(v.mapLabel!, mapButtonData(incident.id)) : new InlineKeyboard(), pageLink, v.pageLabel) : undefined;
      return { text: v.text, ...markup(keyboard) };
    };

    switch (d.kind) {
      case "alert":
        return { ...base, ...variant(false) };
      case "edit": {
        const p = parsePayload(editPayload, d.payload);
        if (!p) return null;
        // editMessageText drops a keyboard it is not given: send the map button again.
        const v = variant(true);
        return { ...base, text: v.text, editMessageId: p.messageId, ...(v.replyMarkup ? { replyMarkup: v.replyMarkup } : {}) };
      }
      case "reply": {
        const p = parsePayload(replyPayload, d.payload);
        if (!p) return null;
        const t = translator(i18n, locale);
        return {
          ...base,
          text: renderTollRise(incident, { killed: p.killedBefore, injured: p.injuredBefore, casualties: p.casualtiesBefore ?? null }, t, locale, placeLabel),
          replyToMessageId: p.replyTo,
        };
      }
      default:
        return null;
    }
  };
}

const markup = (k: InlineKeyboard | undefined) => (k ? { replyMarkup: k } : {});
