// The grammY bot: one Composer per feature, registered here, with the
// unhandled feature last and an error boundary around them all.
import { Bot } from "grammy";
import { createI18n, toLocale } from "../i18n.js";
import type { BotContext, BotDeps } from "./context.js";
import { start } from "./features/start.js";
import { unhandled } from "./features/unhandled.js";

export type { BotContext, BotDeps };

export function createBot(deps: BotDeps): Bot<BotContext> {
  const { config, db, log } = deps;
  const bot = new Bot<BotContext>(config.TELEGRAM_BOT_TOKEN!, { client: { apiRoot: config.TELEGRAM_API_ROOT } });
  const i18n = createI18n<BotContext>(async (ctx) => {
    if (ctx.chat) {
      const sub = await db.subscriber.findUnique({ where: { chatId: BigInt(ctx.chat.id) }, select: { language: true } });
      if (sub) return sub.language;
    }
    return toLocale(ctx.from?.language_code);
  });
  bot.use(async (ctx, next) => {
    ctx.deps = deps;
    ctx.log = log.child({ update_id: ctx.update.update_id });
    await next();
  });
  bot.use(i18n);
  bot.use(start);
  bot.use(unhandled);
  bot.catch(async (err) => {
    const ctx = err.ctx;
    ctx.log.error({ err: err.error instanceof Error ? err.error.message : String(err.error) }, "update failed");
    try {
      if (ctx.chat) await ctx.reply(ctx.t("error-generic"));
    } catch {
      // the chat may be gone; the update loop must go on
    }
  });
  return bot;
}
