// The bot speaks HTML, decided here once: an API transformer gives every text it
// sends parse_mode HTML, and ctx.t escapes the values it puts into a message, so a
// user's «<» or «&» (a keyword, a channel's title, a source's name) shows as typed
// and cannot break or inject markup. The texts in locales/*.ftl are written as HTML
// (`&lt;` for a literal «<»), so a translation is HTML as it comes out of ctx.t.
// Lines built in code around translations (`<b>${escapeHtml(name)}</b>`) escape
// what they insert themselves; a button's label or a callback answer is plain text
// to Telegram, so those get no values that need escaping.
// The sender (delivery/) still names parse_mode HTML itself: it renders every alert,
// broadcast and notice as HTML and may run on an Api that is not the bot's (replay, tests).
// A value that is itself a translation is escaped once more by ctx.t: the identity for
// the names and words in locales/, which hold no «<», «>», «&» or «"».
import type { MiddlewareFn, Transformer } from "grammy";
import type { TranslateFunction, TranslationVariables } from "@grammyjs/i18n";
import { escapeHtml } from "../alerts/index.js";
import type { BotContext } from "./context.js";

/** Methods whose text (or caption) Telegram parses with parse_mode. */
const TEXT_METHODS = new Set(["sendMessage", "editMessageText", "sendPhoto", "sendDocument", "editMessageCaption"]);

/** For bot.api (each update's ctx.api inherits it): parse_mode HTML unless the call chose one. */
export const htmlByDefault: Transformer = (prev, method, payload, signal) => {
  const p = payload as Record<string, unknown>;
  const hasText = method === "sendMessage" || method === "editMessageText" || p.caption !== undefined;
  if (TEXT_METHODS.has(method) && hasText && p.parse_mode === undefined) {
    return prev(method, { ...payload, parse_mode: "HTML" } as typeof payload, signal);
  }
  return prev(method, payload, signal);
};

/** Text values escaped; numbers (and Fluent's own types) pass as they are. */
export function escapeValues(vars: TranslationVariables | undefined): TranslationVariables | undefined {
  if (!vars) return vars;
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === "string" ? escapeHtml(v) : v]));
}

const plain = new WeakMap<BotContext, TranslateFunction>();

/** After the i18n middleware: ctx.t (and ctx.translate) escape the values they are given. */
export const escapeTranslations: MiddlewareFn<BotContext> = (ctx, next) => {
  const translate = ctx.t;
  plain.set(ctx, translate);
  ctx.t = ctx.translate = (key, vars) => translate(key, escapeValues(vars));
  return next();
};

/** ctx.t without the escaping, for code that escapes what it inserts itself (the alert renderer). */
export const plainTranslate = (ctx: BotContext): TranslateFunction => plain.get(ctx) ?? ctx.t;
