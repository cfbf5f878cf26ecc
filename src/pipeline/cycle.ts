// The processing cycle: poll the due sources, turn what they stored into
// incidents, summarise them, then queue and send what subscribers are owed
// (or, in console mode, print it). Each step reads its input from the
// database, so a cycle can stop anywhere and the next one resumes.
import type { Config } from "../config.js";
import type { Db } from "../storage/index.js";
import type { Logger } from "../log.js";
import type { Metrics } from "../metrics.js";
import type { Poller, PollSummary } from "../sources/index.js";
import { ingestPending } from "../incidents/index.js";
import type { Summarizer } from "../alerts/index.js";
import { summarizePending } from "./summaries.js";
import { enqueuePendingIncidents, enqueuePendingUpdates, type FlushSummary, type Sender } from "../delivery/index.js";

export interface CycleSummary extends PollSummary {
  incidents: number;
  sent: number;
}

export interface PipelineDeps {
  db: Db;
  log: Logger;
  metrics: Metrics;
  /** only runCycle polls: a replay (cli/replay) hands the pipeline stored items itself */
  poller: Pick<Poller, "pollDue">;
  summarizer: Summarizer | null;
  config: Pick<Config, "MERGE_WINDOW_HOURS" | "TZ" | "UPDATE_MODE">;
  /** bot mode: what is owed goes to the outbox and this sender */
  sender: Sender | null;
  /** console mode (no sender): shows what is new instead; returns how many alerts it printed */
  print?: () => Promise<number>;
  /** the pipeline's clock (default: the wall clock); a replay runs it at each post's publication time */
  now?: () => Date;
  /** told after every poll cycle, once what it stored has been processed (console mode prints it) */
  onCycle?: (summary: CycleSummary) => void;
}

/** Counts a sender pass in the metrics; returns how many messages were sent. */
export function countFlush(metrics: Metrics, s: FlushSummary): number {
  metrics.sent.inc(s.sent);
  metrics.failed.inc(s.failed);
  return s.sent;
}

type Processed = { incidents: number; sent: number };

export class Pipeline {
  /** end of the last poll cycle (for /healthz) */
  lastPollAt: Date | null = null;
  /** the last poll cycle's sources: how many were polled, how many failed (for /healthz) */
  lastCycle: { polled: number; failed: number } | null = null;
  // Running totals: a cycle reports what changed while it ran, whichever processing pass did it
  // (the poller starts passes of its own as soon as a source stored something).
  private created = 0;
  private sentTotal = 0;
  // Processing is serialised; a request while it runs triggers one more pass.
  private processing: Promise<Processed> | null = null;
  private again = false;
  private senderRunning = false;

  constructor(private readonly d: PipelineDeps) {}

  /**
   * Starts the background sender. SQLite: only once the lease is held, since
   * its first pass re-queues every row an earlier run left "sending";
   * PostgreSQL: on every instance (each re-queues only the claims of dead ones). From then on a cycle wakes
   * the sender rather than awaiting it, so a long broadcast never holds up the
   * next poll.
   */
  startSending(): void {
    if (!this.d.sender) return;
    this.d.sender.start();
    this.senderRunning = true;
  }

  /**
   * One poll. `waitForSend`: return only once what the cycle queued has been
   * sent (--once, tests), not from the schedule; `all`: poll every source, due
   * or not (--once).
   */
  async runCycle(opts: { waitForSend?: boolean; all?: boolean } = {}): Promise<CycleSummary> {
    const { metrics, sender } = this.d;
    const created0 = this.created;
    const sent0 = this.sentTotal;
    const polled = await this.d.poller.pollDue({ all: opts.all ?? false });
    metrics.polls.inc({ result: "ok" }, polled.polled - polled.failed);
    metrics.polls.inc({ result: "failed" }, polled.failed);
    metrics.items.inc(polled.newItems);
    this.lastPollAt = new Date();
    metrics.lastPoll.set(this.lastPollAt.getTime() / 1000);
    if (polled.polled > 0) this.lastCycle = { polled: polled.polled, failed: polled.failed }; // a tick with nothing due says nothing
    await this.processNew();
    if ((opts.waitForSend ?? true) && sender && this.senderRunning) this.sentTotal += countFlush(metrics, await sender.flush());
    const summary = { ...polled, incidents: this.created - created0, sent: this.sentTotal - sent0 };
    this.d.onCycle?.(summary);
    return summary;
  }

  /** Analyses what the poller stored and queues (or prints) what is owed. */
  processNew(): Promise<Processed> {
    if (this.processing) {
      this.again = true;
      return this.processing;
    }
    const run = this.passes();
    this.processing = run;
    run.catch(() => (this.processing = null));
    return run;
  }

  /** Lets the processing under way finish, then stops the sender (after the last message in flight). */
  async stop(): Promise<void> {
    // its failure was logged by whoever started it; shutting down goes on
    await this.processing?.catch(() => undefined);
    await this.d.sender?.stop();
  }

  private async passes(): Promise<Processed> {
    const { db, log, metrics, config, sender } = this.d;
    const total = { incidents: 0, sent: 0 };
    do {
      this.again = false;
      const now = this.d.now?.() ?? new Date();
      const ingested = await ingestPending(db, log.child({ stage: "incidents" }), { windowHours: config.MERGE_WINDOW_HOURS, now: () => this.d.now?.() ?? new Date() });
      total.incidents += ingested.created.length;
      this.created += ingested.created.length;
      metrics.incidents.inc(ingested.created.length);
      await summarizePending(db, this.d.summarizer, log.child({ stage: "summary" }), { now });
      if (sender) {
        await enqueuePendingIncidents(db, now, { timeZone: config.TZ });
        await enqueuePendingUpdates(db, { mode: config.UPDATE_MODE, now, timeZone: config.TZ });
        if (this.senderRunning) sender.wake();
        else {
          const sent = countFlush(metrics, await sender.flush());
          total.sent += sent;
          this.sentTotal += sent;
        }
      } else {
        await this.d.print?.();
      }
    } while (this.again);
    // cleared here, in the same step as the last check of `again`: a request
    // arriving after it starts a new pass instead of joining a finished one
    this.processing = null;
    return total;
  }
}
