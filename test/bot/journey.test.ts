// The whole journey of issue 6 through the fake Bot API: /start → choose
// Diyala and IED → an IED in Diyala arrives, a rocket in Basra does not →
// /pause → nothing → /resume → alerts again. In Arabic and in English.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addIncident, BotHarness, textOf } from "./harness.js";

const USER = 7_000_001;

describe.each([
  { lang: "ar", diyala: "ديالى", ied: "عبوة ناسفة", welcome: "العراق كله", saved: "حُفظ", paused: "أوقفت", resumed: "استؤنفت" },
  { lang: "en", diyala: "Diyala", ied: "IED", welcome: "all of Iraq", saved: "Saved", paused: "paused", resumed: "resumed" },
])("subscriber journey ($lang)", (L) => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await BotHarness.start();
  });
  afterEach(async () => {
    await h.close();
  });

  it("filters by province and type, pauses and resumes", async () => {
    const [welcome] = await h.replies(USER, "/start", { languageCode: L.lang });
    expect(welcome).toContain(L.welcome);
    const startMenu = h.fake.messagesTo(USER).at(-1)!.params.reply_markup.inline_keyboard.flat().map((b: any) => b.callback_data);
    expect(startMenu).toContain("m:provinces");

    // Before choosing anything, a new subscriber receives everything in Iraq.
    await addIncident(h.db, { type: "rocket", province: "basra", headline: "قصف صاروخي في البصرة" });
    expect(await h.deliver()).toHaveLength(1);

    // Open the province menu and choose Diyala.
    const menu = await h.press(USER, "m:provinces", { languageCode: L.lang });
    const shown = menu.find((c) => c.method === "editMessageText")!;
    const buttons = shown.params.reply_markup.inline_keyboard.flat();
    expect(buttons.filter((b: any) => /^p:[a-z_]+$/.test(b.callback_data) && !/^p:(all|none)$/.test(b.callback_data))).toHaveLength(19);
    expect(Math.max(...shown.params.reply_markup.inline_keyboard.map((row: unknown[]) => row.length))).toBeLessThanOrEqual(2);

    const chose = await h.press(USER, "p:diyala", { languageCode: L.lang });
    expect(chose.find((c) => c.method === "answerCallbackQuery")!.params.text).toContain(L.saved);
    const after = chose.find((c) => c.method === "editMessageText")!;
    expect(after.params.reply_markup.inline_keyboard.flat().map((b: any) => b.text)).toContain(`✅ ${L.diyala}`);

    await h.press(USER, "m:types", { languageCode: L.lang });
    const typed = await h.press(USER, "t:ied", { languageCode: L.lang });
    expect(typed.find((c) => c.method === "editMessageText")!.params.reply_markup.inline_keyboard.flat().map((b: any) => b.text).some((t: string) => t.startsWith("✅") && t.includes(L.ied))).toBe(true);

    const sub = await h.db.subscriber.findUnique({ where: { chatId: BigInt(USER) }, include: { provinces: true, types: true } });
    expect(sub).toMatchObject({ allProvinces: false, allTypes: false, language: L.lang });
    expect(sub!.provinces.map((p) => p.province)).toEqual(["diyala"]);
    expect(sub!.types.map((t) => t.type)).toEqual(["ied"]);

    // An IED in Diyala arrives; a rocket in Basra, a rocket in Diyala and an IED in Basra do not.
    await addIncident(h.db, { type: "ied", province: "diyala", place: "بعقوبة", killed: 2, headline: "انفجار عبوة في بعقوبة" });
    await addIncident(h.db, { type: "rocket", province: "basra" });
    await addIncident(h.db, { type: "rocket", province: "diyala" });
    await addIncident(h.db, { type: "ied", province: "basra" });
    const alerts = await h.deliver();
    expect(alerts).toHaveLength(1);
    expect(String(alerts[0]!.params.chat_id)).toBe(String(USER));
    expect(textOf(alerts[0])).toContain(L.diyala);
    expect(textOf(alerts[0])).toContain(L.ied);

    // /pause: nothing arrives.
    expect((await h.replies(USER, "/pause", { languageCode: L.lang }))[0]).toContain(L.paused);
    await addIncident(h.db, { type: "ied", province: "diyala" });
    expect(await h.deliver()).toHaveLength(0);

    // /resume: alerts again (the one missed while paused is not replayed).
    expect((await h.replies(USER, "/resume", { languageCode: L.lang }))[0]).toContain(L.resumed);
    await addIncident(h.db, { type: "ied", province: "diyala", place: "المقدادية" });
    const again = await h.deliver();
    expect(again).toHaveLength(1);
    expect(textOf(again[0])).toContain(L.diyala);

    // /settings says it in words.
    const [settings] = await h.replies(USER, "/settings", { languageCode: L.lang });
    expect(settings).toContain(L.diyala);
    expect(settings).toContain(L.ied);
  });
});
