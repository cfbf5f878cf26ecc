import { Composer } from "grammy";
import { toLocale } from "../../i18n.js";
import type { BotContext } from "../context.js";

export const start = new Composer<BotContext>();

// A new subscriber gets every province and every type until they narrow it.
start.command("start", async (ctx) => {
  const chat = ctx.chat;
  const language = toLocale(ctx.from?.language_code);
  await ctx.deps.db.subscriber.upsert({
    where: { chatId: BigInt(chat.id) },
    create: { chatId: BigInt(chat.id), chatType: chat.type, language, title: "title" in chat ? chat.title ?? null : null },
    update: { active: true },
  });
  ctx.log.info({ chatId: chat.id }, "subscriber started");
  await ctx.reply(ctx.t("start-welcome"));
});

start.command("help", (ctx) => ctx.reply(ctx.t("help-text")));
