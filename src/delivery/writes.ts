// Writes the sender must not lose. A write that fails while the database is
// briefly unavailable (locked by another process) is retried, never dropped:
// forgetting one would leave a row "sending" and so send it twice after a
// restart; and a write retried after its answer was lost (it had committed)
// changes nothing the second time (recordSent skips rows already sent).
// "sent" is written by group commit: answers that arrive while a write runs,
// or within GROUP_MS of its start, are written together by the next one. On
// SQLite every commit waits for the disk (synchronous FULL, README
// "Database"), 1.6–4 ms here during which the event loop is blocked: one
// commit per answer or two (what came in while the last one ran) cost a third
// of the sender's time at 1000/s. So while answers keep arriving, commits are
// spaced GROUP_MS apart (~50 rows each at 1000/s); an answer after a quiet
// spell is written at once, and drain() writes everything without waiting.
import type { Logger } from "../log.js";
import { isPermanentWriteError, recordSent, type Db } from "../storage/index.js";

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

/**
 * Retries a database write with backoff. While running it never gives up;
 * when `stopping()`, it gives up after about ten seconds. `failed` hears of
 * each failure that is retried (the sender stops sending meanwhile).
 */
export async function retryWrite<T>(fn: () => Promise<T>, log: Logger, stopping: () => boolean, failed?: () => void): Promise<T> {
  let delay = 50;
  const giveUpAt = () => (stopping() ? Date.now() + 10_000 : Infinity);
  let deadline = giveUpAt();
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      // a missing record or a broken constraint will not heal by waiting
      if (Date.now() > deadline || isPermanentWriteError(err)) throw err;
      failed?.();
      log.warn({ err, retryInMs: delay }, "database write failed; retrying");
      await sleep(delay);
      delay = Math.min(delay * 2, 2000);
      if (deadline === Infinity) deadline = giveUpAt();
    }
  }
}

/**
 * Least time between the starts of two group commits while answers keep
 * arriving. It bounds what a SIGKILL can leave unwritten (sender.ts): answers
 * of the last GROUP_MS and of the write under way, ~60 messages at 1000/s.
 */
export const GROUP_MS = 50;
/** Rows in one statement; a queue this long is written without waiting for GROUP_MS. */
const MAX_BATCH = 500;

/** Group commit of "sent" rows with their message ids. */
export class SentRecorder {
  private queue: Array<{ id: number; messageId: number }> = [];
  private writing: Promise<void> | null = null;
  /** performance.now() when the last write began */
  private lastWrite = -Infinity;
  /** ends the wait for GROUP_MS early (drain(), a full batch) */
  private hurry: (() => void) | null = null;
  /** drain() calls under way: nothing waits for GROUP_MS meanwhile */
  private draining = 0;

  /**
   * `failed`: a write failed and is being retried (answers are kept meanwhile).
   * `groupMs`: see GROUP_MS.
   */
  constructor(private readonly db: Db, private readonly log: Logger, private readonly failed?: () => void, private readonly groupMs = GROUP_MS) {}

  push(id: number, messageId: number): void {
    this.queue.push({ id, messageId });
    if (this.queue.length >= MAX_BATCH) this.hurry?.();
    this.start();
  }

  private start(): void {
    // An answer pushed after the loop saw its queue empty but before `writing` is cleared starts the next
    // write here: left waiting, drain() would not see it and a stop would leave a sent row marked "sending".
    this.writing ??= this.spacing()
      .then(() => this.loop())
      .finally(() => {
        this.writing = null;
        if (this.queue.length) this.start();
      });
  }

  /** Writes everything pushed so far, and whatever is pushed until it returns, without waiting for GROUP_MS. */
  async drain(): Promise<void> {
    this.draining++;
    try {
      this.hurry?.();
      while (this.writing) await this.writing;
    } finally {
      this.draining--;
    }
  }

  /**
   * Until GROUP_MS after the last write began (unless draining or the batch is
   * full), and at least until the answers already waiting on the sockets have
   * joined (setImmediate, under a millisecond).
   */
  private spacing(): Promise<void> {
    const ms = this.lastWrite + this.groupMs - performance.now();
    if (ms <= 0 || this.draining || this.queue.length >= MAX_BATCH) return new Promise((r) => setImmediate(r));
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.hurry = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.hurry = done;
    });
  }

  private async loop(): Promise<void> {
    for (;;) {
      const batch = this.queue.splice(0, MAX_BATCH);
      if (!batch.length) return;
      this.lastWrite = performance.now();
      await retryWrite(() => recordSent(this.db, batch), this.log, () => false, this.failed);
      if (!this.queue.length) return;
      await this.spacing();
    }
  }
}
