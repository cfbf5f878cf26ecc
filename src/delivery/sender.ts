// Sends what the outbox owes, at Telegram's pace, and records what happened.
//
// Life of a row: pending → (claimed in a short transaction) sending → sent |
// failed | pending again with a later notBefore (429, retry, chat busy) |
// cancelled (nothing to send). A row's "sent" is written as soon as Telegram
// answers; answers arriving together are written in one statement (group
// commit), so the database keeps up at 1000 messages/s.
//
// What a SIGKILL can do: rows left "sending" are sent again at the next start
// (storage's recoverInterrupted). Telegram has no idempotency key, so a
// message whose request was in flight, or whose answer was not yet written
// (a few milliseconds), may arrive twice; nothing is ever lost.
//
// Telegram's answers are judged in telegram-errors.ts and acted on in
// failures.ts; the rate windows are rate-windows.ts.
import type { Api } from "grammy";
import type { Logger } from "../log.js";
import type { Config } from "../config.js";
import type { RenderedMessage, Renderer } from "../alerts/index.js";
import {
  claimDeliveries, dueCount, putBackDelivery, releaseClaims, releaseHeldBy, type Db, type Delivery, type DeliveryChange,
} from "../storage/index.js";
import { BulkWatch, type BulkFailure } from "./bulk-watch.js";
import { soloInstance, type SendingInstance } from "./instances.js";
import { FailureHandler, type FlushSummary } from "./failures.js";

export type { FlushSummary };
import { TelegramLimits, type SendLimits, type Slot } from "./rate-windows.js";
import { retryWrite, SentRecorder } from "./writes.js";

export interface SenderOptions {
  db: Db;
  api: Api;
  log: Logger;
  render: Renderer;
  /** messages per second overall (shorthand for limits.perSecond) */
  ratePerSecond?: number;
  limits?: Partial<SendLimits>;
  /** requests in flight at once (default 8) */
  concurrency?: number;
  /** attempts for 5xx and network errors before a row fails (default 8) */
  maxAttempts?: number;
  /** the longest retry_after accepted before the message is failed (seconds, default 600) */
  maxRetryAfterSec?: number;
  /** called once when more than half of the last sends failed (again only after they recovered) */
  onBulkFailure?: (info: BulkFailure) => void;
  /** called after each pass of the background loop (metrics) */
  onPass?: (summary: FlushSummary) => void;
  /** called when Telegram accepted a message (metrics: latency from enqueue) */
  onSent?: (delivery: Delivery) => void;
  /** the other instances sending from this outbox (default: none, see delivery/instances.ts) */
  instance?: SendingInstance;
}

/** Sender options from the configuration (everything but db, api, log, render). */
export function senderOptionsFromConfig(config: Config): Pick<SenderOptions, "limits" | "concurrency" | "maxRetryAfterSec"> {
  return {
    limits: {
      perSecond: config.SEND_RATE_PER_SEC,
      perChatPerSecond: config.SEND_PER_CHAT_PER_SEC,
      perGroupPerMinute: config.SEND_PER_GROUP_PER_MIN,
      paid: config.PAID_BROADCAST,
    },
    concurrency: config.SEND_CONCURRENCY,
    maxRetryAfterSec: config.SEND_MAX_RETRY_AFTER_SEC,
  };
}

/** A chat that may receive again within this long is waited for in memory rather than put back. */
const HOLD_MS = 1500;

export class Sender {
  readonly limits: TelegramLimits;
  private readonly concurrency: number;
  private readonly recorder: SentRecorder;
  private readonly bulk: BulkWatch;
  private running: Promise<FlushSummary> | null = null;
  /** claimed rows not yet handed to Telegram */
  private queue: Delivery[] = [];
  private more = false;
  private stopping = false;
  private recovered = false;
  /** ends the sender's current sleep early */
  private interrupt: (() => void) | null = null;
  private background: Promise<void> | null = null;
  private idle: (() => void) | null = null;
  private woken = false;
  private readonly failures: FailureHandler;
  private readonly instance: SendingInstance;
  /** claims dropped while this instance could not renew its lease: released once it can again */
  private dropped = false;

  constructor(private readonly o: SenderOptions) {
    this.limits = new TelegramLimits({ ...(o.ratePerSecond ? { perSecond: o.ratePerSecond } : {}), ...o.limits });
    this.instance = o.instance ?? soloInstance(o.db, o.log);
    this.instance.onSharers((n) => this.limits.setSharers(n));
    this.concurrency = o.concurrency ?? 8;
    this.recorder = new SentRecorder(o.db, o.log);
    this.bulk = new BulkWatch(o.onBulkFailure);
    this.failures = new FailureHandler({
      db: o.db, log: o.log, limits: this.limits, bulk: this.bulk, recorder: this.recorder,
      maxRetryAfterSec: o.maxRetryAfterSec ?? 600,
      maxAttempts: o.maxAttempts ?? 8,
      putBack: (d, change) => this.putBack(d, change),
      write: (fn) => this.write(fn),
      unqueue: (chatId) => this.unqueue(chatId),
    });
  }

