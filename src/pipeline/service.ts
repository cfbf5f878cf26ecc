// The running service's lifecycle: the health server, the database lease,
// the poll schedule, the sender and the bot, started in that order and
// stopped in reverse, so that nothing polls without the lease. On SQLite
// nothing sends without it either; on PostgreSQL every instance sends from
// the start (claims with FOR UPDATE SKIP LOCKED, Telegram's limits shared:
// delivery/instances.ts) and answers the updates Telegram posts to its webhook;
// the lease elects the one that polls the sources and runs the bot's shared part
// (long polling — one getUpdates caller per bot —, the webhook's registration,
// the menus and the chores).
import cron, { type ScheduledTask } from "node-cron";
import type { Config } from "../config.js";
import { advisoryLeaseKeeper, closeDb, dbEngine, leaseKeeper, type Db, type LeaseKeeper, type LeaseState } from "../storage/index.js";
import type { Logger } from "../log.js";
import type { Metrics } from "../metrics.js";
import { startHttpServer, type Routes, type WebhookHandler } from "../server.js";
import type { CycleSummary, Pipeline } from "./cycle.js";

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

/** The bot as the service sees it (none in console mode). */
export interface BotPart {
  /** the webhook route: served once connect() succeeded */
  webhook: { webhookPath?: string; webhook?: WebhookHandler };
  /** connects to Telegram (retrying until `signal`); false when it gave up; `onRetrying`: the first attempt failed */
  connect(o: { signal: AbortSignal; onRetrying: () => void }): Promise<boolean>;
  /** the leader's part, once connected: long polling or the webhook's registration, the menus, the chores */
  run(): Promise<{ stop(): Promise<void> }>;
}

export interface ServiceParts {
  config: Config;
  db: Db;
  log: Logger;
  metrics: Metrics;
  pipeline: Pipeline;
  bot: BotPart | null;
  /** the web room's pages (map, open data), served beside /healthz */
  routes?: Routes;
  /** poll once as soon as the service starts (default true) */
  pollOnStart?: boolean;
}

