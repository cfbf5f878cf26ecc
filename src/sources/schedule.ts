// When a source is read next, and what a failed read does to it: the source's
// own interval (or later when its server says so), exponential backoff on
// failures bounded by MAX_BACKOFF_SEC, a Retry-After honoured up to a bound,
// and an automatic pause after too many failures in a row, retried once a day.
import { autoPauseSource, saveSourceState, type Db, type Source } from "../storage/index.js";
import type { Logger } from "../log.js";
import { FetchError } from "./fetched.js";

/** Prefix of a pause reason set by the poller itself (retried once a day; an admin's pause is not). */
export const AUTO = "auto: ";

const MAX_BACKOFF_SEC = 6 * 3600;
const AUTO_RESUME_SEC = 24 * 3600;
/** A server's Retry-After is honoured up to this (a year-long one would silence a source for good). */
export const MAX_RETRY_AFTER_SEC = 6 * 3600;
/** A source back after a long outage alerts at most this far back (older news is only recorded). */
const MAX_CATCH_UP_MS = 24 * 3600_000;

/** The source's own interval, or later when its Cache-Control/Expires says so (capped). */
export function nextCheck(now: Date, intervalSec: number, freshUntil: Date | null): Date {
  const base = now.getTime() + intervalSec * 1000;
  const fresh = freshUntil ? Math.min(freshUntil.getTime(), now.getTime() + MAX_BACKOFF_SEC * 1000) : 0;
  return new Date(Math.max(base, fresh));
}

/**
 * Items published before this are only recorded: the recent window before
 * the last successful poll (now, on the first poll), bounded by MAX_CATCH_UP_MS.
 */
export function recentSince(lastSuccessAt: Date | null, now: Date, recentWindowMin: number): number {
  const from = Math.min(lastSuccessAt?.getTime() ?? now.getTime(), now.getTime());
  return Math.max(from - recentWindowMin * 60_000, now.getTime() - MAX_CATCH_UP_MS);
}

/** A failed poll in words for people reading a terminal (the log keeps the exact error). */
export function describeFailure(err: unknown): string {
  if (err instanceof FetchError) {
    if (err.kind === "network") {
      const code = /^(E[A-Z_]+):/.exec(err.message)?.[1];
      return `not reachable (${code ?? err.message})`;
    }
    if (err.kind === "timeout") return `no answer in time (${err.message})`;
    if (err.kind === "private-address") return "refused: a private or local address (ALLOW_PRIVATE_SOURCES)";
    if (err.kind === "http") return `answered ${err.message}`;
    return err.message;
  }
  return err instanceof Error ? err.message : String(err);
}

/**
 * Records a failed poll: backs the source off (or pauses it after `maxFailures`
 * in a row). Returns the reason when this failure paused it (null otherwise). Never throws.
 */
export async function recordFailure(db: Db, source: Source, err: Error, o: { now: Date; maxFailures: number; log: Logger }): Promise<string | null> {
  const { now, log } = o;
  const failures = source.consecutiveFailures + 1;
  const reason = `${err.name === "Error" ? "" : err.name + ": "}${err.message}`.slice(0, 500);
  const pause = failures >= o.maxFailures;
  const retryAfter = err instanceof FetchError && err.retryAfterSec !== undefined ? Math.min(err.retryAfterSec, MAX_RETRY_AFTER_SEC) : 0;
  const backoffSec = pause
    ? AUTO_RESUME_SEC
    : Math.max(Math.min(source.intervalSec * 2 ** Math.min(failures, 16), MAX_BACKOFF_SEC), retryAfter);
  log.warn({ failures, backoffSec, err: reason }, "source failed");
  try {
    await saveSourceState(db, source.id, {
      consecutiveFailures: failures,
      lastError: reason,
      lastErrorAt: now,
      lastPollAt: now,
      nextPollAt: new Date(now.getTime() + backoffSec * 1000),
    });
    // decided by the row, not by this poll's copy of it (an admin may have paused it meanwhile)
    return pause && (await autoPauseSource(db, source.id, `${AUTO}${failures} consecutive failures; last: ${reason}`)) ? reason : null;
  } catch (dbErr) {
    log.error({ err: dbErr }, "could not record the source failure");
    return null;
  }
}
