// createRenderer against a real SQLite file: what each kind of delivery row turns into.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRenderer, type Renderer } from "../../src/alerts/index.js";
import { minutesOfDay } from "../../src/alerts/filters.js";
import type { Delivery } from "../../src/generated/prisma/client.js";
import { freshDb, type TestDb } from "../support/db.js";
import { checkTelegramHtml, i18n, storeIncident } from "./helpers.js";

describe("createRenderer", () => {
  let tdb: TestDb;
  let render: Renderer;

  beforeEach(() => {
    tdb = freshDb();
    render = createRenderer(tdb.db, i18n, "Asia/Baghdad");
  });
  afterEach(() => tdb.cleanup());

  async function subscriber(language = "ar", over: { showMap?: boolean; threadId?: number } = {}) {
    return tdb.db.subscriber.create({ data: { chatId: BigInt(1000 + Math.floor(Math.random() * 1e6)), language, ...over } });
  }

  async function delivery(kind: string, incidentId: number | null, subscriberId: number | null, payload: object | null = null, extra: Partial<Delivery> = {}) {
    return tdb.db.delivery.create({
      data: {
        key: `${kind}:${incidentId}:${Math.random()}`, kind, chatId: 1n, incidentId, subscriberId,
        payload: payload === null ? null : JSON.stringify(payload), ...(extra as object),
      },
    });
  }

  it("renders an alert with every outlet that reported it, once each, and the map button", async () => {
    const inc = await storeIncident(tdb.db, {}, [
      { name: "شفق نيوز", url: "https://shafaq.example/1" },
      { name: "السومرية", url: "https://sumaria.example/2" },
      { name: "شفق نيوز", url: "https://shafaq.example/3" }, // the same outlet again
    ]);
    const sub = await subscriber("ar", { threadId: 7 });
    const msg = await render(await delivery("alert", inc.id, sub.id, null, { silent: true }));
    expect(msg).not.toBeNull();
    expect(msg!.text).toContain('المصادر: <a href="https://shafaq.example/1">شفق نيوز</a> · <a href="https://sumaria.example/2">السومرية</a>');
    expect(msg!.text).not.toContain("🔄");
    expect(msg!.threadId).toBe(7);
    expect(msg!.silent).toBe(false); // no quiet hours now: the flag set when it was queued does not decide
    expect(msg!.replyMarkup?.inline_keyboard).toEqual([[{ text: "📍 الموقع على الخريطة", callback_data: `map:${inc.id}` }]]);
    expect(checkTelegramHtml(msg!.text).error).toBeNull();
  });

  it("sends nothing new to a chat that paused or is gone since the row was queued; an edit still goes", async () => {
    const inc = await storeIncident(tdb.db, {});
    const paused = await tdb.db.subscriber.create({ data: { chatId: 71n, paused: true } });
    const pausedForAWhile = await tdb.db.subscriber.create({ data: { chatId: 72n, paused: true, pausedUntil: new Date(Date.now() + 3600_000) } });
    const resumed = await tdb.db.subscriber.create({ data: { chatId: 73n, paused: true, pausedUntil: new Date(Date.now() - 60_000) } });
    const gone = await tdb.db.subscriber.create({ data: { chatId: 74n, active: false } });
    expect(await render(await delivery("alert", inc.id, paused.id))).toBeNull();
    expect(await render(await delivery("alert", inc.id, pausedForAWhile.id))).toBeNull();
    expect(await render(await delivery("reply", inc.id, gone.id, { replyTo: 5, killedBefore: 1, injuredBefore: null }))).toBeNull();
    expect(await render(await delivery("alert", inc.id, resumed.id))).not.toBeNull();
    expect((await render(await delivery("edit", inc.id, paused.id, { messageId: 9 })))?.editMessageId).toBe(9);
  });

  it("decides quiet hours when the message leaves, not when it was queued", async () => {
    const inc = await storeIncident(tdb.db, {});
    const minutes = minutesOfDay(new Date(), "Asia/Baghdad");
    // a window around now (wrapping midnight when needed) and one that ended an hour ago
    const quietNow = await tdb.db.subscriber.create({ data: { chatId: 81n, quietStart: (minutes + 1410) % 1440, quietEnd: (minutes + 30) % 1440 } });
    const quietOver = await tdb.db.subscriber.create({ data: { chatId: 82n, quietStart: (minutes + 1320) % 1440, quietEnd: (minutes + 1380) % 1440 } });
    expect((await render(await delivery("alert", inc.id, quietNow.id, null, { silent: false })))!.silent).toBe(true);
    expect((await render(await delivery("alert", inc.id, quietOver.id, null, { silent: true })))!.silent).toBe(false);
  });

  it("offers no map button without coordinates or when the subscriber turned maps off", async () => {
    const noCoords = await storeIncident(tdb.db, { lat: null, lon: null });
    const zero = await storeIncident(tdb.db, { lat: 0, lon: 0 });
    const withCoords = await storeIncident(tdb.db, {});
    const sub = await subscriber();
    const off = await subscriber("ar", { showMap: false });
    expect((await render(await delivery("alert", noCoords.id, sub.id)))!.replyMarkup).toBeUndefined();
    expect((await render(await delivery("alert", zero.id, sub.id)))!.replyMarkup).toBeUndefined();
    expect((await render(await delivery("alert", withCoords.id, off.id)))!.replyMarkup).toBeUndefined();
    expect((await render(await delivery("alert", withCoords.id, sub.id)))!.replyMarkup).toBeDefined();
  });

  it("renders an English alert for an English subscriber", async () => {
    const inc = await storeIncident(tdb.db, {}, [{ name: "Shafaq", url: "https://shafaq.example/1" }]);
    const sub = await subscriber("en");
    const msg = await render(await delivery("alert", inc.id, sub.id));
    expect(msg!.text).toContain("IED / explosive device");
    expect(msg!.text).toContain("Summary (Arabic original):\n<blockquote>");
    expect(msg!.replyMarkup?.inline_keyboard[0]?.[0]?.text).toBe("📍 Show on map");
  });

  it("names the place in English when the gazetteer knows it", async () => {
    const inc = await storeIncident(tdb.db, { placeId: "baghdad/tarmiyah" });
    const unknown = await storeIncident(tdb.db, { placeId: "baghdad/nowhere" });
    const en = await subscriber("en");
    const ar = await subscriber("ar");
    const names: Record<string, string> = { "baghdad/tarmiyah": "Tarmiyah" };
    const withNames = createRenderer(tdb.db, i18n, "Asia/Baghdad", { englishPlace: (id) => names[id] });
    expect((await withNames(await delivery("alert", inc.id, en.id)))!.text.split("\n")[0]).toBe("💥 <b>IED / explosive device — Tarmiyah, Baghdad</b>");
    expect((await withNames(await delivery("alert", unknown.id, en.id)))!.text.split("\n")[0]).toBe("💥 <b>IED / explosive device — الطارمية, Baghdad</b>");
    expect((await withNames(await delivery("alert", inc.id, ar.id)))!.text.split("\n")[0]).toBe("💥 <b>عبوة ناسفة — الطارمية، بغداد</b>");
  });

  it("re-renders an edit with the latest facts, the update marker, the message to edit and the button kept", async () => {
    const inc = await storeIncident(tdb.db, { killed: 2 });
    const sub = await subscriber();
    await tdb.db.incident.update({ where: { id: inc.id }, data: { killed: 5, version: 2 } });
    const msg = await render(await delivery("edit", inc.id, sub.id, { messageId: 4321 }));
    expect(msg!.editMessageId).toBe(4321);
    expect(msg!.text.split("\n")[0]).toMatch(/^🔄 تحديث \d\d:\d\d$/);
    expect(msg!.text).toContain("5 قتلى");
    expect(msg!.replyMarkup).toBeDefined(); // editMessageText without it would remove the button
  });

  it("renders a toll-rise reply under the original alert, in the subscriber's language", async () => {
    const inc = await storeIncident(tdb.db, { killed: 5, injured: 6 });
    const ar = await subscriber("ar");
    const en = await subscriber("en");
    const payload = { replyTo: 99, killedBefore: 2, injuredBefore: 4 };
    const arMsg = await render(await delivery("reply", inc.id, ar.id, payload));
    expect(arMsg!.replyToMessageId).toBe(99);
    expect(arMsg!.text.split("\n")[0]).toBe("📈 ارتفاع الحصيلة إلى 5 قتلى و6 جرحى (كانت: قتيلان و4 جرحى)");
    const enMsg = await render(await delivery("reply", inc.id, en.id, payload));
    expect(enMsg!.text.split("\n")[0]).toBe("📈 Toll rises to 5 killed, 6 injured (was: 2 killed, 4 injured)");
    expect(enMsg!.replyMarkup).toBeUndefined();
  });

  it("sends a broadcast's admin HTML as is", async () => {
    const sub = await subscriber();
    const msg = await render(await delivery("broadcast", null, sub.id, { text: "<b>تنبيه</b> من الإدارة" }));
    expect(msg!.text).toBe("<b>تنبيه</b> من الإدارة");
  });

  it("owes nothing for a malformed payload, a missing incident or an unknown kind", async () => {
    const inc = await storeIncident(tdb.db, {});
    const sub = await subscriber();
    expect(await render(await delivery("edit", inc.id, sub.id, { messageId: "x" }))).toBeNull();
    expect(await render(await delivery("edit", inc.id, sub.id, null))).toBeNull();
    expect(await render(await delivery("reply", inc.id, sub.id, { replyTo: 1 }))).toBeNull();
    expect(await render(await delivery("broadcast", null, sub.id, { text: "" }))).toBeNull();
    expect(await render(await delivery("alert", null, sub.id))).toBeNull();
    expect(await render(await delivery("carrier-pigeon", inc.id, sub.id))).toBeNull();
    const broken = await delivery("edit", inc.id, sub.id);
    await tdb.db.delivery.update({ where: { id: broken.id }, data: { payload: "{not json" } });
    expect(await render((await tdb.db.delivery.findUnique({ where: { id: broken.id } }))!)).toBeNull();
  });

  it("shows the model's summary when it was made for the current version", async () => {
    const inc = await storeIncident(tdb.db, { summaryAi: "ملخص من النموذج.", summaryAiVersion: 1 });
    const sub = await subscriber();
    expect((await render(await delivery("alert", inc.id, sub.id)))!.text).toContain("ملخص من النموذج.");
    await tdb.db.incident.update({ where: { id: inc.id }, data: { version: 2 } });
    const stale = (await render(await delivery("alert", inc.id, sub.id)))!.text;
    expect(stale).not.toContain("ملخص من النموذج.");
    expect(stale).toContain(inc.summary);
  });
});
