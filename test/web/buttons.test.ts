// The map's buttons: a web_app button only with an https PUBLIC_URL and only in
// private chats; elsewhere a plain link to the public view when it is on, or
// nothing. In /start, /settings and under each alert (grammY against the fake
// Bot API; the real renderer over a real SQLite file).
import { afterEach, describe, expect, it } from "vitest";
import { createRenderer, mapPageLink } from "../../src/alerts/index.js";
import { BotHarness, addIncident } from "../bot/harness.js";
import { freshDb } from "../support/db.js";
import { i18n, storeIncident } from "../alerts/helpers.js";

type Button = { text: string; web_app?: { url: string }; url?: string; callback_data?: string };
const buttons = (params: Record<string, unknown>): Button[] =>
  ((params["reply_markup"] as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();

describe("which map button", () => {
  const https = { publicUrl: "https://alerts.example.org", publicMap: false };
  it("follows Telegram's rule", () => {
    expect(mapPageLink(https, "private")).toEqual({ kind: "web_app", url: "https://alerts.example.org/map" });
    expect(mapPageLink(https, "private", 42)).toEqual({ kind: "web_app", url: "https://alerts.example.org/map?incident=42" });
    expect(mapPageLink({ publicUrl: "https://x.example/alerts/", publicMap: false }, "private")?.url).toBe("https://x.example/alerts/map");
    // groups and channels: never web_app; a link only to a public page
    expect(mapPageLink(https, "supergroup")).toBeNull();
    expect(mapPageLink({ ...https, publicMap: true }, "channel", 7)).toEqual({ kind: "url", url: "https://alerts.example.org/map?incident=7" });
    // no https: no Mini App
    expect(mapPageLink({ publicUrl: "http://alerts.example.org", publicMap: true }, "private")).toEqual({ kind: "url", url: "http://alerts.example.org/map" });
    expect(mapPageLink({ publicUrl: "http://alerts.example.org", publicMap: false }, "private")).toBeNull();
    expect(mapPageLink({ publicMap: true }, "private")).toBeNull();
    expect(mapPageLink(undefined, "private")).toBeNull();
  });
});

describe("map buttons in the bot", () => {
  let h: BotHarness | null = null;
  afterEach(async () => {
    await h?.close();
    h = null;
  });

  it("puts a web_app button in /start and /settings of a private chat, none in a group without the public view", async () => {
    h = await BotHarness.start({ env: { PUBLIC_URL: "https://alerts.example.org" } });
    const start = (await h.send(501, "/start")).find((c) => c.method === "sendMessage")!;
    expect(buttons(start.params).find((b) => b.web_app)?.web_app?.url).toBe("https://alerts.example.org/map");
    const settings = (await h.send(501, "/settings")).find((c) => c.method === "sendMessage")!;
    expect(buttons(settings.params).some((b) => b.web_app?.url === "https://alerts.example.org/map")).toBe(true);
    h.fake.setMemberStatus(-1001, 501, "administrator");
    const group = (await h.send(-1001, "/start", { chatType: "supergroup", fromId: 501 })).find((c) => c.method === "sendMessage")!;
    expect(buttons(group.params).length).toBeGreaterThan(0);
    expect(buttons(group.params).some((b) => b.web_app || b.url)).toBe(false);
  });

  it("offers groups a plain link when the public view is on, and nothing at all without PUBLIC_URL", async () => {
    h = await BotHarness.start({ env: { PUBLIC_URL: "https://alerts.example.org", PUBLIC_MAP: "true" } });
    h.fake.setMemberStatus(-1002, 502, "administrator");
    const group = (await h.send(-1002, "/start", { chatType: "supergroup", fromId: 502 })).find((c) => c.method === "sendMessage")!;
    expect(buttons(group.params).find((b) => b.url)?.url).toBe("https://alerts.example.org/map");
    expect(buttons(group.params).some((b) => b.web_app)).toBe(false);
    await h.close();
    h = await BotHarness.start();
    const start = (await h.send(503, "/start")).find((c) => c.method === "sendMessage")!;
    expect(buttons(start.params).some((b) => b.web_app || b.url)).toBe(false);
  });

  it("adds «on the map» under an alert in a private chat", async () => {
    h = await BotHarness.start({ env: { PUBLIC_URL: "https://alerts.example.org" } });
    await h.send(504, "/start");
    const inc = await addIncident(h.db, { type: "ied", province: "baghdad", lat: 33.3, lon: 44.4 });
    const [alert] = await h.deliver();
    // the message the fake Bot API received, with the renderer as the service builds it (harness.ts passes PUBLIC_URL)
    expect(alert?.params["chat_id"]).toBe(504);
    expect(buttons(alert!.params).filter((b) => b.web_app).map((b) => b.web_app!.url)).toEqual([`https://alerts.example.org/map?incident=${inc.id}`]);
  });
});

describe("map buttons under alerts, by chat", () => {
  it("gives a group the public link or nothing, and respects the chat's «map» setting", async () => {
    const tdb = freshDb();
    try {
      const inc = await storeIncident(tdb.db, { lat: 33.3, lon: 44.4 });
      const group = await tdb.db.subscriber.create({ data: { chatId: -100777n, chatType: "supergroup" } });
      const noMap = await tdb.db.subscriber.create({ data: { chatId: 778n, chatType: "private", showMap: false } });
      const row = (subscriberId: number) =>
        tdb.db.delivery.create({ data: { key: `alert:${inc.id}:${subscriberId}`, kind: "alert", chatId: 1n, incidentId: inc.id, subscriberId } });
      const keyboard = async (publicMap: boolean, subscriberId: number) => {
        const render = createRenderer(tdb.db, i18n, "Asia/Baghdad", { mapPage: { publicUrl: "https://alerts.example.org", publicMap } });
        const msg = await render(await row(subscriberId).catch(() => tdb.db.delivery.findFirstOrThrow({ where: { subscriberId } })));
        return ((msg!.replyMarkup as unknown as { inline_keyboard: Button[][] } | undefined)?.inline_keyboard ?? []).flat();
      };
      expect((await keyboard(false, group.id)).map((b) => b.callback_data ?? b.url ?? b.web_app?.url)).toEqual([`map:${inc.id}`]);
      expect((await keyboard(true, group.id)).map((b) => b.callback_data ?? b.url ?? b.web_app?.url))
        .toEqual([`map:${inc.id}`, `https://alerts.example.org/map?incident=${inc.id}`]);
      expect((await keyboard(true, group.id)).some((b) => b.web_app)).toBe(false);
      expect(await keyboard(true, noMap.id)).toEqual([]);
    } finally {
      await tdb.cleanup();
    }
  });
});
