// Group commit of the sources' poll states. Every poll ends by writing its
// source's state (validators, when it is read next); one commit each made a
// cycle where every feed answers 304 cost one sync to disk per source, most
// of its time. Polls that finish while a write is waiting are written by the
// same statement; each poll still waits until its state is committed, so the
// order of the hand-offs is unchanged (the items first, then the validators
// that say they were read).
import type { PolledState } from "../storage/index.js";

export interface PolledRow {
  id: number;
  state: PolledState;
  newItems: number;
}

interface Waiting {
  row: PolledRow;
  done: () => void;
  failed: (err: unknown) => void;
}

export class PollStateWriter {
  private queue: Waiting[] = [];
  private writing: Promise<void> | null = null;

  /** `write`: one statement for the rows (storage's savePolledStates) */
  constructor(private readonly write: (rows: PolledRow[]) => Promise<void>) {}

  /** Resolves once the state is committed; rejects with the write's error (every poll of that batch fails). */
  save(id: number, state: PolledState, newItems: number): Promise<void> {
    return new Promise((done, failed) => {
      this.queue.push({ row: { id, state, newItems }, done, failed });
      this.kick();
    });
  }

  private kick(): void {
    // setImmediate: the polls whose answers are already waiting on their sockets join this write
    this.writing ??= new Promise((r) => setImmediate(r))
      .then(() => this.loop())
      .finally(() => {
        this.writing = null;
        if (this.queue.length) this.kick(); // pushed between the loop's end and now
      });
  }

  private async loop(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0);
      try {
        await this.write(batch.map((w) => w.row));
        for (const w of batch) w.done();
      } catch (err) {
        for (const w of batch) w.failed(err);
      }
    }
  }
}
