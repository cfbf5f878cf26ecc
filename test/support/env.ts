import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { loadConfig, type Config } from "../../src/config.js";

export const silentLog = pino({ level: "silent" });

/**
 * A validated Config for tests: the given sources in a sources file of its own.
 * ALLOW_PRIVATE_SOURCES is on (feeds and the fake Bot API live on 127.0.0.1);
 * pass ALLOW_PRIVATE_SOURCES: "false" to test the refusal.
 */
export function testConfig(dir: string, databaseUrl: string, sources: object[], env: Record<string, string> = {}): Config {
  const file = join(dir, "sources.json");
  writeFileSync(file, JSON.stringify(sources));
  return loadConfig({ DATABASE_URL: databaseUrl, SOURCES_FILE: file, LOG_LEVEL: "silent", TZ: "Asia/Baghdad", HTTP_PORT: "0", ALLOW_PRIVATE_SOURCES: "true", ...env });
}
