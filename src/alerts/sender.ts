// Sends what the outbox owes, at Telegram's pace, and records what happened.
//
// Life of a row: pending → (claimed in a short transaction) sending → sent |
// failed | pending again with a later notBefore (429, retry, chat busy) |
// cancelled (nothing to send). A row's "sent" is written as soon as Telegram
// answers; answers arriving together are written in one statement (group
// commit), so the database keeps up at 1000 messages/s.
//
// What a SIGKILL can do: rows left "sending" are sent again at the next start
// (outbox.ts recoverInterrupted). Telegram has no idempotency key, so a
// message whose request was in flight, or whose answer was not yet written
// (a few milliseconds), may arrive twice; nothing is ever lost.
//
// Telegram's answers: 429 waits exactly retry_after (the whole bot, capped);
// 5xx and network errors retry with backoff and slow the whole sender down;
// 403 and "chat not found" deactivate the subscriber and cancel what it is
// still owed; a group migrated to a supergroup is followed and re-sent to.
import { GrammyError, HttpError, type Api } from "grammy";
import type { Db } from "../storage/client.js";
import { Prisma, type Delivery } from "../generated/prisma/client.js";
import type { Logger } from "../log.js";
import type { Config } from "../config.js";
import { recoverInterrupted } from "./outbox.js";
import { TelegramLimits, type SendLimits, type Slot } from "./rate-limit.js";

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

export interface BulkFailure {
  /** failed sends among the last `total` attempts */
  failed: number;
  total: number;
  lastError: string;
}

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
}

export interface FlushSummary {
  sent: number;
  failed: number;
  /** put back for later: 429, retry after an error, chat busy, group migrated */
  deferred: number;
  /** nothing to send (the renderer returned null) */
  cancelled: number;
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

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));
const describe = (err: unknown): string =>
  err instanceof GrammyError ? `${err.error_code} ${err.description}` : err instanceof Error ? err.message : String(err);

