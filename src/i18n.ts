// One Fluent instance for the bot and for alert messages (locales/*.ftl).
import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";

export const LOCALES = ["ar", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ar";

export const toLocale = (code: string | null | undefined): Locale =>
  code?.toLowerCase().startsWith("en") ? "en" : DEFAULT_LOCALE;

const directory = fileURLToPath(new URL("../locales", import.meta.url));

export function createI18n<C extends Context>(negotiate?: (ctx: C) => Promise<string | undefined> | string | undefined): I18n<C> {
  return new I18n<C>({
    defaultLocale: DEFAULT_LOCALE,
    directory,
    // No FSI/PDI marks around placeables: Telegram clients lay out mixed
    // Arabic/Latin/digits with the Unicode bidi algorithm already, and the marks
    // show as boxes in some clients and break copy-paste of numbers.
    fluentBundleOptions: { useIsolating: false },
    ...(negotiate ? { localeNegotiator: negotiate } : {}),
  });
}

/** The one instance as code outside an update holds it (alerts, admin notices, the web room): it only translates. */
export type AppI18n = I18n<Context>;

/**
 * Translator bound to a locale, for code outside an update (alerts, console). It inserts values as
 * given: a caller producing HTML escapes them itself (as alerts/format.ts does). In the bot, ctx.t
 * escapes them instead (bot/html.ts); both return the .ftl text, which is written as HTML.
 */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;
export function translator(i18n: AppI18n, locale: Locale): Translate {
  return (key, vars) => i18n.t(locale, key, vars);
}
