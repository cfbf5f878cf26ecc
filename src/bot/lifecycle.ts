// Running the bot: the connection to Telegram (every instance), menus, long
// polling or the webhook's registration and the periodic chores (the leader), and
// the notices the rest of the service sends to the admins. The service
// reaches the admin features only through here (via ./index.ts).
import { GrammyError, webhookCallback, type Bot } from "grammy";
import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Config } from "../config.js";
import { createI18n, LOCALES, type AppI18n } from "../i18n.js";
import type { Db, Source } from "../storage/index.js";
import type { Logger } from "../log.js";
import type { BulkFailure } from "../delivery/index.js";
import type { BotContext } from "./context.js";
import { resumeExpiredPauses } from "./features/pause.js";
import {
  bulkFailureNotice, notifyAdmins, setAdminCommands, sourcePausedNotice, updateBroadcastProgress, type NoticeText,
} from "./features/admin/index.js";

/** The commands shown in Telegram's menu, in this order; descriptions are `commands.<name>` in locales/. */
export const COMMANDS = [
  "start", "settings", "provinces", "types", "latest", "pause", "resume", "subscribe", "unsubscribe",
  "districts", "keywords", "include", "exclude", "quiet", "lang", "help", "stop",
] as const;

/**
 * Fills Telegram's command menu in every language (Arabic is the default for
 * users whose language has no list of its own). Call once at start-up.
 */
export async function setCommands(bot: Bot<BotContext>): Promise<void> {
  const i18n = createI18n();
  for (const locale of LOCALES) {
    const commands = COMMANDS.map((command) => ({ command, description: i18n.t(locale, `commands.${command}`) }));
    if (locale === "ar") await bot.api.setMyCommands(commands);
    await bot.api.setMyCommands(commands, { language_code: locale });
  }
}

export interface RunningBot {
  stop(): Promise<void>;
}

/** The HTTP route Telegram posts updates to in webhook mode (none in long polling); answer only once connectBot succeeded. */
export function webhookRoute(bot: Bot<BotContext>, config: Pick<Config, "WEBHOOK_URL" | "WEBHOOK_SECRET">) {
  if (!config.WEBHOOK_URL) return {};
  return {
    webhookPath: new URL(config.WEBHOOK_URL).pathname,
    webhook: webhookCallback(bot, "http", { secretToken: config.WEBHOOK_SECRET! }),
  };
}

/** How the service follows the connection to Telegram while it starts. */
export interface ConnectOptions {
  /** aborts the retries (shutdown) */
  signal?: AbortSignal;
  /** the first attempt failed: the caller goes on (polling, outbox) while this keeps trying */
  onRetrying?: () => void;
}

const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 5 * 60_000;

/**
 * Connects to Telegram (getMe), retrying with backoff and a clear line per
 * failure. Once it resolves true the bot can handle updates (the webhook
 * route answers them); false when it gave up: a token Telegram refuses (401),
 * or the service is stopping. Every instance connects; only the leader runs
 * the bot (runBot).
 */
export async function connectBot(bot: Bot<BotContext>, deps: { config: Config; log: Logger } & ConnectOptions): Promise<boolean> {
  const { config, log } = deps;
  const root = config.TELEGRAM_API_ROOT;
  log.info({ api: root }, `connecting to Telegram at ${root}`);
  for (let delay = FIRST_RETRY_MS; ; delay = Math.min(delay * 2, MAX_RETRY_MS)) {
    try {
      // one getMe per attempt: grammY's own bot.init() retries network errors silently, forever
      bot.botInfo = await bot.api.getMe();
      return true;
    } catch (err) {
      deps.onRetrying?.();
      if (err instanceof GrammyError && err.error_code === 401) {
        log.fatal({ api: root }, "Telegram refused the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN (@BotFather's /mybots → API Token). Sources are still polled; alerts wait in the outbox until a restart with the right token");
        return false;
      }
      const why = err instanceof Error ? err.message : String(err);
      log.warn({ api: root, retryInSec: delay / 1000 }, `Telegram not reachable at ${root} (${why}); retrying in ${delay / 1000} s. Sources are still polled; alerts wait in the outbox`);
      if (await pause(delay, deps.signal)) return false;
    }
  }
}

/**
 * What one instance does for the whole bot, once connected (connectBot):
 * fills the menus, registers the webhook (every instance answers the updates
 * posted to it) or receives updates by long polling (getUpdates: one caller
 * per bot, or Telegram answers 409), and runs the periodic chores.
 */
export async function runBot(
  bot: Bot<BotContext>, deps: { config: Config; db: Db; i18n: AppI18n; log: Logger; /** a chore queued messages: wake the sender */ queued?: () => void },
): Promise<RunningBot> {
  const { config, db, i18n, log } = deps;
  await setCommands(bot).catch((err: Error) => log.warn({ err }, "setMyCommands failed"));
  await setAdminCommands(bot.api, config, i18n, COMMANDS).catch((err: Error) => log.warn({ err }, "admin commands not set"));
  let runner: RunnerHandle | null = null;
  if (config.WEBHOOK_URL) {
    await bot.api.setWebhook(config.WEBHOOK_URL, { secret_token: config.WEBHOOK_SECRET!, drop_pending_updates: false });
    log.info({ bot: bot.botInfo.username }, "bot started (webhook)");
  } else {
    await bot.api.deleteWebhook();
    runner = run(bot);
    log.info({ bot: bot.botInfo.username }, "bot started (long polling)");
  }
  // only once connected: a chore started before would fail every few seconds while Telegram is away
  const timers = [
    every(3000, "broadcast progress", log, () => updateBroadcastProgress(bot.api, db, i18n, log)),
    every(60_000, "resuming pauses", log, () => resumeExpiredPauses(db, log.child({ stage: "bot" }), { queued: deps.queued })),
  ];
  return {
    async stop() {
      for (const t of timers) clearInterval(t);
      if (runner?.isRunning()) await runner.stop();
    },
  };
}

/** Waits `ms`; true when aborted first. */
function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve(false);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(true);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function every(ms: number, what: string, log: Logger, fn: () => Promise<unknown>): NodeJS.Timeout {
  return setInterval(() => void fn().catch((err: Error) => log.error({ err }, `${what} failed`)), ms);
}

/**
 * What the poller and the sender tell the admins, queued in the outbox;
 * `queued` wakes the sender. A notice that cannot be queued is logged, never thrown.
 */
export function adminNotices(deps: { config: Config; db: Db; i18n: AppI18n; log: Logger; queued?: () => void }) {
  const { config, db, i18n, log } = deps;
  const notify = (text: NoticeText) =>
    void notifyAdmins(db, config, text).then(() => deps.queued?.(), (err: unknown) => log.error({ err }, "admin notice failed"));
  return {
    sourcePaused(source: Pick<Source, "id" | "name" | "url">, reason: string): void {
      notify(sourcePausedNotice(i18n, source, config.SOURCE_MAX_FAILURES, reason));
    },
    bulkFailure(info: BulkFailure): void {
      notify(bulkFailureNotice(i18n, info));
    },
  };
}