const CHAT_GONE = /chat not found|user is deactivated|bot was kicked|bot was blocked|group chat was deleted|PEER_ID_INVALID/i;
const NOT_MODIFIED = /message is not modified/i;
const NOT_EDITABLE = /message to edit not found|message can't be edited|MESSAGE_ID_INVALID/i;
const NO_THREAD = /message thread not found|TOPIC_CLOSED|TOPIC_DELETED/i;

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
  /** consecutive 5xx / network errors: the whole sender slows down, not just the row */
  private transientStreak = 0;

  constructor(private readonly o: SenderOptions) {
    this.limits = new TelegramLimits({ ...(o.ratePerSecond ? { perSecond: o.ratePerSecond } : {}), ...o.limits });
    this.concurrency = o.concurrency ?? 8;
    this.recorder = new SentRecorder(o.db, o.log);
    this.bulk = new BulkWatch(o.onBulkFailure);
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
      await this.running.catch(() => undefined);
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
          .catch((err: unknown) => this.o.log.error({ err: describe(err) }, "sender pass failed"));
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
    await this.running?.catch(() => undefined);
    await this.background;
    await this.recorder.drain();
  }

  private async run(): Promise<FlushSummary> {
    const { db, log } = this.o;
    const summary: FlushSummary = { sent: 0, failed: 0, deferred: 0, cancelled: 0 };
    if (!this.recovered) {
      const n = await recoverInterrupted(db);
      this.recovered = true;
      if (n) log.warn({ rows: n }, "rows interrupted mid-send by a previous stop or crash will be sent again");
    }
    const queue: Delivery[] = [];
    this.queue = queue;
    // rows whose chat got a message a moment ago wait here (in memory) until it may receive again
    const held = new Map<number, number>();
    const inflight = new Set<Promise<void>>();
    let exhausted = false;
    try {
      while (!this.stopping) {
        if (!exhausted && queue.filter((r) => !held.has(r.id)).length < this.concurrency) {
          // about 50 ms of sending per claim: few queries, few rows held "sending" (at the paid rate
          // when paid broadcasts are on: 16 rows a claim at 1000/s made claims a large share of the sender's work)
          const l = this.limits.limits;
          const rate = l.paid ? Math.max(l.perSecond, l.paidPerSecond) : l.perSecond;
          const rows = await this.claim(Math.min(500, Math.max(2 * this.concurrency, Math.ceil(rate / 20))));
          queue.push(...rows);
          exhausted = rows.length === 0;
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
        await this.write(() => db.delivery.updateMany({
          where: { id: { in: queue.map((d) => d.id) }, state: "sending" },
          data: { state: "pending", claimedAt: null },
        }));
      }
      await this.recorder.drain();
    }
    return summary;
  }

  /**
   * Claims due rows: alerts first, then updates, then broadcasts. One
   * UPDATE … RETURNING marks them "sending" (a row cancelled meanwhile is not
   * taken). No interactive transaction: with SQLite, a lock that outlasts
   * the busy timeout during COMMIT can leave Prisma's connection stuck in a
   * transaction, while a single statement simply fails and is retried.
   */
  private async claim(n: number): Promise<Delivery[]> {
    const { db } = this.o;
    const now = new Date();
    const due = await db.delivery.findMany({
      where: { state: "pending", notBefore: { lte: now } },
      orderBy: [{ priority: "asc" }, { notBefore: "asc" }, { id: "asc" }],
      select: { id: true },
      take: n,
    });
    if (due.length === 0) return [];
    const claimed = await db.delivery.updateManyAndReturn({
      where: { id: { in: due.map((d) => d.id) }, state: "pending" },
      data: { state: "sending", claimedAt: now },
    });
    const order = new Map(due.map((d, i) => [d.id, i]));
    return claimed.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
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
      return this.afterError(d, err, summary);
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
      this.transientStreak = 0;
      this.bulk.record(true);
      this.recorder.push(d.id, messageId);
      summary.sent++;
      this.o.onSent?.(d);
    } catch (err) {
      slot.done();
      await this.afterError(d, err, summary, message);
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

  private async afterError(d: Delivery, err: unknown, summary: FlushSummary, message?: RenderedMessage): Promise<void> {
    const { db, log } = this.o;
    const description = describe(err);
    const attempts = d.attempts + 1;
    const api = err instanceof GrammyError ? err : null;
    const chat = String(d.chatId);

    if (api?.error_code === 429) {
      const retryAfter = api.parameters.retry_after ?? 1;
      const max = this.o.maxRetryAfterSec ?? 600;
      // Telegram asks the whole bot to wait: every send waits, not just this one.
      this.limits.pause(Math.min(retryAfter, max) * 1000);
      if (retryAfter > max) {
        log.error({ chatId: chat, retryAfter, max }, "Telegram asked to wait longer than SEND_MAX_RETRY_AFTER_SEC; message failed");
        await this.putBack(d, { state: "failed", attempts, lastError: description });
        this.bulk.record(false, description);
        summary.failed++;
        return;
      }
      log.warn({ chatId: chat, retryAfter }, "rate limited by Telegram");
      await this.putBack(d, { notBefore: new Date(Date.now() + retryAfter * 1000), lastError: description });
      summary.deferred++;
      return;
    }

    if (message?.editMessageId !== undefined && api && NOT_MODIFIED.test(api.description)) {
      this.recorder.push(d.id, message.editMessageId);
      summary.sent++;
      return;
    }
    if (message?.editMessageId !== undefined && api?.error_code === 400 && NOT_EDITABLE.test(api.description)) {
      // too old or deleted: the update is not worth a new message
      await this.putBack(d, { state: "sent", sentAt: new Date(), attempts, lastError: `not edited: ${description}` });
      summary.sent++;
      return;
    }

    const migrateTo = api?.parameters.migrate_to_chat_id;
    if (migrateTo !== undefined) {
      this.unqueue(d.chatId); // migrateChat moves them too
      const moved = await this.write(() => migrateChat(db, d.chatId, BigInt(migrateTo)));
      log.info({ from: chat, to: migrateTo, rows: moved }, "group migrated to a supergroup: following it");
      summary.deferred++;
      return;
    }

    if (api?.error_code === 400 && NO_THREAD.test(api.description) && d.subscriberId !== null) {
      // the forum topic is gone: send to the group itself from now on
      await this.write(() => db.subscriber.update({ where: { id: d.subscriberId! }, data: { threadId: null } }));
      await this.putBack(d, { attempts, lastError: description });
      summary.deferred++;
      return;
    }

    if (api && (api.error_code === 403 || (api.error_code === 400 && CHAT_GONE.test(api.description)))) {
      const queued = this.unqueue(d.chatId).map((r) => r.id);
      await this.write(() => deactivateChat(db, d.chatId, [d.id], description, queued));
      log.info({ chatId: chat, description }, "chat unreachable: subscriber deactivated");
      this.bulk.record(false, description);
      summary.failed++;
      return;
    }

    const transient = !api || err instanceof HttpError || api.error_code >= 500;
    this.bulk.record(false, description);
    if (transient && attempts < (this.o.maxAttempts ?? 8)) {
      // Telegram or the network is struggling: slow everyone down, not only this row
      this.transientStreak++;
      this.limits.pause(Math.min(500 * 2 ** (this.transientStreak - 1), 30_000));
      const backoffMs = Math.min(1000 * 2 ** (attempts - 1), 5 * 60_000) * (0.8 + 0.4 * Math.random());
      await this.putBack(d, { attempts, lastError: description, notBefore: new Date(Date.now() + backoffMs) });
      log.warn({ chatId: chat, attempts, description }, "send failed; will retry");
      summary.deferred++;
      return;
    }
    await this.putBack(d, { state: "failed", attempts, lastError: description });
    log.error({ chatId: chat, attempts, description }, "send failed for good");
    summary.failed++;
  }

  /** Takes a chat's claimed rows out of the queue (the chat changed or is gone). */
  private unqueue(chatId: bigint): Delivery[] {
    const out = this.queue.filter((r) => r.chatId === chatId);
    if (out.length) this.queue.splice(0, this.queue.length, ...this.queue.filter((r) => r.chatId !== chatId));
    return out;
  }

  /** Writes a row's new state (pending by default) and releases its claim. */
  private async putBack(d: Delivery, data: Prisma.DeliveryUpdateManyMutationInput): Promise<void> {
    // updateMany: the row may be gone (/stop deletes the subscriber and what it is owed); nothing to put back then
    await this.write(() => this.o.db.delivery.updateMany({ where: { id: d.id }, data: { state: "pending", claimedAt: null, ...data } }));
  }

  /** A write that must not be lost: retried while the database is briefly unavailable. */
  private write<T>(fn: () => Promise<T>): Promise<T> {
    return retryWrite(fn, this.o.log, () => this.stopping);
  }
}

/**
 * Retries a database write with backoff (the database may be locked or
 * briefly unavailable). While running it never gives up: forgetting a
 * write would leave a row "sending" and so send it twice after a restart.
 * When stopping, it gives up after about ten seconds.
 */
async function retryWrite<T>(fn: () => Promise<T>, log: Logger, stopping: () => boolean): Promise<T> {
  let delay = 50;
  const giveUpAt = () => (stopping() ? Date.now() + 10_000 : Infinity);
  let deadline = giveUpAt();
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      // a missing record or a broken constraint will not heal by waiting
      if (Date.now() > deadline || (err instanceof Prisma.PrismaClientKnownRequestError && /^P20(25|02|03)$/.test(err.code))) throw err;
      log.warn({ err: describe(err), retryInMs: delay }, "database write failed; retrying");
      await sleep(delay);
      delay = Math.min(delay * 2, 2000);
      if (deadline === Infinity) deadline = giveUpAt();
    }
  }
}

