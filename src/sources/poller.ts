// Decides which sources are due and reads them: due sources join one queue
// served by `concurrency` workers, so a slow feed holds one worker, not the
// cycle; a source already queued or running is not queued again. What a read
// brings is stored by store.ts (what is new, what alerts), full-text articles
// owed from earlier polls are paid by owed-full-text.ts, and when the source
// is read next (or backed off, or paused) is schedule.ts's; a successful
// poll's state is committed together with those of the polls ending with it
// (poll-states.ts).
import { activeSources, recentItemKeys, savePolledStates, sourcesToPoll, type Db, type Source } from "../storage/index.js";
import type { Logger } from "../log.js";
import { itemKey } from "./items.js";
import { DEFAULT_MAX_FULL_TEXT, readSource } from "./read.js";
import { FetchError, type HttpLimits } from "./fetched.js";
import { AUTO, describeFailure, nextCheck, recordFailure } from "./schedule.js";
import { storeNewItems } from "./store.js";
import { payOwedFullText } from "./owed-full-text.js";
import { PollStateWriter } from "./poll-states.js";

export { describeFailure, MAX_RETRY_AFTER_SEC, recentSince } from "./schedule.js";

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
  /** each source polled, in the order they finished */
  sources: SourceResult[];
  /** when none was due: how many sources wait for their next poll (0: no source at all) */
  waiting?: number;
}

export interface SourceResult {
  name: string;
  /** new items to analyse; -1 when the poll failed */
  fresh: number;
  /** why it failed, for people («not reachable (ENOTFOUND)») */
  problem?: string;
}

interface Queued {
  source: Source;
  done: (r: SourceResult) => void;
}

export class Poller {
  private readonly running = new Set<number>();
  private readonly now: () => Date;

  /** the states of polls that end together are committed together */
  private readonly states: PollStateWriter;

  constructor(private readonly opts: PollerOptions) {
    this.now = opts.now ?? (() => new Date());
    this.states = new PollStateWriter((rows) => savePolledStates(opts.db, rows, { resumablePrefix: AUTO }));
  }

  private readonly queue: Queued[] = [];
  private readonly queued = new Set<number>();
  private active = 0;

  /**
   * Polls every due source (`all`: every active one) through the queue;
   * resolves when these sources are done. A source already queued or running
   * (a slow one from an earlier tick) is skipped, not waited for.
   */
  async pollDue(opts: { all?: boolean } = {}): Promise<PollSummary> {
    const now = this.now();
    // `--once` (all): every active source, due or not
    const due = await sourcesToPoll(this.opts.db, now, { all: opts.all ?? false, resumablePrefix: AUTO });
    const todo = due.filter((s) => !this.running.has(s.id) && !this.queued.has(s.id));
    const results = await Promise.all(todo.map((source) => new Promise<SourceResult>((done) => {
      this.queued.add(source.id);
      this.queue.push({ source, done });
      this.pump();
    })));
    const summary: PollSummary = { polled: results.length, failed: 0, newItems: 0, sources: results };
    // a tick with nothing due: sources waiting (nothing to say) or none at all (something to fix)
    if (results.length === 0) summary.waiting = (await activeSources(this.opts.db)).length;
    for (const r of results) {
      if (r.fresh < 0) summary.failed++;
      else summary.newItems += r.fresh;
    }
    return summary;
  }

  /** Starts queued sources while workers are free. */
  private pump(): void {
    while (this.active < this.opts.concurrency && this.queue.length) {
      const { source, done } = this.queue.shift()!;
      this.queued.delete(source.id);
      this.active++;
      void this.poll(source).then((r) => {
        this.active--;
        done(r);
        this.pump();
      });
    }
  }

  /** Reads one source; returns the number of new items, or -1 when it failed. Never throws. */
  async pollSource(source: Source): Promise<number> {
    return (await this.poll(source)).fresh;
  }

  private async poll(source: Source): Promise<SourceResult> {
    if (this.running.has(source.id)) return { name: source.name, fresh: 0 };
    this.running.add(source.id);
    const log = this.opts.log.child({ source: source.name, sourceId: source.id });
    try {
      // only a full-text source needs them (which items deserve an article fetch): a query saved per poll otherwise
      const known = source.fullText ? await this.recentKeys(source.id) : new Set<string>();
      const result = await readSource(
        { url: source.url, kind: source.kind === "telegram" ? "telegram" : "feed", fullText: source.fullText },
        { etag: source.etag, lastModified: source.lastModified },
        {
          ...(this.opts.limits ? { limits: this.opts.limits } : {}),
          allowPrivate: this.opts.allowPrivate ?? false,
          fullTextFor: (item) => !known.has(itemKey(item)),
        },
      );
      const owed = new Set(result.fullText?.deferred ?? []);
      const stored = { db: this.opts.db, log, now: this.now(), recentWindowMin: this.opts.recentWindowMin };
      let fresh = result.notModified ? 0 : await storeNewItems(stored, source, result.items, owed);
      if (source.fullText && source.kind !== "telegram") {
        fresh += await payOwedFullText(
          { db: this.opts.db, log, now: this.now, ...(this.opts.limits ? { limits: this.opts.limits } : {}), allowPrivate: this.opts.allowPrivate ?? false },
          source,
          DEFAULT_MAX_FULL_TEXT - (result.fullText?.attempted ?? 0),
        );
      }
      const now = this.now();
      await this.states.save(source.id, {
        etag: result.etag ?? source.etag,
        lastModified: result.lastModified ?? source.lastModified,
        lastPollAt: now,
        lastSuccessAt: now,
        firstPolledAt: source.firstPolledAt ?? now,
        consecutiveFailures: 0,
        lastError: null,
        nextPollAt: nextCheck(now, source.intervalSec, result.freshUntil),
      }, fresh);
      if (result.fullText?.failed.length) log.warn({ failed: result.fullText.failed }, "article pages could not be read; teasers kept");
      log.debug({ fresh, notModified: result.notModified }, "source polled");
      if (fresh > 0) this.opts.onNewItems?.(fresh);
      return { name: source.name, fresh };
    } catch (err) {
      if (err instanceof FetchError && err.kind === "aborted") return { name: source.name, fresh: 0 }; // shutting down: not the source's fault
      const paused = await recordFailure(this.opts.db, source, err as Error, { now: this.now(), maxFailures: this.opts.maxFailures, log });
      if (paused !== null) this.opts.onSourcePaused?.(source, paused);
      return { name: source.name, fresh: -1, problem: describeFailure(err) };
    } finally {
      this.running.delete(source.id);
    }
  }

  private async recentKeys(sourceId: number): Promise<Set<string>> {
    return recentItemKeys(this.opts.db, sourceId, 1000);
  }
}
