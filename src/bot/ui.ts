// Small helpers every feature uses: show a menu (edit it in place after a
// button press, send it after a command), load the chat's subscriber, react to
// one kind of button.
import { Composer } from "grammy";
import { classifySendError } from "../delivery/index.js";
import { mapPageLink, type MapLink } from "../alerts/index.js";
import { decodeAction, type Action } from "../callback-data.js";
import type { BotContext } from "./context.js";
import { findSubscriber } from "../storage/index.js";
import type { Sub } from "./subscriber.js";
import type { View, ViewEnv } from "./views.js";

export async function viewEnv(ctx: BotContext): Promise<ViewEnv> {
  return { t: ctx.t, locale: await ctx.i18n.getLocale(), timeZone: ctx.deps.config.TZ, now: new Date(), mapLink: mapLinkFor(ctx) };
}

/** The map page's button in this chat, if it may have one. */
export function mapLinkFor(ctx: BotContext): MapLink | null {
  const { config } = ctx.deps;
  return mapPageLink({ publicUrl: config.PUBLIC_URL, publicMap: config.PUBLIC_MAP }, ctx.chat?.type);
}

export async function show(ctx: BotContext, view: View): Promise<void> {
  const opts = { reply_markup: view.keyboard, link_preview_options: { is_disabled: true } };
  if (ctx.callbackQuery?.message) {
    try {
      await ctx.editMessageText(view.text, opts);
      return;
    } catch (err) {
      // Telegram's answer judged by the delivery stage's one policy: pressing the button that is
      // already chosen changes nothing (fine); a menu too old (or deleted) to edit gets a fresh message below
      const failure = classifySendError(err, { edit: true, subscribed: false }).kind;
      if (failure === "edit-unchanged") return;
      if (failure !== "edit-impossible") throw err;
    }
  }
  if (ctx.chat) await ctx.api.sendMessage(ctx.chat.id, view.text, { ...opts, ...threadOf(ctx) });
}

/** The forum topic the update came from, so that answers stay in it. */
function threadOf(ctx: BotContext): { message_thread_id?: number } {
  const msg = ctx.msg ?? ctx.callbackQuery?.message;
  return msg && "is_topic_message" in msg && msg.is_topic_message && msg.message_thread_id ? { message_thread_id: msg.message_thread_id } : {};
}

/** The chat's subscriber, or null after telling the user to /start first. */
export async function requireSubscriber(ctx: BotContext): Promise<Sub | null> {
  const sub = ctx.chat ? await findSubscriber(ctx.deps.db, ctx.chat.id) : null;
  if (sub) return sub;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("not-subscribed"), show_alert: true });
  else await ctx.reply(ctx.t("not-subscribed"));
  return null;
}

type ActionOf<K extends Action["k"]> = Extract<Action, { k: K }>;

/** Handles button presses whose decoded callback data is of kind `k`. */
export function onAction<K extends Action["k"]>(
  composer: Composer<BotContext>,
  k: K,
  handler: (ctx: BotContext, action: ActionOf<K>) => Promise<unknown>,
): void {
  composer.on("callback_query:data").filter(
    // decoded once per update by createBot's middleware; a feature mounted on its own decodes here
    (ctx) => (ctx.action === undefined ? (ctx.action = decodeAction(ctx.callbackQuery.data)) : ctx.action)?.k === k,
    (ctx) => handler(ctx, ctx.action as ActionOf<K>),
  );
}
