import { pino, type Logger } from "pino";

export type { Logger };

/** JSON logs on stderr (stdout is for console-mode alerts and CLI output). */
export function createLogger(level: string, secrets: string[] = [], dest: pino.DestinationStream = pino.destination(2)): Logger {
  const hidden = secrets.filter((s) => s.length > 8);
  return pino({
    level,
    hooks: {
      // The bot token can surface inside error messages and URLs: never log it.
      streamWrite: (line) => hidden.reduce((acc, s) => acc.split(s).join("[redacted]"), line),
    },
  }, dest);
}
