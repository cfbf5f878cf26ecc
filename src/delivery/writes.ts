// Writes the sender must not lose. A write that fails while the database is
// briefly unavailable (locked by another process) is retried, never dropped:
// forgetting one would leave a row "sending" and so send it twice after a
// restart; and a write retried after its answer was lost (it had committed)
// changes nothing the second time (recordSent skips rows already sent).
// "sent" is written by group commit: answers that arrive while a write runs
// are written together by the next one, so a write follows every answer
// within milliseconds and the database keeps up with 1000 a second.
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

/** Group commit of "sent" rows with their message ids. */
export class SentRecorder {
  private queue: Array<{ id: number; messageId: number }> = [];
  private writing: Promise<void> | null = null;

  /** `failed`: a write failed and is being retried (answers are kept meanwhile) */
  constructor(private readonly db: Db, private readonly log: Logger, private readonly failed?: () => void) {}

  push(id: number, messageId: number): void {
    this.queue.push({ id, messageId });
    this.start();
  }

  private start(): void {
    // setImmediate: the answers already waiting on the sockets join this write (under a millisecond later).
    // An answer pushed after the loop saw its queue empty but before `writing` is cleared starts the next
    // write here: left waiting, drain() would not see it and a stop would leave a sent row marked "sending".
    this.writing ??= new Promise((r) => setImmediate(r))
      .then(() => this.loop())
      .finally(() => {
        this.writing = null;
        if (this.queue.length) this.start();
      });
  }

  async drain(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async loop(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, 500);
      await retryWrite(() => recordSent(this.db, batch), this.log, () => false, this.failed);
    }
  }
}
