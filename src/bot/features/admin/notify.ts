// Messages to the admins from outside an update: a source paused by the
// poller, deliveries failing in bulk. Each admin reads them in the language
// of their own chat with the bot (Arabic when the bot does not know them).
import type { Config } from "../../../config.js";
import { subscriberLanguage, type Db, type Source } from "../../../storage/index.js";
import { toLocale, translator, type Locale, type AppI18n } from "../../../i18n.js";
import { enqueueNotice, type BulkFailure } from "../../../delivery/index.js";
import { escapeHtml } from "../../../alerts/index.js";

export type NoticeText = string | ((locale: Locale) => string);

/**
 * Queues an HTML notice to every admin, through the outbox (its rate limits,
 * retries and error policy): an admin who never opened the bot only fails
 * their own row. Returns how many rows were queued.
 */
export async function notifyAdmins(db: Db, config: Pick<Config, "ADMIN_IDS">, text: NoticeText): Promise<number> {
  const messages = [];
  for (const chatId of config.ADMIN_IDS) {
    const body = typeof text === "string" ? text : text(toLocale(await subscriberLanguage(db, chatId)));
    messages.push({ chatId, text: body });
  }
  return messages.length ? enqueueNotice(db, messages) : 0;
}

/** For the Poller's onSourcePaused. */
export function sourcePausedNotice(i18n: AppI18n, source: Pick<Source, "id" | "name" | "url">, failures: number, reason: string): NoticeText {
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
export function bulkFailureNotice(i18n: AppI18n, info: BulkFailure): NoticeText {
  return (locale) =>
    translator(i18n, locale)("admin-notify-delivery-failures", {
      failed: info.failed,
      total: info.total,
      error: escapeHtml(info.lastError.slice(0, 200)),
    });
}
