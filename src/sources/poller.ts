// Decides which sources are due, reads them, and stores what is new, once.
// A source's first poll is a baseline: what is already there is recorded
// without alerting, except items published within the recent window. Later
// polls alert what was published since the window before the source's last
// successful poll, so a source backed off for hours loses nothing meanwhile.
//
// What is "new": an item is known by its key (guid, else link, else content
// hash), but also by its link and by its content, so that a feed whose guids
// change on every fetch does not re-publish its items as news. Content alone
// identifies an item only recently (HASH_MEMORY_MS) or at the same date: a
// formulaic flash («عاجل | انفجار في أربيل») posted again weeks later is news.
// An item known by key or link whose text changed (a toll raised by editing
// the item, the article's full text fetched later) is stored again as a
// revision (`<key>#r<n>`, numbered after the highest one stored), which the
// incidents stage reads as one more report of its event: an update when the
// facts changed, nothing otherwise.
//
// Scheduling: due sources join one queue served by `concurrency` workers, so
// a slow feed holds one worker, not the cycle; a source already queued or
// running is not queued again.
import {
  activeSources, fullTextPaid, isUniqueViolation, itemsOwedFullText, knownItems, recentItemKeys, setItemContentHash, sourcesToPoll, storeFeedItems,
  updateSource, type Db, type KnownItem, type NewFeedItem, type Source,
} from "../storage/index.js";
import type { Logger } from "../log.js";
import { contentHash, itemKey, type SourceItem } from "./items.js";
import { DEFAULT_MAX_FULL_TEXT, fillFullText, readSource } from "./read.js";
import { FetchError, type HttpLimits } from "./fetched.js";

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

const AUTO = "auto: ";

/** The source's own interval, or later when its Cache-Control/Expires says so (capped). */
function nextCheck(now: Date, intervalSec: number, freshUntil: Date | null): Date {
  const base = now.getTime() + intervalSec * 1000;
  const fresh = freshUntil ? Math.min(freshUntil.getTime(), now.getTime() + MAX_BACKOFF_SEC * 1000) : 0;
  return new Date(Math.max(base, fresh));
}
const MAX_BACKOFF_SEC = 6 * 3600;
const AUTO_RESUME_SEC = 24 * 3600;
/** A server's Retry-After is honoured up to this (a year-long one would silence a source for good). */
export const MAX_RETRY_AFTER_SEC = 6 * 3600;
/** An edit of an item first seen longer ago than this is recorded, not analysed (the event is history). */
const EDIT_WINDOW_MS = 12 * 3600_000;
/** Revisions kept per item: a feed that changes a counter in every item's text is not an edit per poll. */
const MAX_REVISIONS = 5;
/** Same words under another key are the same item only when seen this recently (or dated the same). */
const HASH_MEMORY_MS = 48 * 3600_000;
/** A source back after a long outage alerts at most this far back (older news is only recorded). */
const MAX_CATCH_UP_MS = 24 * 3600_000;