/**
 * A group became a supergroup: the subscriber and every row still owed to
 * it follow the new id (a row the new chat already owes is cancelled as a
 * duplicate). Returns rows moved.
 */
export async function migrateChat(db: Db, from: bigint, to: bigint): Promise<number> {
  // Single statements, each safe to run again (see claim): a retry after a failure finishes the job.
  const target = await db.subscriber.findUnique({ where: { chatId: to } });
  if (!target) await db.subscriber.updateMany({ where: { chatId: from }, data: { chatId: to, chatType: "supergroup" } });
  else await db.subscriber.updateMany({ where: { chatId: from }, data: { active: false } });
  const subscriberId = (target ?? (await db.subscriber.findUnique({ where: { chatId: to } })))?.id;
  const owed = await db.delivery.findMany({ where: { chatId: from, state: { in: ["pending", "sending"] } }, select: { id: true, key: true } });
  const taken = new Set(
    (await db.delivery.findMany({ where: { chatId: to, key: { in: owed.map((r) => r.key) } }, select: { key: true } })).map((r) => r.key),
  );
  const move = owed.filter((r) => !taken.has(r.key)).map((r) => r.id);
  const drop = owed.filter((r) => taken.has(r.key)).map((r) => r.id);
  await db.delivery.updateMany({
    where: { id: { in: move } },
    data: { chatId: to, state: "pending", claimedAt: null, notBefore: new Date(), ...(subscriberId ? { subscriberId } : {}) },
  });
  await db.delivery.updateMany({
    where: { id: { in: drop } },
    data: { state: "cancelled", claimedAt: null, lastError: "group migrated: already owed to the supergroup" },
  });
  return move.length;
}

