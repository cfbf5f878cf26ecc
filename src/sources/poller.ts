// Decides which sources are due, reads them, and stores what is new, once.
// A source's first poll is a baseline: what is already there is recorded
// without alerting, except items published within the recent window.
import {
  isUniqueViolation, recentItemKeys, sourcesToPoll, storedItemKeys, storeFeedItem, updateSource, type Db, type Source,
} from "../storage/index.js";
import type { Logger } from "../log.js";
import { itemKey, type SourceItem } from "./items.js";
import { readSource } from "./read.js";
import { FetchError, type HttpLimits } from "./http.js";

export interface PollerOptions {
  db: Db;
  log: Logger;
  now?: () => Date;
  concurrency: number;
  recentWindowMin: number;
  maxFailures: number;
  limits?: Partial<HttpLimits>;
  /**
   * Fetch sources (and their article links) on loopback/private addresses:
   * config.ALLOW_PRIVATE_SOURCES. Default false, so a feed redirected or
   * re-resolved to 127.0.0.1, the LAN or cloud metadata fails instead.
   */
  allowPrivate?: boolean;
  /** Called after a source stored new items (the pipeline processes them). */
  onNewItems?: (count: number) => void;
  /** Called when a source is paused automatically after repeated failures. */
  onSourcePaused?: (source: Source, reason: string) => void;
}

export interface PollSummary {
  polled: number;
  failed: number;
  newItems: number;
}

const AUTO = "auto: ";

/** The source's own interval, or later when its Cache-Control/Expires says so (capped). */
function nextCheck(now: Date, intervalSec: number, freshUntil: Date | null): Date {
  const base = now.getTime() + intervalSec * 1000;
  const fresh = freshUntil ? Math.min(freshUntil.getTime(), now.getTime() + MAX_BACKOFF_SEC * 1000) : 0;
  return new Date(Math.max(base, fresh));
}
const MAX_BACKOFF_SEC = 6 * 3600;
const AUTO_RESUME_SEC = 24 * 3600;

export class Poller {
  private readonly running = new Set<number>();
  private readonly now: () => Date;

  constructor(private readonly opts: PollerOptions) {
    this.now = opts.now ?? (() => new Date());
  }

