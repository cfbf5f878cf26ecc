// Wires the stages together: sources → incidents → alerts → bot. The only
// module that knows all of them. Run as a program, it is `npm start`.
import { fileURLToPath } from "node:url";
import cron, { type ScheduledTask } from "node-cron";
import { webhookCallback } from "grammy";
import { run, type RunnerHandle } from "@grammyjs/runner";
import { createI18n, translator } from "./i18n.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createDb, type Db } from "./db/client.js";
import { migrate } from "./db/migrate.js";
import { leaseKeeper } from "./db/lease.js";
import { createLogger, type Logger } from "./log.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { startHttpServer } from "./server.js";
import { Poller, readSourcesFile, seedSources, type HttpLimits } from "./sources/index.js";
import { ingestPending } from "./incidents/index.js";
import {
  createRenderer, enqueuePendingIncidents, enqueuePendingUpdates, renderIncident, Sender, type FlushSummary,
  senderOptionsFromConfig, summarizePending, summarizerFromConfig,
} from "./alerts/index.js";
import { placeById } from "./nlp/index.js";
import { COMMANDS, createBot, resumeExpiredPauses, setCommands } from "./bot/index.js";
import { bulkFailureNotice, notifyAdmins, setAdminCommands, sourcePausedNotice, updateBroadcastProgress } from "./bot/features/admin/index.js";

export interface AppOptions {
  log?: Logger;
  /** console mode prints alerts here (default: stdout) */
  out?: (text: string) => void;
  httpLimits?: Partial<HttpLimits>;
  /** poll once as soon as the service starts (default true) */
  pollOnStart?: boolean;
}

export interface CycleSummary {
  polled: number;
  failed: number;
  newItems: number;
  incidents: number;
  sent: number;
}

export interface App {
  config: Config;
  db: Db;
  metrics: Metrics;
  /** one poll of every due source, then analysis and delivery of what is new */
  runCycle(): Promise<CycleSummary>;
  /** takes the database lease, then runs the schedule, the bot and the sender loop */
  start(): Promise<void>;
  /** one cycle for `--once`: only when no running service holds the lease (false otherwise) */
  runOnce(): Promise<CycleSummary | null>;
  /** the health/metrics/webhook server's address once started */
  httpUrl(): string | null;
  stop(): Promise<void>;
}

