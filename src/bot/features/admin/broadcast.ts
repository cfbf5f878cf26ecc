// /broadcast: compose → preview with the recipient count → Send / Cancel →
// a progress message edited in place (with Stop) until the outbox is done.
import { Composer, InlineKeyboard, type Api } from "grammy";
import type { MessageEntity } from "grammy/types";
import {
  broadcastById, broadcastsSending, composition, countRecipients, createBroadcastDraft, draftFromComposition, endComposing, setBroadcastProgressMessage, startComposing,
  type Audience, type Db,
} from "../../../storage/index.js";
import { toLocale, translator, type AppI18n } from "../../../i18n.js";
import type { Logger } from "../../../log.js";
import { broadcastProgress, stopBroadcast, settleBroadcast, startBroadcast, audit, isAdmin } from "../../../admin/index.js";
import { encodeAction } from "../../../callback-data.js";
import type { BotContext } from "../../context.js";
import { onAction } from "../../ui.js";
import { describeAudience, parseAudienceArgs } from "./audience.js";
import { entitiesToHtml } from "./entities.js";
import { progressText } from "./views.js";

export const broadcastFeature = new Composer<BotContext>();

/** How long after /broadcast the admin's next message is the announcement (storage keeps who is composing). */
const COMPOSE_TTL_MS = 30 * 60_000;
const MAX_TEXT = 4096;

const data = (op: "go" | "x", broadcast: number) => encodeAction({ k: "broadcast", op, broadcast });
const stopKeyboard = (id: number, label: string) => new InlineKeyboard().text(label, data("x", id));

/** Entities of the part of a message that starts at `from` (the lines after the command). */
function entitiesFrom(entities: readonly MessageEntity[] | undefined, from: number): MessageEntity[] {
  return (entities ?? [])
    .filter((e) => e.offset + e.length > from)
    .map((e) => {
      const offset = Math.max(e.offset, from);
      return { ...e, offset: offset - from, length: e.offset + e.length - offset };
    });
}

broadcastFeature.command("broadcast", async (ctx) => {
  const text = ctx.message?.text ?? "";
  const newline = text.indexOf("\n");
  // First line: the audience; following lines (if any): the announcement.
  const args = (newline < 0 ? text : text.slice(0, newline)).replace(/^\/\S+\s*/, "");
  const { audience, unknown } = parseAudienceArgs(args);
  const adminId = ctx.from!.id;
  if (unknown.length) {
    await audit(ctx.deps.db, { adminId, action: "broadcast.compose", detail: `unknown audience: ${unknown.join(" ")}` });
    return ctx.reply(ctx.t("admin-audience-unknown", { words: unknown.join("، ") }) + "\n\n" + ctx.t("admin-broadcast-usage"));
  }
  await audit(ctx.deps.db, { adminId, action: "broadcast.compose", detail: JSON.stringify(audience) });
  const body = newline < 0 ? "" : text.slice(newline + 1);
  if (body.trim()) return preview(ctx, body, entitiesFrom(ctx.message?.entities, newline + 1), audience);
  await startComposing(ctx.deps.db, adminId, audience, await ctx.i18n.getLocale());
  const count = await countRecipients(ctx.deps.db, audience, new Date());
  await ctx.reply(ctx.t("admin-broadcast-ask", { audience: describeAudience(audience, ctx.t), count }));
});

// The next message of a composing admin is the announcement (text or a caption, formatting kept).
broadcastFeature.on("message", async (ctx, next) => {
  if (ctx.chat.type !== "private" || !isAdmin(ctx.deps.config.ADMIN_IDS, ctx.from.id)) return next();
  const state = await composition(ctx.deps.db, ctx.from.id, new Date(Date.now() - COMPOSE_TTL_MS));
  if (!state) return next();
  const text = ctx.message.text ?? ctx.message.caption;
  if (text?.startsWith("/")) {
    if (!/^\/cancel(@\w+)?$/.test(text.trim())) return next();
    await endComposing(ctx.deps.db, state.id);
    return ctx.reply(ctx.t("admin-broadcast-aborted"));
  }
  if (!text) return ctx.reply(ctx.t("admin-broadcast-text-only"));
  await preview(ctx, text, ctx.message.entities ?? ctx.message.caption_entities ?? [], state.audience, state.id);
});

