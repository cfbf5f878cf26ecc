// Open data over HTTP: /incidents.geojson and /incidents.csv from a real
// SQLite file and a real server on 127.0.0.1, compared with committed goldens
// (refresh after an intended change: UPDATE_GOLDEN=1 npx vitest run test/web),
// checked as valid GeoJSON and as RFC 4180 CSV (UTF-8 with BOM, CRLF, quoting).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n.js";
import { startHttpServer } from "../../src/server.js";
import { createMetrics } from "../../src/metrics.js";
import { COLUMNS, createWebRoutes, OPEN_DATA_MAX_ROWS, parseFilters } from "../../src/web/index.js";
import { freshDb, type TestDb } from "../support/db.js";
import { sampleIncidents, seedIncidents } from "./helpers.js";

const NOW = new Date("2026-04-23T12:00:00Z");
const GOLDEN = join(import.meta.dirname, "golden");

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  // a missing golden is a failure, not a fresh one: a deleted file must not pass
  if (!existsSync(file)) throw new Error(`golden ${name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/web and commit it`);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

/** RFC 4180 reader: quoted fields may hold commas, CRLF and doubled quotes; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r") {
        if (text[i] === '"' || text[i] === "\n") throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ",") i++;
    else if (text.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  if (row.length) throw new Error("last record without CRLF");
  return rows;
}

describe("open data", () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  const startWith = async (publicMap: boolean) =>
    startHttpServer({
      db: t.db, metrics: createMetrics(), host: "127.0.0.1", port: 0, lastPollAt: () => null, leader: () => false, maxPollAgeSec: 900,
      routes: createWebRoutes({ db: t.db, i18n: createI18n(), timeZone: "Asia/Baghdad", botToken: null, publicMap }),
    });

  beforeAll(async () => {
    t = freshDb();
    await seedIncidents(t.db, sampleIncidents(NOW));
    server = await startWith(true);
  });
  afterAll(async () => {
    await server.close();
    await t.cleanup();
  });

  it("serves a valid GeoJSON FeatureCollection, as committed", async () => {
    const res = await fetch(`${server.url}/incidents.geojson?since=2026-04-01&until=2026-04-30`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    const text = await res.text();
    const fc = JSON.parse(text);
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features).toHaveLength(4);
    for (const f of fc.features) {
      expect(f.type).toBe("Feature");
      expect(Object.keys(f.properties)).toEqual([...COLUMNS]);
      expect(f.geometry.type).toBe("Point");
      const [lon, lat] = f.geometry.coordinates;
      // RFC 7946: longitude first; all in Iraq
      expect(lon).toBeGreaterThan(38.7);
      expect(lon).toBeLessThan(48.7);
      expect(lat).toBeGreaterThan(29);
      expect(lat).toBeLessThan(37.4);
    }
    // no place named: the province's capital, marked as province-level
    const diyala = fc.features.find((f: { properties: { admin1_id: string } }) => f.properties.admin1_id === "diyala");
    expect(diyala.properties.geo_precision).toBe(3);
    expect(diyala.properties.event_type).toBe("Violence against civilians");
    golden("incidents.geojson", JSON.stringify(fc, null, 2) + "\n");
  });

  it("serves RFC 4180 CSV in UTF-8 with a BOM, Arabic intact, as committed", async () => {
    const res = await fetch(`${server.url}/incidents.csv?since=2026-04-01&until=2026-04-30`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...COLUMNS]);
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r).toHaveLength(COLUMNS.length);
    const col = (name: string) => COLUMNS.indexOf(name as (typeof COLUMNS)[number]);
    const rocket = rows.find((r) => r[col("type")] === "rocket")!;
    expect(rocket[col("summary")]).toBe("سقوط صاروخين على قاعدة عين الأسد، دون خسائر.\nوقال مصدر: \"لا إصابات\".");
    expect(rocket[col("location")]).toBe("قاعدة عين الأسد");
    // a text cell that a spreadsheet would run as a formula is defused
    const drone = rows.find((r) => r[col("type")] === "drone")!;
    expect(drone[col("summary")]!.startsWith("'=")).toBe(true);
    expect(drone[col("admin1")]).toBe("Halabja");
    expect(drone[col("geo_precision")]).toBe("2");
    golden("incidents.csv", text);
  });

  it("filters by time, province and type, and refuses what it cannot read", async () => {
    const get = async (q: string) => {
      const res = await fetch(`${server.url}/incidents.geojson?${q}`);
      return { status: res.status, body: res.status === 200 ? ((await res.json()) as { features: { properties: { type: string } }[] }) : await res.text() };
    };
    const byProvince = await get("since=2026-04-01&province=halabja");
    expect(byProvince.status).toBe(200);
    expect((byProvince.body as { features: unknown[] }).features).toHaveLength(1);
    const byType = await get("since=2026-04-01&type=rocket");
    expect((byType.body as { features: { properties: { type: string } }[] }).features.map((f) => f.properties.type)).toEqual(["rocket"]);
    // 20 h before NOW is 2026-04-22T16:00Z, 19:00 in Baghdad: the day 2026-04-22 includes it, the 21st does not
    expect(((await get("since=2026-04-22&until=2026-04-22")).body as { features: unknown[] }).features).toHaveLength(1);
    expect(((await get("since=2026-04-21&until=2026-04-21")).body as { features: unknown[] }).features).toHaveLength(1);
    expect(((await get("since=2026-04-23T08:00:00Z")).body as { features: unknown[] }).features).toHaveLength(1);
    for (const [q, msg] of [["since=yesterday", /since: expected YYYY-MM-DD/], ["since=2026-02-30", /since/], ["province=gotham", /province: unknown id/], ["type=bomb", /type: unknown id/]] as const) {
      const r = await get(q);
      expect(r.status, q).toBe(400);
      expect(r.body, q).toMatch(msg);
    }
  });

  it("caps a public answer and says so when it cut it", async () => {
    const capped = await startHttpServer({
      db: t.db, metrics: createMetrics(), host: "127.0.0.1", port: 0, lastPollAt: () => null, leader: () => false, maxPollAgeSec: 900,
      routes: createWebRoutes({ db: t.db, i18n: createI18n(), timeZone: "Asia/Baghdad", botToken: null, publicMap: true, openDataMaxRows: 3 }),
    });
    try {
      const geo = await fetch(`${capped.url}/incidents.geojson?since=2000-01-01`);
      expect(geo.headers.get("x-truncated")).toBe("true");
      expect(geo.headers.get("x-row-limit")).toBe("3");
      const fc = (await geo.json()) as { features: { id: string }[]; truncated?: boolean; rowLimit?: number };
      // newest first: the oldest (IRQ4, 200 h ago) is the one left out
      expect(fc.features.map((f) => f.id)).toEqual(["IRQ1", "IRQ2", "IRQ3"]);
      expect(fc).toMatchObject({ truncated: true, rowLimit: 3 });
      const csv = await fetch(`${capped.url}/incidents.csv?since=2000-01-01`);
      expect(csv.headers.get("x-truncated")).toBe("true");
      expect(parseCsv((await csv.text()).slice(1))).toHaveLength(4);
      // exactly full is not cut
      const full = await fetch(`${capped.url}/incidents.geojson?since=2026-04-20`);
      expect(full.headers.get("x-truncated")).toBeNull();
      const fullBody = (await full.json()) as { features: unknown[]; truncated?: boolean };
      expect(fullBody.features).toHaveLength(3);
      expect(fullBody.truncated).toBeUndefined();
      expect(OPEN_DATA_MAX_ROWS).toBe(10_000);
    } finally {
      await capped.close();
    }
  });

  it("publishes nothing when the public view is off", async () => {
    const closed = await startWith(false);
    try {
      for (const path of ["/incidents.geojson", "/incidents.csv", "/map/api/incidents"]) {
        const res = await fetch(`${closed.url}${path}`);
        expect([401, 403], path).toContain(res.status);
      }
      // the page itself and the boundaries are not secret; the data is
      expect((await fetch(`${closed.url}/map`)).status).toBe(200);
    } finally {
      await closed.close();
    }
  });

  it("reads dates in the display time zone", () => {
    const known = { provinces: ["baghdad"], types: ["ied"] };
    const f = parseFilters((k) => ({ since: "2026-04-22", until: "2026-04-22" })[k], "Asia/Baghdad", NOW, known);
    expect(f).toEqual({ since: new Date("2026-04-21T21:00:00Z"), until: new Date("2026-04-22T21:00:00Z") });
  });
});

describe("npm run export", () => {
  it("writes the same CSV as the endpoint, and refuses unknown options with the usage", async () => {
    const t = freshDb();
    try {
      await seedIncidents(t.db, sampleIncidents(NOW));
      const { main } = await import("../../src/cli/export.js");
      // its own environment: TZ set on process.env would change every Date of the shared worker
      const env = { ...process.env, DATABASE_URL: t.url, TZ: "Asia/Baghdad" };
      const tzBefore = process.env.TZ;
      let text = "";
      expect(await main(["--format", "csv", "--since", "2026-04-01", "--until=2026-04-30"], (s) => (text += s), env)).toBe(0);
      expect(text).toBe(readFileSync(join(GOLDEN, "incidents.csv"), "utf8"));
      let geo = "";
      expect(await main(["--format", "geojson", "--province", "halabja"], (s) => (geo += s), env)).toBe(0);
      expect(JSON.parse(geo).features.map((f: { id: string }) => f.id)).toEqual(["IRQ4"]);
      expect(await main(["--format", "xml"], undefined, env)).toBe(2);
      expect(await main(["--format", "csv", "--colour", "red"], undefined, env)).toBe(2);
      expect(await main(["--format", "csv", "--since", "last week"], undefined, env)).toBe(2);
      expect(process.env.TZ).toBe(tzBefore);
    } finally {
      await t.cleanup();
    }
  });
});
