// The program around the service (`npm start`): the settings and the database
// checked first (one line and exit 2 when either is wrong), then one cycle
// (`--once`: its report, its exit code) or the service until SIGINT/SIGTERM.
// main.ts hands in the assembled service (createApp), so this file knows no
// stage but its own.
import { createI18n } from "../i18n.js";
import { ConfigError, loadConfig, type Config } from "../config.js";
import { DatabaseUnreachableError, migrate } from "../storage/index.js";
import { exampleAlert } from "./console.js";
import { cycleReport, EXIT_NO_SOURCE_READ, nothingRead } from "./report.js";
import type { CycleSummary } from "./cycle.js";
import type { App } from "./service.js";

export type AppFactory = (config: Config, opts: { onCycle?: (summary: CycleSummary) => void }) => Promise<App>;

/** Runs the program; a failure nothing else caught is one `fatal:` line and exit 1. */
export function runProgram(argv: string[], createApp: AppFactory): void {
  program(argv, createApp).catch((err) => {
    console.error(`fatal: ${(err as Error).message}`);
    process.exit(1);
  });
}

async function program(argv: string[], createApp: AppFactory): Promise<void> {
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
