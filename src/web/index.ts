// The web room: the map page (/map, its script, the outlines from geo/ and its API)
// and the open data (/incidents.geojson, /incidents.csv), served by the
// service's HTTP server beside /healthz and /metrics.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Db } from "../storage/index.js";
import { toLocale, type AppI18n } from "../i18n.js";
import { ATTACK_TYPES, PROVINCES } from "../nlp/index.js";
import { incidentsBetween } from "../storage/index.js";
import { getIncidents, getMe, postToggle, type ApiDeps, type ApiResult } from "./api.js";
import { provinceShapes } from "../geo/index.js";
import { clientBundle } from "./bundle.js";
import { parseFilters, toCsv, toGeoJson, toRecord } from "./opendata.js";
import { mapPage, pageConfig } from "./page.js";

export { verifyInitData, signInitData, MAX_AGE_SEC } from "./initdata.js";
export { parseFilters, toCsv, toGeoJson, toRecord, COLUMNS, acledType, type OpenDataRecord } from "./opendata.js";
export { clientBundle } from "./bundle.js";
export { TYPE_COLOURS } from "./page.js";

export type WebDeps = ApiDeps & {
  /** rows at most in one /incidents.geojson or .csv answer (default OPEN_DATA_MAX_ROWS) */
  openDataMaxRows?: number;
};

/**
 * The open data is public and unauthenticated: one answer holds at most this
 * many incidents (newest first), so `?since=2000-01-01` cannot load the whole
 * table. A cut answer says so (X-Truncated and, in GeoJSON, `truncated`); the
 * rest is one narrower `until` away, or `npm run export` without a cap.
 */
export const OPEN_DATA_MAX_ROWS = 10_000;
/** Answers the request and returns true when the path is one of the web room's. */
export type WebRoutes = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** The open data's default window when ?since= is not given. */
const DEFAULT_DAYS = 30;
const MAX_BODY = 4096;

const PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  // nothing but this service: no CDN, no tiles, no outside script (the page must work offline)
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-cache",
};

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string>): void {
  res.writeHead(status, { "x-content-type-options": "nosniff", ...headers });
  res.end(body);
}

const sendJson = (res: ServerResponse, r: ApiResult) =>
  send(res, r.status, JSON.stringify(r.body), { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > MAX_BODY) throw new RangeError("body too large");
    chunks.push(c);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

/** Coordinates to 4 decimals (~10 m, far finer than the boundary file): a third of the bytes. */
let shapesJson: string | null = null;
function provincesJson(): string {
  shapesJson ??= JSON.stringify(provinceShapes(), (_, v: unknown) => (typeof v === "number" ? Math.round(v * 1e4) / 1e4 : v));
  return shapesJson;
}

export function createWebRoutes(deps: WebDeps): WebRoutes {
  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    const get = req.method === "GET" || req.method === "HEAD";
    const auth = req.headers["authorization"];

    if (get && (path === "/map" || path === "/map/")) {
      const lang = toLocale(url.searchParams.get("lang") ?? req.headers["accept-language"]?.split(",")[0]);
      const bundle = await clientBundle();
      send(res, 200, mapPage(pageConfig(deps.i18n, lang, deps.publicMap), bundle.version), PAGE_HEADERS);
      return true;
    }
    if (get && path === "/map/app.js") {
      const bundle = await clientBundle();
      const cache = url.searchParams.get("v") === bundle.version ? "public, max-age=31536000, immutable" : "no-cache";
      send(res, 200, bundle.code, { "content-type": "text/javascript; charset=utf-8", "cache-control": cache });
      return true;
    }
    if (get && path === "/map/provinces.json") {
      send(res, 200, provincesJson(), { "content-type": "application/geo+json", "cache-control": "public, max-age=86400" });
      return true;
    }
    if (get && path === "/map/api/incidents") {
      sendJson(res, await getIncidents(deps, url.searchParams, auth));
      return true;
    }
    if (get && path === "/map/api/me") {
      sendJson(res, await getMe(deps, auth));
      return true;
    }
    if (req.method === "POST" && path === "/map/api/toggle") {
      let body: unknown;
      try {
        body = await readJson(req);
      } catch {
        sendJson(res, { status: 400, body: { error: "expected a small JSON body" } });
        return true;
      }
      sendJson(res, await postToggle(deps, body, auth));
      return true;
    }
    if (get && (path === "/incidents.geojson" || path === "/incidents.csv")) {
      if (!deps.publicMap) {
        send(res, 403, "open data is off: set PUBLIC_MAP=true to publish the map and /incidents.geojson, /incidents.csv\n", { "content-type": "text/plain; charset=utf-8" });
        return true;
      }
      const q = url.searchParams;
      const filters = parseFilters((k) => q.get(k) ?? undefined, deps.timeZone, new Date(Date.now() - DEFAULT_DAYS * 24 * 3600_000), { provinces: PROVINCES, types: ATTACK_TYPES });
      if ("error" in filters) {
        send(res, 400, filters.error + "\n", { "content-type": "text/plain; charset=utf-8" });
        return true;
      }
      const cap = deps.openDataMaxRows ?? OPEN_DATA_MAX_ROWS;
      // one row past the cap tells a cut answer from one that is exactly full
      const rows = await incidentsBetween(deps.db, { ...filters, limit: cap + 1 });
      const truncated = rows.length > cap;
      const records = rows.slice(0, cap).map((i) => toRecord(i, deps.timeZone));
      const cut: Record<string, string> = truncated ? { "x-truncated": "true", "x-row-limit": String(cap), "access-control-expose-headers": "X-Truncated, X-Row-Limit" } : {};
      if (path.endsWith(".csv")) {
        send(res, 200, toCsv(records), {
          "content-type": "text/csv; charset=utf-8; header=present",
          "content-disposition": 'attachment; filename="incidents.csv"',
          "access-control-allow-origin": "*",
          ...cut,
        });
      } else {
        // RFC 7946 allows foreign members: a reader of the body alone also sees the cut
        const geo = truncated ? { ...toGeoJson(records), truncated: true, rowLimit: cap } : toGeoJson(records);
        send(res, 200, JSON.stringify(geo), { "content-type": "application/geo+json; charset=utf-8", "access-control-allow-origin": "*", ...cut });
      }
      return true;
    }
    return false;
  };
}

/** Web deps from the service's own parts. */
export function webDeps(o: { db: Db; i18n: AppI18n; timeZone: string; botToken: string | undefined; publicMap: boolean }): WebDeps {
  return { db: o.db, i18n: o.i18n, timeZone: o.timeZone, botToken: o.botToken ?? null, publicMap: o.publicMap };
}
