// my_chat_member: the bot was blocked, kicked or re-added. Blocked or removed
// chats stop receiving at once (before a send fails); a group that adds the
// bot is welcomed and told how to set it up.
import { Composer } from "grammy";
import { toLocale } from "../../i18n.js";
import { deactivateChat, migrateChat, reactivateChat, startSubscriber } from "../../storage/index.js";
import type { BotContext } from "../context.js";
import { startKeyboard } from "../views.js";
import { mapLinkFor } from "../ui.js";

export const membership = new Composer<BotContext>();

membership.on("my_chat_member", async (ctx) => {
  const { chat, new_chat_member: now, old_chat_member: before } = ctx.myChatMember;
  const db = ctx.deps.db;
  const chatId = BigInt(chat.id);
  const present = now.status === "member" || now.status === "administrator" || now.status === "creator";
  const wasPresent = before.status === "member" || before.status === "administrator" || before.status === "creator";
  if (!present) {
    const known = await deactivateChat(db, chatId, `bot ${now.status}`);
    if (known) ctx.log.info({ chatId: chat.id, status: now.status }, "bot removed or blocked: subscriber inactive");
    return;
  }
  if (wasPresent) return; // e.g. promoted to admin: nothing changes for the subscriber
  if (await reactivateChat(db, chatId)) {
    ctx.log.info({ chatId: chat.id }, "bot back in chat: subscriber active");
    return;
  }
  if (chat.type === "group" || chat.type === "supergroup") {
    // Whoever added the bot chose these alerts; an admin narrows them with the menu.
    const language = toLocale(ctx.from.language_code);
    await startSubscriber(db, { chatId, chatType: chat.type, title: chat.title ?? null, language });
    ctx.i18n.useLocale(language);
    ctx.log.info({ chatId: chat.id }, "added to a group: subscribed");
    await ctx.reply(ctx.t("group-welcome"), { reply_markup: startKeyboard(ctx.t, mapLinkFor(ctx)) });
  }
});

// A group upgraded to a supergroup gets a new id: follow it before the next
// alert fails (the sender also follows migrate_to_chat_id when it does).
membership.on("message:migrate_to_chat_id", async (ctx) => {
  const to = BigInt(ctx.message.migrate_to_chat_id);
  const moved = await migrateChat(ctx.deps.db, BigInt(ctx.chat.id), to);
  ctx.log.info({ from: ctx.chat.id, to: String(to), rows: moved }, "group migrated to a supergroup");
});
