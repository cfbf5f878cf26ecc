// The map page in a real browser: Debian's Chromium driven by playwright-core
// (no browser download) against the running service with a few incidents.
// As a Mini App (window.Telegram.WebApp stubbed with correctly signed
// initData): 19 provinces and the points render, a tap on a province is saved
// in the subscriber's settings, a forged initData changes nothing. As the
// public view: the same map, read-only. Screenshots go to test-output/ (ignored
// by git) for people to look at.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { createApp, type App } from "../../src/main.js";
import { signInitData } from "../../src/web/index.js";
import { FakeTelegram } from "../support/fake-telegram.js";
import { freshDb, type TestDb } from "../support/db.js";
import { silentLog, testConfig } from "../support/env.js";
import { sampleIncidents, seedIncidents } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const OUT = join(import.meta.dirname, "../../test-output");
const USER_ID = 777001;

const has = existsSync(CHROMIUM);
if (!has) console.warn(`browser test skipped: ${CHROMIUM} is absent (apt-get install -y chromium; .ci/run installs it)`);

describe.skipIf(!has)("map page in Chromium", () => {
  let fake: FakeTelegram;
  let t: TestDb;
  let app: App;
  let browser: BrowserContext;
  let profile: string;
  let base: string;
  const requests: string[] = [];

  beforeAll(async () => {
    fake = await FakeTelegram.start();
    t = freshDb();
    await seedIncidents(t.db, sampleIncidents(new Date()));
    const config = testConfig(t.dir, t.url, [], {
      TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, POLL_CRON: "0 0 1 1 *", PUBLIC_MAP: "true",
    });
    app = await createApp(config, { log: silentLog, pollOnStart: false });
    await app.start();
    base = app.httpUrl()!;
    profile = mkdtempSync(join(tmpdir(), "map-chromium-"));
    // a fresh profile of its own (--user-data-dir), removed afterwards
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
      ],
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      // no context locale: each page says its language in Accept-Language
    });
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fake?.close();
    await t?.cleanup();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** A phone-sized page; `initData` is put where telegram-web-app.js would put it. */
  async function open(initData: string | null, query = ""): Promise<Page> {
    const page = await browser.newPage();
    page.on("request", (r) => requests.push(r.url()));
    await page.setExtraHTTPHeaders({ "accept-language": "ar-IQ,ar" });
    if (initData !== null) {
      await page.addInitScript((data) => {
        (globalThis as unknown as { Telegram: unknown }).Telegram = { WebApp: { initData: data, ready() {}, expand() {} } };
      }, initData);
    }
    await page.goto(`${base}/map${query}`);
    await page.waitForSelector("body[data-ready]");
    return page;
  }

  const signed = (userId = USER_ID, authDate = Math.floor(Date.now() / 1000)) =>
    signInitData({ user: JSON.stringify({ id: userId, first_name: "Test", language_code: "ar" }), auth_date: String(authDate), query_id: "AAE" }, fake.token);

  it("draws 19 provinces and the incidents as a Mini App, and saves a tapped province in the subscriber's settings", async () => {
    const page = await open(signed());
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.locator("path.province").count()).toBe(19);
    // all four seeded incidents are within 30 days; the default range (24 h) shows the two recent ones
    expect(await page.locator("circle.incident").count()).toBe(2);
    expect(await page.locator('path.province[data-province="baghdad"]').getAttribute("data-count")).toBe("1");
    await page.locator("nav button[data-range=\"30d\"]").click();
    await expect.poll(() => page.locator("circle.incident").count()).toBe(4);
    expect(await page.locator('path.province[data-province="halabja"]').getAttribute("data-count")).toBe("1");

    // a point shows the alert text and its sources
    await page.locator("#list li").first().click();
    const sheet = await page.locator("#sheet-body").innerText();
    expect(sheet).toContain("الطارمية");
    expect(sheet).toContain("السومرية نيوز");
    expect(await page.locator("#sheet-body a").first().getAttribute("href")).toMatch(/^https:\/\/outlet-/);
    await page.screenshot({ path: join(OUT, "map-incident.png") });
    await page.locator("#sheet-close").click();

    // a tap on Diyala: saved at once (a new subscriber follows only Diyala)
    expect(await t.db.subscriber.findUnique({ where: { chatId: BigInt(USER_ID) } })).toBeNull();
    await page.locator('path.province[data-province="diyala"]').click({ force: true });
    await expect.poll(async () => {
      const sub = await t.db.subscriber.findUnique({ where: { chatId: BigInt(USER_ID) }, include: { provinces: true } });
      return sub ? { all: sub.allProvinces, ids: sub.provinces.map((p) => p.province) } : null;
    }).toEqual({ all: false, ids: ["diyala"] });
    await expect.poll(() => page.locator('path.province.followed[data-province="diyala"]').count()).toBe(1);
    // a type chip too
    await page.locator('.chip[data-type="drone"]').click();
    await expect.poll(async () => (await t.db.subscriberType.findMany({ where: { subscriber: { chatId: BigInt(USER_ID) } } })).map((x) => x.type))
      .toEqual(["drone"]);
    // and a second tap on Diyala unfollows it
    await page.locator('path.province[data-province="diyala"]').click({ force: true });
    await expect.poll(async () => (await t.db.subscriberProvince.count({ where: { subscriber: { chatId: BigInt(USER_ID) } } }))).toBe(0);
    await page.locator('path.province[data-province="diyala"]').click({ force: true });
    await expect.poll(() => page.locator('path.province.followed[data-province="diyala"]').count()).toBe(1);
    await page.waitForTimeout(2600); // let the toast go
    await page.screenshot({ path: join(OUT, "map-app.png") });
    await page.close();

    // nothing but the service itself was asked for anything
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
  });

  it("refuses a forged or stale initData: the tap changes nothing", async () => {
    const before = await t.db.subscriber.findUnique({ where: { chatId: BigInt(USER_ID) }, include: { provinces: true, types: true } });
    const forged = signed().replace(/hash=[0-9a-f]{4}/, "hash=0000");
    const stale = signed(USER_ID, Math.floor(Date.now() / 1000) - 3 * 24 * 3600);
    for (const initData of [forged, stale]) {
      const page = await open(initData);
      expect(await page.locator("path.province").count()).toBe(19);
      const status = await page.evaluate(async (data) => {
        const r = await fetch("/map/api/toggle", { method: "POST", headers: { authorization: `tma ${data}`, "content-type": "application/json" }, body: JSON.stringify({ kind: "province", id: "basra" }) });
        return r.status;
      }, initData);
      expect(status).toBe(401);
      await page.locator('path.province[data-province="basra"]').click({ force: true });
      await expect.poll(() => page.locator("#toast").innerText()).toContain("افتح الخريطة من البوت");
      await page.close();
    }
    const after = await t.db.subscriber.findUnique({ where: { chatId: BigInt(USER_ID) }, include: { provinces: true, types: true } });
    expect(after).toEqual(before);
  });

  it("shows the public view read-only, in English for an English browser", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.setExtraHTTPHeaders({ "accept-language": "en-GB,en" });
    await page.goto(`${base}/map?range=7d`);
    await page.waitForSelector("body[data-ready]");
    expect(await page.getAttribute("html", "dir")).toBe("ltr");
    expect(await page.locator("h1").innerText()).toBe("Incident map");
    expect(await page.locator("path.province").count()).toBe(19);
    expect(await page.locator("circle.incident").count()).toBe(3);
    await page.screenshot({ path: join(OUT, "map-public-en.png"), fullPage: true });
    await page.close();
  });

  it("lists an incident placed in no province (a part of Iraq) without drawing it, and says why", async () => {
    const [id] = await seedIncidents(t.db, [{
      type: "kidnapping", province: null, place: "إقليم كردستان", placeId: "region:kurdistan", district: null, lat: null, lon: null,
      killed: null, injured: null, summary: "مسلحون يختطفون ناشطا في إقليم كردستان العراق.", occurredAt: new Date(Date.now() - 3600_000), outlets: ["روداو"],
    }]);
    try {
      const page = await open(null);
      await expect.poll(() => page.locator("#list li").count()).toBe(3);
      expect(await page.locator("circle.incident").count()).toBe(2);
      await page.locator("#list li", { hasText: "إقليم كردستان" }).click();
      expect(await page.locator("#sheet-body").innerText()).toContain("ليس على الخريطة");
      await page.close();
    } finally {
      await t.db.report.deleteMany({ where: { incidentId: id } });
      await t.db.incident.delete({ where: { id } });
    }
  });
});
