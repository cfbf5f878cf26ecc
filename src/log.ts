import { pino, type Logger } from "pino";

export type { Logger };

const LEVELS: Record<number, string> = { 10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL" };
/** Fields every line carries or that the text already says: not repeated as key=value. */
const QUIET = new Set(["level", "time", "pid", "hostname", "msg", "stage", "source", "sourceId", "update_id", "v"]);

/**
 * One JSON log line as a person reads it: «12:04:31 WARN  [sources] شفق نيوز: source failed — err="…" failures=2».
 * Unreadable input is passed through as it is.
 */
export function formatLogLine(line: string): string {
  const text = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v));
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const time = typeof o.time === "number" ? new Date(o.time).toISOString().slice(11, 19) : "";
  const level = (LEVELS[Number(o.level)] ?? String(o.level)).padEnd(5);
  const where = [o.stage ? `[${text(o.stage)}]` : "", o.source ? `${text(o.source)}:` : ""].filter(Boolean).join(" ");
  const extra = Object.entries(o)
    .filter(([k]) => !QUIET.has(k))
    .map(([k, v]) => `${k}=${typeof v === "string" ? (/\s/.test(v) ? JSON.stringify(v) : v) : JSON.stringify(v)}`)
    .join(" ");
  return `${time} ${level} ${where ? where + " " : ""}${o.msg === undefined ? "" : text(o.msg)}${extra ? ` — ${extra}` : ""}\n`;
}

/** Readable lines for a person at a terminal; JSON lines (for machines) when stderr is not a TTY or in production. */
export function humanLogs(env: NodeJS.ProcessEnv = process.env, isTTY = process.stderr.isTTY === true): boolean {
  return isTTY && env.NODE_ENV !== "production";
}

/** Logs on stderr (stdout is for console-mode alerts and CLI output), the bot token scrubbed from every line. */
export function createLogger(level: string, secrets: string[] = [], dest?: pino.DestinationStream): Logger {
  const hidden = secrets.filter((s) => s.length > 8);
  const out: pino.DestinationStream = dest ?? (humanLogs() ? { write: (line: string) => void process.stderr.write(formatLogLine(line)) } : pino.destination(2));
  return pino({
    level,
    hooks: {
      // The bot token can surface inside error messages and URLs: never log it.
      streamWrite: (line) => hidden.reduce((acc, s) => acc.split(s).join("[redacted]"), line),
    },
  }, out);
}
