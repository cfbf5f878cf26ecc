// Sends what the outbox owes, at Telegram's pace, and records what happened.
//
// Life of a row: pending → (claimed in a short transaction) sending → sent |
// failed | pending again with a later notBefore (429, retry, chat busy) |
// cancelled (nothing to send). A row's "sent" is written by group commit
// (writes.ts): an answer after a quiet spell at once, answers that keep
// arriving together at most every GROUP_MS (50 ms), since on SQLite each
// commit blocks the event loop while the disk syncs.
//
// What a SIGKILL can do: rows left "sending" are sent again at the next start
// (storage's recoverInterrupted). Telegram has no idempotency key, so a
// message whose request was in flight (at most `concurrency`), or whose answer
// was not yet written (the answers of the last GROUP_MS and of the write under
// way: ~60 at 1000/s, one or two at the free 30/s), may arrive twice; nothing
// is ever lost.
//
// When the database fails or the sender lease lapses, nothing more is sent:
// the claimed rows are given up, and given back to the queue once nothing is
// in flight and every answer is written (never while newer claims are held,
// which would then be claimed twice). A database outage thus repeats nothing,
// and an instance cut off longer than its lease repeats at most what was on
// its way when the cut began.
//
// One row's request and its answer: dispatch.ts; Telegram's answers are
// judged in telegram-errors.ts and acted on in failures.ts; the rate windows
// are rate-windows.ts; the other instances, instances.ts.
import {
  claimDeliveries, dueCount, putBackDelivery, releaseClaims, releaseHeldBy, type Delivery, type DeliveryChange,
} from "../storage/index.js";
import { BulkWatch } from "./bulk-watch.js";
import { dispatch, type DispatchContext } from "./dispatch.js";
import { FailureHandler, type FlushSummary } from "./failures.js";
import { soloInstance, type SendingInstance } from "./instances.js";
import { TelegramLimits } from "./rate-windows.js";
import type { SenderOptions } from "./sender-options.js";
import { Sleeper } from "./sleeper.js";
import { retryWrite, SentRecorder } from "./writes.js";

export type { FlushSummary, SenderOptions };
export { senderOptionsFromConfig } from "./sender-options.js";

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
  private readonly sleeper = new Sleeper();
  private readonly sending: DispatchContext;
  private background: Promise<void> | null = null;
  private idle: (() => void) | null = null;
  private woken = false;
  private readonly failures: FailureHandler;
  private readonly instance: SendingInstance;
  /** claims given up (database failure, or lease not renewed): released once nothing is in flight and the database answers */
  private dropped = false;
  /** a claim or a write failed since the claims were last given back */
  private dbFailed = false;

  constructor(private readonly o: SenderOptions) {
    this.limits = new TelegramLimits({ ...(o.ratePerSecond ? { perSecond: o.ratePerSecond } : {}), ...o.limits });
    this.instance = o.instance ?? soloInstance(o.db, o.log);
    this.instance.onSharers((n) => this.limits.setSharers(n));
    this.instance.onRetryAfter((ms) => this.limits.pause(ms));
    this.concurrency = o.concurrency ?? 8;
    this.recorder = new SentRecorder(o.db, o.log, () => (this.dbFailed = true));
    this.bulk = new BulkWatch(o.onBulkFailure);
    this.failures = new FailureHandler({
      db: o.db, log: o.log, limits: this.limits, bulk: this.bulk, recorder: this.recorder,
      maxRetryAfterSec: o.maxRetryAfterSec ?? 600,
      maxAttempts: o.maxAttempts ?? 8,
      putBack: (d, change) => this.putBack(d, change),
      write: (fn) => this.write(fn),
      unqueue: (chatId) => this.unqueue(chatId),
      shareRetryAfter: (ms) => this.instance.shareRetryAfter(ms),
    });
    this.sending = {
      api: o.api, render: o.render, failures: this.failures, bulk: this.bulk, recorder: this.recorder,
      putBack: (d, change) => this.putBack(d, change), onSent: o.onSent,
    };
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
      this.sleeper.wake();
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
      this.sleeper.wake();
    }
    this.idle?.();
  }

  /** Stops claiming, lets requests in flight finish and be recorded, puts claimed rows back. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.sleeper.wake();
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
        if (this.dbFailed || !this.instance.mayDispatch()) {
          // The database failed (a claim or a write: its outcome there is unknown), or the lease could not be
          // renewed (another instance may reclaim these rows any moment): nothing more is sent from here, so
          // that a long cut repeats only what was already on its way.
          if (!this.dropped) log.warn({ rows: queue.length }, "database unavailable or sender lease not renewed: holding back the claimed rows");
          this.dropped = true;
          queue.splice(0);
          held.clear();
        }
        if (this.dropped) {
          // Given back only once nothing is in flight and every answer is written, and nothing new is claimed
          // before: a row claimed meanwhile and given back with them would be claimed, and sent, a second time.
          if (inflight.size || !this.instance.mayDispatch()) {
            await this.sleeper.until(performance.now() + 500, inflight);
            continue;
          }
          await this.recorder.drain();
          await this.write(() => releaseHeldBy(db, this.instance.holder));
          this.dropped = false;
          this.dbFailed = false;
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
            await this.sleeper.until(Math.min(...queue.map((r) => held.get(r.id) ?? Infinity)), inflight);
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
            await this.sleeper.until(performance.now() + 200, inflight);
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
          await this.sleeper.until(this.limits.globalReadyAt(), inflight);
          continue;
        }
        queue.splice(index, 1);
        held.delete(next.id);
        const p: Promise<void> = dispatch(this.sending, next, slot, summary).finally(() => inflight.delete(p));
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
  private async claim(n: number): Promise<Delivery[]> {
    const l = this.limits.limits;
    try {
      return await claimDeliveries(this.o.db, n, {
        holder: this.instance.holder, shared: this.instance.shared, perChatPerSecond: l.perChatPerSecond, perGroupPerMinute: l.perGroupPerMinute,
      });
    } catch (err) {
      // the claim may have been made with only its answer lost: given back with the others (see run())
      this.dbFailed = true;
      throw err;
    }
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
    return retryWrite(fn, this.o.log, () => this.stopping, () => (this.dbFailed = true));
  }
}
