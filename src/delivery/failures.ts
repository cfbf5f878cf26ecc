// Applies the Telegram-error policy (telegram-errors.ts) to a failed send:
// the row is put back for later, failed, or counted as sent, and the chat
// left or moved (storage/chats.ts), with the whole sender slowed down while
// Telegram or the network struggles.
import type { Logger } from "../log.js";
import type { RenderedMessage } from "../alerts/index.js";
import { deactivateChat, forgetThread, migrateChat, type Db, type Delivery, type DeliveryChange } from "../storage/index.js";
import type { BulkWatch } from "./bulk-watch.js";
import type { TelegramLimits } from "./rate-windows.js";
import { classifySendError, describeError } from "./telegram-errors.js";
import type { SentRecorder } from "./writes.js";

/** What a pass of the sender did. */
export interface FlushSummary {
  sent: number;
  failed: number;
  /** put back for later: 429, retry after an error, chat busy, group migrated */
  deferred: number;
  /** nothing to send (the renderer returned null) */
  cancelled: number;
}

/** What of the sender the policy acts on. */
export interface FailureContext {
  db: Db;
  log: Logger;
  limits: TelegramLimits;
  bulk: BulkWatch;
  recorder: SentRecorder;
  /** the longest retry_after accepted before the message is failed (seconds) */
  maxRetryAfterSec: number;
  /** attempts for 5xx and network errors before a row fails */
  maxAttempts: number;
  putBack(d: Delivery, change: DeliveryChange): Promise<void>;
  /** a write that must not be lost (retried while the database is unavailable) */
  write<T>(fn: () => Promise<T>): Promise<T>;
  /** takes a chat's claimed rows out of the sender's queue */
  unqueue(chatId: bigint): Delivery[];
  /** tells the other instances sending for this bot to wait too (ms) */
  shareRetryAfter(ms: number): void;
}

export class FailureHandler {
  /** consecutive 5xx / network errors: the whole sender slows down, not just the row */
  private transientStreak = 0;

  constructor(private readonly c: FailureContext) {}

  /** A send succeeded: Telegram is answering again. */
  succeeded(): void {
    this.transientStreak = 0;
  }

  /** Applies the policy to a failed send of `d` (`message`: what was being sent, if it was rendered). */
  async handle(d: Delivery, err: unknown, summary: FlushSummary, message?: RenderedMessage): Promise<void> {
    const { db, log } = this.c;
    const description = describeError(err);
    const attempts = d.attempts + 1;
    const chat = String(d.chatId);
    const failure = classifySendError(err, { edit: message?.editMessageId !== undefined, subscribed: d.subscriberId !== null });
    switch (failure.kind) {
      case "rate-limited": {
        const retryAfter = failure.retryAfterSec;
        const max = this.c.maxRetryAfterSec;
        // Telegram asks the whole bot to wait: every send waits, not just this one.
        this.c.limits.pause(Math.min(retryAfter, max) * 1000);
        this.c.shareRetryAfter(Math.min(retryAfter, max) * 1000);
        if (retryAfter > max) {
          log.error({ chatId: chat, retryAfter, max }, "Telegram asked to wait longer than SEND_MAX_RETRY_AFTER_SEC; message failed");
          await this.c.putBack(d, { state: "failed", attempts, lastError: description });
          this.c.bulk.record(false, description);
          summary.failed++;
          return;
        }
        log.warn({ chatId: chat, retryAfter }, "rate limited by Telegram");
        await this.c.putBack(d, { notBefore: new Date(Date.now() + retryAfter * 1000), lastError: description });
        summary.deferred++;
        return;
      }
      case "edit-unchanged":
        this.c.recorder.push(d.id, message!.editMessageId!);
        summary.sent++;
        return;
      case "edit-impossible":
        await this.c.putBack(d, { state: "sent", sentAt: new Date(), attempts, lastError: `not edited: ${description}` });
        summary.sent++;
        return;
      case "migrated": {
        this.c.unqueue(d.chatId); // migrateChat moves them too
        const moved = await this.c.write(() => migrateChat(db, d.chatId, failure.to));
        log.info({ from: chat, to: String(failure.to), rows: moved }, "group migrated to a supergroup: following it");
        summary.deferred++;
        return;
      }
      case "topic-gone":
        await this.c.write(() => forgetThread(db, d.subscriberId!));
        await this.c.putBack(d, { attempts, lastError: description });
        summary.deferred++;
        return;
      case "chat-gone": {
        const queued = this.c.unqueue(d.chatId).map((r) => r.id);
        await this.c.write(() => deactivateChat(db, d.chatId, description, [d.id], queued));
        log.info({ chatId: chat, description }, "chat unreachable: subscriber deactivated");
        this.c.bulk.record(false, description);
        summary.failed++;
        return;
      }
      case "transient":
      case "rejected":
        this.c.bulk.record(false, description);
        if (failure.kind === "transient" && attempts < (this.c.maxAttempts)) {
          // Telegram or the network is struggling: slow everyone down, not only this row
          this.transientStreak++;
          this.c.limits.pause(Math.min(500 * 2 ** (this.transientStreak - 1), 30_000));
          const backoffMs = Math.min(1000 * 2 ** (attempts - 1), 5 * 60_000) * (0.8 + 0.4 * Math.random());
          await this.c.putBack(d, { attempts, lastError: description, notBefore: new Date(Date.now() + backoffMs) });
          log.warn({ chatId: chat, attempts, description }, "send failed; will retry");
          summary.deferred++;
          return;
        }
        await this.c.putBack(d, { state: "failed", attempts, lastError: description });
        log.error({ chatId: chat, attempts, description }, "send failed for good");
        summary.failed++;
    }
  }
}
