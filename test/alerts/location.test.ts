// The map pin: grammY against the fake Bot API. Pressing «📍» under an alert
// sends the place as a venue, threaded under the alert; forged data finds nothing.
import { Bot } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createI18n, toLocale } from "../../src/i18n.js";
import type { BotContext } from "../../src/bot/context.js";
import { location } from "../../src/bot/features/location.js";
import { FakeTelegram } from "../support/fake-telegram.js";
import { freshDb, type TestDb } from "../support/db.js";
import { silentLog, testConfig } from "../support/env.js";
import { storeIncident } from "./helpers.js";

describe("map pin button", () => {
  let fake: FakeTelegram;
  let tdb: TestDb;
  let bot: Bot<BotContext>;

  beforeEach(async () => {
    fake = await FakeTelegram.start();
    tdb = freshDb();
    const config = testConfig(tdb.dir, tdb.url, [], { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot });
    bot = new Bot<BotContext>(fake.token, { client: { apiRoot: fake.apiRoot } });
    const db = tdb.db;
    // the same context as createBot gives its features: deps, a logger, the subscriber's language
    bot.use(async (ctx, next) => {
      ctx.deps = { config, db, log: silentLog };
      ctx.log = silentLog;
      await next();
    });
    bot.use(createI18n<BotContext>(async (ctx) => {
      const sub = ctx.chat ? await db.subscriber.findUnique({ where: { chatId: BigInt(ctx.chat.id) } }) : null;
      return sub?.language ?? toLocale(ctx.from?.language_code);
    }));
    bot.use(location);
    await bot.init();
    void bot.start({ timeout: 0 });
  });

  afterEach(async () => {
    await bot.stop();
    await fake.close();
    await tdb.cleanup();
  });

  it("sends the incident's place as a venue under the alert and answers the press", async () => {
    const inc = await storeIncident(tdb.db, { lat: 33.67, lon: 44.39 });
    await tdb.db.subscriber.create({ data: { chatId: 777n, language: "ar" } });
    const pressId = fake.pressButton(777, `map:${inc.id}`, { messageId: 555 });
    const venue = await fake.waitForCall((c) => c.method === "sendVenue", 3000);
    expect(venue.params).toMatchObject({
      chat_id: 777, latitude: 33.67, longitude: 44.39,
      title: "عبوة ناسفة — الطارمية، بغداد",
      reply_parameters: { message_id: 555, allow_sending_without_reply: true },
    });
    expect(String(venue.params.address)).toContain("تقريبي");
    const answered = await fake.waitForCall((c) => c.method === "answerCallbackQuery" && c.params.callback_query_id === pressId, 3000);
    expect(answered.params.text).toBe("أُرسل الموقع.");
  });

  it("speaks English to an English subscriber", async () => {
    const inc = await storeIncident(tdb.db, { lat: 36.34, lon: 43.13, place: "الموصل", provinces: ["nineveh"], type: "drone" });
    await tdb.db.subscriber.create({ data: { chatId: 778n, language: "en" } });
    fake.pressButton(778, `map:${inc.id}`);
    const venue = await fake.waitForCall((c) => c.method === "sendVenue", 3000);
    expect(venue.params.title).toBe("Drone attack — الموصل, Nineveh");
  });

  it("sends nothing for forged or stale data, or a place without coordinates, and says so", async () => {
    const noPoint = await storeIncident(tdb.db, { lat: 0, lon: 0 });
    const presses = [fake.pressButton(779, "map:999999"), fake.pressButton(779, "map:abc"), fake.pressButton(779, `map:${noPoint.id}`)];
    for (const id of presses) {
      const a = await fake.waitForCall((c) => c.method === "answerCallbackQuery" && c.params.callback_query_id === id, 3000);
      expect(a.params.text).toBe("لا يتوفر موقع لهذا الحادث.");
    }
    expect(fake.callsOf("sendVenue")).toHaveLength(0);
  });
});
