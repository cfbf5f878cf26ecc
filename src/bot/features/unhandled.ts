import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const unhandled = new Composer<BotContext>();

unhandled.on("message:text", async (ctx) => {
  if (ctx.message.text.startsWith("/") && ctx.chat.type === "private") await ctx.reply(ctx.t("unknown-command"));
});
unhandled.on("callback_query", (ctx) => ctx.answerCallbackQuery());
