// /start and /help. A new chat receives every alert in Iraq (all provinces,
// all types) until it narrows them: nothing is missed while choosing.
import { Composer } from "grammy";
import { toLocale } from "../../i18n.js";
import type { BotContext } from "../context.js";
import { requireAdmin } from "../permissions.js";
import { startSubscriber } from "../subscriber.js";
import { startKeyboard } from "../views.js";
import { mapLinkFor } from "../ui.js";

export const start = new Composer<BotContext>();

start.command("start", async (ctx) => {
  if (!(await requireAdmin(ctx))) return;
  const chat = ctx.chat;
  const language = toLocale(ctx.from?.language_code);
  // In a forum, alerts go to the topic where /start was sent.
  const threadId = ctx.msg.is_topic_message ? ctx.msg.message_thread_id ?? null : null;
  const { sub, created } = await startSubscriber(ctx.deps.db, {
    chatId: chat.id,
    chatType: chat.type,
    title: "title" in chat ? chat.title ?? null : null,
    language,
    threadId,
  });
  if (created) {
    ctx.i18n.useLocale(sub.language);
    ctx.log.info({ chatId: chat.id, chatType: chat.type }, "subscriber started");
  }
  await ctx.reply(ctx.t(created ? "start-welcome" : "start-again"), { reply_markup: startKeyboard(ctx.t, mapLinkFor(ctx)) });
});

start.command("help", (ctx) => ctx.reply(ctx.t("help-text")));