const baseKey = (key: string) => key.replace(/#r\d+$/, "");
const revisionNo = (key: string) => Number(/#r(\d+)$/.exec(key)?.[1] ?? 0);

/** The number of `base`'s next revision: after the highest one among `known` (1 when there is none). */
function nextRevision(known: Array<Pick<KnownItem, "key">>, base: string): number {
  let top = 0;
  for (const k of known) if (baseKey(k.key) === base) top = Math.max(top, revisionNo(k.key));
  return top + 1;
}

/**
 * Items published before this are only recorded: the recent window before
 * the last successful poll (now, on the first poll), bounded by MAX_CATCH_UP_MS.
 */
export function recentSince(lastSuccessAt: Date | null, now: Date, recentWindowMin: number): number {
  const from = Math.min(lastSuccessAt?.getTime() ?? now.getTime(), now.getTime());
  return Math.max(from - recentWindowMin * 60_000, now.getTime() - MAX_CATCH_UP_MS);
}

interface Queued {
  source: Source;
  done: (r: SourceResult) => void;
}

export class Poller {
  private readonly running = new Set<number>();
  private readonly now: () => Date;

  constructor(private readonly opts: PollerOptions) {
    this.now = opts.now ?? (() => new Date());
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
      let fresh = result.notModified ? 0 : await this.store(source, result.items, log, new Set(result.fullText?.deferred ?? []));
      if (source.fullText && source.kind !== "telegram") {
        fresh += await this.payOwedFullText(source, DEFAULT_MAX_FULL_TEXT - (result.fullText?.attempted ?? 0), log);
      }
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
      return { name: source.name, fresh };
    } catch (err) {
      if (err instanceof FetchError && err.kind === "aborted") return { name: source.name, fresh: 0 }; // shutting down: not the source's fault
      await this.recordFailure(source, err as Error, log);
      return { name: source.name, fresh: -1, problem: describeFailure(err) };
    } finally {
      this.running.delete(source.id);
    }
  }

  private async recentKeys(sourceId: number): Promise<Set<string>> {
    return recentItemKeys(this.opts.db, sourceId, 1000);
  }

  /**
   * Stores what is new in one batch; returns how many items are to be analysed.
   * `owed`: items whose article was past this poll's cap (their teaser is stored, the article fetched later).
   */
  private async store(source: Source, items: SourceItem[], log: Logger, owed: Set<SourceItem> = new Set()): Promise<number> {
    const baseline = source.firstPolledAt === null;
    const now = this.now();
    const since = recentSince(source.lastSuccessAt, now, this.opts.recentWindowMin);
    const hashesSince = now.getTime() - HASH_MEMORY_MS;
    const byKey = new Map<string, SourceItem>();
    for (const item of items) {
      const key = itemKey(item);
      if (!byKey.has(key)) byKey.set(key, item);
    }
    if (byKey.size === 0) return 0;
    // a link several items of this feed share (a home page) says nothing about identity
    const links = new Map<string, number>();
    for (const item of byKey.values()) if (item.link) links.set(item.link, (links.get(item.link) ?? 0) + 1);
    const entries = [...byKey].map(([key, item]) => ({
      key, item, hash: contentHash(item), link: item.link && links.get(item.link) === 1 ? item.link : null,
    }));
    const known = await knownItems(this.opts.db, source.id, {
      keys: entries.map((e) => e.key),
      urls: entries.flatMap((e) => (e.link ? [e.link] : [])),
      hashes: entries.map((e) => e.hash),
      hashesSince: new Date(hashesSince),
      publishedAt: entries.flatMap((e) => (e.item.publishedAt ? [e.item.publishedAt] : [])),
    });
    const batch = new Set<string>(); // hashes stored by this poll
    const rows: NewFeedItem[] = [];
    const legacy: Array<{ id: number; hash: string }> = [];
    for (const { key, item, hash, link } of entries) {
      const related = known.filter((k) => baseKey(k.key) === key || (link !== null && k.url === link));
      if (batch.has(hash) || related.some((k) => k.contentHash === hash)) continue; // the same words under its own key or link
      // the same words under another key: the same item only if seen recently or dated the same
      if (known.some((k) => k.contentHash === hash && (k.seenAt.getTime() >= hashesSince || sameDate(k.publishedAt, item.publishedAt)))) continue;
      batch.add(hash);
      const row = { sourceId: source.id, seenAt: now, guid: item.guid, url: item.link, title: item.title, text: item.text, publishedAt: item.publishedAt, contentHash: hash, fullTextOwed: owed.has(item) };
      if (related.length === 0) {
        // Old news is recorded, never alerted: on the baseline poll an undated item too.
        const recent = item.publishedAt === null ? !baseline : item.publishedAt.getTime() >= since;
        rows.push({ ...row, key, processedAt: recent ? null : now });
        continue;
      }
      const first = related[0]!;
      if (related.some((k) => k.contentHash === null)) {
        legacy.push({ id: first.id, hash }); // stored before content hashes existed: take today's as its own
        continue;
      }
      const base = baseKey(first.key);
      const n = nextRevision([...known, ...rows], base);
      if (n >= MAX_REVISIONS) continue;
      rows.push({ ...row, key: `${base}#r${n}`, processedAt: isEditable(first, item.publishedAt, now) ? null : now });
    }
    await this.write(rows, log);
    for (const l of legacy) await setItemContentHash(this.opts.db, l.id, l.hash);
    const fresh = rows.filter((r) => r.processedAt === null).length;
    if (baseline) log.info({ recorded: rows.length, alerting: fresh }, "baseline poll: existing items recorded");
    return fresh;
  }

  /** One statement for the poll's rows; should a concurrent poll have stored one first (unique key), row by row. */
  private async write(rows: NewFeedItem[], log: Logger): Promise<void> {
    try {
      await storeFeedItems(this.opts.db, rows);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      for (const row of rows) {
        try {
          await storeFeedItems(this.opts.db, [row]);
        } catch (e) {
          // Any other error fails the poll, so that the ETag is not saved and the item is fetched again.
          if (!isUniqueViolation(e)) throw e;
          log.debug({ key: row.key }, "item already stored");
          row.processedAt ??= new Date(); // stored by the other poll: not counted as fresh here
        }
      }
    }
  }

  /**
   * Articles of earlier items stored with their teaser (past an earlier poll's
   * cap): fetched now, each becoming a revision of its item when the article
   * says more. Returns how many revisions are to be analysed.
   */
  private async payOwedFullText(source: Source, budget: number, log: Logger): Promise<number> {
    if (budget <= 0) return 0;
    const owed = await itemsOwedFullText(this.opts.db, source.id, budget);
    if (!owed.length) return 0;
    const items: SourceItem[] = owed.map((o) => ({ guid: o.guid, link: o.url, title: o.title, text: o.text, publishedAt: o.publishedAt }));
    const report = await fillFullText(items, {
      ...(this.opts.limits ? { limits: this.opts.limits } : {}),
      allowPrivate: this.opts.allowPrivate ?? false,
      maxFullText: budget,
    });
    const now = this.now();
    // numbered like store()'s: an edit of the item may have taken #r1 already
    const revisions = await knownItems(this.opts.db, source.id, {
      keys: [...new Set(owed.map((o) => baseKey(o.key)))], urls: [], hashes: [], hashesSince: now,
    });
    const rows: NewFeedItem[] = [];
    owed.forEach((o, i) => {
      const item = items[i]!;
      if (item.text === o.text) return;
      const n = nextRevision([...revisions, ...rows], baseKey(o.key));
      if (n >= MAX_REVISIONS) return;
      rows.push({
        sourceId: source.id, seenAt: now, key: `${baseKey(o.key)}#r${n}`, guid: item.guid, url: item.link, title: item.title, text: item.text,
        publishedAt: item.publishedAt, contentHash: contentHash(item), fullTextOwed: false, processedAt: isEditable(o, o.publishedAt, now) ? null : now,
      });
    });
    await this.write(rows, log);
    // paid whether the article came or not: a page that fails is not fetched poll after poll
    await fullTextPaid(this.opts.db, owed.map((o) => o.id));
    if (report.failed.length) log.warn({ failed: report.failed }, "owed article pages could not be read; teasers kept");
    return rows.filter((r) => r.processedAt === null).length;
  }

  private async recordFailure(source: Source, err: Error, log: Logger): Promise<void> {
    const failures = source.consecutiveFailures + 1;
    const now = this.now();
    const reason = `${err.name === "Error" ? "" : err.name + ": "}${err.message}`.slice(0, 500);
    const pause = failures >= this.opts.maxFailures;
    const retryAfter = err instanceof FetchError && err.retryAfterSec !== undefined ? Math.min(err.retryAfterSec, MAX_RETRY_AFTER_SEC) : 0;
    const backoffSec = pause
      ? AUTO_RESUME_SEC
      : Math.max(Math.min(source.intervalSec * 2 ** Math.min(failures, 16), MAX_BACKOFF_SEC), retryAfter);
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

const sameDate = (a: Date | null, b: Date | null) => a !== null && b !== null && a.getTime() === b.getTime();

/** An item first seen, and published, within the edit window: a changed text is analysed again (older news is only recorded). */
function isEditable(first: Pick<KnownItem, "seenAt">, publishedAt: Date | null, now: Date): boolean {
  const since = now.getTime() - EDIT_WINDOW_MS;
  return first.seenAt.getTime() >= since && (publishedAt === null || publishedAt.getTime() >= since);
}
