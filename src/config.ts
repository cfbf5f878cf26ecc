// Every setting, read once from the environment and validated. An invalid value
// stops start-up with one line naming the variable (see main.ts, exit code 2).
import cron from "node-cron";
import { z } from "zod";

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .transform((v) => v === "1" || v === "true" || v === "yes");

const int = (min: number, max: number) =>
  z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(min).max(max);

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "is not a known IANA time zone (e.g. Asia/Baghdad)");

const schema = z.object({
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/, "does not look like a BotFather token (123456:ABC…)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  TELEGRAM_API_ROOT: z.url({ message: "must be an http(s) URL" }).default("https://api.telegram.org"),
  ADMIN_IDS: z
    .string()
    .default("")
    .refine((s) => s.split(",").every((x) => x.trim() === "" || /^-?\d+$/.test(x.trim())), "must be comma-separated Telegram user ids")
    .transform((s) =>
      s.split(",").map((x) => x.trim()).filter(Boolean).map((x) => BigInt(x)),
    ),
  DATABASE_URL: z.string().startsWith("file:", "must be a SQLite URL such as file:./data/bot.db").default("file:./data/bot.db"),
  POLL_CRON: z.string().default("*/2 * * * *").refine((s) => cron.validate(s), "is not a valid cron expression"),
  SOURCES_FILE: z.string().default("src/sources/default-sources.json"),
  TZ: timeZone.default("Asia/Baghdad"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** On a source's first poll, items published this recently still alert (minutes). */
  RECENT_WINDOW_MIN: int(0, 24 * 60).default(60),
  /** Sources polled at the same time. */
  POLL_CONCURRENCY: int(1, 64).default(8),
  /** Consecutive failures after which a source is paused and the admins told. */
  SOURCE_MAX_FAILURES: int(1, 1000).default(10),
  ALLOW_PRIVATE_SOURCES: bool.default(false),
  // -- running in production (issue 10) --
  /** Public HTTPS URL Telegram posts updates to; unset = long polling. */
  WEBHOOK_URL: z.url({ protocol: /^https?$/, message: "must be an https URL" }).optional(),
  /** Secret Telegram sends in X-Telegram-Bot-Api-Secret-Token (1–256 of A-Z a-z 0-9 _ -). */
  WEBHOOK_SECRET: z.string().regex(/^[\w-]{1,256}$/, "must be 1-256 characters of A-Z, a-z, 0-9, _ and -").optional(),
  HTTP_HOST: z.string().default("127.0.0.1"),
  /** /healthz, /metrics and the webhook; 0 picks a free port. */
  HTTP_PORT: int(0, 65535).default(8080),
  /** How long a silent instance keeps the database lease (another copy waits). */
  LEASE_TTL_SEC: int(5, 3600).default(30),
  /** /healthz fails when the last successful poll is older than this. */
  HEALTH_MAX_POLL_AGE_SEC: int(60, 86_400).default(900),
  // -- alert summaries (issue 7) --
  /** OpenAI-compatible chat-completions endpoint (base URL or …/chat/completions); unset = built-in summary only. */
  SUMMARY_API_URL: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).optional().or(z.literal("").transform(() => undefined)),
  SUMMARY_MODEL: z.string().min(1).default("gpt-4o-mini"),
  SUMMARY_API_KEY: z.string().optional(),
  /** The whole request, answer included; past it the built-in summary is used. */
  SUMMARY_TIMEOUT_MS: int(100, 60_000).default(5000),
  // -- merging and updates (issue 5) --
  /** Updated incidents: edit the sent alert, and when the toll rises also reply to it ("edit+reply"). */
  UPDATE_MODE: z.enum(["edit", "edit+reply"]).default("edit+reply"),
  /** A report further than this from an incident's latest report is a new incident (hours). */
  MERGE_WINDOW_HOURS: int(1, 168).default(12),
  // -- delivery (issue 8) --
  /** Messages per second to all chats together (Telegram: about 30). */
  SEND_RATE_PER_SEC: int(1, 1000).default(30),
  /** Messages per second to one private chat (Telegram: about 1). */
  SEND_PER_CHAT_PER_SEC: int(1, 30).default(1),
  /** Messages per minute to one group or channel (Telegram: 20). */
  SEND_PER_GROUP_PER_MIN: int(1, 600).default(20),
  /** Paid broadcasts (enabled in BotFather): beyond the free rate, up to 1000/s at 0.1 Star per message. */
  PAID_BROADCAST: bool.default(false),
  /** The longest 429 wait accepted; an alert Telegram holds back longer is failed and logged (seconds). */
  SEND_MAX_RETRY_AFTER_SEC: int(1, 86_400).default(600),
  /** Requests to Telegram in flight at once (the rate limits still apply). */
  SEND_CONCURRENCY: int(1, 256).default(8),
});

export type Config = z.infer<typeof schema> & { consoleMode: boolean };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? "environment");
    throw new ConfigError(`${name} ${issue.message}`);
  }
  if (parsed.data.WEBHOOK_URL && !parsed.data.WEBHOOK_SECRET) {
    throw new ConfigError("WEBHOOK_SECRET must be set when WEBHOOK_URL is (Telegram's secret token header is verified)");
  }
  return { ...parsed.data, consoleMode: !parsed.data.TELEGRAM_BOT_TOKEN };
}
