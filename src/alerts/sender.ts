// Sends what the outbox owes, honouring Telegram's answers: 429 waits exactly
// retry_after, 403 / chat not found deactivate the chat, 5xx and network errors
// retry with backoff.
import { GrammyError, HttpError, type Api } from "grammy";
import type { Db } from "../db/client.js";
import type { Delivery } from "../generated/prisma/client.js";
import type { Logger } from "../log.js";

/** What a delivery row turns into at send time (see messages.ts). */
export interface RenderedMessage {
  text: string; // Telegram HTML
  silent?: boolean;
  threadId?: number | null;
  /** edit this earlier message (editMessageText) instead of sending a new one */
  editMessageId?: number;
  /** send as a reply to this earlier message */
  replyToMessageId?: number;
  replyMarkup?: import("grammy").InlineKeyboard;
}

export type Renderer = (delivery: Delivery) => Promise<RenderedMessage | null>;

export interface SenderOptions {
  db: Db;
  api: Api;
  log: Logger;
  render: Renderer;
  /** messages per second overall */
  ratePerSecond: number;
  maxAttempts?: number;
  /** the longest retry_after accepted before the message is failed (seconds) */
  maxRetryAfterSec?: number;
}

export interface FlushSummary {
  sent: number;
  failed: number;
  deferred: number;
}

export class Sender {
  private nextSlot = 0;

  constructor(private readonly o: SenderOptions) {}

  /** Sends every due pending delivery; returns when none is left that is due now. */
  async flush(): Promise<FlushSummary> {
    const summary: FlushSummary = { sent: 0, failed: 0, deferred: 0 };
    for (;;) {
      const batch = await this.o.db.delivery.findMany({
        where: { state: "pending", notBefore: { lte: new Date() } },
        orderBy: { id: "asc" },
        take: 100,
      });
      if (batch.length === 0) return summary;
      for (const d of batch) {
        const outcome = await this.sendOne(d);
        summary[outcome]++;
      }
    }
  }

  private async pace(): Promise<void> {
    const gap = 1000 / this.o.ratePerSecond;
    const now = performance.now();
    const wait = this.nextSlot - now;
    this.nextSlot = Math.max(now, this.nextSlot) + gap;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }

  private async sendOne(d: Delivery): Promise<keyof FlushSummary> {
    const { db, log } = this.o;
    const message = await this.o.render(d);
    if (!message) {
      await db.delivery.update({ where: { id: d.id }, data: { state: "cancelled" } });
      return "failed";
    }
    await this.pace();
    try {
      const sent = await this.o.api.sendMessage(Number(d.chatId), message.text, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(message.silent ? { disable_notification: true } : {}),
        ...(message.threadId ? { message_thread_id: message.threadId } : {}),
      });
      await db.delivery.update({
        where: { id: d.id },
        data: { state: "sent", sentAt: new Date(), messageId: sent.message_id, attempts: d.attempts + 1, lastError: null },
      });
      return "sent";
    } catch (err) {
      return this.handleError(d, err as Error, log);
    }
  }

  private async handleError(d: Delivery, err: Error, log: Logger): Promise<keyof FlushSummary> {
    const { db } = this.o;
    const attempts = d.attempts + 1;
    const description = err instanceof GrammyError ? `${err.error_code} ${err.description}` : err.message;
    if (err instanceof GrammyError && err.error_code === 429) {
      const retryAfter = err.parameters.retry_after ?? 1;
      if (retryAfter <= (this.o.maxRetryAfterSec ?? 3600)) {
        // Telegram asks the whole bot to wait: push every send back, not just this one.
        this.nextSlot = performance.now() + retryAfter * 1000;
        await db.delivery.update({ where: { id: d.id }, data: { notBefore: new Date(Date.now() + retryAfter * 1000), lastError: description } });
        log.warn({ chatId: String(d.chatId), retryAfter }, "rate limited by Telegram");
        return "deferred";
      }
    }
    const chatGone =
      err instanceof GrammyError &&
      (err.error_code === 403 || (err.error_code === 400 && /chat not found|user is deactivated/i.test(err.description)));
    const migrateTo = err instanceof GrammyError ? err.parameters.migrate_to_chat_id : undefined;
    if (migrateTo !== undefined) {
      // A group became a supergroup: follow it and send again.
      await db.$transaction([
        db.subscriber.updateMany({ where: { chatId: d.chatId }, data: { chatId: BigInt(migrateTo) } }),
        db.delivery.update({ where: { id: d.id }, data: { chatId: BigInt(migrateTo), attempts, lastError: description } }),
      ]);
      log.info({ from: String(d.chatId), to: migrateTo }, "group migrated to a supergroup");
      return "deferred";
    }
    if (chatGone) {
      await db.$transaction([
        db.subscriber.updateMany({ where: { chatId: d.chatId }, data: { active: false } }),
        db.delivery.update({ where: { id: d.id }, data: { state: "failed", attempts, lastError: description } }),
      ]);
      log.info({ chatId: String(d.chatId), description }, "chat unreachable: subscriber deactivated");
      return "failed";
    }
    const transient = err instanceof HttpError || (err instanceof GrammyError && err.error_code >= 500) || (err instanceof GrammyError && err.error_code === 429);
    if (transient && attempts < (this.o.maxAttempts ?? 8)) {
      const backoffMs = Math.min(1000 * 2 ** attempts, 10 * 60_000);
      await db.delivery.update({ where: { id: d.id }, data: { attempts, lastError: description, notBefore: new Date(Date.now() + backoffMs) } });
      log.warn({ chatId: String(d.chatId), attempts, description }, "send failed; will retry");
      return "deferred";
    }
    await db.delivery.update({ where: { id: d.id }, data: { state: "failed", attempts, lastError: description } });
    log.error({ chatId: String(d.chatId), attempts, description }, "send failed for good");
    return "failed";
  }
}
