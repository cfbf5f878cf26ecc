// Telegram initData: accepted only when signed with this bot's token and fresh;
// the map API answers 401 and changes nothing otherwise. Runs without a browser.
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n.js";
import { createMetrics } from "../../src/metrics.js";
import { startHttpServer } from "../../src/server.js";
import { createWebRoutes, MAX_AGE_SEC, signInitData, verifyInitData } from "../../src/web/index.js";
import { provinceSelection, toggleProvince, toggleType, typeSelection } from "../../src/bot/index.js";
import { findSubscriber } from "../../src/storage/index.js";
import { ATTACK_TYPES, PROVINCES } from "../../src/nlp/index.js";
import { freshDb, type TestDb } from "../support/db.js";

const TOKEN = "123456:ABCdefGhIJKlmNoPQRstuVWxyz0123456789";
const NOW = new Date("2026-04-23T12:00:00Z");
const nowSec = NOW.getTime() / 1000;
const user = { id: 4242, first_name: "مستخدم", language_code: "en" };
const fields = (over: Record<string, string> = {}) => ({ user: JSON.stringify(user), auth_date: String(nowSec - 60), query_id: "AAHdF6IQ", ...over });

describe("initData verification", () => {
  it("accepts initData signed as Telegram documents it", () => {
    // the documented construction, written out independently of signInitData
    const f = fields();
    const check = Object.keys(f).sort().map((k) => `${k}=${f[k as keyof typeof f]}`).join("\n");
    const secret = createHmac("sha256", "WebAppData").update(TOKEN).digest();
    const hash = createHmac("sha256", secret).update(check).digest("hex");
    const raw = new URLSearchParams({ ...f, hash }).toString();
    expect(raw).toBe(signInitData(f, TOKEN));
    const v = verifyInitData(raw, TOKEN, NOW);
    expect(v?.user).toEqual(user);
    expect(v?.authDate).toEqual(new Date((nowSec - 60) * 1000));
  });

  it("refuses a changed field, another bot's token, a missing or malformed hash, and stale or future dates", () => {
    const good = signInitData(fields(), TOKEN);
    const other = JSON.stringify({ ...user, id: 1 });
    expect(verifyInitData(good.replace(encodeURIComponent(JSON.stringify(user)), encodeURIComponent(other)), TOKEN, NOW)).toBeNull();
    expect(verifyInitData(signInitData(fields(), "999:ZZZdefGhIJKlmNoPQRstuVWxyz0123456789"), TOKEN, NOW)).toBeNull();
    expect(verifyInitData(good.replace(/&?hash=[0-9a-f]+/, ""), TOKEN, NOW)).toBeNull();
    expect(verifyInitData(good.replace(/hash=[0-9a-f]+/, "hash=xyz"), TOKEN, NOW)).toBeNull();
    expect(verifyInitData("", TOKEN, NOW)).toBeNull();
    expect(verifyInitData(signInitData(fields({ auth_date: String(nowSec - MAX_AGE_SEC - 1) }), TOKEN), TOKEN, NOW)).toBeNull();
    expect(verifyInitData(signInitData(fields({ auth_date: String(nowSec + 3600) }), TOKEN), TOKEN, NOW)).toBeNull();
    expect(verifyInitData(signInitData(fields({ auth_date: "soon" }), TOKEN), TOKEN, NOW)).toBeNull();
    expect(verifyInitData(signInitData(fields({ user: "{" }), TOKEN), TOKEN, NOW)).toBeNull();
    expect(verifyInitData(signInitData({ auth_date: String(nowSec) }, TOKEN), TOKEN, NOW)).toBeNull();
  });
});