export function createService(p: ServiceParts): App {
  const { config, db, log, metrics, pipeline } = p;
  const leaseEvents = {
    onWait: (s: LeaseState) =>
      log.warn({ holder: s.holder, until: s.expiresAt }, "another instance of the service holds the database lease; waiting so that alerts are not sent twice"),
    onLost: (s: LeaseState) => {
      if (everyInstanceSends) {
        // PostgreSQL: the lock went with its connection (server restarted, network cut). Polling and the
        // bot's shared part (long polling, chores) stop at once (another instance may be elected meanwhile);
        // sending and the webhook go on, and this instance tries for the lock again like a standby.
        log.error({ why: s.holder }, "lost the leader lock (connection to PostgreSQL lost): polling (and long polling) stop until it is held again");
        void follow();
        return;
      }
      log.fatal({ holder: s.holder }, "lost the database lease to another instance; stopping");
      void stop().then(() => process.exit(1));
    },
  };
  const everyInstanceSends = dbEngine(db) === "postgres";
  // PostgreSQL: an advisory lock on a connection of its own, freed the moment its holder dies;
  // SQLite: a lease row renewed every LEASE_TTL_SEC / 3
  const lease: LeaseKeeper = dbEngine(db) === "postgres"
    ? advisoryLeaseKeeper(config.DATABASE_URL, { name: "service", ...leaseEvents })
    : leaseKeeper(db, { name: "service", ttlMs: config.LEASE_TTL_SEC * 1000, ...leaseEvents });
  const failed = (what: string) => (err: Error) => log.error({ err }, `${what} failed`);

  let task: ScheduledTask | null = null;
  let bot: { stop(): Promise<void> } | null = null;
  /** the connection to Telegram, started once (every instance on PostgreSQL, the lease holder on SQLite) */
  let connecting: Promise<boolean> | null = null;
  let firstAttempt: Promise<void> = Promise.resolve();
  let connected = false;
  /** the bot's leader part while it starts (awaited before it is stopped) */
  let running: Promise<void> = Promise.resolve();
  /** counts the times this instance stopped leading: a leader part started for an earlier term is stopped at once */
  let term = 0;
  const giveUp = new AbortController();
  let http: Awaited<ReturnType<typeof startHttpServer>> | null = null;
  let stopping: Promise<void> | null = null;

  async function start(): Promise<void> {
    http = await startHttpServer({
      db,
      metrics,
      host: config.HTTP_HOST,
      port: config.HTTP_PORT,
      lastPollAt: () => pipeline.lastPollAt,
      lastCycle: () => pipeline.lastCycle,
      leader: () => lease.held(),
      maxPollAgeSec: config.HEALTH_MAX_POLL_AGE_SEC,
      log,
      ...webhookWhenConnected(),
      ...(p.routes ? { routes: p.routes } : {}),
    });
    log.info({ url: http.url }, "health and metrics server listening");
    if (everyInstanceSends) {
      // every instance sends and answers the webhook from the start; the lock decides only who polls
      pipeline.startSending();
      await connectBot();
    }
    await lease.acquire();
    await lead();
  }

  /** Starts connecting to Telegram (once); resolves after the first attempt (the service goes on while it retries). */
  function connectBot(): Promise<void> {
    if (!p.bot || connecting) return firstAttempt;
    const part = p.bot;
    let attempted!: () => void;
    firstAttempt = new Promise<void>((r) => (attempted = r));
    // With Telegram unreachable the service goes on polling (alerts wait in the outbox) while
    // the bot keeps trying, with a line per failure.
    connecting = part.connect({ signal: giveUp.signal, onRetrying: attempted })
      .then((ok) => (connected = ok), (err: Error) => (failed("bot connection")(err), false))
      .finally(attempted);
    return firstAttempt;
  }

  /** The webhook route, answering 503 until this instance is connected to Telegram (Telegram posts the update again later). */
  function webhookWhenConnected(): { webhookPath?: string; webhook?: WebhookHandler } {
    const route = p.bot?.webhook;
    if (!route?.webhook || !route.webhookPath) return {};
    const handle = route.webhook;
    return {
      webhookPath: route.webhookPath,
      webhook: (req, res) => {
        if (connected) return handle(req, res);
        res.writeHead(503, { "content-type": "text/plain", "retry-after": "5" });
        res.end("not connected to Telegram yet\n");
      },
    };
  }

  /** Starts the bot's leader part once connected, unless this term of leading has ended by then. */
  function runBotWhenConnected(part: BotPart, mine: number): void {
    const go = () => {
      if (mine !== term || stopping) return;
      running = part.run()
        .then(async (b) => {
          if (mine !== term || stopping) await b.stop();
          else bot = b;
        })
        .catch(failed("bot start"));
    };
    if (connected) go();
    else void connecting?.then((ok) => ok && go());
  }

  /** What only the lease holder does: poll on schedule, run the bot (and, on SQLite, send). */
  async function lead(): Promise<void> {
    log.info("database lease acquired");
    // Each tick queues the sources that are due and returns at once: a slow source holds one of the
    // poller's workers until its own timeout, never the schedule (sources/poller.ts)
    task = cron.schedule(config.POLL_CRON, () => void pipeline.runCycle({ waitForSend: false }).catch(failed("poll cycle")), {
      timezone: config.TZ, name: "poll",
    });
    if (!everyInstanceSends) pipeline.startSending();
    if (p.bot) {
      await connectBot(); // the first attempt only (SQLite: connecting starts here)
      runBotWhenConnected(p.bot, term);
      await running; // connected: the bot runs when start() resolves

    }
    if (p.pollOnStart !== false) void pipeline.runCycle({ waitForSend: false }).catch(failed("first poll cycle"));
  }

  /** The leader lock was lost with its connection (PostgreSQL): stop leading, wait for the lock like a standby, lead again. */
  async function follow(): Promise<void> {
    term++;
    await task?.stop();
    task = null;
    await stopBot();
    if (stopping) return;
    try {
      await lease.acquire();
    } catch {
      return; // stopped meanwhile
    }
    if (!stopping) await lead();
  }

  /** Stops the bot's leader part (long polling, chores); the webhook goes on answering. */
  async function stopBot(): Promise<void> {
    await running;
    const b = bot;
    bot = null;
    await b?.stop().catch(failed("bot stop"));
  }

  async function stop(): Promise<void> {
    stopping ??= (async () => {
      term++;
      await task?.stop();
      giveUp.abort();
      await connecting;
      await stopBot();
      await pipeline.stop();
      await lease.stop();
      await http?.close();
      await closeDb(db);
    })();
    return stopping;
  }

  return {
    config, db, metrics, start, stop,
    runCycle: () => pipeline.runCycle(),
    runOnce: async () => ((await lease.acquire(false)) ? pipeline.runCycle({ all: true }) : null),
    httpUrl: () => http?.url ?? null,
  };
}
