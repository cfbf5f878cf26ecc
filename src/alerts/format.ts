// The alert a subscriber reads, as Telegram HTML. Feed text is always escaped:
// it can never inject tags or links. Pure: no database, no clock.
import { combinedBeyondSplit, placeNamesProvince, perpetratorInEnglish, splitsCombined, type Toll } from "../nlp/index.js";
import { decodeAction, encodeAction } from "../callback-data.js";
import type { Incident } from "../storage/index.js";
import type { Translate } from "../i18n.js";

export interface AlertSource {
  name: string;
  url: string | null;
}

/** Telegram's limits, in UTF-16 code units (we measure the HTML, which is never shorter than the parsed text). */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

const ICONS: Record<string, string> = {
  ied: "💥", car_bomb: "🚗💥", suicide: "💣", armed_attack: "🔫", rocket: "🚀", drone: "🛩️",
  airstrike: "✈️", assassination: "🎯", kidnapping: "⛓️", clash: "⚔️", security_operation: "🛡️", other: "⚠️",
};

// Caps on feed-derived fields (escaped length), so that the summary always keeps room.
const MAX_PLACE = 120;
const MAX_PERPETRATOR = 100;
const MAX_SOURCE_NAME = 60;
const MAX_URL = 500;
/** The summary is trimmed before sources are dropped, but not below this. */
const MIN_SUMMARY = 240;
/** An alert is read at a glance: a longer summary (a model's, a run-on sentence) is cut here. */
const MAX_SUMMARY = 900;

// Half a surrogate pair (a feed cut mid-emoji) and control characters: Telegram refuses them.
const UNSENDABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function escapeHtml(s: string): string {
  return s.replace(UNSENDABLE, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const NEEDS_ESCAPE = /[&<>"\u0000-\u001F\u007F\uD800-\uDFFF]/;
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Escapes `plain` and, when the result is longer than `max`, trims it at a
 * grapheme boundary (never inside an entity, a surrogate pair or an emoji
 * sequence), preferring the end of a sentence, then of a word, and marks the cut.
 */
export function clipEscaped(plain: string, max: number): string {
  const full = escapeHtml(plain);
  if (full.length <= max) return full;
  if (max <= 0) return "";
  const ellipsis = "…";
  const parts: string[] = [];
  let len = 0;
  // Escaping never shortens, so no more than `max` code units of `plain` can be kept;
  // segmenting only that much (plus a cluster's worth) keeps long reports cheap.
  for (const { segment } of graphemes.segment(plain.slice(0, max + 32))) {
    const e = NEEDS_ESCAPE.test(segment) ? escapeHtml(segment) : segment;
    if (len + e.length > max - ellipsis.length) break;
    parts.push(e);
    len += e.length;
  }
  let cut = parts.length;
  const atLeast = Math.floor(parts.length * 0.5);
  const sentenceEnd = findLast(parts, (p, i) => i >= atLeast && /^[.!؟?]$/.test(p) && /^\s$/.test(parts[i + 1] ?? " "));
  if (sentenceEnd >= 0) return parts.slice(0, sentenceEnd + 1).join("");
  const space = findLast(parts, (p, i) => i >= Math.floor(parts.length * 0.7) && /^\s+$/.test(p));
  if (space >= 0) cut = space;
  return parts.slice(0, cut).join("").trimEnd() + ellipsis;
}

function findLast<T>(xs: T[], pred: (x: T, i: number) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i]!, i)) return i;
  return -1;
}

// Building a DateTimeFormat costs far more than using one: keep one per locale and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, timeZone: string, clockOnly: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${clockOnly}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      // h23: some locales' 24-hour cycle writes midnight as 24:40
      timeZone, ...(clockOnly ? {} : { day: "numeric", month: "long" }), hour: "2-digit", minute: "2-digit", hourCycle: "h23",
    });
    formatters.set(key, f);
  }
  return f;
}

export function formatTime(date: Date, timeZone: string, locale: string): string {
  return formatter(locale === "en" ? "en-GB" : "ar-IQ-u-nu-latn", timeZone, false).format(date);
}

function formatClock(date: Date, timeZone: string): string {
  return formatter("en-GB", timeZone, true).format(date);
}

