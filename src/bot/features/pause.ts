// /pause [2h|30m|1d], /resume and /stop. A timed pause ends by itself: the
// match query already treats pausedUntil <= now as resumed, and
// resumeExpiredPauses (a chore of the running bot) clears it and tells the chat.
// The answers to the commands go straight back (ctx.reply): the user is
// waiting for them, the change is saved before they leave, and one lost to a
// network error is seen and asked again. The end-of-pause notice answers no one
// and would be lost silently, so it goes through the outbox.
import { Composer, InlineKeyboard } from "grammy";
import { formatTime } from "../../alerts/index.js";
import { deleteSubscriber, endPause, isPausedNow, pausesEnded, updateSubscriber, type Db } from "../../storage/index.js";
import { createI18n, toLocale, translator } from "../../i18n.js";
import type { Logger } from "../../log.js";
import { encodeAction } from "../../callback-data.js";
import { enqueueNotice } from "../../delivery/index.js";
import type { BotContext } from "../context.js";
import { parseDuration } from "../duration.js";
import { requireAdmin } from "../permissions.js";
import { onAction, requireSubscriber } from "../ui.js";

export const pause = new Composer<BotContext>();

pause.command("pause", async (ctx) => {
  const sub = await requireSubscriber(ctx);
  if (!sub || !(await requireAdmin(ctx))) return;
  const arg = ctx.match.trim();
  if (!arg) {
    await updateSubscriber(ctx.deps.db, sub.id, { paused: true, pausedUntil: null });
    await ctx.reply(ctx.t("paused"));
    return;
  }
  const ms = parseDuration(arg);
  if (ms === null) {
    await ctx.reply(ctx.t("pause-usage"));
    return;
  }
  const until = new Date(Date.now() + ms);
  await updateSubscriber(ctx.deps.db, sub.id, { paused: true, pausedUntil: until });
  const time = formatTime(until, ctx.deps.config.TZ, await ctx.i18n.getLocale());
  await ctx.reply(ctx.t("paused-until", { time }));
});

pause.command("resume", async (ctx) => {
  const sub = await requireSubscriber(ctx);
  if (!sub || !(await requireAdmin(ctx))) return;
  const wasPaused = isPausedNow(sub, new Date());
  await updateSubscriber(ctx.deps.db, sub.id, { paused: false, pausedUntil: null, active: true });
  await ctx.reply(ctx.t(wasPaused ? "resumed" : "not-paused"));
});

pause.command("stop", async (ctx) => {
  const sub = await requireSubscriber(ctx);
  if (!sub || !(await requireAdmin(ctx))) return;
  const kb = new InlineKeyboard()
    .text(ctx.t("btn-stop-yes"), encodeAction({ k: "stop", confirm: true }))
    .text(ctx.t("btn-stop-no"), encodeAction({ k: "stop", confirm: false }));
  await ctx.reply(ctx.t("stop-confirm"), { reply_markup: kb });
});

onAction(pause, "stop", async (ctx, a) => {
  if (!a.confirm) {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("stop-cancelled")).catch(() => undefined); // the question may be too old to edit; the answer stands
    return;
  }
  const sub = await requireSubscriber(ctx);
  if (!sub || !(await requireAdmin(ctx))) return;
  // Its filters and its deliveries go with it (storage deleteSubscriber).
  await deleteSubscriber(ctx.deps.db, sub.id);
  ctx.log.info({ chatId: ctx.chat?.id }, "subscriber stopped and deleted");
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t("stopped")).catch(() => undefined); // the chat may be gone with the subscriber; it is deleted either way
});

let i18n: ReturnType<typeof createI18n> | null = null;

/**
 * Ends the timed pauses that are over and queues, for each chat, the notice
 * that alerts are back (in the outbox: a 429 or Telegram away delays it
 * instead of losing it); `queued` wakes the sender. Returns how many chats
 * were resumed. Safe to call as often as wanted.
 */
export async function resumeExpiredPauses(db: Db, log: Logger, opts: { now?: Date; queued?: () => void } = {}): Promise<number> {
  const now = opts.now ?? new Date();
  const due = await pausesEnded(db, now);
  i18n ??= createI18n();
  const notices = [];
  for (const sub of due) {
    // Clear first: a notice that cannot be queued must not make us announce it forever.
    if (!(await endPause(db, sub.id, now)) || !sub.active) continue;
    notices.push({ chatId: sub.chatId, subscriberId: sub.id, text: translator(i18n, toLocale(sub.language))("resumed-auto") });
  }
  if (notices.length) {
    await enqueueNotice(db, notices, now);
    opts.queued?.();
  }
  if (due.length) log.info({ resumed: due.length }, "timed pauses ended");
  return due.length;
}
