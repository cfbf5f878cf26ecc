// The sender's one way to wait: until a time, an answer from Telegram (it can
// free a place in a rate window before the computed time), or until woken
// (new rows, stop()). Never a spin: a wait already over yields to timers.
// A wake that comes while the loop is not asleep (it is awaiting a claim or a
// write) is kept for the next sleep: lost, it left the loop asleep on a request
// in flight while new rows (or a lapsed lease) waited for it.
export class Sleeper {
  private interrupt: (() => void) | null = null;
  private pendingWake = false;

  /** Sleeps until `at` (performance.now() time; Infinity = no timer), one of `inflight` settles, or wake(). */
  async until(at: number, inflight: Iterable<Promise<void>>): Promise<void> {
    const ms = at - performance.now();
    if (ms <= 0 || this.pendingWake) {
      this.pendingWake = false;
      return new Promise((r) => setImmediate(r));
    }
    await new Promise<void>((resolve) => {
      const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.interrupt = done;
      for (const p of inflight) void p.then(done, done);
    });
    this.interrupt = null;
  }

  /** Ends the current sleep early, or the next one at once when not sleeping. */
  wake(): void {
    if (this.interrupt) this.interrupt();
    else this.pendingWake = true;
  }
}