/** The summary to show: the model's, when it was made for the incident's current facts. */
export function summaryOf(incident: Pick<Incident, "summary" | "summaryAi" | "summaryAiVersion" | "version">): string {
  return incident.summaryAi && incident.summaryAiVersion === incident.version ? incident.summaryAi : incident.summary;
}

/** A usable map point: finite and in or near Iraq (the fallback gazetteer stores 0,0 for "unknown"). */
export function hasMapPoint(i: { lat: number | null; lon: number | null }): i is { lat: number; lon: number } {
  return i.lat !== null && i.lon !== null && i.lat >= 28 && i.lat <= 38.5 && i.lon >= 37.5 && i.lon <= 49.5;
}

/** The map button's callback data (the one codec: callback-data.ts). */
export const mapButtonData = (incidentId: number): string => encodeAction({ k: "map", incident: incidentId });
export const parseMapButtonData = (data: string): number | null => {
  const a = decodeAction(data);
  return a?.k === "map" ? a.incident : null;
};

function perpetratorLabel(who: string, locale: string): string {
  if (locale !== "en") return who;
  const en = perpetratorInEnglish(who);
  return en ? `${en} (${who})` : who;
}

export interface RenderOptions {
  t: Translate;
  locale: string;
  timeZone: string;
  sources: AlertSource[];
  /** the message was edited after the incident changed: mark it and say when */
  updated?: boolean;
  /** the place as this subscriber should read it (English name when known); default: as written */
  placeLabel?: string | null;
  /** TEXT_LIMIT, or CAPTION_LIMIT for a caption */
  limit?: number;
}

type AlertFields = Pick<
  Incident,
  "type" | "provinces" | "place" | "killed" | "injured" | "casualties" | "perpetrator" | "summary" | "summaryAi" | "summaryAiVersion" | "version" | "occurredAt" | "updatedAt"
>;

/** «الطارمية، بغداد»: the place and its province, plain text. */
export function placeText(incident: Pick<AlertFields, "provinces" | "place">, t: Translate, locale: string, placeLabel?: string | null): string {
  const provinces = incident.provinces;
  const province = provinces[0] ? t(`province-${provinces[0]}`) : t("province-unknown");
  const place = placeLabel ?? incident.place;
  if (!place) return province;
  // no province: the place is a part of Iraq («إقليم كردستان», «شمال العراق»), which says more than «العراق»
  if (!provinces[0]) return place;
  // the province as the post spells it («اربيل», «سليمانية»): the province's own spelling; with «مدينة/العاصمة»
  // before it, the place names its province already
  const named = placeNamesProvince(place, province);
  if (named === "same") return province;
  if (named === "prefixed") return place;
  return `${place}${locale === "en" ? ", " : "، "}${province}`;
}

/** «💥 عبوة ناسفة — الطارمية، بغداد» (HTML, escaped). */
export function renderHeadline(incident: Pick<AlertFields, "type" | "provinces" | "place">, t: Translate, locale: string, placeLabel?: string | null): string {
  const where = clipEscaped(placeText(incident, t, locale, placeLabel), MAX_PLACE);
  return `${ICONS[incident.type] ?? "⚠️"} <b>${escapeHtml(t(`type-${incident.type}`))} — ${where}</b>`;
}

/**
 * «3 قتلى و4 جرحى», «قتيل واحد وجريحان», or null when the text states none. A combined figure that tells more
 * victims than the split does is shown as such, with what of it is known: «15 بين قتيل وجريح», «15 بين قتيل
 * وجريح، بينهم 6 قتلى» — never beside the split as if it were more victims. Plain text.
 */
export function tollText(toll: Toll, t: Translate, locale: string): string | null {
  const parts = (killed: number | null, injured: number | null) => {
    const p = [killed !== null ? t("alert-killed", { n: killed }) : null, injured !== null ? t("alert-injured", { n: injured }) : null]
      .filter((x): x is string => x !== null);
    // Arabic joins the two with «و», written onto the next word; beside a negation («لا جرحى») a comma reads better
    const sep = locale === "en" ? ", " : p.some((x) => x.startsWith("لا ")) ? "، " : " و";
    return p.length ? p.join(sep) : null;
  };
  const combined = combinedBeyondSplit(toll);
  if (combined !== null) {
    const all = t("alert-casualties", { n: combined });
    // of whom: only the figures above zero («بينهم لا جرحى» says nothing)
    const known = parts(toll.killed ? toll.killed : null, toll.injured ? toll.injured : null);
    return known ? t("alert-casualties-of-whom", { all, known }) : all;
  }
  return parts(toll.killed, toll.injured);
}