  /**
   * Sends every due row until none is left that is due now (rows put back for
   * later are left for a later flush). A flush while one runs makes the
   * running one take another pass; it resolves when that ends, with an empty
   * summary (the work is counted once).
   */
  async flush(): Promise<FlushSummary> {
    if (this.running) {
      this.more = true;
      this.interrupt?.();
      await this.running.catch(() => undefined); // its own caller hears of its failure
      return { sent: 0, failed: 0, deferred: 0, cancelled: 0 };
    }
    this.running = this.run();
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  /**
   * Sends in the background until stop(): at once when woken (call wake()
   * after enqueuing), and at least every `idleMs` for rows put back for later.
   * Callers then need not wait for a long broadcast to go out.
   */
  start(idleMs = 1000): void {
    this.background ??= (async () => {
      while (!this.stopping) {
        this.woken = false;
        await this.flush()
          .then((summary) => this.o.onPass?.(summary))
          .catch((err: unknown) => this.o.log.error({ err }, "sender pass failed"));
        if (this.stopping) break;
        if (this.woken) {
          this.woken = false;
          continue;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, idleMs);
          function done() {
            clearTimeout(timer);
            resolve();
          }
          this.idle = done;
        });
        this.idle = null;
      }
    })();
  }

  /** New rows were enqueued: a running pass takes them too, an idle background loop runs now. */
  wake(): void {
    this.woken = true;
    if (this.running) {
      this.more = true;
      this.interrupt?.();
    }
    this.idle?.();
  }

  /** Stops claiming, lets requests in flight finish and be recorded, puts claimed rows back. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.interrupt?.();
    this.idle?.();
    await this.running?.catch(() => undefined); // its own caller hears of its failure
    await this.background;
    await this.recorder.drain();
    if (this.recovered) await this.instance.end();
  }

  private async run(): Promise<FlushSummary> {
    const { db, log } = this.o;
    const summary: FlushSummary = { sent: 0, failed: 0, deferred: 0, cancelled: 0 };
    if (!this.recovered) {
      await this.instance.begin();
      this.limits.setSharers(this.instance.sharers());
      this.recovered = true;
    }
    const queue: Delivery[] = [];
    this.queue = queue;
    // rows whose chat got a message a moment ago wait here (in memory) until it may receive again
    const held = new Map<number, number>();
    const inflight = new Set<Promise<void>>();
    let exhausted = false;
    /** times a flush of a shared outbox waited for rows held back by the claim's chat rules */
    let waited = 0;
    try {
      while (!this.stopping) {
        if (!this.instance.mayDispatch()) {
          // the lease could not be renewed: another instance may reclaim these rows any moment, so none is
          // sent from here; they are released once the lease is renewed (if nobody took them meanwhile)
          if (!this.dropped) log.warn({ rows: queue.length }, "cannot renew the sender lease: holding back the claimed rows");
          this.dropped = true;
          queue.splice(0);
          held.clear();
          await this.sleepUntil(performance.now() + 500, inflight);
          continue;
        }
        if (this.dropped && inflight.size === 0) {
          await this.recorder.drain();
          await this.write(() => releaseHeldBy(db, this.instance.holder!));
          this.dropped = false;
          exhausted = false;
          continue;
        }
        if (!exhausted && queue.filter((r) => !held.has(r.id)).length < this.concurrency) {
          // about 50 ms of sending per claim: few queries, few rows held "sending" (at the paid rate
          // when paid broadcasts are on: 16 rows a claim at 1000/s made claims a large share of the sender's work)
          const rate = this.limits.rate();
          const rows = await this.claim(Math.min(500, Math.max(2 * this.concurrency, Math.ceil(rate / 20))));
          queue.push(...rows);
          exhausted = rows.length === 0;
          if (rows.length) waited = 0;
        }
        const now = performance.now();
        const index = queue.findIndex((r) => (held.get(r.id) ?? 0) <= now);
        const next = queue[index];
        if (!next || inflight.size >= this.concurrency) {
          if (inflight.size || queue.length) {
            await this.sleepUntil(Math.min(...queue.map((r) => held.get(r.id) ?? Infinity)), inflight);
            exhausted = false; // an answer can make a row due again (migrated group, topic gone)
            continue;
          }
          if (this.more) {
            this.more = false;
            exhausted = false;
            continue;
          }
          // Shared outbox: the claim itself holds back a chat's next row until its rate allows (1 s for a
          // private chat) and its "sent" is written; a flush waits for those rather than leaving them to the
          // next pass, but not for long (another instance may be sending to the chat).
          if (this.instance.shared && waited < 15 && (await this.recorder.drain(), await this.write(() => dueCount(db))) > 0) {
            waited++;
            await this.sleepUntil(performance.now() + 200, inflight);
            exhausted = false;
            continue;
          }
          break;
        }
        const chatAt = this.limits.chatReadyAt(next.chatId, now);
        if (chatAt > now) {
          if (!Number.isFinite(chatAt)) {
            held.set(next.id, now + 20); // a message to this chat is on its way: look again once answered
          } else if (chatAt - now <= HOLD_MS) {
            held.set(next.id, chatAt);
          } else {
            // a group that had its 20 a minute: its row waits in the database, the others go on
            queue.splice(index, 1);
            held.delete(next.id);
            await this.putBack(next, { notBefore: new Date(Date.now() + (chatAt - now)) });
            summary.deferred++;
          }
          continue;
        }
        const slot = this.limits.tryTake(next.chatId);
        if (!slot) {
          await this.sleepUntil(this.limits.globalReadyAt(), inflight);
          continue;
        }
        queue.splice(index, 1);
        held.delete(next.id);
        const p: Promise<void> = this.dispatch(next, slot, summary).finally(() => inflight.delete(p));
        inflight.add(p);
      }
    } finally {
      await Promise.allSettled(inflight);
      if (queue.length) {
        await this.write(() => releaseClaims(db, queue.map((d) => d.id)));
      }
      await this.recorder.drain();
    }
    return summary;
  }

  /** Claims due rows (storage's claimDeliveries: one statement, no interactive transaction). */
  private claim(n: number): Promise<Delivery[]> {
    const l = this.limits.limits;
    return claimDeliveries(this.o.db, n, {
      holder: this.instance.holder, shared: this.instance.shared, perChatPerSecond: l.perChatPerSecond, perGroupPerMinute: l.perGroupPerMinute,
    });
  }

  /** Sleeps until `at` (performance.now() time; Infinity = no timer), an answer from Telegram, or stop(). */
  private async sleepUntil(at: number, inflight: Set<Promise<void>>): Promise<void> {
    const ms = at - performance.now();
    if (ms <= 0) return new Promise((r) => setImmediate(r)); // never spin without letting timers run
    await new Promise<void>((resolve) => {
      const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.interrupt = done;
      // an answer can free a place in the window before the computed time
      for (const p of inflight) void p.then(done, done);
    });
    this.interrupt = null;
  }

  private async dispatch(d: Delivery, slot: Slot, summary: FlushSummary): Promise<void> {
    let message: RenderedMessage | null;
    try {
      message = await this.o.render(d);
    } catch (err) {
      slot.done();
      return this.failures.handle(d, err, summary);
    }
    if (!message) {
      slot.done();
      await this.putBack(d, { state: "cancelled", lastError: "nothing to send" });
      summary.cancelled++;
      return;
    }
    try {
      const messageId = await this.send(d, message, slot.paid);
      slot.done();
      this.failures.succeeded();
      this.bulk.record(true);
      this.recorder.push(d.id, messageId);
      summary.sent++;
      this.o.onSent?.(d);
    } catch (err) {
      slot.done();
      await this.failures.handle(d, err, summary, message);
    }
  }

  private async send(d: Delivery, m: RenderedMessage, paid: boolean): Promise<number> {
    const chatId = Number(d.chatId);
    const common = {
      parse_mode: "HTML" as const,
      link_preview_options: { is_disabled: true },
      ...(m.replyMarkup ? { reply_markup: m.replyMarkup } : {}),
    };
    if (m.editMessageId !== undefined) {
      await this.o.api.editMessageText(chatId, m.editMessageId, m.text, common);
      return m.editMessageId;
    }
    const sent = await this.o.api.sendMessage(chatId, m.text, {
      ...common,
      ...(m.silent ? { disable_notification: true } : {}),
      ...(m.threadId ? { message_thread_id: m.threadId } : {}),
      ...(m.replyToMessageId !== undefined
        ? { reply_parameters: { message_id: m.replyToMessageId, allow_sending_without_reply: true } }
        : {}),
      ...(paid ? { allow_paid_broadcast: true } : {}),
    });
    return sent.message_id;
  }

  /** Takes a chat's claimed rows out of the queue (the chat changed or is gone). */
  private unqueue(chatId: bigint): Delivery[] {
    const out = this.queue.filter((r) => r.chatId === chatId);
    if (out.length) this.queue.splice(0, this.queue.length, ...this.queue.filter((r) => r.chatId !== chatId));
    return out;
  }

  /** Writes a row's new state (pending by default) and releases its claim. */
  private async putBack(d: Delivery, change: DeliveryChange): Promise<void> {
    // the row may be gone (/stop deletes the subscriber and what it is owed); nothing to put back then
    await this.write(() => putBackDelivery(this.o.db, d.id, change));
  }

  /** A write that must not be lost: retried while the database is briefly unavailable. */
  private write<T>(fn: () => Promise<T>): Promise<T> {
    return retryWrite(fn, this.o.log, () => this.stopping);
  }
}
