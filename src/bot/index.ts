// The grammY bot: one Composer per feature, registered in one list, with the
// unhandled feature last and an error boundary around them all.
import { Bot, type Composer } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { createI18n, toLocale } from "../i18n.js";
import { deactivateChat, subscriberLanguage } from "../storage/index.js";
import { decodeAction } from "../callback-data.js";
import { describeError, isChatGone } from "../delivery/index.js";
import type { BotContext, BotDeps } from "./context.js";
import { admin } from "./features/admin/index.js";
import { filters } from "./features/filters.js";
import { latest } from "./features/latest.js";
import { location } from "./features/location.js";
import { membership } from "./features/membership.js";
import { pause } from "./features/pause.js";
import { settings } from "./features/settings.js";
import { start } from "./features/start.js";
import { unhandled } from "./features/unhandled.js";
import { rateLimiter, type RateLimit } from "./rate-limit.js";
import { escapeTranslations, htmlByDefault } from "./html.js";

export type { BotContext, BotDeps };
export { resumeExpiredPauses } from "./features/pause.js";
export { COMMANDS, setCommands, connectBot, runBot, webhookRoute, adminNotices, type RunningBot } from "./lifecycle.js";
// the settings rule, shared with the map page (web/): one toggle, one save
export {
  startSubscriber, provinceSelection, typeSelection, toggleProvince, toggleType, type Sub,
} from "./subscriber.js";

export interface BotOptions {
  /** per-user limit on commands and button presses (default 20 per 10 s) */
  rateLimit?: RateLimit;
}

// registered features (order matters: unhandled must stay last)
const FEATURES: Composer<BotContext>[] = [
  membership,
  start,
  filters,
  settings,
  pause,
  latest,
  location, // issue 7: the map pin under an alert
  admin, // issue 9: admin commands
  unhandled,
];

export function createBot(deps: BotDeps, options: BotOptions = {}): Bot<BotContext> {
  const { config, db, log } = deps;
  // 60 s: above the 30 s long poll, far below grammY's default 500 s that would pin a send slot
  const bot = new Bot<BotContext>(config.TELEGRAM_BOT_TOKEN!, { client: { apiRoot: config.TELEGRAM_API_ROOT, timeoutSeconds: 60 } });
  bot.api.config.use(htmlByDefault);
  const i18n = createI18n<BotContext>(async (ctx) => {
    if (ctx.chat) {
      const language = await subscriberLanguage(db, ctx.chat.id);
      if (language !== null) return language;
    }
    return toLocale(ctx.from?.language_code);
  });
  // The runner handles updates concurrently; one chat's updates stay in order.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  bot.use(async (ctx, next) => {
    // Replies to a user come in twos (a count and the broadcast preview, the /stats text and its
    // chart): the second would meet Telegram's 1-per-second-per-chat limit and be lost to a 429.
    // Each update's own Api (not bot.api, whose sends the Sender paces itself) waits retry_after
    // and tries again, a bounded number of times and for a bounded wait.
    ctx.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 10 }));
    ctx.deps = deps;
    ctx.log = log.child({ update_id: ctx.update.update_id });
    if (ctx.callbackQuery) ctx.action = ctx.callbackQuery.data === undefined ? null : decodeAction(ctx.callbackQuery.data);
    await next();
  });
  bot.use(i18n, escapeTranslations);
  bot.use(rateLimiter(options.rateLimit ?? { max: 20, windowMs: 10_000 }));
  for (const feature of FEATURES) bot.use(feature);
  bot.catch(async (err) => {
    const ctx = err.ctx;
    const e = err.error;
    if (isChatGone(e) && ctx.chat) {
      // blocked, kicked or deleted while we answered (the delivery stage's one rule): stop sending there
      await deactivateChat(db, BigInt(ctx.chat.id), describeError(e)).catch((dbErr: unknown) => ctx.log.error({ err: dbErr }, "could not deactivate the chat"));
      ctx.log.info({ chatId: ctx.chat.id }, "chat unreachable while answering: subscriber inactive");
      return;
    }
    ctx.log.error({ err: e }, "update failed");
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("error-generic") });
      else if (ctx.chat) await ctx.reply(ctx.t("error-generic"));
    } catch {
      // the chat may be gone; the update loop must go on
    }
  });
  return bot;
}
