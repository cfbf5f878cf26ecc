// Wires the stages together: sources → incidents → alerts → bot. The only
// module that knows all of them. Run as a program, it is `npm start`.
import { fileURLToPath } from "node:url";
import cron, { type ScheduledTask } from "node-cron";
import { Api } from "grammy";
import { createI18n, translator } from "./i18n.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createDb, type Db } from "./db/client.js";
import { migrate } from "./db/migrate.js";
import { createLogger, type Logger } from "./log.js";
import { Poller } from "./sources/poller.js";
import { readSourcesFile, seedSources } from "./sources/catalog.js";
import type { HttpLimits } from "./sources/http.js";
import { ingestPending } from "./incidents/index.js";
import { createRenderer, enqueuePendingIncidents, renderIncident, Sender } from "./alerts/index.js";
import { createBot } from "./bot/index.js";

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
  /** one poll of every due source, then analysis and delivery of what is new */
  runCycle(): Promise<CycleSummary>;
  /** the schedule, the bot's long polling and the sender loop */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const log = opts.log ?? createLogger(config.LOG_LEVEL, config.TELEGRAM_BOT_TOKEN ? [config.TELEGRAM_BOT_TOKEN] : []);
  const db = createDb(config.DATABASE_URL);
  const i18n = createI18n();
  const added = await seedSources(db, readSourcesFile(config.SOURCES_FILE));
  if (added) log.info({ added }, "sources added from the sources file");

  const poller = new Poller({
    db,
    log: log.child({ stage: "sources" }),
    concurrency: config.POLL_CONCURRENCY,
    recentWindowMin: config.RECENT_WINDOW_MIN,
    maxFailures: config.SOURCE_MAX_FAILURES,
    ...(opts.httpLimits ? { limits: opts.httpLimits } : {}),
    onNewItems: () => void processNew(),
  });

  const bot = config.consoleMode ? null : createBot({ config, db, log: log.child({ stage: "bot" }) });
  const api = bot?.api ?? null;
  const sender = api
    ? new Sender({ db, api, log: log.child({ stage: "delivery" }), render: createRenderer(db, i18n, config.TZ), ratePerSecond: 25 })
    : null;
  const out = opts.out ?? ((text: string) => process.stdout.write(text + "\n\n"));

  /** Console mode: the alert as an Arabic subscriber would read it. */
  async function printNew(): Promise<number> {
    const incidents = await db.incident.findMany({ where: { enqueuedVersion: 0 }, orderBy: { id: "asc" } });
    for (const incident of incidents) {
      const html = await renderIncident(db, incident, translator(i18n, "ar"), "ar", config.TZ);
      out(htmlToText(html));
      await db.incident.update({ where: { id: incident.id }, data: { enqueuedVersion: incident.version } });
    }
    return incidents.length;
  }

  // Processing is serialised; a request while it runs triggers one more pass.
  let processing: Promise<{ incidents: number; sent: number }> | null = null;
  let again = false;
  async function processNew(): Promise<{ incidents: number; sent: number }> {
    if (processing) {
      again = true;
      return processing;
    }
    processing = (async () => {
      const total = { incidents: 0, sent: 0 };
      do {
        again = false;
        const ingested = await ingestPending(db, log.child({ stage: "incidents" }));
        total.incidents += ingested.created.length;
        if (sender) {
          await enqueuePendingIncidents(db, new Date());
          total.sent += (await sender.flush()).sent;
        } else {
          await printNew();
        }
      } while (again);
      return total;
    })();
    try {
      return await processing;
    } finally {
      processing = null;
    }
  }

  let task: ScheduledTask | null = null;
  let senderTimer: NodeJS.Timeout | null = null;

  async function runCycle(): Promise<CycleSummary> {
    const polled = await poller.pollDue();
    const done = await processNew();
    return { ...polled, ...done };
  }

  return {
    config,
    db,
    runCycle,
    async start() {
      task = cron.schedule(config.POLL_CRON, async () => {
        try {
          await poller.pollDue();
          await processNew();
        } catch (err) {
          log.error({ err: (err as Error).message }, "poll cycle failed");
        }
      }, { timezone: config.TZ, name: "poll" });
      if (sender) {
        senderTimer = setInterval(() => void sender.flush().catch((err) => log.error({ err: err.message }, "sender failed")), 1000);
      }
      if (bot) {
        await bot.init();
        void bot.start({ onStart: (me) => log.info({ bot: me.username }, "bot started (long polling)") });
      }
      if (opts.pollOnStart !== false) void runCycle().catch((err: Error) => log.error({ err: err.message }, "first poll cycle failed"));
    },
    async stop() {
      await task?.stop();
      if (senderTimer) clearInterval(senderTimer);
      if (bot?.isRunning()) await bot.stop();
      await processing?.catch(() => undefined);
      await db.$disconnect();
    },
  };
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
  const app = await createApp(config);
  const i18n = createI18n();
  if (argv.includes("--once")) {
    const summary = await app.runCycle();
    console.error(`poll cycle done: ${summary.polled} sources polled (${summary.failed} failed), ${summary.newItems} new items, ${summary.incidents} new incidents${config.consoleMode ? "" : `, ${summary.sent} alerts sent`}`);
    if (config.consoleMode) console.error(i18n.t("ar", "console-how-to-connect") + "\n" + i18n.t("en", "console-how-to-connect"));
    await app.stop();
    return;
  }
  if (config.consoleMode) console.error(i18n.t("ar", "console-how-to-connect") + "\n" + i18n.t("en", "console-how-to-connect"));
  await app.start();
  const shutdown = async (signal: string) => {
    console.error(`${signal}: shutting down`);
    await app.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`fatal: ${(err as Error).message}`);
    process.exit(1);
  });
}
