// Wires the stages together: sources → incidents → alerts → delivery, with the
// bot, the admin and the web pages beside them, run by the pipeline. The only
// module that knows all of them. Run as a program (`npm start`), it hands the
// assembled service to pipeline/program.ts.
import { fileURLToPath } from "node:url";
import { createI18n } from "./i18n.js";
import type { Config } from "./config.js";
import { createDb, dbEngine } from "./storage/index.js";
import { createLogger, type Logger } from "./log.js";
import { createMetrics } from "./metrics.js";
import { Poller, readSourcesFile, seedSources, type HttpLimits } from "./sources/index.js";
import { createRenderer, summarizerFromConfig } from "./alerts/index.js";
import { Sender, senderOptionsFromConfig, sharedInstance } from "./delivery/index.js";
import { placeInEnglish } from "./nlp/index.js";
import { adminNotices, connectBot, createBot, runBot, webhookRoute } from "./bot/index.js";
import { createWebRoutes, webDeps } from "./web/index.js";
import { consolePrinter, countFlush, createService, cycleLogger, Pipeline, runProgram, type App, type CycleSummary } from "./pipeline/index.js";

export type { App, CycleSummary };

export interface AppOptions {
  log?: Logger;
  /** console mode prints alerts here (default: stdout) */
  out?: (text: string) => void;
  httpLimits?: Partial<HttpLimits>;
  /** poll once as soon as the service starts (default true) */
  pollOnStart?: boolean;
  /** after each poll cycle (default: console mode prints a report on stderr, bot mode logs one line) */
  onCycle?: (summary: CycleSummary) => void;
  /** the clock of polling and processing (default: the real one); a benchmark replays days of news with it */
  now?: () => Date;
}

export async function createApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const log = opts.log ?? createLogger(config.LOG_LEVEL, config.TELEGRAM_BOT_TOKEN ? [config.TELEGRAM_BOT_TOKEN] : []);
  const db = createDb(config.DATABASE_URL);
  const i18n = createI18n();
  const metrics = createMetrics();
  const added = await seedSources(db, readSourcesFile(config.SOURCES_FILE));
  if (added) log.info({ added }, "sources added from the sources file");

  const bot = config.consoleMode ? null : createBot({ config, db, log: log.child({ stage: "bot" }) });
  const notices = bot ? adminNotices({ config, db, i18n, log, queued: () => sender?.wake() }) : null;
  const render = createRenderer(db, i18n, config.TZ, {
    englishPlace: placeInEnglish, mapPage: { publicUrl: config.PUBLIC_URL, publicMap: config.PUBLIC_MAP },
  });
  const senderLog = log.child({ stage: "delivery" });
  const sender = bot && new Sender({
    db, api: bot.api, log: senderLog, render, ...senderOptionsFromConfig(config),
    // PostgreSQL: every instance sends, each under its own lease and with its share of Telegram's limits
    ...(dbEngine(db) === "postgres" ? { instance: sharedInstance(db, senderLog, { ttlMs: config.LEASE_TTL_SEC * 1000 }) } : {}),
    onBulkFailure: (info) => notices?.bulkFailure(info),
    onPass: (s) => countFlush(metrics, s),
    onSent: (d) => metrics.latency.observe((Date.now() - d.createdAt.getTime()) / 1000),
  });
  const poller = new Poller({
    db, log: log.child({ stage: "sources" }), concurrency: config.POLL_CONCURRENCY, recentWindowMin: config.RECENT_WINDOW_MIN,
    maxFailures: config.SOURCE_MAX_FAILURES, allowPrivate: config.ALLOW_PRIVATE_SOURCES, ...(opts.httpLimits ? { limits: opts.httpLimits } : {}), now: opts.now,
    onNewItems: () => void pipeline.processNew().catch((err: Error) => log.error({ err }, "processing failed")),
    onSourcePaused: (source, reason) => notices?.sourcePaused(source, reason),
  });
  const out = opts.out ?? ((text: string) => process.stdout.write(text + "\n\n"));
  const onCycle = opts.onCycle ?? cycleLogger(config.consoleMode, log);
  const print = sender ? {} : { print: consolePrinter(db, i18n, config.TZ, out) };
  const pipeline = new Pipeline({ db, log, metrics, poller, sender, config, summarizer: summarizerFromConfig(config), onCycle, now: opts.now, ...print });
  return createService({
    config, db, log, metrics, pipeline, ...(opts.pollOnStart === undefined ? {} : { pollOnStart: opts.pollOnStart }),
    bot: bot && {
      webhook: webhookRoute(bot, config),
      connect: (o) => connectBot(bot, { config, log, ...o }),
      run: () => runBot(bot, { config, db, i18n, log, queued: () => sender?.wake() }),
    },
    routes: createWebRoutes(webDeps({ db, i18n, timeZone: config.TZ, botToken: config.TELEGRAM_BOT_TOKEN, publicMap: config.PUBLIC_MAP })),
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) runProgram(process.argv.slice(2), createApp);
