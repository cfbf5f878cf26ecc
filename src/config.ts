// Every setting, read once from the environment and validated. An invalid value
// stops start-up with one line naming the variable (see main.ts, exit code 2).
// The environment is the process's own, over a `.env` file in the working
// directory (the process wins: a variable exported in the shell or set by a
// service manager overrides the file). An empty value means unset, as in a
// copied `.env.example`.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseEnv } from "node:util";
import cron from "node-cron";
import { z } from "zod";

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no"]) // an empty value is unset (withoutEmpty)
  .transform((v) => v === "1" || v === "true" || v === "yes");

/** A whole number in [min, max]; the message states the range and what was given. */
const int = (min: number, max: number) =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    const n = typeof v === "number" ? v : v.trim() === "" ? NaN : Number(v);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    ctx.addIssue({ code: "custom", message: `must be a whole number from ${min} to ${max} (got ${v})` });
    return z.NEVER;
  });

export const DEFAULT_DATABASE_URL = "file:./data/bot.db";

export type Engine = "sqlite" | "postgres";

/** The engine a DATABASE_URL names (a `file:` URL is SQLite), or null when it names none we know. */
export function engineOf(url: string): Engine | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  return null;
}

/** The engine a DATABASE_URL names, or an error saying which URLs are understood. */
export function requireEngine(url: string): Engine {
  const engine = engineOf(url);
  if (!engine) throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL): ${redactUrl(url)}`);
  return engine;
}

/**
 * Why DATABASE_URL cannot be used (null: it can). Checked before anything opens
 * or migrates it. One branch per kind of database.
 */
export function databaseUrlProblem(url: string): string | null {
  const engine = engineOf(url);
  if (engine === "sqlite") return sqliteUrlProblem(url);
  if (engine === "postgres") return postgresUrlProblem(url);
  return `must be a SQLite URL such as ${DEFAULT_DATABASE_URL} or a PostgreSQL URL such as postgresql://user:password@host:5432/alerts (got ${JSON.stringify(redactUrl(url))})`;
}

function sqliteUrlProblem(url: string): string | null {
  const path = url.slice("file:".length).split("?")[0] ?? "";
  if (path === "") return `must name the SQLite file after file:, such as ${DEFAULT_DATABASE_URL}`;
  if (path === ":memory:") return null;
  const full = resolve(path);
  if (existsSync(full) && statSync(full).isDirectory()) return `names a folder, not a file: ${full}`;
  // the default's folder (./data) is created by the service; any other folder must
  // exist, so that a typo in the path does not silently start an empty database
  if (url === DEFAULT_DATABASE_URL) return null;
  const folder = dirname(full);
  if (!existsSync(folder)) return `points into a folder that does not exist: ${folder} (create it, or fix the path)`;
  if (!statSync(folder).isDirectory()) return `points into ${folder}, which is not a folder`;
  return null;
}

/** postgres(ql)://[user[:password]@]host[:port]/database[?…]: a host and a database, or the driver would guess them. */
function postgresUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `is not a valid PostgreSQL URL (got ${JSON.stringify(redactUrl(url))}); expected postgresql://user:password@host:5432/alerts`;
  }
  if (parsed.hostname === "") return `must name the PostgreSQL host, such as postgresql://user:password@host:5432/alerts`;
  if (parsed.pathname.length <= 1) return `must name the database after the host, such as postgresql://user:password@${parsed.host}/alerts`;
  return null;
}

/** A URL without its password, for log lines and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][\w+.-]*:\/\/[^:/@]*):[^@/]*@/i, "$1:***@");
}

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false; // Intl's RangeError means an unknown zone: reported by the message below
  }
}, "is not a known IANA time zone (e.g. Asia/Baghdad)");

const schema = z.object({
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/, "does not look like a BotFather token (123456:ABC…)")
    .optional(),
  TELEGRAM_API_ROOT: z.url({ message: "must be an http(s) URL" }).default("https://api.telegram.org"),
  ADMIN_IDS: z
    .string()
    .default("")
    .refine((s) => s.split(",").every((x) => x.trim() === "" || /^-?\d+$/.test(x.trim())), "must be comma-separated Telegram user ids")
    .transform((s) =>
      s.split(",").map((x) => x.trim()).filter(Boolean).map((x) => BigInt(x)),
    ),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .superRefine((url, ctx) => {
      const problem = databaseUrlProblem(url);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  POLL_CRON: z.string().default("*/2 * * * *").refine((s) => cron.validate(s), "is not a valid cron expression"),
  SOURCES_FILE: z.string().default("src/sources/default-sources.json"),
  TZ: timeZone.default("Asia/Baghdad"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * Items published up to this long before a source's last successful poll
   * alert (on its first poll: before now); older ones are only recorded (minutes).
   */
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
  SUMMARY_API_URL: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).optional(),
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
  // -- the map and open data (issue 17) --
  /** The service's public base URL (behind the admin's reverse proxy); https enables the Mini App buttons. */
  PUBLIC_URL: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).optional(), // an empty value is unset (withoutEmpty)
  /** The read-only public map and the open data; unset = on in console mode only. */
  PUBLIC_MAP: bool.optional(),
});

export type Config = Omit<z.infer<typeof schema>, "PUBLIC_MAP"> & { consoleMode: boolean; PUBLIC_MAP: boolean };

export class ConfigError extends Error {}

/** Variables from a `.env`-style file ({} when there is none). */
export function readEnvFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  try {
    return parseEnv(readFileSync(path, "utf8")) as Record<string, string>;
  } catch (err) {
    throw new ConfigError(`${path} could not be read: ${(err as Error).message}`);
  }
}

/** The service's environment: `.env` in the working directory, overridden by the process's own variables. */
export function environment(processEnv: NodeJS.ProcessEnv = process.env, envFile = resolve(".env")): NodeJS.ProcessEnv {
  return { ...readEnvFile(envFile), ...processEnv };
}

/** An empty value means unset (`WEBHOOK_URL=` in a copied .env.example). */
function withoutEmpty(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
}

export function loadConfig(env: NodeJS.ProcessEnv = environment()): Config {
  // DATABASE_URL first: nothing else matters if the database cannot be opened
  const parsed = schema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const issue = issues.find((i) => i.path[0] === "DATABASE_URL") ?? issues[0]!;
    const name = String(issue.path[0] ?? "environment");
    throw new ConfigError(`${name} ${issue.message}`);
  }
  if (parsed.data.WEBHOOK_URL && !parsed.data.WEBHOOK_SECRET) {
    throw new ConfigError("WEBHOOK_SECRET must be set when WEBHOOK_URL is (Telegram's secret token header is verified)");
  }
  const consoleMode = !parsed.data.TELEGRAM_BOT_TOKEN;
  return { ...parsed.data, consoleMode, PUBLIC_MAP: parsed.data.PUBLIC_MAP ?? consoleMode };
}

/** For the CLIs: the settings, or null after printing the one-line error (the caller exits 2). */
export function loadConfigOrReport(env?: NodeJS.ProcessEnv): Config | null {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`configuration error: ${err.message}`);
      return null;
    }
    throw err;
  }
}
