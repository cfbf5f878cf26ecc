// Messages to the admins from outside an update: a source paused by the
// poller, deliveries failing in bulk. Each admin reads them in the language
// of their own chat with the bot (Arabic when the bot does not know them).
import type { Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Config } from "../../../config.js";
import type { Db } from "../../../storage/client.js";
import { subscriberLanguage, type Source } from "../../../storage/index.js";
import { toLocale, translator, type Locale } from "../../../i18n.js";
import type { BulkFailure } from "../../../delivery/index.js";
import { escapeHtml } from "../../../alerts/index.js";

export type NoticeText = string | ((locale: Locale) => string);

/** Sends an HTML notice to every admin; one admin who never opened the bot does not stop the others. Returns how many got it. */
export async function notifyAdmins(api: Api, config: Pick<Config, "ADMIN_IDS">, text: NoticeText, db?: Db): Promise<number> {
  let delivered = 0;
  for (const id of config.ADMIN_IDS) {
    const language = db ? await subscriberLanguage(db, id) : null;
    const body = typeof text === "string" ? text : text(toLocale(language));
    try {
      await api.sendMessage(Number(id), body, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
      delivered++;
    } catch {
      // blocked the bot or never started it: nothing to do from here
    }
  }
  return delivered;
}

/** For the Poller's onSourcePaused. */
export function sourcePausedNotice(i18n: I18n<any>, source: Pick<Source, "id" | "name" | "url">, failures: number, reason: string): NoticeText {
  return (locale) =>
    translator(i18n, locale)("admin-notify-source-paused", {
      id: String(source.id),
      name: escapeHtml(source.name),
      url: escapeHtml(source.url),
      failures,
      error: escapeHtml(reason.slice(0, 300)),
    });
}

/** For the Sender's onBulkFailure (more than half of the last sends failed). */
export function bulkFailureNotice(i18n: I18n<any>, info: BulkFailure): NoticeText {
  return (locale) =>
    translator(i18n, locale)("admin-notify-delivery-failures", {
      failed: info.failed,
      total: info.total,
      error: escapeHtml(info.lastError.slice(0, 200)),
    });
}
