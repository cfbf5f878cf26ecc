// Applies the committed migrations (prisma/migrations) to DATABASE_URL.
// Runs the Prisma CLI with its WebAssembly engine: no download, works offline.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { ensureDbDir } from "./client.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

export function migrate(databaseUrl: string): void {
  ensureDbDir(databaseUrl);
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const run = spawnSync(process.execPath, [cli, "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_CLI_QUERY_ENGINE_TYPE: "client", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (run.status !== 0) {
    throw new Error(`database migration failed for ${databaseUrl}:\n${run.stdout}\n${run.stderr}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const url = process.env.DATABASE_URL ?? "file:./data/bot.db";
  try {
    migrate(url);
    console.error(`database ready: ${url}`);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