export async function createApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const log = opts.log ?? createLogger(config.LOG_LEVEL, config.TELEGRAM_BOT_TOKEN ? [config.TELEGRAM_BOT_TOKEN] : []);
  const db = createDb(config.DATABASE_URL);
  const i18n = createI18n();
  const metrics = createMetrics();
  const added = await seedSources(db, readSourcesFile(config.SOURCES_FILE));
  if (added) log.info({ added }, "sources added from the sources file");

  const noticeFailed = (err: Error) => log.error({ err: err.message }, "admin notice failed");
  const poller = new Poller({
    db,
    log: log.child({ stage: "sources" }),
    concurrency: config.POLL_CONCURRENCY,
    recentWindowMin: config.RECENT_WINDOW_MIN,
    maxFailures: config.SOURCE_MAX_FAILURES,
    allowPrivate: config.ALLOW_PRIVATE_SOURCES,
    ...(opts.httpLimits ? { limits: opts.httpLimits } : {}),
    onNewItems: () => void processNew().catch((err: Error) => log.error({ err: err.message }, "processing failed")),
    onSourcePaused: (source, reason) => {
      if (bot) void notifyAdmins(bot.api, config, sourcePausedNotice(i18n, source, config.SOURCE_MAX_FAILURES, reason), db).catch(noticeFailed);
    },
  });

  const bot = config.consoleMode ? null : createBot({ config, db, log: log.child({ stage: "bot" }) });
  const sender = bot
    ? new Sender({
        db,
        api: bot.api,
        log: log.child({ stage: "delivery" }),
        render: createRenderer(db, i18n, config.TZ, { englishPlace: (id) => placeById(id)?.en }),
        ...senderOptionsFromConfig(config),
        onBulkFailure: (info) => void notifyAdmins(bot.api, config, bulkFailureNotice(i18n, info), db).catch(noticeFailed),
        onPass: count,
        onSent: (d) => metrics.latency.observe((Date.now() - d.createdAt.getTime()) / 1000),
      })
    : null;
  const summarizer = summarizerFromConfig(config);
  const out = opts.out ?? ((text: string) => process.stdout.write(text + "\n\n"));

  /** Console mode: each new or updated alert as an Arabic subscriber would read it. */
  async function printNew(): Promise<number> {
    const incidents = await db.incident.findMany({
      where: { version: { gt: db.incident.fields.enqueuedVersion } },
      orderBy: { id: "asc" },
    });
    for (const incident of incidents) {
      const html = await renderIncident(db, incident, translator(i18n, "ar"), "ar", config.TZ, { updated: incident.enqueuedVersion > 0 });
      out(htmlToText(html));
      await db.incident.update({ where: { id: incident.id }, data: { enqueuedVersion: incident.version } });
    }
    return incidents.length;
  }

  function count(s: FlushSummary): number {
    metrics.sent.inc(s.sent);
    metrics.failed.inc(s.failed);
    return s.sent;
  }

  // Processing is serialised; a request while it runs triggers one more pass.
  let processing: Promise<{ incidents: number; sent: number }> | null = null;
  let again = false;
  /**
   * Analyses what the poller stored and queues what subscribers are owed. Once
   * the service runs, the background sender is woken rather than awaited, so
   * that a long broadcast never holds up the next poll.
   */
  async function processNew(): Promise<{ incidents: number; sent: number }> {
    if (processing) {
      again = true;
      return processing;
    }
    const run = (async () => {
      const total = { incidents: 0, sent: 0 };
      do {
        again = false;
        const ingested = await ingestPending(db, log.child({ stage: "incidents" }), { windowHours: config.MERGE_WINDOW_HOURS });
        total.incidents += ingested.created.length;
        metrics.incidents.inc(ingested.created.length);
        await summarizePending(db, summarizer, log.child({ stage: "summary" }));
        if (sender) {
          await enqueuePendingIncidents(db, new Date(), { timeZone: config.TZ });
          await enqueuePendingUpdates(db, { mode: config.UPDATE_MODE, timeZone: config.TZ });
          if (senderStarted) sender.wake();
          else total.sent += count(await sender.flush());
        } else {
          await printNew();
        }
      } while (again);
      // cleared here, in the same step as the last check of `again`: a request
      // arriving after it starts a new pass instead of joining a finished one
      processing = null;
      return total;
    })();
    processing = run;
    run.catch(() => (processing = null));
    return run;
  }

  let lastPollAt: Date | null = null;
  let senderStarted = false;
  /** `waitForSend`: return only once what the cycle queued has been sent (--once, tests), not from the schedule; `all`: poll every source, due or not (--once). */
  async function runCycle(waitForSend = true, all = false): Promise<CycleSummary> {
    const polled = await poller.pollDue({ all });
    metrics.polls.inc({ result: "ok" }, polled.polled - polled.failed);
    metrics.polls.inc({ result: "failed" }, polled.failed);
    metrics.items.inc(polled.newItems);
    lastPollAt = new Date();
    metrics.lastPoll.set(lastPollAt.getTime() / 1000);
    const done = await processNew();
    if (waitForSend && sender && senderStarted) done.sent += count(await sender.flush());
    return { ...polled, ...done };
  }

  const lease = leaseKeeper(db, {
    name: "service",
    ttlMs: config.LEASE_TTL_SEC * 1000,
    onWait: (s) =>
      log.warn({ holder: s.holder, until: s.expiresAt }, "another instance of the service holds the database lease; waiting so that alerts are not sent twice"),
    onLost: (s) => {
      log.fatal({ holder: s.holder }, "lost the database lease to another instance; stopping");
      void stop().then(() => process.exit(1));
    },
  });

  let task: ScheduledTask | null = null;
  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number, what: string, fn: () => Promise<unknown>) =>
    timers.push(setInterval(() => void fn().catch((err: Error) => log.error({ err: err.message }, `${what} failed`)), ms));
  let runner: RunnerHandle | null = null;
  let http: Awaited<ReturnType<typeof startHttpServer>> | null = null;
  let stopping: Promise<void> | null = null;

  async function start(): Promise<void> {
    const webhookPath = config.WEBHOOK_URL ? new URL(config.WEBHOOK_URL).pathname : undefined;
    http = await startHttpServer({
      db,
      metrics,
      host: config.HTTP_HOST,
      port: config.HTTP_PORT,
      lastPollAt: () => lastPollAt,
      leader: () => lease.held(),
      maxPollAgeSec: config.HEALTH_MAX_POLL_AGE_SEC,
      ...(bot && webhookPath ? { webhookPath, webhook: webhookCallback(bot, "http", { secretToken: config.WEBHOOK_SECRET! }) } : {}),
    });
    log.info({ url: http.url }, "health and metrics server listening");
    await lease.acquire();
    log.info("database lease acquired");
    task = cron.schedule(config.POLL_CRON, async () => {
      try {
        await runCycle(false);
      } catch (err) {
        log.error({ err: (err as Error).message }, "poll cycle failed");
      }
    }, { timezone: config.TZ, name: "poll", noOverlap: true });
    if (sender) {
      // only once the lease is held: its first pass re-queues rows an earlier run left "sending"
      sender.start();
      senderStarted = true;
    }
    if (bot) {
      every(3000, "broadcast progress", () => updateBroadcastProgress(bot.api, db, i18n, log));
      every(60_000, "resuming pauses", () => resumeExpiredPauses(db, bot.api, log.child({ stage: "bot" })));
      await bot.init();
      await setCommands(bot).catch((err: Error) => log.warn({ err: err.message }, "setMyCommands failed"));
      await setAdminCommands(bot.api, config, i18n, COMMANDS).catch((err: Error) => log.warn({ err: err.message }, "admin commands not set"));
      if (config.WEBHOOK_URL) {
        await bot.api.setWebhook(config.WEBHOOK_URL, { secret_token: config.WEBHOOK_SECRET!, drop_pending_updates: false });
        log.info({ bot: bot.botInfo.username }, "bot started (webhook)");
      } else {
        await bot.api.deleteWebhook();
        runner = run(bot);
        log.info({ bot: bot.botInfo.username }, "bot started (long polling)");
      }
    }
    if (opts.pollOnStart !== false) void runCycle(false).catch((err: Error) => log.error({ err: err.message }, "first poll cycle failed"));
  }

  async function stop(): Promise<void> {
    stopping ??= (async () => {
      await task?.stop();
      for (const t of timers) clearInterval(t);
      if (runner?.isRunning()) await runner.stop();
      await processing?.catch(() => undefined);
      await sender?.stop();
      await lease.stop();
      await http?.close();
      await db.$disconnect();
    })();
    return stopping;
  }

  async function runOnce(): Promise<CycleSummary | null> {
    if (!(await lease.acquire(false))) return null;
    return runCycle(true, true);
  }

  return { config, db, metrics, runCycle, runOnce, start, stop, httpUrl: () => http?.url ?? null };
}