describe("map API over HTTP", () => {
  let t: TestDb;
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  beforeAll(async () => {
    t = freshDb();
    server = await startHttpServer({
      db: t.db, metrics: createMetrics(), host: "127.0.0.1", port: 0, lastPollAt: () => null, leader: () => false, maxPollAgeSec: 900,
      routes: createWebRoutes({ db: t.db, i18n: createI18n(), timeZone: "Asia/Baghdad", botToken: TOKEN, publicMap: false }),
    });
  });
  afterAll(async () => {
    await server.close();
    await t.cleanup();
  });

  const toggle = (initData: string, body: unknown) =>
    fetch(`${server.url}/map/api/toggle`, { method: "POST", headers: { authorization: `tma ${initData}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  const fresh = () => signInitData(fields({ auth_date: String(Math.floor(Date.now() / 1000)) }), TOKEN);

  it("saves a tap with the bot's own rule, and reads it back", async () => {
    // a user who never sent /start: the chat /start would make (their language), then the tap
    let res = await toggle(fresh(), { kind: "province", id: "najaf" });
    expect(res.status).toBe(200);
    expect((await res.json()) as object).toMatchObject({ subscribed: true, language: "en", provinces: { all: false, ids: ["najaf"] }, types: { all: true, ids: [] } });
    res = await toggle(fresh(), { kind: "province", id: "basra" });
    expect(((await res.json()) as { provinces: unknown }).provinces).toEqual({ all: false, ids: ["basra", "najaf"] });
    const sub = await t.db.subscriber.findUnique({ where: { chatId: 4242n }, include: { provinces: true } });
    expect(sub?.chatType).toBe("private");
    expect(sub?.provinces.map((p) => p.province).sort()).toEqual(["basra", "najaf"]);
    const me = await fetch(`${server.url}/map/api/me`, { headers: { authorization: `tma ${fresh()}` } });
    expect(((await me.json()) as { provinces: unknown }).provinces).toEqual({ all: false, ids: ["basra", "najaf"] });
  });

  it("keeps both of two taps at once from a new user, and a /provinces press made at the same moment", async () => {
    const newcomer = () => signInitData(fields({ user: JSON.stringify({ ...user, id: 5151 }), auth_date: String(Math.floor(Date.now() / 1000)) }), TOKEN);
    // find-then-create raced here (both saw no chat: a unique-key error, a 500), and read-modify-write lost a tap
    const [a, b] = await Promise.all([toggle(newcomer(), { kind: "province", id: "najaf" }), toggle(newcomer(), { kind: "province", id: "basra" })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const sub = (await findSubscriber(t.db, 5151))!;
    expect(provinceSelection(sub)).toEqual({ all: false, ids: ["basra", "najaf"] });
    // the bot's menu and the map at once, on the same stale read of the chat
    const [web] = await Promise.all([toggle(newcomer(), { kind: "type", id: "ied" }), toggleType(t.db, sub, "drone", ATTACK_TYPES), toggleProvince(t.db, sub, "erbil", PROVINCES)]);
    expect(web.status).toBe(200);
    const after = (await findSubscriber(t.db, 5151))!;
    expect(typeSelection(after).all).toBe(false);
    expect(typeSelection(after).ids.sort()).toEqual(["drone", "ied"]);
    expect(provinceSelection(after).ids.sort()).toEqual(["basra", "erbil", "najaf"]);
    expect(await t.db.subscriber.count({ where: { chatId: 5151n } })).toBe(1);
  });

  it("answers 400 to an unknown range, even one named like an object's own property", async () => {
    for (const range of ["toString", "constructor", "__proto__", "1y"]) {
      const res = await fetch(`${server.url}/map/api/incidents?range=${range}`, { headers: { authorization: `tma ${fresh()}` } });
      expect(res.status, range).toBe(400);
      expect(((await res.json()) as { error: string }).error, range).toMatch(/range must be one of 24h, 7d, 30d/);
    }
  });

  it("counts every incident of the range by province, not only the points it draws", async () => {
    const at = new Date(Date.now() - 3600_000);
    const row = (k: number, province: string) => ({
      type: "ied", province, provinces: JSON.stringify([province]), headline: "h", summary: "s", fingerprint: `f${k}`, occurredAt: at, lat: 33.3, lon: 44.4,
    });
    await t.db.incident.createMany({ data: [...Array.from({ length: 2003 }, (_, k) => row(k, "baghdad")), row(9999, "basra")] });
    try {
      const res = await fetch(`${server.url}/map/api/incidents?range=24h`, { headers: { authorization: `tma ${fresh()}` } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { counts: Record<string, number>; incidents: unknown[] };
      expect(body.incidents).toHaveLength(2000);
      expect(body.counts).toEqual({ baghdad: 2003, basra: 1 });
    } finally {
      await t.db.incident.deleteMany({});
    }
  });

  it("answers 401 to forged initData and 400 to a bad body, changing nothing", async () => {
    const before = await t.db.subscriberProvince.findMany({ orderBy: { province: "asc" } });
    const forged = fresh().replace(/hash=([0-9a-f])/, (_, c: string) => `hash=${c === "0" ? "1" : "0"}`);
    expect((await toggle(forged, { kind: "province", id: "erbil" })).status).toBe(401);
    expect((await fetch(`${server.url}/map/api/toggle`, { method: "POST", body: '{"kind":"province","id":"erbil"}' })).status).toBe(401);
    expect((await fetch(`${server.url}/map/api/me`)).status).toBe(401);
    expect((await toggle(fresh(), { kind: "province", id: "gotham" })).status).toBe(400);
    expect((await toggle(fresh(), { kind: "colour", id: "erbil" })).status).toBe(400);
    const bad = await fetch(`${server.url}/map/api/toggle`, { method: "POST", headers: { authorization: `tma ${fresh()}` }, body: "{not json" });
    expect(bad.status).toBe(400);
    expect(await t.db.subscriberProvince.findMany({ orderBy: { province: "asc" } })).toEqual(before);
  });
});
