// Messages to the admins from outside an update: a source paused by the
// poller, deliveries failing in bulk. Each admin reads them in the language
// of their own chat with the bot (Arabic when the bot does not know them).
import type { Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Config } from "../../../config.js";
import type { Db } from "../../../db/client.js";
import type { Source } from "../../../generated/prisma/client.js";
import { toLocale, translator, type Locale, type Translate } from "../../../i18n.js";
import { escapeHtml } from "../../../alerts/index.js";

export type NoticeText = string | ((locale: Locale) => string);

/** Sends an HTML notice to every admin; one admin who never opened the bot does not stop the others. Returns how many got it. */
export async function notifyAdmins(api: Api, config: Pick<Config, "ADMIN_IDS">, text: NoticeText, db?: Db): Promise<number> {
  let delivered = 0;
  for (const id of config.ADMIN_IDS) {
    const sub = db ? await db.subscriber.findUnique({ where: { chatId: id }, select: { language: true } }) : null;
    const body = typeof text === "string" ? text : text(toLocale(sub?.language));
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
      id: source.id,
      name: escapeHtml(source.name),
      url: escapeHtml(source.url),
      failures,
      error: escapeHtml(reason.slice(0, 300)),
    });
}

export interface FailureWatchOptions {
  api: Api;
  config: Pick<Config, "ADMIN_IDS">;
  i18n: I18n<any>;
  db: Db;
  /** at least this many failures in the window… */
  minFailed?: number;
  /** …making up at least this share of the window's attempts */
  minRatio?: number;
  windowMs?: number;
  /** at most one notice per this long */
  cooldownMs?: number;
  now?: () => number;
}

/**
 * Feed it every sender flush summary; it tells the admins when deliveries fail
 * in bulk (a revoked token, a Telegram outage, a wave of blocks), once per cooldown.
 * Returns true when it notified.
 */
export function deliveryFailureWatch(o: FailureWatchOptions): (summary: { sent: number; failed: number }) => Promise<boolean> {
  const windowMs = o.windowMs ?? 10 * 60_000;
  const cooldownMs = o.cooldownMs ?? 60 * 60_000;
  const now = o.now ?? Date.now;
  const recent: Array<{ at: number; sent: number; failed: number }> = [];
  let lastNotice = -Infinity;
  return async ({ sent, failed }) => {
    const at = now();
    if (sent || failed) recent.push({ at, sent, failed });
    while (recent.length && recent[0]!.at < at - windowMs) recent.shift();
    const f = recent.reduce((n, r) => n + r.failed, 0);
    const total = recent.reduce((n, r) => n + r.sent + r.failed, 0);
    if (f < (o.minFailed ?? 20) || f / total < (o.minRatio ?? 0.5) || at - lastNotice < cooldownMs) return false;
    lastNotice = at;
    const common = await o.db.delivery.groupBy({
      by: ["lastError"],
      where: { state: "failed", createdAt: { gte: new Date(at - 24 * 3600_000) } }, // no updatedAt on Delivery: the last day
      _count: { _all: true },
      orderBy: { _count: { lastError: "desc" } },
      take: 1,
    });
    const error = common[0]?.lastError ?? "?";
    const text = (locale: Locale) =>
      (translator(o.i18n, locale) as Translate)("admin-notify-delivery-failures", {
        failed: f,
        total,
        minutes: Math.round(windowMs / 60_000),
        error: escapeHtml(error.slice(0, 200)),
      });
    await notifyAdmins(o.api, o.config, text, o.db);
    return true;
  };
}
