// Last in the chain: whatever no feature handled. Unknown commands get a hint
// (in groups only when addressed to this bot, so other bots' commands pass);
// stale or forged buttons are answered so the client stops spinning.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const unhandled = new Composer<BotContext>();

unhandled.on("message:text", async (ctx) => {
  const text = ctx.message.text;
  if (ctx.chat.type === "private") {
    await ctx.reply(ctx.t(text.startsWith("/") ? "unknown-command" : "unknown-text"));
    return;
  }
  const command = /^\/\w+@(\w+)/.exec(text);
  if (command && command[1]!.toLowerCase() === ctx.me.username.toLowerCase()) await ctx.reply(ctx.t("unknown-command"));
});

unhandled.on("callback_query", async (ctx) => {
  if (ctx.action === null) ctx.log.info({ data: ctx.callbackQuery.data }, "stale or unknown callback data");
  await ctx.answerCallbackQuery({ text: ctx.t("menu-stale"), show_alert: true });
});
