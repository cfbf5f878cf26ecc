// One bot (the real createBot, admin feature included) against the fake Bot
// API, on a fresh SQLite file. `say` sends a message and waits for the bot's
// answer; `press` presses a button and waits for the bot to acknowledge it.
import type { Bot } from "grammy";
import { createBot, type BotContext } from "../../src/bot/index.js";
import type { Config } from "../../src/config.js";
import { FakeTelegram, type ApiCall } from "../support/fake-telegram.js";
import { freshDb, type TestDb } from "../support/db.js";
import { silentLog, testConfig } from "../support/env.js";

export const ADMIN = 7001;
export const ADMIN2 = 7002;
export const STRANGER = 8001;

export interface Harness {
  fake: FakeTelegram;
  tdb: TestDb;
  config: Config;
  bot: Bot<BotContext>;
  /** sends a message and resolves with the bot's next message to that chat */
  say(chatId: number, text: string, opts?: { fromId?: number; languageCode?: string; chatType?: string }): Promise<ApiCall>;
  /** presses a button and resolves with the answerCallbackQuery call */
  press(chatId: number, data: string, opts?: { fromId?: number; messageId?: number; languageCode?: string }): Promise<ApiCall>;
  stop(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const fake = await FakeTelegram.start();
  const tdb = freshDb();
  const config = testConfig(tdb.dir, tdb.url, [], {
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    ADMIN_IDS: `${ADMIN},${ADMIN2}`,
    ...env,
  });
  const bot = createBot({ config, db: tdb.db, log: silentLog }, { rateLimit: { max: 1000, windowMs: 1000 } });
  await bot.init();
  // stop() can abort a retry delay of the polling loop: that rejection is expected
  const polling = bot.start({ drop_pending_updates: false }).catch(() => undefined);
  return {
    fake,
    tdb,
    config,
    bot,
    say(chatId, text, opts = {}) {
      const next = fake.nextMessageTo(chatId);
      fake.sendText(chatId, text, { languageCode: "en", ...opts });
      return next;
    },
    press(chatId, data, opts = {}) {
      const seen = fake.calls.length;
      const id = fake.pressButton(chatId, data, { languageCode: "en", ...opts });
      return fake.waitForCall((c) => fake.calls.indexOf(c) >= seen && c.method === "answerCallbackQuery" && c.params.callback_query_id === id);
    },
    async stop() {
      await bot.stop();
      await polling;
      await fake.close();
      await tdb.cleanup();
    },
  };
}

/** Waits until `cond` holds (the bot works asynchronously after the last message it sent). */
export async function until(cond: () => Promise<boolean> | boolean, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}
