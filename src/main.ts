// Wires the stages together: sources → incidents → alerts → bot, run by the
// pipeline. The only module that knows all of them. Run as a program, it is
// `npm start`.
import { fileURLToPath } from "node:url";
import { createI18n } from "./i18n.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createDb, dbEngine } from "./storage/client.js";
import { DatabaseUnreachableError, migrate } from "./storage/migrate.js";
import { createLogger, type Logger } from "./log.js";
import { createMetrics } from "./metrics.js";
import { Poller, readSourcesFile, seedSources, type HttpLimits } from "./sources/index.js";
import { createRenderer, summarizerFromConfig } from "./alerts/index.js";
import { Sender, senderOptionsFromConfig, sharedInstance } from "./delivery/index.js";
import { placeById } from "./nlp/index.js";
import { adminNotices, createBot, startBot, webhookRoute } from "./bot/index.js";
import { createWebRoutes, webDeps } from "./web/index.js";
import {
  consolePrinter, countFlush, exampleAlert, createService, cycleLogger, cycleReport, EXIT_NO_SOURCE_READ, nothingRead, Pipeline, type App, type CycleSummary,
} from "./pipeline/index.js";

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
    englishPlace: (id) => placeById(id)?.en, mapPage: { publicUrl: config.PUBLIC_URL, publicMap: config.PUBLIC_MAP },
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
    maxFailures: config.SOURCE_MAX_FAILURES, allowPrivate: config.ALLOW_PRIVATE_SOURCES, ...(opts.httpLimits ? { limits: opts.httpLimits } : {}),
    onNewItems: () => void pipeline.processNew().catch((err: Error) => log.error({ err }, "processing failed")),
    onSourcePaused: (source, reason) => notices?.sourcePaused(source, reason),
  });
  const out = opts.out ?? ((text: string) => process.stdout.write(text + "\n\n"));
  const onCycle = opts.onCycle ?? cycleLogger(config.consoleMode, log);
  const print = sender ? {} : { print: consolePrinter(db, i18n, config.TZ, out) };
  const pipeline = new Pipeline({ db, log, metrics, poller, sender, config, summarizer: summarizerFromConfig(config), onCycle, ...print });
  return createService({
    config, db, log, metrics, pipeline, ...(opts.pollOnStart === undefined ? {} : { pollOnStart: opts.pollOnStart }),
    bot: bot && { webhook: webhookRoute(bot, config), start: (o) => startBot(bot, { config, db, i18n, log, ...o }) },
    routes: createWebRoutes(webDeps({ db, i18n, timeZone: config.TZ, botToken: config.TELEGRAM_BOT_TOKEN, publicMap: config.PUBLIC_MAP })),
  });
}

async function main(argv: string[]): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
    await migrate(config.DATABASE_URL);
  } catch (err) {
    // a bad setting or an unreachable database: one line naming it, exit 2
    if (!(err instanceof ConfigError || err instanceof DatabaseUnreachableError)) throw err;
    console.error(err instanceof ConfigError ? `configuration error: ${err.message}` : err.message);
    process.exit(2);
  }
  const i18n = createI18n();
  const howToConnect = () => console.error(i18n.t("ar", "console-how-to-connect") + "\n" + i18n.t("en", "console-how-to-connect"));
  const once = argv.includes("--once");
  // --once prints its report itself, after the cycle and what it printed
  const app = await createApp(config, once ? { onCycle: () => undefined } : {});
  if (once) {
    const summary = await app.runOnce();
    if (!summary) {
      // its sender would re-queue the running service's in-flight messages: every alert twice
      console.error("another instance of the service is running on this database (it holds the lease): --once did nothing");
      await app.stop();
      process.exit(1);
    }
    await app.stop();
    console.error(cycleReport(summary, { consoleMode: config.consoleMode, perSource: true }).join("\n"));
    if (config.consoleMode) howToConnect();
    // documented (README): a run that read no source is a failure for scripts and cron jobs
    if (nothingRead(summary)) process.exit(EXIT_NO_SOURCE_READ);
    return;
  }
  if (config.consoleMode) {
    // before the first poll: offline, the example is the only alert a newcomer will see
    const example = exampleAlert(i18n, config.TZ);
    if (example) console.error(`${example}\n`);
    howToConnect();
  }
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
