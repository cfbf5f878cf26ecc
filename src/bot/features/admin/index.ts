// Admin tools (ADMIN_IDS only): /broadcast, /sources, /stats, /channels. Anyone else gets
// a polite refusal, and every attempt, allowed or not, is in the audit log.
import { Composer } from "grammy";
import { audit, isAdmin } from "../../../admin/index.js";
import { decodeAction, isAdminAction } from "../../../callback-data.js";
import type { BotContext } from "../../context.js";
import { broadcastFeature } from "./broadcast.js";
import { channelsFeature } from "./channels.js";
import { ADMIN_COMMANDS } from "./commands.js";
import { sourcesFeature } from "./sources.js";
import { statsFeature } from "./stats.js";

export { updateBroadcastProgress } from "./broadcast.js";
export { ADMIN_COMMANDS, setAdminCommands } from "./commands.js";
export { notifyAdmins, sourcePausedNotice, bulkFailureNotice, type NoticeText } from "./notify.js";

export const admin = new Composer<BotContext>();

const allowed = (ctx: BotContext) => isAdmin(ctx.deps.config.ADMIN_IDS, ctx.from?.id);

admin.command([...ADMIN_COMMANDS], async (ctx, next) => {
  const detail = (ctx.message?.text ?? "").slice(0, 300);
  if (!allowed(ctx)) {
    await audit(ctx.deps.db, { adminId: ctx.from?.id ?? 0, action: `denied:/${ctx.message?.text.split(/[\s@]/)[0]?.slice(1)}`, detail, allowed: false });
    ctx.log.warn({ userId: ctx.from?.id }, "admin command refused");
    return ctx.reply(ctx.t("admin-refused"));
  }
  // Health, stats and broadcast previews are not for a group's eyes.
  if (ctx.chat.type !== "private") return ctx.reply(ctx.t("admin-private-only"));
  await next();
});

admin.on("callback_query:data").filter((ctx) => isAdminAction(ctx.action ?? decodeAction(ctx.callbackQuery.data)), async (ctx, next) => {
  if (allowed(ctx)) return next();
  await audit(ctx.deps.db, { adminId: ctx.from.id, action: "denied:button", detail: ctx.callbackQuery.data, allowed: false });
  await ctx.answerCallbackQuery({ text: ctx.t("admin-refused"), show_alert: true });
});

// Past the guards, only admins' commands and buttons reach these (the
// composing handler in broadcastFeature looks only at admins' messages, and only after their /broadcast).
admin.use(broadcastFeature, sourcesFeature, statsFeature, channelsFeature);
