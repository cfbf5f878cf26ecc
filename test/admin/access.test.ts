// Only ADMIN_IDS may use the admin tools; everyone else is refused politely and
// every attempt, allowed or not, is in the audit log.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setAdminCommands } from "../../src/bot/features/admin/index.js";
import { createI18n } from "../../src/i18n.js";
import { ADMIN, ADMIN2, STRANGER, startHarness, until, type Harness } from "./harness.js";

describe("admin access", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it.each(["/stats", "/sources", "/sources add http://127.0.0.1:1/feed", "/sources remove 1", "/sources test http://127.0.0.1:1/", "/broadcast", "/broadcast baghdad\nhello", "/channels", "/channels add @some_channel"])(
    "refuses %s from a non-admin and logs the attempt",
    async (command) => {
      await h.tdb.db.source.create({ data: { name: "One", url: "http://127.0.0.1:1/feed" } });
      const answer = await h.say(STRANGER, command, { languageCode: "ar" });
      expect(answer.params.text).toBe("عذرًا، هذا الأمر مخصص لمشرفي البوت فقط.");
      const log = await h.tdb.db.auditLog.findMany();
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ adminId: BigInt(STRANGER), allowed: false, detail: command });
      expect(log[0]!.action).toBe(`denied:${command.split(/\s/)[0]}`);
      // nothing happened
      expect(await h.tdb.db.broadcast.count()).toBe(0);
      expect(await h.tdb.db.source.findFirst()).toMatchObject({ removedAt: null, paused: false });
    },
  );

  it("refuses a non-admin's press of an admin button", async () => {
    const admin = await h.tdb.db.broadcast.create({ data: { adminId: BigInt(ADMIN), text: "x" } });
    const answer = await h.press(STRANGER, `adm:bc:go:${admin.id}`);
    expect(answer.params).toMatchObject({ show_alert: true });
    expect(answer.params.text).toBe("Sorry, this command is only for the bot's administrators.");
    expect(await h.tdb.db.broadcast.findUnique({ where: { id: admin.id } })).toMatchObject({ state: "draft" });
    expect(await h.tdb.db.delivery.count()).toBe(0);
    expect(await h.tdb.db.auditLog.findFirst()).toMatchObject({ action: "denied:button", allowed: false, adminId: BigInt(STRANGER) });
  });

  it("answers admins in private chats only", async () => {
    const answer = await h.say(-100555, "/stats", { fromId: ADMIN, chatType: "supergroup" });
    expect(answer.params.text).toBe("Admin commands work only in a private chat with the bot.");
    expect(await h.tdb.db.auditLog.count({ where: { allowed: false } })).toBe(0);
  });

  it("lets an admin in and records the action", async () => {
    const answer = await h.say(ADMIN, "/stats");
    expect(answer.params.text).toContain("Statistics");
    await until(async () => (await h.tdb.db.auditLog.count()) === 1);
    expect(await h.tdb.db.auditLog.findFirst()).toMatchObject({ adminId: BigInt(ADMIN), action: "stats", allowed: true });
  });

  it("shows the admin commands in the admins' own command menus only", async () => {
    await setAdminCommands(h.bot.api, h.config, createI18n(), ["start", "help"]);
    const calls = h.fake.callsOf("setMyCommands");
    expect(calls.map((c) => [c.params.scope?.chat_id, c.params.language_code ?? null])).toEqual([
      [ADMIN, "ar"], [ADMIN, null], [ADMIN, "en"], [ADMIN2, "ar"], [ADMIN2, null], [ADMIN2, "en"],
    ]);
    expect(calls.every((c) => c.params.scope.type === "chat")).toBe(true);
    const en = calls[2]!.params.commands as Array<{ command: string; description: string }>;
    expect(en.map((c) => c.command)).toEqual(["start", "help", "broadcast", "sources", "stats", "channels"]);
    expect(en[4]!.description).toBe("statistics (admins)");
  });
});
