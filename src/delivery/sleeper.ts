// The sender's one way to wait: until a time, an answer from Telegram (it can
// free a place in a rate window before the computed time), or until woken
// (new rows, stop()). Never a spin: a wait already over yields to timers.
export class Sleeper {
  private interrupt: (() => void) | null = null;

  /** Sleeps until `at` (performance.now() time; Infinity = no timer), one of `inflight` settles, or wake(). */
  async until(at: number, inflight: Iterable<Promise<void>>): Promise<void> {
    const ms = at - performance.now();
    if (ms <= 0) return new Promise((r) => setImmediate(r));
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

  /** Ends the current sleep early (nothing when not sleeping). */
  wake(): void {
    this.interrupt?.();
  }
}
