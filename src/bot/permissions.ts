// Who may change a chat's filters: anyone in a private chat; in a group only
// its administrators (asked with getChatMember, or an anonymous admin posting
// as the group itself).
import type { BotContext } from "./context.js";

export async function canConfigure(ctx: BotContext): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat || chat.type === "private") return true;
  if (chat.type === "channel") return false;
  if (ctx.message?.sender_chat?.id === chat.id) return true;
  const user = ctx.from?.id;
  if (user === undefined) return false;
  try {
    const member = await ctx.api.getChatMember(chat.id, user);
    return member.status === "creator" || member.status === "administrator";
  } catch (err) {
    ctx.log.warn({ err }, "getChatMember failed; treating as non-admin");
    return false;
  }
}

/** Answers "only admins" and returns false when the sender may not change this chat. */
export async function requireAdmin(ctx: BotContext): Promise<boolean> {
  if (await canConfigure(ctx)) return true;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("group-admins-only"), show_alert: true });
  else await ctx.reply(ctx.t("group-admins-only"));
  return false;
}