/**
 * The chat blocked the bot, kicked it or is gone: stop sending to it. The
 * rows that failed are marked failed; what it is still owed (pending, and
 * the sender's `claimed` rows) is cancelled. Single statements, safe to run again.
 */
export async function deactivateChat(db: Db, chatId: bigint, failed: number[], reason: string, claimed: number[] = []): Promise<void> {
  await db.subscriber.updateMany({ where: { chatId }, data: { active: false } });
  await db.delivery.updateMany({
    where: { id: { in: failed }, state: { not: "failed" } },
    data: { state: "failed", claimedAt: null, attempts: { increment: 1 }, lastError: reason },
  });
  await db.delivery.updateMany({
    where: { chatId, OR: [{ state: "pending" }, { id: { in: claimed } }] },
    data: { state: "cancelled", claimedAt: null, lastError: `chat unreachable: ${reason}` },
  });
}

/**
 * Group commit of "sent": answers that arrive while a write runs are written
 * together by the next one, so a write follows every answer within
 * milliseconds and the database keeps up with 1000 answers a second.
 */
class SentRecorder {
  private queue: Array<{ id: number; messageId: number }> = [];
  private writing: Promise<void> | null = null;

  constructor(private readonly db: Db, private readonly log: Logger) {}

  push(id: number, messageId: number): void {
    this.queue.push({ id, messageId });
    // setImmediate: the answers already waiting on the sockets join this write (under a millisecond later)
    this.writing ??= new Promise((r) => setImmediate(r)).then(() => this.loop()).finally(() => (this.writing = null));
  }

  async drain(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async loop(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, 500);
      await retryWrite(() => this.write(batch), this.log, () => false);
    }
  }

  private async write(batch: Array<{ id: number; messageId: number }>): Promise<void> {
    // One portable UPDATE … CASE for the whole group (Prisma would issue one statement per row).
    const cases = Prisma.join(batch.map((r) => Prisma.sql`WHEN ${r.id} THEN ${r.messageId}`), " ");
    await this.db.$executeRaw`UPDATE "Delivery" SET "state" = 'sent', "sentAt" = ${new Date()}, "lastError" = NULL,
      "claimedAt" = NULL, "attempts" = "attempts" + 1, "messageId" = CASE "id" ${cases} END
      WHERE "id" IN (${Prisma.join(batch.map((r) => r.id))})`;
  }
}

/** Watches the last 100 sends; tells once when more than half failed, again only after they recovered. */
class BulkWatch {
  private outcomes: boolean[] = [];
  private failures = 0;
  private alerted = false;
  private lastError = "";

  constructor(private readonly hook?: (info: BulkFailure) => void, private readonly size = 100, private readonly minSamples = 20) {}

  record(ok: boolean, error?: string): void {
    if (!this.hook) return;
    this.outcomes.push(ok);
    if (!ok) {
      this.failures++;
      this.lastError = error ?? this.lastError;
    }
    if (this.outcomes.length > this.size && !this.outcomes.shift()) this.failures--;
    const total = this.outcomes.length;
    if (!this.alerted && total >= this.minSamples && this.failures > total / 2) {
      this.alerted = true;
      this.hook({ failed: this.failures, total, lastError: this.lastError });
    } else if (this.alerted && this.failures <= total / 4) {
      this.alerted = false;
    }
  }
}