/** Telegram HTML → terminal text (console mode). */
export function htmlToText(html: string): string {
  return html
    .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, "$2 ($1)")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

async function main(argv: string[]): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`configuration error: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  migrate(config.DATABASE_URL);
  const i18n = createI18n();
  const howToConnect = () => console.error(i18n.t("ar", "console-how-to-connect") + "\n" + i18n.t("en", "console-how-to-connect"));
  const app = await createApp(config);
  if (argv.includes("--once")) {
    const summary = await app.runOnce();
    if (!summary) {
      // its sender would re-queue the running service's in-flight messages: every alert twice
      console.error("another instance of the service is running on this database (it holds the lease): --once did nothing");
      await app.stop();
      process.exit(1);
    }
    console.error(`poll cycle done: ${summary.polled} sources polled (${summary.failed} failed), ${summary.newItems} new items, ${summary.incidents} new incidents${config.consoleMode ? "" : `, ${summary.sent} messages sent`}`);
    if (config.consoleMode) howToConnect();
    await app.stop();
    return;
  }
  if (config.consoleMode) howToConnect();
  const shutdown = async (signal: string) => {
    console.error(`${signal}: shutting down`);
    await app.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  await app.start();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`fatal: ${(err as Error).message}`);
    process.exit(1);
  });
}