  /** Polls every due source (`all`: every active one) concurrently, bounded; a source still running from an earlier tick is skipped. */
  async pollDue(opts: { all?: boolean } = {}): Promise<PollSummary> {
    const now = this.now();
    // `--once` (all): every active source, due or not
    const due = await sourcesToPoll(this.opts.db, now, { all: opts.all ?? false, resumablePrefix: AUTO });
    const todo = due.filter((s) => !this.running.has(s.id));
    const summary: PollSummary = { polled: 0, failed: 0, newItems: 0 };
    let next = 0;
    const worker = async () => {
      while (next < todo.length) {
        const source = todo[next++]!;
        const fresh = await this.pollSource(source);
        summary.polled++;
        if (fresh < 0) summary.failed++;
        else summary.newItems += fresh;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.opts.concurrency, todo.length) }, worker));
    return summary;
  }

  /** Reads one source; returns the number of new items, or -1 when it failed. Never throws. */
  async pollSource(source: Source): Promise<number> {
    if (this.running.has(source.id)) return 0;
    this.running.add(source.id);
    const log = this.opts.log.child({ source: source.name, sourceId: source.id });
    try {
      const known = await this.recentKeys(source.id);
      const result = await readSource(
        { url: source.url, kind: source.kind === "telegram" ? "telegram" : "feed", fullText: source.fullText },
        { etag: source.etag, lastModified: source.lastModified },
        {
          ...(this.opts.limits ? { limits: this.opts.limits } : {}),
          allowPrivate: this.opts.allowPrivate ?? false,
          fullTextFor: (item) => !known.has(itemKey(item)),
        },
      );
      const fresh = result.notModified ? 0 : await this.store(source, result.items, log);
      const now = this.now();
      await updateSource(this.opts.db, source.id, {
        etag: result.etag ?? source.etag,
        lastModified: result.lastModified ?? source.lastModified,
        lastPollAt: now,
        lastSuccessAt: now,
        firstPolledAt: source.firstPolledAt ?? now,
        consecutiveFailures: 0,
        lastError: null,
        paused: source.pausedReason?.startsWith(AUTO) ? false : source.paused,
        pausedReason: source.pausedReason?.startsWith(AUTO) ? null : source.pausedReason,
        nextPollAt: nextCheck(now, source.intervalSec, result.freshUntil),
      }, fresh);
      if (result.fullText?.failed.length) log.warn({ failed: result.fullText.failed }, "article pages could not be read; teasers kept");
      log.debug({ fresh, notModified: result.notModified }, "source polled");
      if (fresh > 0) this.opts.onNewItems?.(fresh);
      return fresh;
    } catch (err) {
      if (err instanceof FetchError && err.kind === "aborted") return 0; // shutting down: not the source's fault
      await this.recordFailure(source, err as Error, log);
      return -1;
    } finally {
      this.running.delete(source.id);
    }
  }

  private async recentKeys(sourceId: number): Promise<Set<string>> {
    return recentItemKeys(this.opts.db, sourceId, 1000);
  }

  private async store(source: Source, items: SourceItem[], log: Logger): Promise<number> {
    const baseline = source.firstPolledAt === null;
    const now = this.now();
    const recentSince = now.getTime() - this.opts.recentWindowMin * 60_000;
    const byKey = new Map<string, SourceItem>();
    for (const item of items) {
      const key = itemKey(item);
      if (!byKey.has(key)) byKey.set(key, item);
    }
    if (byKey.size === 0) return 0;
    const seen = await storedItemKeys(this.opts.db, source.id, [...byKey.keys()]);
    let fresh = 0;
    for (const [key, item] of byKey) {
      if (seen.has(key)) continue;
      // On the baseline poll, old items are stored as already processed: no alert.
      const alert = !baseline || (item.publishedAt !== null && item.publishedAt.getTime() >= recentSince);
      try {
        await storeFeedItem(this.opts.db, {
          sourceId: source.id,
          key,
          guid: item.guid,
          url: item.link,
          title: item.title,
          text: item.text,
          publishedAt: item.publishedAt,
          processedAt: alert ? null : now,
        });
        if (alert) fresh++;
      } catch (err) {
        // Stored first by a concurrent poll of the same source (unique key): not new. Any other
        // error fails the poll, so that the ETag is not saved and the item is fetched again.
        if (!isUniqueViolation(err)) throw err;
        log.debug({ key }, "item already stored");
      }
    }
    if (baseline) log.info({ recorded: byKey.size - seen.size, alerting: fresh }, "baseline poll: existing items recorded");
    return fresh;
  }

  private async recordFailure(source: Source, err: Error, log: Logger): Promise<void> {
    const failures = source.consecutiveFailures + 1;
    const now = this.now();
    const reason = `${err.name === "Error" ? "" : err.name + ": "}${err.message}`.slice(0, 500);
    const pause = failures >= this.opts.maxFailures;
    const backoffSec = pause
      ? AUTO_RESUME_SEC
      : Math.min(source.intervalSec * 2 ** Math.min(failures, 16), MAX_BACKOFF_SEC);
    log.warn({ failures, backoffSec, err: reason }, "source failed");
    try {
      await updateSource(this.opts.db, source.id, {
        consecutiveFailures: failures,
        lastError: reason,
        lastErrorAt: now,
        lastPollAt: now,
        nextPollAt: new Date(now.getTime() + backoffSec * 1000),
        ...(pause && !source.paused ? { paused: true, pausedReason: `${AUTO}${failures} consecutive failures; last: ${reason}` } : {}),
      });
    } catch (dbErr) {
      log.error({ err: dbErr }, "could not record the source failure");
      return;
    }
    if (pause && !source.paused) this.opts.onSourcePaused?.(source, reason);
  }
}