/** `composing`: the composition (storage) the text answers, which becomes the draft. */
async function preview(ctx: BotContext, text: string, entities: readonly MessageEntity[], audience: Audience, composing?: number): Promise<void> {
  const { db } = ctx.deps;
  if (text.length > MAX_TEXT) {
    if (composing !== undefined) await endComposing(db, composing);
    await ctx.reply(ctx.t("admin-broadcast-too-long", { length: text.length, max: MAX_TEXT }));
    return;
  }
  const html = entitiesToHtml(text, entities);
  const locale = await ctx.i18n.getLocale();
  const draft = composing === undefined
    ? await createBroadcastDraft(db, ctx.from!.id, html, audience, locale)
    : await draftFromComposition(db, composing, html, locale);
  if (!draft) return; // another message of the admin's, a moment before, was the announcement
  const count = await countRecipients(db, audience, new Date());
  await audit(db, { adminId: ctx.from!.id, action: "broadcast.preview", detail: `#${draft.id} to ${count}: ${text.slice(0, 200)}` });
  await ctx.reply(ctx.t("admin-broadcast-preview-head", { id: String(draft.id), audience: describeAudience(audience, ctx.t), count }));
  const keyboard = new InlineKeyboard();
  if (count > 0) keyboard.text(ctx.t("admin-broadcast-send-button", { count }), data("go", draft.id));
  keyboard.text(ctx.t("admin-broadcast-cancel-button"), data("x", draft.id));
  await ctx.reply(html, { reply_markup: keyboard, link_preview_options: { is_disabled: true } });
}

onAction(broadcastFeature, "broadcast", (ctx, a) => (a.op === "go" ? send(ctx, a.broadcast) : cancel(ctx, a.broadcast)));

/** Send, under the preview. */
async function send(ctx: BotContext, id: number) {
  const { db } = ctx.deps;
  const started = await startBroadcast(db, id, new Date());
  await audit(db, { adminId: ctx.from!.id, action: "broadcast.send", detail: started ? `#${id} enqueued ${started.enqueued}` : `#${id} was not a draft` });
  if (!started) return ctx.answerCallbackQuery({ text: ctx.t("admin-broadcast-not-draft"), show_alert: true });
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup({ reply_markup: new InlineKeyboard() }).catch(() => undefined); // buttons already gone: nothing to remove
  const p = await broadcastProgress(db, id);
  const msg = await ctx.reply(progressText(id, "sending", p, ctx.t), {
    reply_markup: stopKeyboard(id, ctx.t("admin-broadcast-stop-button")),
  });
  await setBroadcastProgressMessage(db, id, msg.chat.id, msg.message_id);
}

/** Cancel, under the preview or the progress message. */
async function cancel(ctx: BotContext, id: number) {
  const { db } = ctx.deps;
  const stopped = await stopBroadcast(db, id);
  await audit(db, { adminId: ctx.from!.id, action: "broadcast.cancel", detail: `#${id}${stopped ? "" : " (already finished)"}` });
  const b = await broadcastById(db, id);
  if (!stopped || !b) return ctx.answerCallbackQuery({ text: ctx.t("admin-broadcast-not-draft"), show_alert: true });
  await ctx.answerCallbackQuery({ text: ctx.t("admin-broadcast-cancelled", { id: String(id) }) });
  const onProgress = b.progressMessageId !== null && b.progressMessageId === ctx.callbackQuery!.message?.message_id;
  if (onProgress) {
    await ctx.editMessageText(progressText(id, "cancelled", await broadcastProgress(db, id), ctx.t));
  } else {
    await ctx.editMessageReplyMarkup({ reply_markup: new InlineKeyboard() }).catch(() => undefined); // buttons already gone: nothing to remove
    await ctx.reply(ctx.t("admin-broadcast-cancelled", { id: String(id) }));
  }
}

const shown = new Map<number, string>();

/**
 * Edits the progress message of every broadcast being sent (sent / failed /
 * left) and marks finished ones done. Call it periodically (every few
 * seconds) next to the sender; returns how many broadcasts are still sending.
 */
export async function updateBroadcastProgress(api: Api, db: Db, i18n: AppI18n, log?: Logger): Promise<number> {
  const sending = await broadcastsSending(db);
  let still = 0;
  for (const b of sending) {
    const p = await broadcastProgress(db, b.id);
    const state = await settleBroadcast(db, b, p, new Date());
    if (state === "sending") still++;
    if (b.progressChatId === null || b.progressMessageId === null) continue;
    const t = translator(i18n, toLocale(b.locale));
    const text = progressText(b.id, state, p, t);
    if (shown.get(b.id) === text) continue;
    try {
      await api.editMessageText(Number(b.progressChatId), b.progressMessageId, text, {
        ...(state === "sending" ? { reply_markup: stopKeyboard(b.id, t("admin-broadcast-stop-button")) } : {}),
      });
    } catch (err) {
      if (!/message is not modified/i.test((err as Error).message)) log?.warn({ broadcastId: b.id, err }, "progress edit failed");
    }
    if (state === "sending") shown.set(b.id, text);
    else shown.delete(b.id);
  }
  return still;
}
