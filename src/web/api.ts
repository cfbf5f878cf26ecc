// The map page's API. Incidents are public when the admin opened the public
// view (PUBLIC_MAP); everything else needs Telegram initData that verifies
// (initdata.ts), sent as `Authorization: tma <initData>`. The settings it
// changes are the bot's own (the same toggle rule and the same save functions
// as the /provinces and /types menus), so the map and the bot never disagree.
import { placeText, renderAlert, tollText } from "../alerts/index.js";
import { provinceSelection, startSubscriber, toggleProvince, toggleType, typeSelection, type Sub } from "../bot/index.js";
import { findSubscriber, type Db } from "../storage/index.js";
import { toLocale, translator, type Locale, type AppI18n } from "../i18n.js";
import { ATTACK_TYPES, placeInEnglish, PROVINCES } from "../nlp/index.js";
import { incidentsBetween, provinceCounts, type IncidentWithSources } from "../storage/index.js";
import { verifyInitData, type VerifiedInitData } from "./initdata.js";
import { incidentPoint } from "./opendata.js";

export const RANGES = { "24h": 24, "7d": 7 * 24, "30d": 30 * 24 } as const;
export type Range = keyof typeof RANGES;
/** the map shows at most this many points (newest first); the open data has no such cap */
const MAX_POINTS = 2000;

export interface ApiDeps {
  db: Db;
  i18n: AppI18n;
  timeZone: string;
  /** null in console mode: nothing can be verified, only the public view exists */
  botToken: string | null;
  publicMap: boolean;
}

export interface ApiResult {
  status: number;
  body: unknown;
}

export interface MapIncident {
  id: number;
  type: string;
  province: string | null;
  /** null: not on the map — placed in no province (a part of Iraq, «إقليم كردستان», or none): listed only */
  lat: number | null;
  lon: number | null;
  /** 1 the place itself, 2 its district or region, 3 only the province; null: not on the map */
  precision: number | null;
  killed: number | null;
  injured: number | null;
  /** a combined killed-and-injured figure as stated («مقتل وإصابة 15»), not split */
  casualties: number | null;
  title: string;
  toll: string | null;
  /** the alert exactly as the bot sends it (Telegram HTML: <b>, <a href="http…">, <blockquote>; all feed text escaped) */
  alertHtml: string;
}

export interface Settings {
  subscribed: boolean;
  language: Locale;
  provinces: { all: boolean; ids: string[] };
  types: { all: boolean; ids: string[] };
}

export function authenticate(deps: ApiDeps, authorization: string | undefined, now = new Date()): VerifiedInitData | null {
  if (!deps.botToken || !authorization?.startsWith("tma ")) return null;
  return verifyInitData(authorization.slice(4), deps.botToken, now);
}

const unauthorized: ApiResult = { status: 401, body: { error: "initData missing, forged or expired: open the map from the bot" } };

function mapIncident(i: IncidentWithSources, deps: ApiDeps, locale: Locale): MapIncident {
  const point = incidentPoint(i);
  const t = translator(deps.i18n, locale);
  const placeLabel = locale === "en" && i.placeId ? placeInEnglish(i.placeId) ?? null : null;
  return {
    id: i.id,
    type: i.type,
    province: i.province,
    lat: point?.lat ?? null,
    lon: point?.lon ?? null,
    precision: point?.precision ?? null,
    killed: i.killed,
    injured: i.injured,
    casualties: i.casualties,
    title: `${t(`type-${i.type}`)} — ${placeText(i, t, locale, placeLabel)}`,
    toll: tollText(i, t, locale),
    alertHtml: renderAlert(i, { t, locale, timeZone: deps.timeZone, sources: i.sources, placeLabel }),
  };
}

/** GET /map/api/incidents?range=24h|7d|30d&lang=ar|en */
export async function getIncidents(deps: ApiDeps, q: URLSearchParams, authorization: string | undefined, now = new Date()): Promise<ApiResult> {
  if (!deps.publicMap && !authenticate(deps, authorization, now)) return unauthorized;
  const range = (q.get("range") ?? "24h") as Range;
  // own keys only: `in` would take "toString" or "constructor" for a range
  if (!Object.hasOwn(RANGES, range)) return { status: 400, body: { error: `range must be one of ${Object.keys(RANGES).join(", ")}` } };
  const locale = toLocale(q.get("lang"));
  const since = new Date(now.getTime() - RANGES[range] * 3600_000);
  // the counts are of every incident in the range, not only of the points drawn
  const [rows, counts] = await Promise.all([incidentsBetween(deps.db, { since, limit: MAX_POINTS }), provinceCounts(deps.db, since)]);
  const incidents = rows.map((r) => mapIncident(r, deps, locale));
  return { status: 200, body: { range, since: since.toISOString(), counts, incidents } };
}

function settingsOf(sub: Sub | null, user: VerifiedInitData["user"]): Settings {
  if (!sub) return { subscribed: false, language: toLocale(user.language_code), provinces: { all: true, ids: [] }, types: { all: true, ids: [] } };
  return {
    subscribed: sub.active,
    language: toLocale(sub.language),
    provinces: provinceSelection(sub),
    types: typeSelection(sub),
  };
}

/** GET /map/api/me: the settings of the user's private chat with the bot. */
export async function getMe(deps: ApiDeps, authorization: string | undefined, now = new Date()): Promise<ApiResult> {
  const auth = authenticate(deps, authorization, now);
  if (!auth) return unauthorized;
  return { status: 200, body: settingsOf(await findSubscriber(deps.db, auth.user.id), auth.user) };
}

/**
 * POST /map/api/toggle {"kind":"province"|"type","id":…}: one tap on a province
 * or a type chip, saved at once. A user who never sent /start gets the chat
 * /start would create (private, their language), then the tap.
 */
export async function postToggle(deps: ApiDeps, body: unknown, authorization: string | undefined, now = new Date()): Promise<ApiResult> {
  const auth = authenticate(deps, authorization, now);
  if (!auth) return unauthorized;
  const b = (body ?? {}) as { kind?: unknown; id?: unknown };
  const universe = b.kind === "province" ? PROVINCES : b.kind === "type" ? ATTACK_TYPES : null;
  if (!universe || typeof b.id !== "string" || !(universe as readonly string[]).includes(b.id)) {
    return { status: 400, body: { error: 'expected {"kind":"province"|"type","id":<a province or type id>}' } };
  }
  let sub = await findSubscriber(deps.db, auth.user.id);
  if (!sub || !sub.active) {
    sub = (await startSubscriber(deps.db, {
      chatId: auth.user.id, chatType: "private", title: null, language: toLocale(auth.user.language_code), threadId: null,
    })).sub;
  }
  const saved = b.kind === "province"
    ? await toggleProvince(deps.db, sub, b.id, PROVINCES)
    : await toggleType(deps.db, sub, b.id, ATTACK_TYPES);
  return { status: 200, body: settingsOf(saved, auth.user) };
}