export function renderAlert(incident: AlertFields, o: RenderOptions): string {
  const { t, locale } = o;
  const limit = o.limit ?? TEXT_LIMIT;
  const head: string[] = [];
  if (o.updated) head.push(escapeHtml(t("alert-updated", { time: formatClock(incident.updatedAt, o.timeZone) })));
  head.push(renderHeadline(incident, t, locale, o.placeLabel));
  const toll = tollText(incident, t, locale);
  if (toll) head.push(escapeHtml(toll));

  const tail: string[] = [];
  if (incident.perpetrator) {
    const who = clipEscaped(perpetratorLabel(incident.perpetrator, locale), MAX_PERPETRATOR);
    tail.push(withHtml(t("alert-perpetrator", { who: "\uE000" }), who));
  }
  tail.push(escapeHtml(t("alert-time", { time: formatTime(incident.occurredAt, o.timeZone, locale) })));

  const links = o.sources.map((s) => {
    const name = clipEscaped(s.name, MAX_SOURCE_NAME);
    const href = s.url && /^https?:\/\/[^\s"<>]+$/i.test(s.url) ? escapeHtml(s.url) : null;
    return href && href.length <= MAX_URL ? `<a href="${href}">${name}</a>` : name;
  });
  const sourcesLine = (shown: number): string | null => {
    if (links.length === 0) return null;
    const list = links.slice(0, shown).join(" · ") + (shown < links.length ? ` ${escapeHtml(t("alert-sources-more", { n: links.length - shown }))}` : "");
    return withHtml(t("alert-sources", { count: links.length, links: "\uE000" }), list);
  };

  const summary = summaryOf(incident).trim();
  const summaryLead = locale === "en" && summary ? escapeHtml(t("alert-summary-original")) + "\n" : "";
  const wrap = (s: string) => (locale === "en" && s ? `<blockquote>${s}</blockquote>` : s);
  const assemble = (summaryHtml: string, shown: number) => {
    const sources = sourcesLine(shown);
    const body = summaryHtml ? ["", summaryLead + wrap(summaryHtml)] : [];
    return [...head, ...body, "", ...tail, ...(sources !== null ? [sources] : [])].join("\n");
  };

  // Room for the summary first (down to MIN_SUMMARY), then drop sources from the end.
  const fullSummary = escapeHtml(summary);
  const want = Math.min(fullSummary.length, MIN_SUMMARY);
  let shown = links.length;
  while (shown > 0 && assemble("", shown).length + want + summaryLead.length + 30 > limit) shown--;
  const room = Math.min(limit - assemble("x", shown).length + 1, MAX_SUMMARY);
  return assemble(clipEscaped(summary, room), shown);
}

/** Fills one HTML fragment into a translated (then escaped) string at the placeholder. */
function withHtml(translated: string, html: string): string {
  return escapeHtml(translated).replace("\uE000", () => html);
}

/** The short reply under the original alert when the toll rises. */
export function renderTollRise(
  incident: Pick<AlertFields, "type" | "provinces" | "place" | "killed" | "injured" | "casualties">,
  before: Toll,
  t: Translate,
  locale: string,
  placeLabel?: string | null,
): string {
  const now = tollText(incident, t, locale) ?? "";
  const was = tollText(before, t, locale);
  // the dead named within a combined figure told: nobody more was hurt, so not «the toll rises»
  const key = !was ? "alert-toll-rise" : splitsCombined(incident, before) ? "alert-toll-split-was" : "alert-toll-rise-was";
  const line = t(key, { toll: now, ...(was ? { was } : {}) });
  return `${escapeHtml(line)}\n${renderHeadline(incident, t, locale, placeLabel)}`;
}
