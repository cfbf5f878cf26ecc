// A reader that stops early (`… | head`) closes the pipe, and the CLI's next write to stdout fails with
// EPIPE. The reader has what it wanted: the CLI stops writing and ends as it would have — its `finally`
// blocks still run (replay's scratch database is closed and removed), its exit code stays its own — rather
// than printing a stack trace, or exiting on the spot and leaving files behind.

/** Called by each CLI's main (not at import: tests import the CLIs' functions). */
export function stopQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
    // nobody reads any more: every later write is dropped (the streams of the CLIs take the result as written)
    const dropped = (_chunk: unknown, ...rest: unknown[]): boolean => {
      const done = rest.find((r): r is () => void => typeof r === "function");
      done?.();
      return true;
    };
    process.stdout.write = dropped;
  });
}
