// A reader that stops early (`… | head`) closes the pipe, and the CLI's next write to stdout fails with
// EPIPE. The reader has what it wanted: the CLI stops quietly instead of printing a stack trace.

/** Called by each CLI's main (not at import: tests import the CLIs' functions). */
export function stopQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
}
